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

const MONTH_WORDS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
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
  const leftOwn = extractPeriod(left, ctx);
  const rightOwn = extractPeriod(right, ctx) ?? (leftOwn ? periodBefore(right, leftOwn, ctx) : undefined);
  if (!leftOwn || !rightOwn) return undefined;
  const a = readSide(left, rightOwn, ctx)!;
  const b = readSide(right, leftOwn, ctx) ?? rightOwn;
  if (samePeriod(a, b)) return undefined;
  return a.from <= b.from ? [a, b] : [b, a];
}
