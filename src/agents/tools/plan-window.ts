/**
 * The planning window of a budget or a move. The MMM plans on the last N weeks of data (each channel's
 * weekly pattern there scaled, with carry-over from earlier weeks, and credited with the carry-over its spend
 * earns after the N weeks), and a budget is the total over those N weeks. Without a stated period: an optimiser budget is read at today's weekly rate (N = budget ÷
 * average weekly spend, clamped to the data); a money move defaults to a quarter (13 weeks), longer only
 * when the source channel does not spend that much in a quarter; relative changes and no budget keep the
 * whole history. Pure except `windowChannelSpend`, which asks the model service.
 */
import { CHANNEL_LABELS, type MmmChannel } from '../../data/brand/catalog.js';
import { MixError } from '../../errors.js';
import type { MmmService, MmmSummary } from '../../mmm/service-types.js';
import { articleFor, formatMoney, listAnd } from '../format.js';
import type { ToolCallRecord } from './types.js';

export type PeriodBasis = 'given' | 'inferred_from_budget' | 'default_quarter' | 'extended_to_fit' | 'all_data';

export interface PlanWindow {
  weeks: number;
  /** How the period was chosen. */
  basis: PeriodBasis;
  weeks_of_data: number;
  /** Week-start dates of the first and last week in the window (the last N weeks of data). */
  from_week: string;
  to_week: string;
  /** Average weekly media spend over all the data ("today's weekly rate"). */
  current_weekly_spend: number;
  /** Actual media spend in the window's weeks. */
  window_spend: number;
  /** Lowest and highest weekly media spend in the data: weekly budgets outside it are extrapolation. */
  weekly_spend_range: { min: number; max: number };
  /** One line saying how the period was chosen, for the reply (absent when the user gave it). */
  note?: string;
}

export const QUARTER_WEEKS = 13;

const label = (c: string) => CHANNEL_LABELS[c as MmmChannel] ?? c;

function describeWeeks(weeks: number): string {
  if (weeks === 13) return 'a quarter (13 weeks)';
  if (weeks === 52) return 'a year (52 weeks)';
  if (weeks === 26) return 'a half-year (26 weeks)';
  return `${weeks} week${weeks === 1 ? '' : 's'}`;
}

export function checkPeriod(weeks: number, summary: Pick<MmmSummary, 'weeks_of_data'>): void {
  const n = summary.weeks_of_data;
  if (!(Number.isInteger(weeks) && weeks >= 1 && weeks <= n)) {
    throw new MixError('INPUT_INVALID', `planning period ${weeks} outside 1..${n}`, {
      userMessage: `A plan can cover 1 to ${n} weeks — the model has ${n} weeks of data to shape it on${weeks > n ? ` (you asked for ${weeks})` : ''}.`,
    });
  }
}

export function windowOf(summary: MmmSummary, weeks: number, basis: PeriodBasis, note?: string): PlanWindow {
  const last = summary.weekly_spend.slice(-weeks);
  return {
    weeks,
    basis,
    weeks_of_data: summary.weeks_of_data,
    from_week: last[0]?.week ?? summary.date_range.from,
    to_week: last[last.length - 1]?.week ?? summary.date_range.to,
    current_weekly_spend: summary.total_spend / Math.max(1, summary.weeks_of_data),
    window_spend: last.reduce((s, w) => s + w.spend, 0),
    weekly_spend_range: {
      min: Math.min(...summary.weekly_spend.map((w) => w.spend)),
      max: Math.max(...summary.weekly_spend.map((w) => w.spend)),
    },
    ...(note ? { note } : {}),
  };
}

/** The optimiser's window: the given period, else one inferred from the budget at today's weekly rate, else all the data. */
export function optimizeWindow(summary: MmmSummary, budget: number | undefined, periodWeeks: number | undefined): PlanWindow {
  const n = summary.weeks_of_data;
  if (periodWeeks !== undefined) {
    checkPeriod(periodWeeks, summary);
    return windowOf(summary, periodWeeks, 'given');
  }
  const weekly = summary.total_spend / Math.max(1, n);
  if (budget === undefined) {
    return windowOf(summary, n, 'all_data', `Planned over all ${n} weeks of data at today's total. Give a budget and a period (e.g. "2M over 13 weeks") to plan a flight.`);
  }
  const raw = Math.round(budget / weekly);
  const weeks = Math.max(1, Math.min(n, raw));
  const alt = weeks === QUARTER_WEEKS ? '"per year"' : '"over 13 weeks"';
  // Said as it is: a budget beyond the data's weeks is not "about 104 weeks", and one under a week is not "about 1 week".
  const reading =
    raw > n
      ? `${formatMoney(budget)} would last about ${raw.toLocaleString('en-GB')} weeks at your current ${formatMoney(weekly)} a week, longer than the ${n} weeks of data, so it is planned over all ${n} — ${formatMoney(budget / n)} a week, ${Math.round(budget / n / weekly).toLocaleString('en-GB')}× today's rate. Check the amount, or give a period`
      : raw < 1
        ? `${formatMoney(budget)} is less than one week at your current ${formatMoney(weekly)} a week, so it is planned as a single week`
        : `${formatMoney(budget)} is about ${weeks} week${weeks === 1 ? '' : 's'} at your current ${formatMoney(weekly)} a week`;
  return windowOf(summary, weeks, 'inferred_from_budget', `Planned as ${articleFor(weeks)} ${weeks}-week flight: ${reading}. Say ${alt} to plan another period.`);
}

