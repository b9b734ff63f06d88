/**
 * Two periods compared in one question: "2024 vs 2025", "Q1 vs Q2 2025", "March compared with April",
 * "this year versus last year". Each side is read by the period parser; a year said on one side only
 * applies to the other ("Q1 vs Q2 2025" is Q1 2025 against Q2 2025). Pure: text in, periods out.
 */
import { extractPeriod, type Period, type PeriodContext } from './periods.js';

/** The words that set two things against each other. "from X to Y" is left out: it also names a range. */
const VERSUS = /\s(?:vs\.?|v\.?|versus|against|compared?\s+(?:with|to|against)|(?:in\s+)?comparison\s+(?:with|to))\s/;

/** The year a period lies in, when it lies in one and the user said it (not assumed). */
function statedYear(p: Period): number | undefined {
  if (p.assumedYear || p.from.slice(0, 4) !== p.to.slice(0, 4)) return undefined;
  return Number(p.from.slice(0, 4));
}

function samePeriod(a: Period, b: Period): boolean {
  return a.from === b.from && a.to === b.to;
}

/** Reads one side, borrowing the other side's year when this side names none. */
function readSide(text: string, other: Period | undefined, ctx: PeriodContext): Period | undefined {
  const own = extractPeriod(text, ctx);
  if (!own?.assumedYear || !other) return own;
  const year = statedYear(other);
  if (year === undefined) return own;
  const borrowed = extractPeriod(text, ctx, { year });
  return borrowed && !samePeriod(borrowed, other) ? borrowed : own;
}

/**
 * The two periods of a comparison, earlier first, or undefined when the question compares no periods
 * (one side names none, as in "TV vs Meta in 2025", or both sides name the same one).
 */
export function extractComparedPeriods(text: string, ctx: PeriodContext): [Period, Period] | undefined {
  const t = text.toLowerCase();
  const m = VERSUS.exec(t);
  if (!m) return undefined;
  const left = t.slice(0, m.index);
  const right = t.slice(m.index + m[0].length);
  const rightOwn = extractPeriod(right, ctx);
  const leftOwn = extractPeriod(left, ctx);
  if (!leftOwn || !rightOwn) return undefined;
  const a = readSide(left, rightOwn, ctx)!;
  const b = readSide(right, leftOwn, ctx)!;
  if (samePeriod(a, b)) return undefined;
  return a.from <= b.from ? [a, b] : [b, a];
}
