/**
 * ISO date arithmetic on UTC day numbers. Hand-written because the generator needs only day offsets,
 * ISO weeks and weekdays, millions of times, and a date library would add allocations for nothing.
 */
import { STUDY } from './catalog.js';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date (UTC). */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function isoFromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return isoFromDay(dayNumber(iso) + days);
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(iso: string): number {
  return (dayNumber(iso) + 3) % 7; // 1970-01-01 was a Thursday
}

/** The Monday of the ISO week containing `iso`. */
export function weekStartOf(iso: string): string {
  return addDays(iso, -weekday(iso));
}

export function daysBetween(fromIso: string, toIso: string): number {
  return dayNumber(toIso) - dayNumber(fromIso);
}

/** The study calendar: every day and every week (Monday) of the window, with index lookups. */
export interface StudyCalendar {
  start: string;
  end: string;
  weeks: string[];
  days: string[];
  /** Index of a day's week in `weeks` (−1 outside the window). */
  weekIndexOf(iso: string): number;
  dayIndexOf(iso: string): number;
}

export function studyCalendar(): StudyCalendar {
  const startDay = dayNumber(STUDY.start);
  const nDays = STUDY.weeks * 7;
  const days = Array.from({ length: nDays }, (_, i) => isoFromDay(startDay + i));
  const weeks = Array.from({ length: STUDY.weeks }, (_, w) => days[w * 7] as string);
  const dayIndexOf = (iso: string): number => {
    const i = dayNumber(iso) - startDay;
    return i >= 0 && i < nDays ? i : -1;
  };
  return {
    start: STUDY.start,
    end: STUDY.end,
    weeks,
    days,
    dayIndexOf,
    weekIndexOf: (iso) => {
      const i = dayIndexOf(iso);
      return i < 0 ? -1 : Math.floor(i / 7);
    },
  };
}
