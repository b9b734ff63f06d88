/**
 * Offline answers for numbers: one metric (or a few) by filters and groups, two periods compared, averages per
 * week or month, and cost per car sold.
 */
import { MMM_CHANNELS } from '../../data/brand/catalog.js';
import { MixError } from '../../errors.js';
import type { MetricName } from '../../rag/types.js';
import { normalise } from '../entities/extract.js';
import { bestSentences } from '../entities/keywords.js';
import { channelName, METRIC_LABELS } from '../entities/lexicon.js';
import { inPeriod, bracketable } from '../entities/periods.js';
import { formatMetricValue, formatMoney, formatNumber, listAnd } from '../format.js';
import { groupByWord, groupLabel } from '../group-labels.js';
import { TRACKED, type AttributionResult, type AttributionRow } from '../joins/attribution.js';
import { averageLines, ratioAverageNote } from './metric-average.js';
import { compareLines } from './metric-compare.js';
import { versusByPeriod, versusSides, versusSummary } from './metric-versus.js';
import { creativeLines, DEFAULT_CREATIVE_METRIC } from './creative-ranking.js';
import { emptyPeriodLine, isEmptyPeriod } from './empty-period.js';
import { capitalise, describeFilter, isRatio, sourceSuffix, LOWER_IS_BETTER, queryMetric, relevantNote, WHOLE_PERIOD_LABEL, type MetricData } from './metric-query.js';
import type { SkillContext, SkillReply } from './types.js';

const label = channelName;

/** Kept for older imports: group labels now live in ../group-labels.ts. */
export { groupLabel };

function partsLine(data: MetricData): string | undefined {
  const p = data.rows.length === 1 ? data.rows[0]!.parts : undefined;
  const parts = p ?? undefined;
  if (!parts || Object.keys(parts).length < 2) return undefined;
  return `(${Object.entries(parts)
    .map(([k, v]) => `${k.replace(/_/g, ' ')} ${/spend|cost|revenue/.test(k) ? formatMoney(v) : formatNumber(v)}`)
    .join(', ')})`;
}

/** For a cost (CPA, CPM…) the "best" or "top" ones are the cheapest and the "worst" the dearest. */
function forMetric(metric: MetricName, question: string, sup: 'max' | 'min' | undefined): 'max' | 'min' | undefined {
  if (!sup || !LOWER_IS_BETTER.has(metric)) return sup;
  const t = normalise(question);
  if (/\b(highest|most expensive|priciest|max(imum)?)\b/.test(t)) return 'max';
  if (/\b(best|top|cheapest|most efficient)\b/.test(t)) return 'min';
  if (/\bworst\b/.test(t)) return 'max';
  return sup;
}

function superlative(question: string): 'max' | 'min' | undefined {
  const t = normalise(question);
  if (/\b(highest|most|best|top|largest|biggest|max(imum)?)\b/.test(t)) return 'max';
  if (/\b(lowest|least|worst|smallest|cheapest|min(imum)?|bottom)\b/.test(t)) return 'min';
  return undefined;
}

/** What a ranking without "by …" ranks: "top 5 campaigns" ranks campaigns, "best model" models; else channels. */
function rankedGroup(question: string, hasChannels: boolean): string | undefined {
  const t = normalise(question);
  if (/\bcampaigns?\b/.test(t)) return 'campaign_id';
  if (/\b(models?|cars?|vehicles?)\b/.test(t) && !/\bcars? sold\b/.test(t)) return 'vehicle_model';
  if (/\bregions?\b/.test(t)) return 'region';
  return hasChannels ? undefined : 'channel';
}

/** "top 5 campaigns": how many rows to list (default 15). */
function topN(question: string): number | undefined {
  const n = /\b(?:top|bottom|best|worst)\s+(\d{1,2})\b/.exec(normalise(question))?.[1];
  return n && Number(n) > 0 ? Number(n) : undefined;
}

export function unknownChannelLine(unknown: string[]): string {
  return `Halden does not buy ${listAnd(unknown.map((u) => u[0]!.toUpperCase() + u.slice(1)))}, so there is no data for it. The channels in the data are: ${MMM_CHANNELS.map((c) => label(c)).join(', ')}.`;
}

