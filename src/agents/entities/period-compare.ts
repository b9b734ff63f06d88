/**
 * Two periods compared in one question: "2024 vs 2025", "Q1 vs Q2 2025", "March compared with April",
 * "this year versus last year". Each side is read by the period parser; a year said on one side only
 * applies to the other ("Q1 vs Q2 2025" is Q1 2025 against Q2 2025). Pure: text in, periods out.
 */
import { extractPeriod, type Period, type PeriodContext } from './periods.js';
import { extractYearOnYear, findYearOnYear } from './year-on-year.js';
import { MONTH_NAMES } from './dates.js';

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

const MONTH_WORDS = MONTH_NAMES.map((m) => m.toLowerCase());
const BEFORE = /\b(?:the\s+)?(month|quarter|year)\s+before\b|\b(?:the\s+)?(?:previous|prior|preceding)\s+(month|quarter|year)\b/;

/** "the month before", "the previous quarter": the calendar period of that size just before `p`, read back by the parser. */
function periodBefore(right: string, p: Period, ctx: PeriodContext): Period | undefined {
  const m = BEFORE.exec(right);
  const unit = m?.[1] ?? m?.[2];
  if (!unit) return undefined;
  const y = Number(p.from.slice(0, 4));
  const month = Number(p.from.slice(5, 7));
  if (unit === 'year') return extractPeriod(`in ${y - 1}`, ctx);
  if (unit === 'quarter') {
    const q = Math.ceil(month / 3);
    return extractPeriod(q === 1 ? `q4 ${y - 1}` : `q${q - 1} ${y}`, ctx);
  }
  return extractPeriod(month === 1 ? `in december ${y - 1}` : `in ${MONTH_WORDS[month - 2]} ${y}`, ctx);
}

/** Two periods set against each other across one "vs": the segments either side of it, up to the next or previous "vs". */
function comparedAt(segments: string[], i: number, ctx: PeriodContext): [Period, Period] | undefined {
  const left = segments[i]!;
  const right = segments[i + 1]!;
  const leftOwn = extractPeriod(left, ctx);
  // "the previous quarter" after a named one is the quarter before it, not the one before the data's end.
  const before = leftOwn && BEFORE.test(right) ? periodBefore(right, leftOwn, ctx) : undefined;
  const rightOwn = before ?? extractPeriod(right, ctx);
  if (!leftOwn || !rightOwn) return undefined;
  const a = readSide(left, rightOwn, ctx)!;
  const b = before ?? readSide(right, leftOwn, ctx) ?? rightOwn;
  if (samePeriod(a, b)) return undefined;
  return a.from <= b.from ? [a, b] : [b, a];
}

/**
 * The two periods of a comparison, earlier first, or undefined when the question compares no periods
 * (one side names none, as in "TV vs Meta in 2025", or both sides name the same one). With two "vs"
 * ("London vs Scotland leads 2024 vs 2025"), the one with a period on both sides sets the periods.
 * Year on year ("Meta spend YoY", "Q3 2025 against the same quarter last year") is the period against the
 * same one a year earlier; a plain "vs last year" only when no other period stands on the far side.
 */
export function extractComparedPeriods(text: string, ctx: PeriodContext): [Period, Period] | undefined {
  const t = text.toLowerCase();
  const yoy = findYearOnYear(t);
  if (yoy?.strength === 'same') return extractYearOnYear(t, ctx);
  const segments = t.split(new RegExp(VERSUS.source, 'g'));
  for (let i = 0; i + 1 < segments.length; i++) {
    const found = comparedAt(segments, i, ctx);
    if (found) return found;
  }
  return yoy ? extractYearOnYear(t, ctx) : undefined;
}
