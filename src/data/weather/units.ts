/** Unit conversions: the archive is metric, the generated files speak °F and inches like the spec. */
export const cToF = (c: number): number => (c * 9) / 5 + 32;
export const mmToIn = (mm: number): number => mm / 25.4;
export const cmToIn = (cm: number): number => cm / 2.54;
export const kmhToMph = (kmh: number): number => kmh / 1.609344;

/** Rounds to `d` decimals without returning -0. */
export function round(v: number, d: number): number {
  const f = 10 ** d;
  const r = Math.round(v * f) / f;
  return r === 0 ? 0 : r;
}
