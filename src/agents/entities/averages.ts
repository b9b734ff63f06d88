/**
 * Averages per unit of time: "weekly average spend", "average monthly leads", "avg spend per week".
 * The unit read here is what the total is divided by, not a grouping, so the phrase is blanked before
 * grouping is read ("avg weekly spend by channel" groups by channel). Also the calendar arithmetic: how
 * many weeks, months… a period holds. Pure.
 */
import { addDays } from './dates.js';

export type AverageUnit = 'day' | 'week' | 'month' | 'quarter';

const ADJECTIVE: Record<string, AverageUnit> = { daily: 'day', weekly: 'week', monthly: 'month', quarterly: 'quarter' };
const AVERAGE_WORD = /\b(?:average|averages|averaged|avg)\b\.?/;
const UNIT_PHRASES: RegExp[] = [
  /\b(daily|weekly|monthly|quarterly)\b/,
  /\b(?:per|a|each|every)\s+(day|week|month|quarter)\b/,
];

export interface AverageRead {
  unit: AverageUnit;
  /** The text with the average word and its unit phrase blanked (same length, so indexes still line up). */
  rest: string;
  /** No unit of time was said ("average spend on Meta"): per week was assumed, and the answer says so. */
  assumed?: boolean;
}

/** "above average", "lower than the average": a benchmark, not an average to compute. */
const BENCHMARK = /\b(?:above|below|than|vs\.?|versus|against)\s+(?:the\s+)?(?:average|avg)\b/;

function blank(text: string, index: number, length: number): string {
  return text.slice(0, index) + ' '.repeat(length) + text.slice(index + length);
}

/**
 * Reads "average … per week" and its kin; undefined when the question asks for no average. "Average" with no
 * unit of time ("average spend on Meta") is per week, the unit media is planned and bought in, flagged as assumed.
 */
export function findAverage(text: string): AverageRead | undefined {
  const word = AVERAGE_WORD.exec(text);
  if (!word || BENCHMARK.test(text)) return undefined;
  let rest = blank(text, word.index, word[0].length);
  for (const re of UNIT_PHRASES) {
    const m = re.exec(rest);
    if (!m) continue;
    const raw = m[1]!;
    const unit = ADJECTIVE[raw] ?? (raw as AverageUnit);
    rest = blank(rest, m.index, m[0].length);
    return { unit, rest };
  }
  // "average leads by month": per month, and still listed by month (a ratio's list stays a list).
  const byUnit = /\bby\s+(day|week|month|quarter)s?\b/.exec(rest)?.[1] as AverageUnit | undefined;
  return byUnit ? { unit: byUnit, rest } : { unit: 'week', rest, assumed: true };
}

const DAY_MS = 86_400_000;

function days(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** First and last day of the calendar unit (weeks start on Monday) that holds `date`. */
export function unitBounds(date: string, unit: AverageUnit): { from: string; to: string } {
  if (unit === 'day') return { from: date, to: date };
  if (unit === 'week') {
    const dow = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
    const from = addDays(date, -dow);
    return { from, to: addDays(from, 6) };
  }
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const first = unit === 'month' ? m : Math.floor((m - 1) / 3) * 3 + 1;
  const last = unit === 'month' ? m : first + 2;
  const end = new Date(Date.UTC(y, last, 0)).toISOString().slice(0, 10);
  return { from: `${y}-${String(first).padStart(2, '0')}-01`, to: end };
}

/**
 * How many calendar units (inclusive ISO dates) a period holds, every unit counted whether or not anything
 * happened in it, and a unit the period only partly covers counted pro rata: 2024 holds 12 months, 1 Jan 2024 –
 * 28 Dec 2025 104 weeks, March 2025 4.43 weeks.
 */
export function unitsInPeriod(from: string, to: string, unit: AverageUnit): number {
  if (from > to) return 0;
  let n = 0;
  for (let d = from; d <= to; ) {
    const b = unitBounds(d, unit);
    const end = b.to < to ? b.to : to;
    n += days(d, end) / days(b.from, b.to);
    d = addDays(end, 1);
  }
  return n;
}

/** How many calendar units a period touches at all (March 2025 touches 6 weeks). */
export function unitsTouched(from: string, to: string, unit: AverageUnit): number {
  let n = 0;
  for (let d = from; d <= to; n++) d = addDays(unitBounds(d, unit).to, 1);
  return n;
}

/** "104 weeks", "4.4 weeks", "1 month". */
export function formatUnits(n: number, unit: AverageUnit): string {
  const whole = Math.abs(n - Math.round(n)) < 1e-9;
  const text = whole ? String(Math.round(n)) : n.toFixed(1);
  return `${text} ${unit}${whole && Math.round(n) === 1 ? '' : 's'}`;
}

export const AVERAGE_ADJECTIVE: Record<AverageUnit, string> = { day: 'daily', week: 'weekly', month: 'monthly', quarter: 'quarterly' };
