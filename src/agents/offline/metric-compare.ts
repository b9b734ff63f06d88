/**
 * A metric across two periods ("TV spend in 2024 vs 2025"): both figures and the change, or, by group, one
 * row per group with both periods and the change. Each period is its own query, so ratios are recomputed
 * per period from its summed parts, never averaged; time groups line up by month, quarter or week of period.
 */
import { MixError } from '../../errors.js';
import type { MetricName, MetricRow } from '../../rag/types.js';
import { unitBounds } from '../entities/averages.js';
import { METRIC_LABELS } from '../entities/lexicon.js';
import { inPeriod, type Period } from '../entities/periods.js';
import { formatChange, formatMetricValue, listAnd } from '../format.js';
import { groupLabel } from '../group-labels.js';
import { assumedUnitNote, averageLabel, formatAverage, ratioAverageNote, unitsFor } from './metric-average.js';
import { capitalise, describeFilter, isRatio, LOWER_IS_BETTER, periodRange, queryMetric, relevantNote, type MetricData } from './metric-query.js';
import type { SkillContext } from './types.js';

const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Aligned {
  /** Sort order of the row: month 1–12, quarter 1–4, week of period 1…, or 0 for non-time groups. */
  order: number;
  label: string;
}

/** What a group of one period is matched with in the other: the same channel, or the same month of year, quarter or week of period. */
function align(groupBy: string, key: string, period: Period): Aligned {
  if (groupBy === 'month' && /^\d{4}-\d{2}$/.test(key)) {
    const m = Number(key.slice(5, 7));
    return { order: m, label: MONTH_SHORT[m - 1]! };
  }
  const q = /^\d{4}-Q([1-4])$/.exec(key);
  if (groupBy === 'quarter' && q) return { order: Number(q[1]), label: `Q${q[1]}` };
  if (groupBy === 'week' && /^\d{4}-\d{2}-\d{2}$/.test(key)) {
    const first = unitBounds(period.from, 'week').from;
    const n = Math.round((Date.parse(key) - Date.parse(first)) / (7 * 86_400_000)) + 1;
    return { order: n, label: `Week ${n}` };
  }
  return { order: 0, label: groupLabel(groupBy, key) };
}

/** Both periods' data; a period without rows is empty rather than an error, unless both are. */
async function queryBoth(ctx: SkillContext, metric: MetricName, channel: string | undefined, groupBy: string | undefined, periods: [Period, Period]) {
  const settled = await Promise.allSettled(periods.map((p) => queryMetric(ctx, metric, channel, groupBy, p)));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed && (settled.every((s) => s.status === 'rejected') || !(MixError.is(failed.reason) && failed.reason.code === 'NOT_FOUND'))) throw failed.reason;
  const ok = settled.find((s): s is PromiseFulfilledResult<MetricData> => s.status === 'fulfilled')!.value;
  const ratio = isRatio(ok);
  const empty: MetricData = { metric, value: ratio ? Number.NaN : 0, unit: ok.unit, rows: [] };
  return { data: settled.map((s) => (s.status === 'fulfilled' ? s.value : empty)) as [MetricData, MetricData], ratio };
}

/** How a caller whose figures need more than a finite value (the funnel's costs) reads groups and the overall. */
export interface CompareOptions {
  /** Whether a group has a figure in a period (default: a finite value). Groups with none in either period are left out and named. */
  defined?: (row: MetricRow) => boolean;
  /** The overall of a period when it is not the query's total, and what it is ("tracked channels overall"). */
  overall?: { value: (data: MetricData) => number; label: string };
  /** Lines after the rows, from both periods' data. */
  after?: (data: [MetricData, MetricData]) => string[];
  /** Says why the groups without a figure in either period have none (default: that they have none). */
  emptyNote?: (groups: string[]) => string;
}

