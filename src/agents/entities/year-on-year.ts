/**
 * Year on year: "Meta spend YoY", "year-over-year leads", "TV GRPs vs last year", "Q3 2025 compared with the
 * same quarter last year". The period asked about (default: the latest full year in the data) against the
 * same period a year earlier. Pure: text in, periods out.
 */
import { extractPeriod, type Period, type PeriodContext } from './periods.js';

/** "yoy", "year on year", "year-over-year", "y/y". */
const YOY_WORD = /\b(?:yoy|y\/y|y-o-y|year[- ](?:on|over)[- ]year)\b/;
/** "the same quarter last year", "the same period a year earlier", "same month of the previous year". */
const SAME_LAST_YEAR =
  /\b(?:the\s+)?same\s+(?:period|quarter|month|half|time|weeks?|months?)\s+(?:(?:of|in)\s+)?(?:(?:the\s+)?(?:last|previous|prior|preceding)\s+year|a\s+year\s+(?:earlier|before|ago))\b/;
/** "vs last year", "compared with the previous year": a comparison whose other side is only "last year". */
const VS_LAST_YEAR = /(?:^|\s)(?:vs\.?|v\.?|versus|against|compared?\s+(?:with|to|against)|(?:in\s+)?comparison\s+(?:with|to))\s+(?:the\s+)?(?:last|previous|prior|preceding)\s+year\b/;

export type YearOnYearStrength = 'same' | 'word' | 'versus';

/** Which year-on-year phrase the text holds, and where; undefined when none. */
export function findYearOnYear(text: string): { strength: YearOnYearStrength; index: number; length: number } | undefined {
  const t = text.toLowerCase();
  for (const [re, strength] of [[SAME_LAST_YEAR, 'same'], [YOY_WORD, 'word'], [VS_LAST_YEAR, 'versus']] as const) {
    const m = re.exec(t);
    if (m) return { strength, index: m.index, length: m[0].length };
  }
  return undefined;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function monthEnd(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

/** A date a year earlier; a month's last day stays its last day (29 Feb 2024 ↔ 28 Feb 2023). */
function yearBefore(iso: string, toMonthEnd: boolean): string {
  const y = Number(iso.slice(0, 4)) - 1;
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const last = monthEnd(y, m);
  return `${y}-${pad(m)}-${pad(toMonthEnd ? last : Math.min(d, last))}`;
}

/** A calendar period's label ("2025", "Q3 2025", "H1 2025", "March 2025"): clipped at the data's end, it still means the whole period. */
const CALENDAR_LABEL = /^(?:Q[1-4] |H[12] |[A-Z][a-z]+ )?\d{4}$/;

/**
 * The same period a year earlier, clipped to the data (flagged when wholly outside it). A calendar period
 * cut short by the end of the data is taken whole a year earlier: "2025" (to 28 Dec) is against all of 2024.
 */
export function sameTimeYearBefore(p: Period, ctx: PeriodContext): Period {
  const isMonthEnd = (iso: string) => Number(iso.slice(8, 10)) === monthEnd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)));
  const wholeEnd = isMonthEnd(p.to) || (p.to === ctx.end && CALENDAR_LABEL.test(p.label));
  const from = yearBefore(p.from, false);
  const to = yearBefore(p.to, wholeEnd);
  const label = p.label.replace(/\b(\d{4})\b/g, (y) => String(Number(y) - 1));
  if (to < ctx.start || from > ctx.end) return { from, to, label, outsideData: true };
  return { from: from < ctx.start ? ctx.start : from, to: to > ctx.end ? ctx.end : to, label };
}

/** The latest calendar year the data covers to its last week (data ending 28 Dec 2025 → 2025). */
export function latestFullYear(ctx: PeriodContext): Period {
  const endYear = Number(ctx.end.slice(0, 4));
  const y = ctx.end >= `${endYear}-12-25` ? endYear : endYear - 1;
  const from = `${y}-01-01`;
  const to = `${y}-12-31`;
  return { from: from < ctx.start ? ctx.start : from, to: to > ctx.end ? ctx.end : to, label: String(y) };
}

/**
 * The two periods of a year-on-year question, earlier first, or undefined when it asks for none. The
 * phrase itself is blanked before the period is read, so "last year" in "vs last year" is not the period.
 */
export function extractYearOnYear(text: string, ctx: PeriodContext): [Period, Period] | undefined {
  const t = text.toLowerCase();
  const hit = findYearOnYear(t);
  if (!hit) return undefined;
  const rest = t.slice(0, hit.index) + ' '.repeat(hit.length) + t.slice(hit.index + hit.length);
  const base = extractPeriod(rest, ctx) ?? latestFullYear(ctx);
  return [sameTimeYearBefore(base, ctx), base];
}