/** When no exact number exists for the question, what the documents say about it (cited). */
async function passagesFallback(ctx: SkillContext): Promise<string[]> {
  const ch = ctx.entities.channels[0];
  const res = await ctx.tools
    .call('search_data', { query: ctx.question.split(' → ').pop()!, top_k: 3, ...(ch ? { channel: ch } : {}) })
    .catch(() => undefined);
  const hits = (res?.data as { hits: { source: string; locator?: string; text: string }[] } | undefined)?.hits ?? [];
  if (hits.length === 0) return [];
  return [
    'The closest passages in the data:',
    ...hits.map((h) => `• _${h.source.split('/').pop()}${h.locator ? `, ${h.locator}` : ''}_: ${(bestSentences(h.text, ctx.question, 1)[0] ?? h.text).replace(/\s+/g, ' ').slice(0, 260)}`),
  ];
}

/** One metric for one channel (or all) over the question's period: a figure, or a list by group. */
async function figureLines(ctx: SkillContext, metric: MetricName, channel: string | undefined, groupBy: string | undefined, sup: 'max' | 'min' | undefined): Promise<string[]> {
  const e = ctx.entities;
  const data = await queryMetric(ctx, metric, channel, groupBy);
  if (e.average && !isRatio(data)) return averageLines(ctx, metric, channel, groupBy, data, e.average);
  const lines: string[] = [];
  // Sales-side tables have no channel: the figure is everyone's, so the headline must not name the channel.
  const unsplit = Boolean(channel) && (data.notes ?? []).some((n) => NOT_BY_CHANNEL.test(n));
  const filter = describeFilter(ctx, unsplit ? undefined : channel);
  const period = e.period ? ` ${inPeriod(e.period)}` : ` (${WHOLE_PERIOD_LABEL})`;
  // "Total spend YTD" (often right after one channel's figure): say that this one is every channel's.
  const scope = e.allChannels && !channel && !groupBy && !TRACKED_ONLY.has(metric) ? ' across all channels' : '';
  const head = capitalise(`${unsplit ? 'all ' : ''}${filter ? `${filter} ` : ''}${METRIC_LABELS[metric]}${sourceSuffix(ctx, metric)}${scope}${period}`);
  if (unsplit && channel) lines.push(...(await trackedSalesLines(ctx, metric, channel)));
  if (!groupBy || data.rows.length <= 1) {
    const parts = partsLine(data);
    lines.push(`*${head}: ${formatMetricValue(data.value, data.unit)}*${parts ? ` ${parts}` : ''}`);
    const only = groupBy === 'supplier' ? data.rows[0] : undefined;
    if (only) lines.push(`_All of it with one ${groupByWord(groupBy!, data.group_columns)}: ${only.group}._`);
  } else {
    const time = groupBy === 'month' || groupBy === 'week' || groupBy === 'quarter';
    const top = time ? undefined : topN(ctx.question);
    const bottom = top !== undefined && sup === 'min';
    const rows = [...data.rows].sort((a, b) => (time ? a.group.localeCompare(b.group) : bottom ? a.value - b.value : b.value - a.value));
    const limit = top ?? 15;
    lines.push(`*${head}, ${top ? `${LOWER_IS_BETTER.has(metric) ? (bottom ? 'lowest' : 'highest') : bottom ? 'bottom' : 'top'} ${Math.min(top, rows.length)} ` : ''}by ${groupByWord(groupBy, data.group_columns)}* — ${isRatio(data) ? 'overall' : 'total'} ${formatMetricValue(data.value, data.unit)}`);
    for (const r of rows.slice(0, limit)) lines.push(`• ${groupLabel(groupBy, r.group)}: ${formatMetricValue(r.value, data.unit)}`);
    const more = rows.length + (data.rows_omitted ?? 0) - limit;
    if (more > 0) lines.push(`…and ${more} more${top ? '' : ' (see the chart)'}.`);
    if (sup) {
      const sorted = [...data.rows].sort((a, b) => b.value - a.value);
      const pick = sup === 'max' ? sorted[0]! : sorted[sorted.length - 1]!;
      const costly = LOWER_IS_BETTER.has(metric);
      lines.push(`${sup === 'max' ? 'Highest' : 'Lowest'}: *${groupLabel(groupBy, pick.group)}* at ${formatMetricValue(pick.value, data.unit)}${costly ? ` (for ${METRIC_LABELS[metric]}, lower is better)` : ''}.`);
    }
  }
  if (metric === 'invoiced' && (!groupBy || data.rows.length <= 1)) lines.push(...(await bookedLine(ctx, channel, data.value)));
  if (e.average) lines.push(ratioAverageNote(metric, e.average));
  // "Reach and frequency": the frequency gets its own line, so the reach note does not give it again.
  if (metric === 'reach') lines.push(...(await reachNote(ctx, channel, data.value, !ctx.entities.metrics.includes('frequency'))));
  for (const n of data.notes ?? []) if (relevantNote(n, ctx) && !(unsplit && NOT_BY_CHANNEL.test(n))) lines.push(`_${n}_`);
  return lines;
}

