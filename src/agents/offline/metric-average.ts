/**
 * Averages per unit of time ("weekly average spend on YouTube"): the total over the period divided by the
 * number of weeks (months…) in it. Every unit of the period counts, the quiet ones too, which is what a
 * marketer's "weekly average" means; the footnote says so and gives the average over active weeks as well.
 * Ratios (CPM, CTR…) are never averaged: their period value is recomputed from summed parts.
 */
import type { MetricName, MetricRow } from '../../rag/types.js';
import { AVERAGE_ADJECTIVE, formatUnits, unitBounds, unitsInPeriod, unitsTouched, type AverageUnit } from '../entities/averages.js';
import { channelName, METRIC_LABELS } from '../entities/lexicon.js';
import { inPeriod } from '../entities/periods.js';
import { formatMetricValue, formatNumber } from '../format.js';
import { groupLabel } from '../group-labels.js';
import { capitalise, describeFilter, periodRange, queryMetric, WHOLE_PERIOD_LABEL, type MetricData } from './metric-query.js';
import type { SkillContext } from './types.js';

const TIME_GROUPS: Partial<Record<string, AverageUnit>> = { week: 'week', month: 'month', quarter: 'quarter' };

/** First day of a time group's key: "2024-03" → 2024-03-01, "2024-Q2" → 2024-04-01, a week key is its Monday. */
function groupStart(groupBy: string, key: string): string | undefined {
  if (groupBy === 'week' && /^\d{4}-\d{2}-\d{2}$/.test(key)) return key;
  if (groupBy === 'month' && /^\d{4}-\d{2}$/.test(key)) return `${key}-01`;
  const q = /^(\d{4})-Q([1-4])$/.exec(key);
  if (groupBy === 'quarter' && q) return `${q[1]}-${String((Number(q[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  return undefined;
}

/** The units of time a figure is divided by: those of the whole range, or of a time group's slice of it. */
export function unitsFor(range: { from: string; to: string }, unit: AverageUnit, groupBy?: string, key?: string): number {
  const g = groupBy ? TIME_GROUPS[groupBy] : undefined;
  const start = g && key ? groupStart(groupBy!, key) : undefined;
  if (!g || !start) return unitsInPeriod(range.from, range.to, unit);
  const b = unitBounds(start, g);
  return unitsInPeriod(b.from > range.from ? b.from : range.from, b.to < range.to ? b.to : range.to, unit);
}

/** An average in its unit; an average count is whole from 100 up ("1,695 leads a month", "3.4 a day"). */
export function formatAverage(value: number, unit: MetricData['unit']): string {
  if (unit === 'count' && Number.isFinite(value)) return formatNumber(value, Math.abs(value) >= 100 ? 0 : 1);
  return formatMetricValue(value, unit);
}

/** "average weekly spend". */
export function averageLabel(metric: MetricName, unit: AverageUnit): string {
  return `average ${AVERAGE_ADJECTIVE[unit]} ${METRIC_LABELS[metric]}`;
}

/** Why a ratio is not averaged over weeks, for the line under it. */
export function ratioAverageNote(metric: MetricName, unit: AverageUnit): string {
  const name = METRIC_LABELS[metric];
  return `_${name} is a ratio, so its average is the ${name} of the whole period, recomputed from the summed parts; a mean of ${AVERAGE_ADJECTIVE[unit]} values would weigh quiet ${unit}s like busy ones._`;
}

/** Says an unstated unit was taken as a week, and how to ask per month. */
export function assumedUnitNote(metric: MetricName, what: string): string {
  return `_No unit of time given, so this is per week; ask for the “average monthly ${what || METRIC_LABELS[metric]}” to have it per month._`;
}

/** How the average was taken, and what it is over the active units only (needs one more query, by unit). */
async function averageFootnote(
  ctx: SkillContext,
  metric: MetricName,
  channel: string | undefined,
  data: MetricData,
  unit: AverageUnit,
  range: { from: string; to: string },
  units: number,
): Promise<string> {
  const partial = Math.abs(units - Math.round(units)) > 1e-9 ? ` (part ${unit}s pro rata)` : '';
  const head = `Averaged over every ${unit} of the period${partial}`;
  const what = [channel ? channelName(channel) : '', METRIC_LABELS[metric]].filter(Boolean).join(' ');
  if (unit === 'day') return `_${head}, including days without ${what}._`;
  const byUnit = await queryMetric(ctx, metric, channel, unit).catch(() => undefined);
  if (!byUnit) return `_${head}, including ${unit}s without ${what}._`;
  const active = byUnit.groups_with_value ?? byUnit.rows.filter((r) => r.value !== 0).length;
  const empty = unitsTouched(range.from, range.to, unit) - active;
  if (empty <= 0 || active === 0) return `_${head}; every ${unit} had ${what}._`;
  return `_${head}, including the ${empty} ${unit}${empty === 1 ? '' : 's'} with no ${what}; over the ${active} ${unit}${active === 1 ? '' : 's'} with ${what} the average is ${formatAverage(data.value / active, data.unit)}._`;
}

/** The answer lines for an additive metric averaged per unit of time, optionally by group. */
export async function averageLines(
  ctx: SkillContext,
  metric: MetricName,
  channel: string | undefined,
  groupBy: string | undefined,
  data: MetricData,
  unit: AverageUnit,
): Promise<string[]> {
  const e = ctx.entities;
  const range = periodRange(e.period);
  const units = unitsFor(range, unit);
  const filter = describeFilter(ctx, channel);
  const period = e.period ? ` ${inPeriod(e.period)}` : ` (${WHOLE_PERIOD_LABEL})`;
  const head = capitalise(`${filter ? `${filter} ` : ''}${averageLabel(metric, unit)}${period}`);
  const fmt = (v: number) => formatMetricValue(v, data.unit);
  const avgFmt = (v: number) => formatAverage(v, data.unit);
  const assumed = e.averageAssumed ? [assumedUnitNote(metric, [filter, METRIC_LABELS[metric]].filter(Boolean).join(' '))] : [];
  if (!groupBy || data.rows.length <= 1) {
    return [
      `*${head}: ${avgFmt(data.value / units)}* (total ${fmt(data.value)} over ${formatUnits(units, unit)})`,
      await averageFootnote(ctx, metric, channel, data, unit, range, units),
      ...assumed,
    ];
  }
  const timeGroups = TIME_GROUPS[groupBy] !== undefined;
  const avg = (r: MetricRow) => r.value / unitsFor(range, unit, groupBy, r.group);
  const rows = [...data.rows].sort((a, b) => (timeGroups ? a.group.localeCompare(b.group) : avg(b) - avg(a)));
  const groupName = groupBy.replace('_id', '').replace('_', ' ');
  const lines = [`*${head}, by ${groupName}* — overall ${avgFmt(data.value / units)} (total ${fmt(data.value)} over ${formatUnits(units, unit)})`];
  for (const r of rows.slice(0, 15)) lines.push(`• ${groupLabel(groupBy, r.group)}: ${avgFmt(avg(r))}`);
  if (rows.length > 15) lines.push(`…and ${rows.length - 15} more (see the chart).`);
  lines.push(
    timeGroups
      ? `_Each ${groupBy}'s total is divided by the ${unit}s it holds (part ${unit}s pro rata), ${unit}s without ${METRIC_LABELS[metric]} included._`
      : `_Each ${groupName} is averaged over all ${formatUnits(units, unit)} of the period, ${unit}s without ${METRIC_LABELS[metric]} included._`,
    ...assumed,
  );
  return lines;
}