export async function compareLines(
  ctx: SkillContext,
  metric: MetricName,
  channel: string | undefined,
  groupBy: string | undefined,
  periods: [Period, Period],
  superlative: 'max' | 'min' | undefined,
  options: CompareOptions = {},
): Promise<string[]> {
  const e = ctx.entities;
  const { data, ratio } = await queryBoth(ctx, metric, channel, groupBy, periods);
  const unit = data[0].unit;
  const average = e.average && !ratio ? e.average : undefined;
  // An average divides each period's figure by the weeks (months…) that period, or its slice of a time group, holds.
  const per = (i: 0 | 1, value: number, key?: string) => (average ? value / unitsFor(periodRange(periods[i]), average, groupBy, key) : value);
  const fmt = (v: number) => (!Number.isFinite(v) ? '–' : average ? formatAverage(v, unit) : formatMetricValue(v, unit));
  const [p1, p2] = periods;
  const filter = describeFilter(ctx, channel);
  const head = capitalise(`${filter ? `${filter} ` : ''}${average ? averageLabel(metric, average) : METRIC_LABELS[metric]}`);
  const overall = (i: 0 | 1) => (options.overall && data[i].rows.length ? options.overall.value(data[i]) : data[i].value);
  const totals = [per(0, overall(0)), per(1, overall(1))] as const;
  const defined = options.defined ?? ((r: MetricRow) => Number.isFinite(r.value));
  const lines: string[] = [];
  const grouped = groupBy && data.some((d) => d.rows.length > 1);
  if (!grouped) {
    lines.push(`*${head}: ${fmt(totals[0])} ${inPeriod(p1)} → ${fmt(totals[1])} ${inPeriod(p2)} (${formatChange(totals[0], totals[1], unit)})*`);
  } else {
    const rows = new Map<string, { aligned: Aligned; values: [number, number]; has: [boolean, boolean] }>();
    data.forEach((d, i) => {
      for (const r of d.rows) {
        const aligned = align(groupBy, r.group, periods[i]!);
        const row = rows.get(aligned.label) ?? { aligned, values: ratio ? [Number.NaN, Number.NaN] : [0, 0], has: [false, false] };
        const has = defined(r);
        row.values[i] = has || !ratio ? per(i as 0 | 1, r.value, r.group) : Number.NaN;
        row.has[i] = has;
        rows.set(aligned.label, row);
      }
    });
    // A group with no figure in either period ("TV – → –", unpaid leads at £0 → £0) is noise in the list: named once below.
    const empty = [...rows.values()].filter((r) => !r.has[0] && !r.has[1]);
    const sorted = [...rows.values()].filter((r) => r.has[0] || r.has[1]).sort((a, b) => a.aligned.order - b.aligned.order || (b.values[1] || 0) - (a.values[1] || 0) || (b.values[0] || 0) - (a.values[0] || 0));
    const groupName = groupBy.replace('_id', '').replace('_', ' ');
    const overallLabel = options.overall?.label ?? (ratio ? 'overall' : 'total');
    lines.push(`*${head} by ${groupName}: ${p1.label} → ${p2.label}* — ${overallLabel} ${fmt(totals[0])} → ${fmt(totals[1])} (${formatChange(totals[0], totals[1], unit)})`);
    for (const r of sorted.slice(0, 15)) lines.push(`• ${r.aligned.label}: ${fmt(r.values[0])} → ${fmt(r.values[1])} (${formatChange(r.values[0], r.values[1], unit)})`);
    if (sorted.length > 15) lines.push(`…and ${sorted.length - 15} more (see the charts).`);
    lines.push(...(options.after?.(data) ?? []));
    if (empty.length) {
      const keys = empty.map((r) => r.aligned.label);
      lines.push(options.emptyNote?.(keys) ?? `_No ${METRIC_LABELS[metric]} in either period for ${listAnd(keys)}._`);
    }
    if (superlative) {
      const pick = (i: 0 | 1) => {
        const candidates = sorted.filter((r) => Number.isFinite(r.values[i]));
        const best = candidates.sort((a, b) => (superlative === 'max' ? b.values[i] - a.values[i] : a.values[i] - b.values[i]))[0];
        return best ? `*${best.aligned.label}* (${fmt(best.values[i])})` : 'n/a';
      };
      const costly = LOWER_IS_BETTER.has(metric) ? ` (for ${METRIC_LABELS[metric]}, lower is better)` : '';
      lines.push(`${superlative === 'max' ? 'Highest' : 'Lowest'} ${inPeriod(p1)}: ${pick(0)}; ${inPeriod(p2)}: ${pick(1)}${costly}.`);
    }
  }
  if (average) {
    const partial = periods.some((p) => !Number.isInteger(Math.round(unitsFor(periodRange(p), average) * 1e9) / 1e9)) ? ` (part ${average}s pro rata)` : '';
    lines.push(`_Each average counts every ${average} of its period${partial}, ${average}s without ${METRIC_LABELS[metric]} included._`);
    if (e.averageAssumed) lines.push(assumedUnitNote(metric, [filter, METRIC_LABELS[metric]].filter(Boolean).join(' ')));
  }
  else if (e.average) lines.push(ratioAverageNote(metric, e.average));
  for (const n of new Set(data.flatMap((d) => d.notes ?? []))) if (relevantNote(n, ctx)) lines.push(`_${n}_`);
  return lines;
}
