/**
 * Pacing of a flight against an even spread: every week from the first to the last week with spend (weeks with
 * nothing spent included), the cumulative spend set against the same total spread evenly over those weeks.
 */
import { MixError } from '../../errors.js';

export interface PacingWeek {
  /** Monday of the week, ISO. */
  week: string;
  spend: number;
  /** Spend to the end of this week. */
  toDate: number;
  /** What an even spread of the flight's total would have spent by the end of this week. */
  evenToDate: number;
}

export interface Pacing {
  weeks: PacingWeek[];
  total: number;
  /** The flight's total ÷ its weeks. */
  evenWeekly: number;
  /** The week furthest ahead of (gap > 0) and furthest behind (gap < 0) the even spread, if any. */
  ahead?: { week: string; gap: number };
  behind?: { week: string; gap: number };
}

const DAY = 86_400_000;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

function mondayOf(iso: string): number {
  if (!ISO.test(iso)) throw new MixError('INPUT_INVALID', `not an ISO date: ${iso}`);
  const t = Date.parse(`${iso}T00:00:00Z`);
  return t - ((new Date(t).getUTCDay() + 6) % 7) * DAY;
}

/** The weeks (Mondays) from the first to the last week with spend; zero-spend weeks inside it count. */
export function pacing(spendByWeek: ReadonlyMap<string, number>): Pacing | undefined {
  const spent = [...spendByWeek.entries()].filter(([, v]) => v > 0).map(([w]) => mondayOf(w));
  if (spent.length === 0) return undefined;
  const [first, last] = [Math.min(...spent), Math.max(...spent)];
  const byMonday = new Map<number, number>();
  for (const [w, v] of spendByWeek) byMonday.set(mondayOf(w), (byMonday.get(mondayOf(w)) ?? 0) + v);
  const mondays: number[] = [];
  for (let t = first; t <= last; t += 7 * DAY) mondays.push(t);
  const total = mondays.reduce((s, t) => s + (byMonday.get(t) ?? 0), 0);
  const evenWeekly = total / mondays.length;
  let toDate = 0;
  const weeks = mondays.map((t, i) => {
    const spend = byMonday.get(t) ?? 0;
    toDate += spend;
    return { week: new Date(t).toISOString().slice(0, 10), spend, toDate, evenToDate: evenWeekly * (i + 1) };
  });
  const gaps = weeks.map((w) => ({ week: w.week, gap: w.toDate - w.evenToDate }));
  const top = gaps.reduce((a, b) => (b.gap > a.gap ? b : a));
  const bottom = gaps.reduce((a, b) => (b.gap < a.gap ? b : a));
  // A gap under a thousandth of the total is rounding, not pacing.
  const tiny = total * 0.001;
  return { weeks, total, evenWeekly, ...(top.gap > tiny ? { ahead: top } : {}), ...(bottom.gap < -tiny ? { behind: bottom } : {}) };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "w/c 6 Oct" (week commencing), with the year when the weeks asked span more than one. */
export function weekLabel(iso: string, withYear = false): string {
  if (!ISO.test(iso)) throw new MixError('INPUT_INVALID', `not an ISO date: ${iso}`);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `w/c ${d} ${MONTHS[m - 1]}${withYear ? ` ${y}` : ''}`;
}
