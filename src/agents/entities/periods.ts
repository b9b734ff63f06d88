/**
 * Period extraction: "in March", "March 2025", "Q3", "Q3 2024", "2024", "H1 2025", "last quarter",
 * "between 2024-03-01 and 2024-05-31", "year to date". Relative periods are anchored on the last day
 * of the data (`anchor`), not the wall clock: the dataset is a fixed window.
 */

export interface Period {
  from: string;
  to: string;
  /** How to say it back: "March 2025", "Q3 2024". */
  label: string;
  /** Set when we picked a year the user did not say ("March" → latest March in the data). */
  assumedYear?: boolean;
  /** The period lies wholly outside the data window. */
  outsideData?: boolean;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?(?:\s*(?:of\s+)?(\d{4}|'\d{2}\b))?/gi;
const MONTH_LABEL = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1));

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
    label: `${MONTH_LABEL[month1 - 1]} ${year}`,
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

const MONTH_SHORT = MONTH_LABEL.map((m) => m.slice(0, 3));

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
    label: `${monthShort(start.from)} – ${monthShort(ctx.end)}`,
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
  const right = rangeEnd(m[2]!, leftAlone, ctx)!;
  let left = rangeEnd(m[1]!, right, ctx)!;
  if (left.from > right.from && left.assumedYear === undefined && saidYear(right) !== undefined && saidYear(leftAlone) === undefined) {
    left = extractPeriod(`in ${m[1]!}`, ctx, { year: saidYear(right)! - 1 }) ?? left;
  }
  if (left.from >= right.from && left.to >= right.to) return undefined;
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

export function extractPeriod(text: string, ctx: PeriodContext, options: PeriodOptions = {}): Period | undefined {
  const t = text.toLowerCase();
  const given = options.year;
  const open = /\bsince\b|\bonwards?\b/.test(t) ? openEnded(t, ctx, options) : undefined;
  if (open) return open;
  const iso = /(\d{4}-\d{2}-\d{2})\s*(?:to|until|till|and|–|-|—)\s*(\d{4}-\d{2}-\d{2})/.exec(t);
  if (iso) return { from: iso[1]!, to: iso[2]!, label: `${iso[1]} to ${iso[2]}` };
  const span = /\b(?:from|between)\s/.test(t) ? range(t, ctx) : undefined;
  if (span) return span;

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

  const endYear = Number(ctx.end.slice(0, 4));
  const endMonth = Number(ctx.end.slice(5, 7));
  if (/\blast\s+month\b/.test(t)) {
    const y = endMonth === 1 ? endYear - 1 : endYear;
    const mth = endMonth === 1 ? 12 : endMonth - 1;
    return monthPeriod(y, mth);
  }
  if (/\b(this|current|latest)\s+month\b/.test(t)) return clip(monthPeriod(endYear, endMonth), ctx.start, ctx.end);
  if (/\blast\s+quarter\b/.test(t)) {
    const cq = Math.ceil(endMonth / 3);
    return cq === 1 ? quarterPeriod(endYear - 1, 4) : quarterPeriod(endYear, cq - 1);
  }
  if (/\b(this|current|latest)\s+quarter\b/.test(t)) return clip(quarterPeriod(endYear, Math.ceil(endMonth / 3)), ctx.start, ctx.end);
  if (/\blast\s+year\b/.test(t)) return clip({ from: `${endYear - 1}-01-01`, to: `${endYear - 1}-12-31`, label: String(endYear - 1) }, ctx.start, ctx.end);
  if (/\b(this\s+year|ytd|year\s+to\s+date)\b/.test(t)) return clip({ from: `${endYear}-01-01`, to: ctx.end, label: `${endYear} to date` }, ctx.start, ctx.end);
  const lastWeeks = /\blast\s+(\d{1,2})\s+weeks\b/.exec(t);
  if (lastWeeks) {
    const d = new Date(`${ctx.end}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - Number(lastWeeks[1]) * 7 + 1);
    const from = d.toISOString().slice(0, 10);
    return { from: from < ctx.start ? ctx.start : from, to: ctx.end, label: `the last ${lastWeeks[1]} weeks` };
  }

  const year = /\b(?:in|for|during|of|year|fy)?\s*(20\d{2})\b/.exec(t);
  if (year) {
    const y = Number(year[1]);
    return clip({ from: `${y}-01-01`, to: `${y}-12-31`, label: String(y) }, ctx.start, ctx.end);
  }
  return undefined;
}
