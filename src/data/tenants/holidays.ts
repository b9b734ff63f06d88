/**
 * US retail calendar: holidays and shopping windows as date sets per year. Public knowledge, so both the
 * generator (truth) and the validation model (features) use it.
 */
import { addDays, dayOfWeek } from '../weather/dates.js';

export const HOLIDAY_IDS = [
  'new_year',
  'valentines',
  'presidents_day',
  'easter',
  'mothers_day',
  'memorial_day',
  'fathers_day',
  'july_4',
  'mid_july_sale',
  'back_to_school',
  'labor_day',
  'halloween',
  'thanksgiving',
  'black_friday',
  'cyber_weekend',
  'cyber_monday',
  'holiday_shopping',
  'christmas',
  'post_christmas',
] as const;
export type HolidayId = (typeof HOLIDAY_IDS)[number];

const iso = (y: number, m: number, d: number): string =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The n-th (1-based) weekday `dow` (0 = Sunday) of a month; n = -1 for the last one. */
function nthWeekday(y: number, m: number, dow: number, n: number): string {
  if (n > 0) {
    const first = iso(y, m, 1);
    const offset = (dow - dayOfWeek(first) + 7) % 7;
    return addDays(first, offset + 7 * (n - 1));
  }
  const last = addDays(iso(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1), -1);
  return addDays(last, -((dayOfWeek(last) - dow + 7) % 7));
}

/** Easter Sunday (anonymous Gregorian algorithm). */
function easter(y: number): string {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(y, month, day);
}

const span = (from: string, days: number): string[] => Array.from({ length: days }, (_, i) => addDays(from, i));

function spanUntil(from: string, lastInclusive: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= lastInclusive; d = addDays(d, 1)) out.push(d);
  return out;
}

export function holidayDates(year: number): Record<HolidayId, string[]> {
  const thanksgiving = nthWeekday(year, 11, 4, 4);
  const midJulyTue = nthWeekday(year, 7, 2, 2);
  return {
    new_year: [iso(year, 1, 1)],
    valentines: span(iso(year, 2, 8), 7),
    presidents_day: span(addDays(nthWeekday(year, 2, 1, 3), -2), 3),
    easter: span(addDays(easter(year), -6), 7),
    mothers_day: span(addDays(nthWeekday(year, 5, 0, 2), -6), 7),
    memorial_day: span(addDays(nthWeekday(year, 5, 1, -1), -2), 3),
    fathers_day: span(addDays(nthWeekday(year, 6, 0, 3), -6), 7),
    july_4: span(iso(year, 7, 1), 4),
    mid_july_sale: span(midJulyTue, 2),
    back_to_school: span(iso(year, 8, 1), 21),
    labor_day: span(addDays(nthWeekday(year, 9, 1, 1), -2), 3),
    halloween: span(iso(year, 10, 25), 7),
    thanksgiving: [thanksgiving],
    black_friday: [addDays(thanksgiving, 1)],
    cyber_weekend: span(addDays(thanksgiving, 2), 2),
    cyber_monday: [addDays(thanksgiving, 4)],
    holiday_shopping: spanUntil(addDays(thanksgiving, 5), iso(year, 12, 21)),
    christmas: [iso(year, 12, 24), iso(year, 12, 25)],
    post_christmas: span(iso(year, 12, 26), 6),
  };
}

/** For each date, the holidays it falls in (a date can be in several windows). */
export function holidayIndicators(dates: readonly string[]): Record<HolidayId, Float64Array> {
  const out = Object.fromEntries(HOLIDAY_IDS.map((h) => [h, new Float64Array(dates.length)])) as Record<
    HolidayId,
    Float64Array
  >;
  const index = new Map(dates.map((d, i) => [d, i]));
  const years = new Set(dates.map((d) => Number(d.slice(0, 4))));
  for (const y of years) {
    const cal = holidayDates(y);
    for (const h of HOLIDAY_IDS) {
      for (const d of cal[h]) {
        const i = index.get(d);
        if (i !== undefined) (out[h] as Float64Array)[i] = 1;
      }
    }
  }
  return out;
}