/**
 * Beside an invoiced total, what the same rows booked at the contracted rate (their spend) and the gap, when the
 * filter keeps to invoiced media (a named supplier, or OOH or print) so the spend is of the same rows.
 */
async function bookedLine(ctx: SkillContext, channel: string | undefined, invoiced: number): Promise<string[]> {
  if (!ctx.entities.suppliers?.length && channel !== 'ooh' && channel !== 'print') return [];
  const spend = await queryMetric(ctx, 'spend', channel, undefined).catch(() => undefined);
  if (!spend) return [];
  const gap = invoiced - spend.value;
  const said = Math.abs(gap) < 0.5 ? 'the same' : `${formatMoney(Math.abs(gap))} ${gap > 0 ? 'less' : 'more'}`;
  return [`Booked at the contracted rates (spend): ${formatMoney(spend.value)}, ${said}.${gap > 0.5 ? ' Ask "Are there invoice mismatches?" for the invoices above the contract.' : ''}`];
}

/** A traditional channel's follow-up names another one bought the same way (a TikTok follow-up to TV's cost per GRP is noise). */
const NEXT_CHANNEL: Partial<Record<string, string>> = { tv: 'radio', radio: 'tv', ooh: 'print', print: 'ooh' };

/**
 * Reach is recorded per day: adding days counts a person once per day reached, so the sum is not the period's
 * unique reach. Say so, and give the frequency that sum supports (impressions ÷ summed reach).
 */
async function reachNote(ctx: SkillContext, channel: string | undefined, reach: number, withFrequency: boolean): Promise<string[]> {
  const impressions = withFrequency ? await queryMetric(ctx, 'impressions', channel, undefined).catch(() => undefined) : undefined;
  const frequency = impressions && reach > 0 ? impressions.value / reach : undefined;
  return [
    `_Reach is recorded per day, so this adds up daily reach: someone reached on several days counts once a day, and the unique reach over the period is not in the data.${frequency ? ` Average daily frequency: ${formatNumber(frequency, 2)} (impressions ÷ daily reach)._` : '_'}`,
  ];
}

const NOT_BY_CHANNEL = /not (attributed|broken down) (to|by) channel/i;
/** Funnel counts a channel can only have through tracking codes on its leads. */
const TRACKED_ONLY = new Set<MetricName>(['leads', 'test_drives', 'units', 'revenue']);

function untrackedLine(channel: string): string {
  return `${label(channel)} carries no tracking codes, so no leads, test drives or sales are attributed to it; its effect on sales is measured by the marketing-mix model — ask "What is ${label(channel)} ROI?".`;
}

/**
 * "Meta cars sold": sales are not recorded by channel, so say what is: the cars sold from won leads that carry
 * the channel's tracking code (the attribution join), before the all-channel total.
 */
async function trackedSalesLines(ctx: SkillContext, metric: MetricName, channel: string): Promise<string[]> {
  if (!TRACKED.has(channel)) return [`_${untrackedLine(channel)}_`];
  if (metric !== 'units') return [`_${label(channel)}'s share of ${METRIC_LABELS[metric]} is not recorded in the data; the figure below is all channels._`];
  const e = ctx.entities;
  const r = await ctx.tools.call('attributed_sales', { channel, ...(e.period && !e.period.outsideData ? { from: e.period.from, to: e.period.to } : {}) });
  const row = (r.data as AttributionResult).rows.find((x) => x.group === channel);
  const period = e.period ? ` ${inPeriod(e.period)}` : '';
  return [
    `*Cars sold from ${label(channel)}-tracked leads${period}: ${formatNumber(row?.sales ?? 0)}* (won leads carrying ${label(channel)}'s tracking code, by sale date)`,
    `_Sales are not recorded by channel, and most have no tracking code; all cars sold:_`,
  ];
}

/** TV and radio record reach as a % per buy, not daily reach: their frequency is the reach-weighted one. */
function broadcastMetric(metric: MetricName, channel: string | undefined): MetricName {
  return metric === 'frequency' && (channel === 'tv' || channel === 'radio') ? 'broadcast_frequency' : metric;
}

