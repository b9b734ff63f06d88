/**
 * Money is handled in integer pence inside the generator, so daily rows, flights and weekly totals
 * reconcile to the penny by construction (no floating-point drift).
 */

export function toPence(gbp: number): number {
  return Math.round(gbp * 100);
}

/** Formats pence as a GBP amount with two decimals ("1234.50"). */
export function penceToGbp(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const p = Math.abs(Math.round(pence));
  return `${sign}${Math.floor(p / 100)}.${String(p % 100).padStart(2, '0')}`;
}

/**
 * Splits `totalPence` into integer parts proportional to `weights` (largest-remainder method): the parts
 * always sum exactly to the total. All-zero weights split evenly.
 */
export function allocatePence(totalPence: number, weights: readonly number[]): number[] {
  const n = weights.length;
  if (n === 0) return [];
  let wsum = 0;
  for (const w of weights) wsum += Math.max(0, w);
  const ws = wsum > 0 ? weights.map((w) => Math.max(0, w) / wsum) : weights.map(() => 1 / n);
  const raw = ws.map((w) => w * totalPence);
  const parts = raw.map((r) => Math.floor(r));
  let rest = totalPence - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, frac: r - Math.floor(r) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; rest > 0; k = (k + 1) % n, rest--) parts[order[k]!.i]! += 1;
  return parts;
}

/** Spreads an amount evenly over `days` days (inclusive count): remainder pence go to the first days. */
export function spreadEvenly(totalPence: number, days: number): number[] {
  const base = Math.floor(totalPence / days);
  const rest = totalPence - base * days;
  return Array.from({ length: days }, (_, i) => base + (i < rest ? 1 : 0));
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
