/**
 * Day-level dates in a question, rewritten to ISO so the period parser reads one form: "03/04/2025" (UK
 * day/month order), "3 March 2025", "3rd of March 2025", "March 3, 2025". Also the day arithmetic and short
 * labels the relative periods use. Pure: text in, text out.
 */

import { fuzzyPick } from './fuzzy.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Month names as they are written in answers; lower-case them to read questions. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const MONTH_WORD = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY_WORD = '(\\d{1,2})(?:st|nd|rd|th)?';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function valid(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

function year4(raw: string): number {
  return raw.length === 2 ? 2000 + Number(raw) : Number(raw);
}

function monthOf(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

/** "3 Mar 2025". */
export function dayLabel(day: string): string {
  return `${Number(day.slice(8, 10))} ${MONTH_NAMES[Number(day.slice(5, 7)) - 1]!.slice(0, 3)} ${day.slice(0, 4)}`;
}

/** "3 Nov – 28 Dec 2025", "3 Nov 2024 – 28 Dec 2025", "3 Mar 2025" for one day. */
export function spanLabel(from: string, to: string): string {
  if (from === to) return dayLabel(from);
  if (from.slice(0, 7) === to.slice(0, 7)) return `${Number(from.slice(8, 10))} – ${dayLabel(to)}`;
  const start = from.slice(0, 4) === to.slice(0, 4) ? dayLabel(from).slice(0, -5) : dayLabel(from);
  return `${start} – ${dayLabel(to)}`;
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The same day `n` months earlier, kept inside the month ("31 May" less 3 months is 28/29 Feb). */
export function addMonths(day: string, n: number): string {
  const y = Number(day.slice(0, 4));
  const m0 = Number(day.slice(5, 7)) - 1 + n;
  const year = y + Math.floor(m0 / 12);
  const month = (((m0 % 12) + 12) % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return iso(year, month, Math.min(Number(day.slice(8, 10)), last));
}

/** The Monday of the week a day lies in (the data's weeks start on Mondays). */
export function mondayOf(day: string): string {
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((dow + 6) % 7));
}

export interface IsoDates {
  text: string;
  /** Slash dates whose day and month could be swapped ("03/04/2025"): how each was read. */
  ambiguous: { typed: string; day: string }[];
}

/** Rewrites the day-level dates of a (lower-cased) text to ISO; slash dates are day/month/year, as in the UK. */
export function isoDates(text: string): IsoDates {
  const ambiguous: IsoDates['ambiguous'] = [];
  let t = text.replace(/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/g, (s, d: string, m: string, y: string) => {
    const [yy, mm, dd] = [year4(y), Number(m), Number(d)];
    if (!valid(yy, mm, dd)) return s;
    const day = iso(yy, mm, dd);
    if (dd <= 12 && mm <= 12 && dd !== mm) ambiguous.push({ typed: s, day });
    return day;
  });
  t = t.replace(new RegExp(`\\b${DAY_WORD}\\s+(?:of\\s+)?${MONTH_WORD},?\\s+(\\d{4})\\b`, 'g'), (s, d: string, m: string, y: string) =>
    valid(Number(y), monthOf(m), Number(d)) ? iso(Number(y), monthOf(m), Number(d)) : s,
  );
  t = t.replace(new RegExp(`\\b${MONTH_WORD}\\s+${DAY_WORD},?\\s+(\\d{4})\\b`, 'g'), (s, m: string, d: string, y: string) =>
    valid(Number(y), monthOf(m), Number(d)) ? iso(Number(y), monthOf(m), Number(d)) : s,
  );
  return { text: t, ambiguous };
}

/** Month names long enough to correct safely: "march" and "april" are left out ("match", "apiary"-like words). */
const LONG_MONTHS = ['january', 'february', 'august', 'september', 'october', 'november', 'december'];

/** "Febuary", "Septmber", "Janaury" → the month, with the corrections made (so the answer can say so). */
export function fixMonthTypos(text: string): { text: string; corrections: [string, string][] } {
  const corrections: [string, string][] = [];
  const out = text.replace(/\b[a-z]{6,10}\b/g, (w) => {
    if (LONG_MONTHS.includes(w)) return w;
    const pick = fuzzyPick(w, LONG_MONTHS);
    if (!pick) return w;
    corrections.push([w, pick[0]!.toUpperCase() + pick.slice(1)]);
    return pick;
  });
  return { text: out, corrections };
}
