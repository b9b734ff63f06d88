/** Reading numbers back out of a reply and comparing them with expected values. */

/** Every number in the text with K/M/bn multipliers applied: "£1.24M" → 1240000, "6.81%" → 6.81, "1,234" → 1234. */
export function numbersIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(-|−)?£?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?(bn|[KkMm]|x(?![a-zA-Z]))?(?![a-wyzA-Z\d])/g)) {
    const base = Number(`${m[2]!.replace(/,/g, '')}${m[3] ?? ''}`);
    const mult = m[4] === 'bn' ? 1e9 : m[4]?.toLowerCase() === 'm' ? 1e6 : m[4]?.toLowerCase() === 'k' ? 1e3 : 1;
    out.push((m[1] ? -1 : 1) * base * mult);
  }
  return out;
}

/** True when some number in the reply is within `tolerance` (relative) of the expected value. */
export function hasNumber(reply: string, expected: number, tolerance = 0.015): boolean {
  if (!Number.isFinite(expected)) return false;
  const nums = numbersIn(reply);
  const abs = Math.abs(expected);
  return nums.some((n) => Math.abs(n - expected) <= Math.max(tolerance * abs, abs < 10 ? 0.006 : 0));
}

export function includesAny(reply: string, options: string[]): boolean {
  const low = reply.toLowerCase();
  return options.some((o) => low.includes(o.toLowerCase()));
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