export async function metricSkill(ctx: SkillContext): Promise<SkillReply> {
  const e = ctx.entities;
  const lines: string[] = [];
  if (e.unknownChannels.length) lines.push(unknownChannelLine(e.unknownChannels));
  // "Which creative performed best?" names no metric: creatives rank by CTR.
  const defaulted = e.metrics.length === 0 && e.groupBy === 'creative';
  if ((e.metrics.length === 0 && !defaulted) || (e.unknownChannels.length && e.channels.length === 0)) {
    return { lines, followUps: ['What did we spend on TikTok?', 'Meta CPM in March 2025'], unanswered: true };
  }
  const outside = (e.comparePeriods ?? (e.period ? [e.period] : [])).find((p) => p.outsideData);
  if (outside) {
    return {
      lines: [...lines, `The data covers 1 January 2024 to 28 December 2025, so there is nothing for ${outside.label}.`],
      followUps: [`${METRIC_LABELS[e.metrics[0]!]} in 2025`],
      unanswered: true,
    };
  }
  const sup = superlative(ctx.question);
  // Two media owners named ("Albion vs Skyline on CPP") are set side by side, one row each.
  const groupBy = e.groupBy ?? ((e.suppliers?.length ?? 0) >= 2 ? 'supplier' : sup ? rankedGroup(ctx.question, e.channels.length > 0) : undefined);
  const channels: (string | undefined)[] = e.channels.length ? e.channels.slice(0, 4) : [undefined];
  const asked = defaulted ? [DEFAULT_CREATIVE_METRIC] : e.metrics.slice(0, 3);
  // Frequency with no channel: the digital one (impressions ÷ daily reach) and TV and radio's reach-weighted one.
  const metrics = asked.includes('frequency') && !e.channels.length && !asked.includes('broadcast_frequency') ? [...asked, 'broadcast_frequency' as const] : asked;
  ctx.status('Querying the exact numbers…');
  let answered = 0;
  // A question the data cannot answer as asked (ROAS per channel, spend by region) is answered by saying why, not with passages.
  let explained = false;
  // Two regions set against each other are two queries, like two channels ("leads in London vs Scotland").
  const sides = versusSides(ctx);
  const targets = (e.regions?.length ?? 0) >= 2 ? sides : channels.map((channel) => ({ channel, ctx }));
  for (const asked of metrics) {
    for (const { channel, ctx: sideCtx } of targets) {
      const metric = broadcastMetric(asked, channel);
      try {
        const s = forMetric(metric, ctx.question, sup);
        lines.push(
          ...(groupBy === 'creative' && !e.comparePeriods
            ? await creativeLines(sideCtx, metric, channel, s, defaulted)
            : e.comparePeriods
              ? await compareLines(sideCtx, metric, channel, groupBy, e.comparePeriods, s)
              : await figureLines(sideCtx, metric, channel, groupBy, s)),
        );
        answered++;
      } catch (err) {
        if (MixError.is(err) && channel && !TRACKED.has(channel) && TRACKED_ONLY.has(metric) && (MMM_CHANNELS as readonly string[]).includes(channel)) {
          lines.push(`*${capitalise(METRIC_LABELS[metric])} for ${label(channel)}*: none recorded. ${untrackedLine(channel)}`);
          answered++;
          continue;
        }
        const empty = isEmptyPeriod(err, sideCtx) ? await emptyPeriodLine(sideCtx, metric, channel) : undefined;
        if (empty) {
          lines.push(empty);
          answered++;
          continue;
        }
        if (MixError.is(err)) {
          lines.push(`• ${METRIC_LABELS[metric]}${channel ? ` for ${label(channel)}` : ''}: ${err.userMessage}`);
          explained ||= MixError.is(err, 'INPUT_INVALID');
          continue;
        }
        throw err;
      }
    }
    if (sides.length >= 2 && !groupBy && !e.comparePeriods && !e.average) {
      const line = await versusSummary(ctx, asked, sides);
      if (line) lines.push(line);
    }
    // Two sides and two periods: each period's sides set against each other too (the 2×2 in full).
    if (sides.length >= 2 && !groupBy && e.comparePeriods && !e.average) lines.push(...(await versusByPeriod(ctx, asked)));
  }
  if (answered === 0 && !explained) lines.push(...(await passagesFallback(ctx)));
  const assumed = (e.comparePeriods ?? (e.period ? [e.period] : [])).filter((p) => p.assumedYear);
  if (assumed.length === 1 && assumed[0]!.label.includes(' – ')) lines.push(`_No year given, so I started from the latest one in the data (${assumed[0]!.label})._`);
  else if (assumed.length === 1) lines.push(`_No year given, so I used the latest ${assumed[0]!.label.split(' ')[0]} in the data (${bracketable(assumed[0]!.label)})._`);
  else if (assumed.length > 1) lines.push(`_No year given, so I used the latest ones in the data (${listAnd(assumed.map((p) => bracketable(p.label)))})._`);
  const ch = e.channels[0];
  // TV and radio answered frequency with the reach-weighted one: the follow-up names that, not the digital daily one.
  const first = broadcastMetric(metrics[0]!, ch);
  return {
    lines,
    followUps: [
      ch ? `And for ${label(NEXT_CHANNEL[ch] ?? (ch === 'tiktok' ? 'meta' : 'tiktok'))}?` : `${METRIC_LABELS[metrics[0]!]} by channel`,
      `${METRIC_LABELS[first]} by month`,
      ch ? `What is ${label(ch)} ROI?` : 'Cost per car sold by channel',
    ],
  };
}

