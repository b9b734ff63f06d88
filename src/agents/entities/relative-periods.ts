/**
 * Periods named relative to "now", seasons, fiscal years and launches: "last 3 months", "past 8 weeks",
 * "previous quarter", "year to date", "over the summer", "FY2025", "since the Vento launch". "Now" is the
 * last day of the data, not the wall clock: the dataset is a fixed window, and the answer says so. Pure.
 */
import { VEHICLE_MODELS } from '../../data/brand/catalog.js';
import { addDays, addMonths, dayLabel, MONTH_NAMES, spanLabel } from './dates.js';
import type { Period, PeriodContext } from './periods.js';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDay(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

function clip(p: Period, ctx: PeriodContext): Period {
  if (p.to < ctx.start || p.from > ctx.end) return { ...p, outsideData: true };
  return { ...p, from: p.from < ctx.start ? ctx.start : p.from, to: p.to > ctx.end ? ctx.end : p.to };
}

/** The note a period counted back from the data's end carries. */
function fromDataEnd(phrase: string, ctx: PeriodContext): string {
  return `“${phrase[0]!.toUpperCase()}${phrase.slice(1)}” is taken from ${dayLabel(ctx.end)}, the last day in the data, not from today.`;
}

const COUNT_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const ROLLING = /\b(?:last|past|previous|prior|trailing|preceding)\s+(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(days?|weeks?|months?|quarters?|years?)\b/;

/** "last 3 months", "past eight weeks": the days back to and including the data's last day. */
function rolling(t: string, ctx: PeriodContext): Period | undefined {
  const m = ROLLING.exec(t);
  if (!m) return undefined;
  const n = COUNT_WORDS[m[1]!] ?? Number(m[1]);
  if (!n) return undefined;
  const unit = m[2]!.replace(/s$/, '');
  const from =
    unit === 'day' ? addDays(ctx.end, 1 - n) : unit === 'week' ? addDays(ctx.end, 1 - 7 * n) : addDays(addMonths(ctx.end, -n * (unit === 'quarter' ? 3 : unit === 'year' ? 12 : 1)), 1);
  const start = from < ctx.start ? ctx.start : from;
  return { from: start, to: ctx.end, label: `the last ${n} ${unit}${n === 1 ? '' : 's'} (${spanLabel(start, ctx.end)})`, note: fromDataEnd(m[0], ctx) };
}

function monthPeriod(y: number, m: number, label: string): Period {
  return { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(lastDay(y, m))}`, label };
}


/** "last month", "previous quarter", "this quarter", "last year", "year to date": calendar periods around the data's end. */
function calendar(t: string, ctx: PeriodContext): Period | undefined {
  const endYear = Number(ctx.end.slice(0, 4));
  const endMonth = Number(ctx.end.slice(5, 7));
  const cq = Math.ceil(endMonth / 3);
  const quarter = (y: number, q: number): Period => ({ from: `${y}-${pad(q * 3 - 2)}-01`, to: `${y}-${pad(q * 3)}-${pad(lastDay(y, q * 3))}`, label: `Q${q} ${y}` });
  const with_ = (p: Period, phrase: string): Period => ({ ...clip(p, ctx), note: fromDataEnd(phrase, ctx) });
  let m = /\b(?:last|previous|prior|preceding)\s+month\b/.exec(t);
  if (m) {
    const [y, mth] = endMonth === 1 ? [endYear - 1, 12] : [endYear, endMonth - 1];
    return with_(monthPeriod(y, mth, `${MONTH_NAMES[mth - 1]} ${y}`), m[0]);
  }
  m = /\b(?:this|current|latest)\s+month\b|\bmonth\s+to\s+date\b|\bmtd\b/.exec(t);
  if (m) return with_(monthPeriod(endYear, endMonth, `${MONTH_NAMES[endMonth - 1]} ${endYear}`), m[0]);
  m = /\b(?:last|previous|prior|preceding)\s+quarter\b/.exec(t);
  if (m) return with_(cq === 1 ? quarter(endYear - 1, 4) : quarter(endYear, cq - 1), m[0]);
  m = /\b(?:this|current|latest)\s+quarter\b|\bquarter\s+to\s+date\b|\bqtd\b/.exec(t);
  if (m) return with_(quarter(endYear, cq), m[0]);
  m = /\b(?:last|previous|prior|preceding)\s+year\b/.exec(t);
  if (m) return with_({ from: `${endYear - 1}-01-01`, to: `${endYear - 1}-12-31`, label: String(endYear - 1) }, m[0]);
  m = /\b(?:so\s+far\s+)?this\s+year(?:\s+so\s+far)?\b|\bytd\b|\byear\s+to\s+date\b/.exec(t);
  if (m) return with_({ from: `${endYear}-01-01`, to: ctx.end, label: `${endYear} to date` }, m[0]);
  return undefined;
}

const SEASONS: Record<string, [number, number, string]> = {
  spring: [3, 5, 'Mar–May'],
  summer: [6, 8, 'Jun–Aug'],
  autumn: [9, 11, 'Sep–Nov'],
  fall: [9, 11, 'Sep–Nov'],
  winter: [12, 2, 'Dec–Feb'],
};

/**
 * "over the summer", "spring 2025", "winter 2024": meteorological seasons (winter 2024 runs December 2024 to
 * February 2025). Without a year, the latest season wholly in the data (summer → 2025, winter → 2024/25).
 */
function season(t: string, ctx: PeriodContext, givenYear?: number): Period | undefined {
  const m = /\b(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(20\d{2}))?\b/.exec(t);
  if (!m) return undefined;
  if (m[1] === 'fall' && !m[2] && !/\b(?:the|this|last|over|in|during)\s+fall\b/.test(t)) return undefined;
  const [first, last, months] = SEASONS[m[1]!]!;
  const make = (y: number): Period => {
    const endY = last < first ? y + 1 : y;
    const name = m[1] === 'fall' ? 'autumn' : m[1]!;
    return { from: `${y}-${pad(first)}-01`, to: `${endY}-${pad(last)}-${pad(lastDay(endY, last))}`, label: `${name} ${endY === y ? y : `${y}/${String(endY).slice(2)}`} (${months})` };
  };
  const said = m[2] ? Number(m[2]) : givenYear;
  if (said !== undefined) return clip(make(said), ctx);
  const startYear = Number(ctx.start.slice(0, 4));
  for (let y = Number(ctx.end.slice(0, 4)); y >= startYear; y--) {
    const p = make(y);
    if (p.to <= ctx.end && p.from >= ctx.start) return { ...p, assumedYear: true };
  }
  return { ...clip(make(Number(ctx.end.slice(0, 4))), ctx), assumedYear: true };
}

/** "FY2025", "FY 24", "fiscal year 2025", "financial year 2024": no fiscal year is configured, so the calendar year, said so. */
function fiscalYear(t: string, ctx: PeriodContext): Period | undefined {
  const m = /\b(?:fy\s*'?|(?:fiscal|financial)\s+year\s+)(20\d{2}|\d{2})\b/.exec(t);
  if (!m) return undefined;
  const y = m[1]!.length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
  return {
    ...clip({ from: `${y}-01-01`, to: `${y}-12-31`, label: String(y) }, ctx),
    note: `No fiscal year is set up, so I read “${m[0]}” as the calendar year ${y} (January to December).`,
  };
}

/** "since the Vento launch", "since Lumen launched", "since launch" (the model named elsewhere in the question). */
export function launchPeriod(t: string, ctx: PeriodContext): Period | undefined {
  if (!/\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[a-z]+\s+)?(?:launch(?:ed)?|release[sd]?)\b/.test(t)) return undefined;
  const after = t.slice(t.search(/\bsince\b/));
  const model = VEHICLE_MODELS.find((v) => new RegExp(`\\b${v.id}\\b`).test(after)) ?? VEHICLE_MODELS.find((v) => new RegExp(`\\b${v.id}\\b`).test(t));
  if (!model) return undefined;
  const from = model.launchDate < ctx.start ? ctx.start : model.launchDate;
  return {
    from,
    to: ctx.end,
    label: `${spanLabel(from, ctx.end)} (since launch)`,
    note:
      model.launchDate < ctx.start
        ? `The ${model.name} launched on ${dayLabel(model.launchDate)}, before the data starts, so this is from ${dayLabel(ctx.start)}.`
        : `The ${model.name} launched on ${dayLabel(model.launchDate)}.`,
  };
}

/** A relative, seasonal, fiscal or launch period named in the (lower-cased) text, or undefined. */
export function relativePeriod(t: string, ctx: PeriodContext, givenYear?: number): Period | undefined {
  return fiscalYear(t, ctx) ?? rolling(t, ctx) ?? calendar(t, ctx) ?? season(t, ctx, givenYear);
}
