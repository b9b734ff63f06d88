/**
 * Period extraction: "in March", "March 2025", "Q3", "Q3 2024", "2024", "H1 2025", "last quarter",
 * "between 2024-03-01 and 2024-05-31", "03/04/2025", "week of 3 March 2025", "year to date" (relative,
 * seasonal, fiscal and launch periods are in relative-periods.ts). Relative periods are anchored on the last
 * day of the data (`ctx.end`), not the wall clock: the dataset is a fixed window.
 */
import { addDays, isoDates, mondayOf, spanLabel, dayLabel, MONTH_NAMES } from './dates.js';
import { launchPeriod, relativePeriod } from './relative-periods.js';

export interface Period {
  from: string;
  to: string;
  /** How to say it back: "March 2025", "Q3 2024". */
  label: string;
  /** Set when we picked a year the user did not say ("March" → latest March in the data). */
  assumedYear?: boolean;
  /** The period lies wholly outside the data window. */
  outsideData?: boolean;
  /** How a phrase was read that the user may have meant otherwise ("FY2025" as the calendar year); said in the answer. */
  note?: string;
}

/** "in March 2025", "in the week of 3 – 9 Mar 2025", but "on 3 Apr 2025" for a single day. */
export function inPeriod(p: Pick<Period, 'from' | 'to' | 'label'>): string {
  return `${p.from === p.to ? 'on' : 'in'} ${p.label}`;
}

/** A label to put in brackets: its own bracket becomes a comma ("summer 2025 (Jun–Aug)" → "summer 2025, Jun–Aug"). */
export function bracketable(label: string): string {
  return label.replace(/\s*\(([^()]*)\)/g, ', $1');
}

