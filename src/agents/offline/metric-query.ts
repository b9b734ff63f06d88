/** What the metric answers share: one query through the tools, the filter said back, and which notes matter. */
import type { MetricName, MetricResult } from '../../rag/types.js';
import { DATA_PERIOD } from '../entities/extract.js';
import { channelName } from '../entities/lexicon.js';
import type { Period } from '../entities/periods.js';
import { listAnd } from '../format.js';
import { regionName } from '../../data/brand/catalog.js';
import { modelName } from '../group-labels.js';
import type { SkillContext } from './types.js';

export type MetricData = Pick<MetricResult, 'metric' | 'value' | 'unit' | 'rows' | 'notes'> & {
  rows_omitted?: number;
  groups_with_value?: number;
  /** Grouped by supplier: the files' columns the groups come from ("broadcaster"…). */
  group_columns?: string[];
  /** Filtered by supplier: the full names the filter matched. */
  suppliers?: string[];
};

/** Metrics where a lower value is better (costs): one list, in the lexicon. */
export { LOWER_IS_BETTER } from '../entities/lexicon.js';

/** Metrics whose rows carry a traffic or lead source. */
const SOURCED = new Set<MetricName>(['sessions', 'leads']);

/** The whole data window when no period was named. */
export const WHOLE_PERIOD_LABEL = 'Jan 2024 – Dec 2025';

/** One metric for one channel (or all), over `period` (default: the question's), optionally grouped. */
export async function queryMetric(
  ctx: SkillContext,
  metric: MetricName,
  channel: string | undefined,
  groupBy: string | undefined,
  period: Period | undefined = ctx.entities.period,
  extra: Record<string, unknown> = {},
): Promise<MetricData> {
  const e = ctx.entities;
  const result = await ctx.tools.call('query_metrics', {
    metric,
    ...(channel ? { channel } : {}),
    ...(e.models[0] ? { vehicle_model: e.models[0] } : {}),
    ...(e.campaignIds[0] ? { campaign_id: e.campaignIds[0] } : {}),
    ...(e.regions?.[0] ? { region: e.regions[0] } : {}),
    ...(e.sources?.length === 1 && SOURCED.has(metric) && groupBy !== 'source' ? { source: e.sources[0] } : {}),
    // "rivals like Norvik" names an example, not a filter: filter only when the question is about that competitor.
    ...(e.competitors?.length === 1 && (metric === 'competitor_spend' || metric === 'share_of_voice') && groupBy !== 'competitor' ? { competitor: e.competitors[0] } : {}),
    // "Albion's CPP", "Albion vs Skyline": the media owners named limit the rows (two or more are grouped by the caller).
    ...(e.suppliers?.length ? { supplier: e.suppliers } : {}),
    ...(e.formats?.length === 1 ? { format: e.formats[0] } : {}),
    ...(period && !period.outsideData ? { from: period.from, to: period.to } : {}),
    ...(groupBy ? { group_by: groupBy } : {}),
    ...extra,
  });
  return result.data as MetricData;
}

/** The first and last day a figure covers: the period asked for, or the whole data window. */
export function periodRange(period: Period | undefined): { from: string; to: string } {
  return period && !period.outsideData ? { from: period.from, to: period.to } : { from: DATA_PERIOD.start, to: DATA_PERIOD.end };
}

/** A ratio (CPM, CTR, ROAS…) is recomputed from two or more summed parts; a sum has one part. */
export function isRatio(data: MetricData): boolean {
  return data.rows.some((r) => Object.keys(r.parts).length >= 2);
}

/** "TikTok · Halden Terra": the filters of a figure, said back. */
export function describeFilter(ctx: SkillContext, channel?: string): string {
  const e = ctx.entities;
  const parts: string[] = [];
  if (channel) parts.push(channelName(channel));
  if (e.models.length) parts.push(listAnd(e.models.map(modelName)));
  if (e.campaignIds.length) parts.push(e.campaignIds[0]!);
  if (e.regions?.length) parts.push(regionName(e.regions[0]!));
  if (e.suppliers?.length === 1) parts.push(e.suppliers[0]!);
  if (e.formats?.length === 1) parts.push(e.formats[0]!.replace(/_/g, ' '));
  if (e.competitors?.length === 1 && e.groupBy !== 'competitor' && e.metrics.some((m) => m === 'competitor_spend' || m === 'share_of_voice')) parts.push(e.competitors[0]!);
  return parts.join(' · ');
}

/** " from paid social": the source filter said back after the metric. */
export function sourceSuffix(ctx: SkillContext, metric: MetricName): string {
  const e = ctx.entities;
  return e.sources?.length === 1 && e.groupBy !== 'source' && SOURCED.has(metric) ? ` from ${e.sources[0]!.replace(/_/g, ' ')}` : '';
}

export function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

const FLIGHTED = new Set(['tv', 'radio', 'ooh', 'events', 'print']);

/** The engine's generic notes are shown only where they change the reading (flighted channels cut by a period). */
export function relevantNote(note: string, ctx: SkillContext): boolean {
  if (!/flighted rows/i.test(note)) return true;
  return Boolean(ctx.entities.period) && (ctx.entities.channels.length === 0 || ctx.entities.channels.some((c) => FLIGHTED.has(c)));
}
