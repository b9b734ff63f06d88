/**
 * Planning periods for budgets: "over 13 weeks", "13w", "a 6-week flight", "per quarter", "this quarter",
 * "over 6 months", "per month", "annual", "per year", and after an amount "250k per week" / "250k a week". A budget is a total over such a period, so the
 * model plans on that many weeks. Conventions (said back in replies): a quarter is 13 weeks, a month is
 * 4 weeks (the 4-4-5 planning month; N months = round(N × 52 / 12), so 3 months = 13, 6 months = 26), a
 * half-year 26 weeks and a year 52. Pure: text in, weeks out.
 */

export type PlanPeriodMatch =
  | { ok: true; weeks: number; /** How to say it back: "13 weeks", "a quarter (13 weeks)". */ label: string; index: number; length: number }
  | { ok: false; reason: string; index: number; length: number };

type Unit = 'week' | 'month' | 'quarter' | 'half' | 'year';

const WORD_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, 'twenty-six': 26, 'fifty-two': 52,
};

const UNIT_OF: Record<string, Unit> = {
  w: 'week', wk: 'week', wks: 'week', week: 'week', weeks: 'week',
  mo: 'month', mos: 'month', month: 'month', months: 'month',
  qtr: 'quarter', qtrs: 'quarter', quarter: 'quarter', quarters: 'quarter',
  'half-year': 'half', 'half-years': 'half', 'half year': 'half', 'half years': 'half', half: 'half',
  yr: 'year', yrs: 'year', year: 'year', years: 'year', annum: 'year',
};

function weeksOf(n: number, unit: Unit): number {
  switch (unit) {
    case 'week':
      return Math.round(n);
    case 'month':
      return Math.round((n * 52) / 12);
    case 'quarter':
      return Math.round(n * 13);
    case 'half':
      return Math.round(n * 26);
    case 'year':
      return Math.round(n * 52);
  }
}

function labelOf(n: number, unit: Unit, weeks: number): string {
  if (unit === 'week') return `${weeks} week${weeks === 1 ? '' : 's'}`;
  const name = unit === 'half' ? 'half-year' : unit;
  const said = n === 1 ? `a ${name}` : `${n} ${name}s`;
  return `${said} (${weeks} weeks)`;
}

const UNITS = '(half[- ]years?|weeks?|wks?|w|months?|mos?|quarters?|qtrs?|years?|yrs?)';
const LEAD = '(?:(?:over|for|across|during|within|in)\\s+(?:the\\s+)?(?:next\\s+|coming\\s+|following\\s+|last\\s+|first\\s+)?)?';
/** "over 13 weeks", "13w", "a 6-week flight", "over 0 weeks", "-2 weeks", "6 months". */
const NUMERIC = new RegExp(`(?<![\\w.£$€])${LEAD}([-−]?\\d+(?:\\.\\d+)?)\\s*-?\\s*${UNITS}\\b(?!-\\d)`, 'g');
/** "two quarters", "a year", "over one month", "six months". */
const WORDED = new RegExp(`(?<![\\w-])${LEAD}(${Object.keys(WORD_NUMBERS).join('|')})\\s+${UNITS}\\b(?!\\s+of\\b)`, 'g');
/** "per quarter", "each month", "this quarter", "next year", "the coming quarter", "full year". */
const NAMED = /(?<![\w-])(?:(?:over|for|across|during|within|in)\s+)?(per|each|every|this|next|current|coming|the coming|the next|the current|full|a full|the full)\s+(half[- ]year|month|quarter|year|annum)\b(?!\s+of\b)/g;
/** A weekly budget: "250k per week", "£250,000 a week", "250k/wk", "250k weekly" (only right after an amount). */
const PER_WEEK = /(?<=\d(?:k|m|mm|mn|bn|b|\s?(?:thousand|million|grand))?\s*)(?:(?:per|a|each|every)\s+|\/\s*)(?:week|wk)\b|(?<=\d(?:k|m|mm|mn|bn|b|\s?(?:thousand|million|grand))?\s*)weekly\b/g;
/** "quarterly", "monthly", "annual", "yearly", "annually". */
const ADJECTIVE = /(?<![\w-])(quarterly|monthly|annual|annually|annualised|annualized|yearly|half-yearly)(?![\w-])/g;

const ADJECTIVE_UNIT: Record<string, Unit> = {
  quarterly: 'quarter', monthly: 'month', annual: 'year', annually: 'year', annualised: 'year', annualized: 'year', yearly: 'year', 'half-yearly': 'half',
};

/** The first planning period named in `text`, or undefined. A zero or negative period comes back as a reason. */
export function findPlanPeriod(text: string): PlanPeriodMatch | undefined {
  const t = text.toLowerCase();
  const found: PlanPeriodMatch[] = [];
  const push = (n: number, unitWord: string, m: RegExpMatchArray) => {
    const unit = UNIT_OF[unitWord.replace(/\s+/g, ' ')];
    if (!unit) return;
    const start = m.index! + (m[0].length - m[0].trimStart().length);
    const length = m[0].trim().length;
    const weeks = weeksOf(n, unit);
    if (!Number.isFinite(n) || n <= 0 || weeks < 1) {
      found.push({ ok: false, reason: `A planning period needs at least one week ("${m[0].trim()}" is too short); try "over 13 weeks" or "per quarter"`, index: start, length });
      return;
    }
    found.push({ ok: true, weeks, label: labelOf(n, unit, weeks), index: start, length });
  };
  for (const m of t.matchAll(NUMERIC)) push(Number(m[1]!.replace('−', '-')), m[2]!, m);
  for (const m of t.matchAll(WORDED)) push(WORD_NUMBERS[m[1]!]!, m[2]!, m);
  for (const m of t.matchAll(NAMED)) push(1, m[2]!, m);
  for (const m of t.matchAll(PER_WEEK)) push(1, 'week', m);
  for (const m of t.matchAll(ADJECTIVE)) push(1, ADJECTIVE_UNIT[m[1]!]!, m);
  found.sort((a, b) => a.index - b.index);
  return found[0];
}

/** `text` with the matched period cut out (for parsers that read the rest token by token). */
export function withoutPlanPeriod(text: string, match: PlanPeriodMatch): string {
  return `${text.slice(0, match.index)} ${text.slice(match.index + match.length)}`.replace(/\s+/g, ' ').trim();
}