const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());
const MONTH_RE = /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?(?:\s*(?:of\s+)?(\d{4}|'\d{2}\b))?/gi;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDay(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

function monthPeriod(year: number, month1: number, assumedYear = false): Period {
  return {
    from: `${year}-${pad(month1)}-01`,
    to: `${year}-${pad(month1)}-${pad(lastDay(year, month1))}`,
    label: `${MONTH_NAMES[month1 - 1]} ${year}`,
    ...(assumedYear ? { assumedYear } : {}),
  };
}

function quarterPeriod(year: number, q: number, assumedYear = false): Period {
  const m0 = (q - 1) * 3 + 1;
  return {
    from: `${year}-${pad(m0)}-01`,
    to: `${year}-${pad(m0 + 2)}-${pad(lastDay(year, m0 + 2))}`,
    label: `Q${q} ${year}`,
    ...(assumedYear ? { assumedYear } : {}),
  };
}

/** Clips to the data window; a period wholly outside it is kept and flagged so the answer can say so. */
function clip(p: Period, start: string, end: string): Period {
  if (p.to < start || p.from > end) return { ...p, outsideData: true };
  return { ...p, from: p.from < start ? start : p.from, to: p.to > end ? end : p.to };
}

function readYear(raw: string | undefined): number | undefined {
  if (!raw) return undefined;
  const s = raw.replace("'", '');
  const n = Number(s);
  if (s.length === 2) return 2000 + n;
  return n;
}

export interface PeriodContext {
  /** First and last day of the data (ISO). */
  start: string;
  end: string;
}

/** The latest year whose month/quarter lies inside the data. */
function latestYearWith(ctx: PeriodContext, firstDayOf: (y: number) => string): number {
  const endYear = Number(ctx.end.slice(0, 4));
  const startYear = Number(ctx.start.slice(0, 4));
  for (let y = endYear; y >= startYear; y--) if (firstDayOf(y) <= ctx.end) return y;
  return endYear;
}

export interface PeriodOptions {
  /**
   * The year to read a month, quarter or half without one in ("Q1" in "Q1 vs Q2 2025"): the other side of a
   * comparison named it, so it is not an assumption. Default: the latest such period in the data.
   */
  year?: number;
}

const MONTH_SHORT = MONTH_NAMES.map((m) => m.slice(0, 3));

/** "Jun 2025": the month a date lies in, short. */
function monthShort(iso: string): string {
  return `${MONTH_SHORT[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/**
 * "since June", "from Q2 2025 onwards": the named period's start to the end of the data, not the named
 * period alone (which would answer for June only).
 */
function openEnded(t: string, ctx: PeriodContext, options: PeriodOptions): Period | undefined {
  const m = /\bsince\s+(.+)$/.exec(t) ?? /\b(?:from\s+)?(.+?)\s+onwards?\b/.exec(t);
  if (!m) return undefined;
  const day = /^(\d{4}-\d{2}-\d{2})\b/.exec(m[1]!.trim())?.[1];
  // "in" keeps "since May" a month (a bare "may" is read as the verb).
  const start = day ? { from: day, to: day, label: day } : extractPeriod(`in ${m[1]!.replace(/\bsince\b/g, ' ')}`, ctx, options);
  if (!start || start.outsideData || start.to >= ctx.end) return start;
  if (start.from > ctx.end) return { ...start, outsideData: true };
  return {
    from: start.from < ctx.start ? ctx.start : start.from,
    to: ctx.end,
    label: day ? spanLabel(start.from < ctx.start ? ctx.start : start.from, ctx.end) : `${monthShort(start.from)} – ${monthShort(ctx.end)}`,
    ...(start.assumedYear ? { assumedYear: true } : {}),
  };
}

/** The year a period lies in, when it lies in one and the user said it. */
function saidYear(p: Period): number | undefined {
  if (p.assumedYear || p.from.slice(0, 4) !== p.to.slice(0, 4)) return undefined;
  return Number(p.from.slice(0, 4));
}

/** Reads one end of a range, borrowing the other end's year when it names none ("from March to June 2025"). */
function rangeEnd(text: string, other: Period | undefined, ctx: PeriodContext): Period | undefined {
  const own = extractPeriod(`in ${text}`, ctx);
  const year = other ? saidYear(other) : undefined;
  if (!own?.assumedYear || year === undefined) return own;
  return extractPeriod(`in ${text}`, ctx, { year });
}

const RANGE = /\b(?:from|between)\s+(.+?)\s+(?:to|and|until|till|through|thru|–|—|-)\s+(.+)$/;

/**
 * "from 2024 to 2025", "between March and June 2025": one period from the start of the first to the end of
 * the second, not a comparison. A year said at one end only is the other's too; a first end that would fall
 * after the second is read a year earlier ("from November to February 2025" starts in November 2024).
 */
function range(t: string, ctx: PeriodContext): Period | undefined {
  const m = RANGE.exec(t);
  if (!m) return undefined;
  const rightAlone = extractPeriod(`in ${m[2]!}`, ctx);
  const leftAlone = extractPeriod(`in ${m[1]!}`, ctx);
  if (!rightAlone || !leftAlone) return undefined;
  let right = rangeEnd(m[2]!, leftAlone, ctx)!;
  let left = rangeEnd(m[1]!, right, ctx)!;
  if (left.from > right.from && left.assumedYear === undefined && saidYear(right) !== undefined && saidYear(leftAlone) === undefined) {
    left = extractPeriod(`in ${m[1]!}`, ctx, { year: saidYear(right)! - 1 }) ?? left;
  }
  // "from 2025 to 2024": both ends said in full, the wrong way round — the same span, read in order.
  if (left.from >= right.from && left.to >= right.to) {
    if (left.assumedYear || right.assumedYear || (left.from === right.from && left.to === right.to)) return undefined;
    [left, right] = [right, left];
  }
  const rightYear = / (\d{4})$/.exec(right.label)?.[1];
  const leftLabel = rightYear && left.label.endsWith(` ${rightYear}`) ? left.label.slice(0, -5) : left.label;
  return clip(
    {
      from: left.from,
      to: right.to,
      label: `${leftLabel} – ${right.label}`,
      ...(left.assumedYear && right.assumedYear ? { assumedYear: true } : {}),
    },
    ctx.start,
    ctx.end,
  );
}

/** "week of 3 March 2025", "w/c 2025-03-10", "on 03/04/2025": a week (Monday to Sunday, as the data's weeks) or one day. */
function dayOrWeek(t: string, ctx: PeriodContext): Period | undefined {
  const week = /\b(?:(?:the\s+)?week\s+(?:of|starting|beginning|commencing|from)(?:\s+on)?|w\/c|wc|wk\s+of)\s+(\d{4}-\d{2}-\d{2})\b/.exec(t);
  if (week) {
    const monday = mondayOf(week[1]!);
    const p = clip({ from: monday, to: addDays(monday, 6), label: `the week of ${spanLabel(monday, addDays(monday, 6))}` }, ctx.start, ctx.end);
    return monday === week[1] ? p : { ...p, note: `${dayLabel(week[1]!)} is not a Monday; the data's weeks run Monday to Sunday, so I used the week it falls in.` };
  }
  const day = /\b(\d{4}-\d{2}-\d{2})\b/.exec(t);
  return day ? clip({ from: day[1]!, to: day[1]!, label: dayLabel(day[1]!) }, ctx.start, ctx.end) : undefined;
}

export function extractPeriod(text: string, ctx: PeriodContext, options: PeriodOptions = {}): Period | undefined {
  const dates = isoDates(text.toLowerCase());
  const p = periodIn(dates.text, ctx, options);
  if (!p || dates.ambiguous.length === 0) return p;
  const read = dates.ambiguous.map((a) => `${a.typed} as ${dayLabel(a.day)}`).join(' and ');
  return { ...p, note: [`I read ${read} (day/month, UK order).`, p.note].filter(Boolean).join(' ') };
}

function periodIn(t: string, ctx: PeriodContext, options: PeriodOptions): Period | undefined {
  const given = options.year;
  const open = /\bsince\b|\bonwards?\b/.test(t) ? (launchPeriod(t, ctx) ?? openEnded(t, ctx, options)) : undefined;
  if (open) return open;
  const iso = /(\d{4}-\d{2}-\d{2})\s*(?:to|until|till|through|thru|and|–|-|—)\s*(\d{4}-\d{2}-\d{2})/.exec(t);
  if (iso) {
    // "from 31/05/2025 to 01/03/2025": the same span, in order.
    const [from, to] = iso[1]! <= iso[2]! ? [iso[1]!, iso[2]!] : [iso[2]!, iso[1]!];
    return { from, to, label: spanLabel(from, to) };
  }
  const span = /\b(?:from|between)\s/.test(t) ? range(t, ctx) : undefined;
  if (span) return span;
  const dated = dayOrWeek(t, ctx);
  if (dated) return dated;

  const q = /\b(?:q([1-4])|([1-4])(?:st|nd|rd|th)\s+quarter|(first|second|third|fourth)\s+quarter)(?:\s*(?:of\s+)?(\d{4}|'?\d{2}\b))?/.exec(t);
  if (q) {
    const n = q[1] ? Number(q[1]) : q[2] ? Number(q[2]) : ['first', 'second', 'third', 'fourth'].indexOf(q[3]!) + 1;
    const year = readYear(q[4]) ?? given ?? latestYearWith(ctx, (y) => `${y}-${pad((n - 1) * 3 + 1)}-01`);
    return clip(quarterPeriod(year, n, !q[4] && !given), ctx.start, ctx.end);
  }

  const h = /\b(?:h([12])|(first|second)\s+half)(?:\s*(?:of\s+)?(\d{4}))?/.exec(t);
  if (h) {
    const n = h[1] ? Number(h[1]) : h[2] === 'first' ? 1 : 2;
    const year = readYear(h[3]) ?? given ?? latestYearWith(ctx, (y) => `${y}-${n === 1 ? '01' : '07'}-01`);
    const from = `${year}-${n === 1 ? '01' : '07'}-01`;
    const to = `${year}-${n === 1 ? '06-30' : '12-31'}`;
    return clip({ from, to, label: `H${n} ${year}`, ...(h[3] || given ? {} : { assumedYear: true }) }, ctx.start, ctx.end);
  }

  for (const m of t.matchAll(MONTH_RE)) {
    const word = m[1]!.toLowerCase();
    // "may" is usually the verb; only read it as a month with a year or after "in"/"for"/"of".
    if (word === 'may' && !m[2] && !/\b(in|for|of|during|since)\s+$/.test(t.slice(0, m.index))) continue;
    if (word === 'mar' && !m[2]) continue;
    const month1 = MONTHS.findIndex((name) => name.startsWith(word.slice(0, 3))) + 1;
    const year = readYear(m[2]) ?? given ?? latestYearWith(ctx, (y) => `${y}-${pad(month1)}-01`);
    return clip(monthPeriod(year, month1, !m[2] && !given), ctx.start, ctx.end);
  }

  const relative = relativePeriod(t, ctx, given);
  if (relative) return relative;

  const year = /\b(?:in|for|during|of|year|fy)?\s*(20\d{2})\b/.exec(t);
  if (year) {
    const y = Number(year[1]);
    return clip({ from: `${y}-01-01`, to: `${y}-12-31`, label: String(y) }, ctx.start, ctx.end);
  }
  return undefined;
}