/**
 * Spend per channel over the last `weeks` weeks (the whole history when `weeks` covers it), from the model
 * service: what a plan over that window starts from.
 */
export function windowChannelSpend(mmm: MmmService, summary: MmmSummary, weeks: number): Map<string, number> {
  const window = weeks < summary.weeks_of_data ? mmm.windowSpend(weeks) : mmm.windowSpend();
  return new Map(window.map((w) => [w.channel, w.spend]));
}

/** Locked channels keep their spend, so a budget must exceed what they spend in the window. */
export function checkLockedBudget(budget: number, lock: string[], spend: Map<string, number>, window: PlanWindow): void {
  const held = lock.reduce((s, c) => s + (spend.get(c) ?? 0), 0);
  if (budget > held) return;
  const names = listAnd(lock.map(label));
  const over = window.weeks === window.weeks_of_data ? `all ${window.weeks} weeks of data` : describeWeeks(window.weeks);
  throw new MixError('INPUT_INVALID', `budget ${budget} below locked spend ${held}`, {
    userMessage: `${names} alone ${lock.length === 1 ? 'is' : 'are'} ${formatMoney(held)} at current spend over ${over}, more than the ${formatMoney(budget)} budget. For that period the budget must be above ${formatMoney(held)} — raise it, or unlock ${lock.length === 1 ? 'it' : 'them'}.`,
  });
}

/**
 * The scenario's window. Money moves default to a quarter; when the channels giving money up do not spend
 * that much in a quarter, the shortest of a half-year, a year or all the data where they do.
 */
export function scenarioWindow(
  summary: MmmSummary,
  periodWeeks: number | undefined,
  outflows: Record<string, number>,
  spendOver: (weeks: number) => Map<string, number>,
): PlanWindow {
  const n = summary.weeks_of_data;
  const money = Object.entries(outflows).filter(([, v]) => v > 0);
  const short = (weeks: number) => {
    const spend = spendOver(weeks);
    return money.filter(([c, v]) => (spend.get(c) ?? 0) < v - 0.005).map(([c, v]) => ({ c, v, has: spend.get(c) ?? 0 }));
  };
  const fits = (weeks: number) => short(weeks).length === 0;
  if (periodWeeks !== undefined) {
    checkPeriod(periodWeeks, summary);
    const lacking = money.length ? short(periodWeeks) : [];
    if (lacking.length) {
      const { c, v, has } = lacking[0]!;
      throw new MixError('INPUT_INVALID', `cannot move ${v} out of ${c} in ${periodWeeks} weeks`, {
        userMessage: `${label(c)} spends ${formatMoney(has)} over ${describeWeeks(periodWeeks)}, so ${formatMoney(v)} cannot move out of it in that period — give a smaller amount or a longer period.`,
      });
    }
    return windowOf(summary, periodWeeks, 'given');
  }
  if (money.length === 0) return windowOf(summary, n, 'all_data');
  const first = Math.min(QUARTER_WEEKS, n);
  if (fits(first)) {
    return windowOf(summary, first, 'default_quarter', `Money moves are read as a quarter's plan, on the last 13 weeks of data. Say "per year" or "over 4 weeks" for another period.`);
  }
  for (const weeks of [26, 52, n].filter((w) => w > first && w <= n)) {
    if (fits(weeks)) {
      const why = short(first).map((x) => `${label(x.c)} spends ${formatMoney(x.has)} a quarter`).join(' and ');
      return windowOf(summary, weeks, 'extended_to_fit', `${why}, so this is planned over ${weeks === n ? `all ${n} weeks of data` : describeWeeks(weeks)}.`);
    }
  }
  const { c, v, has } = short(n)[0]!;
  throw new MixError('INPUT_INVALID', `cannot move ${v} out of ${c}`, {
    userMessage: `${label(c)} only has ${formatMoney(has)} of spend in all ${n} weeks of data, so ${formatMoney(v)} cannot move out of it.`,
  });
}

/**
 * The period to keep for follow-ups after a plan: one the user gave, or one inferred from an optimiser
 * budget ("make that 1.6M" keeps it). Defaults (all the data, a move's quarter) are re-derived each time.
 */
export function planWeeksToKeep(calls: readonly ToolCallRecord[]): number | undefined {
  const last = [...calls].reverse().find((c) => (c.name === 'mmm_optimize' || c.name === 'mmm_scenario') && c.result);
  const p = (last?.result?.data as { period?: PlanWindow } | undefined)?.period;
  return p && (p.basis === 'given' || p.basis === 'inferred_from_budget') ? p.weeks : undefined;
}
