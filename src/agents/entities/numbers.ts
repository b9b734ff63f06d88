/**
 * Money and fraction parsing for questions and `/mmm` commands: "2.5M", "£2,500,000", "500k",
 * "2.5 million", "0.2", "20%", "±20 %". Pure; returns a discriminated result so callers can turn a
 * failure into a friendly message ("lots" is not a budget; "-5" is negative).
 */

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  grand: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  mio: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};

/**
 * Matches one money amount inside free text, e.g. "£2.5m", "500K", "2,500,000", "2 500 000", "2.500.000", "1.2 million",
 * and the European decimal comma "2,5M" (a comma and one or two digits, then a multiplier: never a thousands
 * separator, which takes three digits).
 */
export const MONEY_RE =
  /(?<sign>[-−])?\s*(?<cur>£|gbp\s*|€|\$)?\s*(?<num>\d+,\d{1,2}(?=\s*(?:k|thousand|mm|mn|mio|millions?|m|bn|billion|b)\b)|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3}){2,}(?![\d.,])|\d{1,3}(?:\.\d{3}){2,}(?![\d.,])|\d+(?:\.\d+)?)\s*(?<mult>k|thousand|grand|mm|mn|mio|millions?|m|bn|billion|b)?\b(?!\s*%)/i;

/** The number in a MONEY_RE match: "2,500,000", "2 500 000", "2.500.000" → 2500000; "2,5" (decimal comma) → 2.5. */
function numberOf(num: string): number {
  if (/^\d+,\d{1,2}$/.test(num)) return Number(num.replace(',', '.'));
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(num)) return Number(num.replace(/\./g, ''));
  return Number(num.replace(/[,\s\u00a0\u202f]/g, ''));
}

export function parseMoney(text: string): ParseResult<number> {
  const raw = text.trim();
  if (raw === '') return { ok: false, reason: 'no amount given' };
  const m = new RegExp(`^${MONEY_RE.source}$`, 'i').exec(raw.replace(/\s+/g, ' '));
  if (!m?.groups) {
    return { ok: false, reason: `"${raw.slice(0, 40)}" is not an amount I can read — try 2.5M, £2,500,000 or 500k` };
  }
  const value = numberOf(m.groups.num!) * (m.groups.mult ? MULTIPLIERS[m.groups.mult.toLowerCase()]! : 1);
  if (m.groups.sign) return { ok: false, reason: `a budget cannot be negative (${raw})` };
  if (!Number.isFinite(value) || value <= 0) return { ok: false, reason: `a budget must be more than zero (${raw})` };
  return { ok: true, value };
}

/** A relative bound: "0.2", "20%", "±20%", "+/-20 %" → 0.2. Values above 1 without % are read as percent ("20" → 0.2). */
export function parseFraction(text: string): ParseResult<number> {
  const raw = text.trim().replace(/^(±|\+\/-|\+-)\s*/, '');
  const m = /^(-|−)?(\d+(?:\.\d+)?)\s*(%|percent|pct)?$/i.exec(raw);
  if (!m) return { ok: false, reason: `"${text.trim().slice(0, 40)}" is not a bound I can read — try 0.2 or 20%` };
  if (m[1]) return { ok: false, reason: `a bound cannot be negative (${text.trim()})` };
  let value = Number(m[2]);
  if (m[3] || value > 1) value /= 100;
  if (value <= 0 || value > 1) return { ok: false, reason: `a bound must be between 1% and 100% (${text.trim()})` };
  return { ok: true, value };
}

/** Finds every money amount in free text (ignores years, quarters and percentages). */
export function findMoneyAmounts(text: string): { value: number; raw: string; index: number; negative: boolean }[] {
  const out: { value: number; raw: string; index: number; negative: boolean }[] = [];
  const re = new RegExp(MONEY_RE.source, 'gi');
  for (const m of text.matchAll(re)) {
    const g = m.groups!;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const prev = text[start - 1];
    if (prev !== undefined && /[a-z0-9_.]/i.test(prev)) continue; // part of a word or id ("dv360", "24Q2")
    const hasMarker = Boolean(g.cur || g.mult);
    const num = numberOf(g.num!);
    const value = num * (g.mult ? MULTIPLIERS[g.mult.toLowerCase()]! : 1);
    // A minus sign is kept whatever the size, so "-5" can be refused politely.
    if (g.sign && (prev === undefined || /\s/.test(prev))) {
      out.push({ value, raw: m[0].trim(), index: start, negative: true });
      continue;
    }
    // Bare numbers count only when written like money (≥ 1,000 with separators or ≥ 10,000).
    if (!hasMarker && !(/[,\s\u00a0\u202f]/.test(g.num!) || num >= 10_000)) continue;
    if (!hasMarker && /^(19|20)\d\d$/.test(g.num!)) continue;
    out.push({ value, raw: m[0].trim(), index: start, negative: false });
  }
  return out;
}

/** Finds percentages in free text: "10%", "20 percent" → 0.1, 0.2 (sign kept: "-10%" → -0.1). */
export function findPercentages(text: string): { value: number; raw: string; index: number }[] {
  const out: { value: number; raw: string; index: number }[] = [];
  for (const m of text.matchAll(/([-−+]?)\s?(\d+(?:\.\d+)?)\s*(%|percent\b|pct\b)/gi)) {
    const sign = m[1] === '-' || m[1] === '−' ? -1 : 1;
    out.push({ value: (sign * Number(m[2])) / 100, raw: m[0].trim(), index: m.index });
  }
  return out;
}
