/**
 * Two channels or two regions set against each other over one period ("leads in London vs Scotland",
 * "Meta vs TikTok CTR in 2025"): each side is its own query (ratios recomputed per side from its parts),
 * and one line says which is higher and by how much.
 */
import { regionName } from '../../data/brand/catalog.js';
import type { MetricName } from '../../rag/types.js';
import { channelName, LOWER_IS_BETTER, METRIC_LABELS } from '../entities/lexicon.js';
import { formatChange, formatMetricValue } from '../format.js';
import { queryMetric, WHOLE_PERIOD_LABEL } from './metric-query.js';
import type { SkillContext } from './types.js';

export interface Side {
  label: string;
  channel: string | undefined;
  /** The context the side is queried in (its region filter). */
  ctx: SkillContext;
}

/** The sides a question sets against each other: two or more regions, else two or more channels; none otherwise. */
export function versusSides(ctx: SkillContext): Side[] {
  const e = ctx.entities;
  if ((e.regions?.length ?? 0) >= 2) {
    return e.regions!.slice(0, 4).map((r) => ({ label: regionName(r), channel: e.channels[0], ctx: { ...ctx, entities: { ...e, regions: [r] } } }));
  }
  if (e.channels.length >= 2) return e.channels.slice(0, 4).map((c) => ({ label: channelName(c), channel: c, ctx }));
  return [];
}

/** The line that compares two sides' figures: "*Meta CTR 1.07% vs TikTok 0.87%* — Meta is 0.20 pts higher." Pure. */
export function versusLine(metric: MetricName, unit: Parameters<typeof formatMetricValue>[1], a: { label: string; value: number }, b: { label: string; value: number }): string {
  const label = METRIC_LABELS[metric];
  const fmt = (v: number) => formatMetricValue(v, unit);
  const head = `*${a.label} ${label} ${Number.isFinite(a.value) ? fmt(a.value) : '–'} vs ${b.label} ${Number.isFinite(b.value) ? fmt(b.value) : '–'}*`;
  if (!Number.isFinite(a.value) || !Number.isFinite(b.value)) return `${head} — one side has none to compare.`;
  if (a.value === b.value) return `${head} — level.`;
  const [hi, lo] = a.value > b.value ? [a, b] : [b, a];
  const better = LOWER_IS_BETTER.has(metric) ? `; for ${label}, lower is better, so ${lo.label} is ahead` : '';
  return `${head} — ${hi.label} is ${formatChange(lo.value, hi.value, unit).replace(/^\+/, '')} higher${better}.`;
}

/** The comparison line for a metric across the sides, queried over the question's period; undefined if it cannot be computed. */
export async function versusSummary(ctx: SkillContext, metric: MetricName, sides: Side[]): Promise<string | undefined> {
  const [a, b] = sides;
  if (!a || !b) return undefined;
  const settled = await Promise.allSettled([a, b].map((s) => queryMetric(s.ctx, metric, s.channel, undefined)));
  if (settled.some((s) => s.status === 'rejected')) return undefined;
  const [da, db] = settled.map((s) => (s as PromiseFulfilledResult<Awaited<ReturnType<typeof queryMetric>>>).value);
  const period = ctx.entities.period ? ctx.entities.period.label : WHOLE_PERIOD_LABEL;
  return `${versusLine(metric, da!.unit, { label: a.label, value: da!.value }, { label: b.label, value: db!.value })} _(${period})_`;
}

/**
 * Two sides and two periods ("London vs Scotland leads 2024 vs 2025"): the sides set against each other in
 * each period, one line per period, so neither a side nor a period is dropped.
 */
export async function versusByPeriod(ctx: SkillContext, metric: MetricName): Promise<string[]> {
  const periods = ctx.entities.comparePeriods;
  if (!periods) return [];
  const lines: string[] = [];
  for (const period of periods) {
    const { comparePeriods: _dropped, ...rest } = ctx.entities;
    const pctx: SkillContext = { ...ctx, entities: { ...rest, period } };
    const line = await versusSummary(pctx, metric, versusSides(pctx));
    if (line) lines.push(line);
  }
  return lines;
}