export async function costPerSaleSkill(ctx: SkillContext): Promise<SkillReply> {
  const e = ctx.entities;
  const groupBy = e.groupBy === 'campaign_id' || e.groupBy === 'vehicle_model' ? e.groupBy : 'channel';
  const single = e.channels.length === 1 && !e.groupBy ? e.channels[0] : undefined;
  ctx.status('Joining spend to cars sold through campaign codes…');
  const result = await ctx.tools.call('attributed_sales', {
    group_by: groupBy,
    ...(single ? { channel: single } : {}),
    ...(e.models[0] && groupBy !== 'vehicle_model' ? { vehicle_model: e.models[0] } : {}),
    ...(e.period && !e.period.outsideData ? { from: e.period.from, to: e.period.to } : {}),
  });
  const data = result.data as AttributionResult;
  const period = e.period ? ` ${inPeriod(e.period)}` : ` (${WHOLE_PERIOD_LABEL})`;
  const lines: string[] = [];
  const fmtRow = (r: AttributionRow) =>
    `${r.costPerSale !== undefined ? formatMoney(r.costPerSale) : 'n/a'} (${formatMoney(r.spend)} ÷ ${formatNumber(r.sales)} car${r.sales === 1 ? '' : 's'}; ${formatNumber(r.leads)} leads${r.costPerLead !== undefined ? `, ${formatMoney(r.costPerLead)} per lead` : ''})`;
  if (single) {
    const r = data.rows.find((x) => x.group === single);
    const un = data.unattributable.find((u) => u.channel === single);
    if (un || !r) {
      lines.push(`${label(single)} has no tracking codes on leads, so cars sold cannot be attributed to it directly (spend ${formatMoney(un?.spend ?? 0)}${period}). Its sales effect is in the model: ask _What is ${label(single)} ROI?_`);
    } else {
      lines.push(`*${label(single)} cost per car sold${period}: ${r.costPerSale !== undefined ? formatMoney(r.costPerSale) : 'n/a'}*`, `• ${fmtRow(r)}`);
    }
  } else {
    const unit = groupBy === 'channel' ? 'channel' : groupBy === 'vehicle_model' ? 'model' : 'campaign';
    lines.push(`*Cost per car sold by ${unit}${period}* — media spend ÷ cars sold from won leads carrying the ${unit === 'model' ? 'channel' : unit}'s tracking code (lower is better):`);
    const priced = data.rows.filter((r) => r.costPerSale !== undefined);
    for (const r of priced.slice(0, 15)) lines.push(`• ${groupLabel(groupBy, r.group)}: ${fmtRow(r)}`);
    if (priced.length > 15) lines.push(`…and ${priced.length - 15} more (see the chart).`);
    const unpriced = data.rows.length - priced.length;
    if (unpriced > 0) lines.push(`_${unpriced} more ${unit}${unpriced === 1 ? '' : 's'} sold cars in the period without spend in it (earlier flights) or spent without a sale, so no cost per car._`);
    if (data.total.costPerSale !== undefined) lines.push(`Tracked channels overall: ${formatMoney(data.total.costPerSale)} per car (${formatMoney(data.total.spend)} ÷ ${formatNumber(data.total.sales)} cars).`);
    if (data.unattributable.length) {
      lines.push(`_No tracking codes for ${listAnd(data.unattributable.map((u) => `${label(u.channel)} (${formatMoney(u.spend)})`))}: their sales effect is only measurable with the marketing-mix model — ask "ROI by channel"._`);
    }
  }
  if (e.period?.assumedYear) lines.push(`_No year given, so I used ${e.period.label}._`);
  return { lines, followUps: ['What is ROI by channel?', 'Cost per car sold by model', 'Which campaigns under-delivered?'] };
}
