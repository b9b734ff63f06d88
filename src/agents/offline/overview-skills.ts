/**
 * Offline scorecards: "how did Meta perform last quarter?" (one channel's KPIs, against the period before
 * when there is one in the data, with the model's ROI) and "summarise our 2025 media performance" (spend by
 * channel, the sales funnel and the model's best and worst channels). Numbers come from the metric tool.
 */
import { MMM_CHANNELS } from '../../data/brand/catalog.js';
import type { MetricName, MetricResult } from '../../rag/types.js';
import { DATA_PERIOD } from '../entities/extract.js';
import { channelName, METRIC_LABELS } from '../entities/lexicon.js';
import { spanLabel } from '../entities/dates.js';
import { inPeriod, type Period } from '../entities/periods.js';
import { formatIntervalMultiple, formatMetricValue, formatMoney, formatPct, formatSignedPct, listAnd } from '../format.js';
import { WHOLE_PERIOD_LABEL } from './metric-query.js';
import { summaryCompareReply } from './summary-compare.js';
import type { SkillContext, SkillReply } from './types.js';
import { MONTH_NAMES } from '../entities/dates.js';

const label = channelName;

/** A channel's KPIs in reading order: volume, cost, efficiency, then what it drove. */
const SCORECARD: MetricName[] = ['spend', 'impressions', 'reach', 'grps', 'clicks', 'ctr', 'cpm', 'cpc', 'video_views', 'conversions', 'cpa', 'leads'];
/** Costs: a fall is an improvement. */
const COSTS = new Set<MetricName>(['cpm', 'cpc', 'cpa']);

type MetricData = Pick<MetricResult, 'value' | 'unit' | 'notes'>;
type Range = { from: string; to: string; label: string };

const iso = (d: Date) => d.toISOString().slice(0, 10);
const day = (s: string) => new Date(`${s}T00:00:00Z`);
const QUARTER_START = [0, 3, 6, 9];

/** "Q2 2025", "June 2025", "2024", or the dates ("3 – 9 Jun 2025", "2 Apr 2025"). */
export function rangeLabel(from: string, to: string): string {
  const a = day(from);
  const b = day(to);
  const endOfMonth = new Date(Date.UTC(b.getUTCFullYear(), b.getUTCMonth() + 1, 0)).getUTCDate() === b.getUTCDate();
  if (a.getUTCDate() === 1 && endOfMonth) {
    const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth() + 1;
    if (months === 12 && a.getUTCMonth() === 0) return String(a.getUTCFullYear());
    if (months === 3 && QUARTER_START.includes(a.getUTCMonth())) return `Q${a.getUTCMonth() / 3 + 1} ${a.getUTCFullYear()}`;
    if (months === 1) return `${MONTH_NAMES[a.getUTCMonth()]} ${a.getUTCFullYear()}`;
  }
  return spanLabel(from, to);
}

/**
 * The period just before [from, to] of the same length: whole calendar months shift by months (Q3 → Q2),
 * anything else by days. Undefined when it would start before `dataStart`.
 */
export function previousPeriod(from: string, to: string, dataStart: string): Range | undefined {
  const a = day(from);
  const b = day(to);
  const endOfMonth = new Date(Date.UTC(b.getUTCFullYear(), b.getUTCMonth() + 1, 0)).getUTCDate() === b.getUTCDate();
  let pf: Date;
  let pt: Date;
  if (a.getUTCDate() === 1 && endOfMonth) {
    const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth() + 1;
    pf = new Date(Date.UTC(a.getUTCFullYear(), a.getUTCMonth() - months, 1));
    pt = new Date(Date.UTC(a.getUTCFullYear(), a.getUTCMonth(), 0));
  } else {
    const days = Math.round((b.getTime() - a.getTime()) / 86_400_000) + 1;
    pt = new Date(a.getTime() - 86_400_000);
    pf = new Date(pt.getTime() - (days - 1) * 86_400_000);
  }
  if (iso(pf) < dataStart) return undefined;
  return { from: iso(pf), to: iso(pt), label: rangeLabel(iso(pf), iso(pt)) };
}

/** "+12.5% vs Q2 2025 (£683K)", marked ✓ when the move is an improvement (spend changes are neither). */
export function changeNote(metric: MetricName, now: number, before: number | undefined, unit: MetricResult['unit'], prevLabel: string): string {
  if (before === undefined || !Number.isFinite(before) || before === 0) return '';
  const pct = ((now - before) / Math.abs(before)) * 100;
  const better = metric === 'spend' || Math.abs(pct) < 0.05 ? '' : (COSTS.has(metric) ? pct < 0 : pct > 0) ? ' ✓' : '';
  return ` (${formatSignedPct(pct, Math.abs(pct) >= 10 ? 0 : 1)} vs ${prevLabel}: ${formatMetricValue(before, unit)}${better})`;
}

/** A metric for a channel and range, or undefined when the channel has no such column or no attributable rows. */
async function channelMetric(ctx: SkillContext, metric: MetricName, channel: string | undefined, range: Range | undefined): Promise<MetricData | undefined> {
  try {
    const r = await ctx.tools.call('query_metrics', { metric, ...(channel ? { channel } : {}), ...(range ? { from: range.from, to: range.to } : {}) });
    const d = r.data as MetricData;
    // Sales-side tables have no channel column: their totals are not this channel's.
    if (channel && d.notes?.some((n) => /not (attributed|broken down) (to|by) channel/.test(n))) return undefined;
    return Number.isFinite(d.value) && d.value !== 0 ? d : undefined;
  } catch {
    return undefined;
  }
}

function periodRange(period: Period | undefined): Range | undefined {
  return period && !period.outsideData ? { from: period.from, to: period.to, label: period.label } : undefined;
}

async function roiLine(ctx: SkillContext, channel: string): Promise<string | undefined> {
  try {
    const r = await ctx.tools.call('mmm_roi', { channel });
    const c = (r.data as { channels: { roi: { estimate: number; low: number; high: number }; marginal_roi: number }[] }).channels[0];
    return c ? `• Modelled ROI over all the data: *${formatIntervalMultiple(c.roi)}*, marginal ${c.marginal_roi.toFixed(2)}x` : undefined;
  } catch {
    return undefined;
  }
}

export async function channelOverviewSkill(ctx: SkillContext): Promise<SkillReply> {
  const ch = ctx.entities.channels[0]!;
  ctx.status(`Collecting ${label(ch)}'s numbers…`);
  const range = periodRange(ctx.entities.period);
  const prev = range ? previousPeriod(range.from, range.to, DATA_PERIOD.start) : undefined;
  const now = await Promise.all(SCORECARD.map((m) => channelMetric(ctx, m, ch, range)));
  const before = prev ? await Promise.all(SCORECARD.map((m, i) => (now[i] ? channelMetric(ctx, m, ch, prev) : undefined))) : [];
  const when = range ? range.label : WHOLE_PERIOD_LABEL;
  const lines = [`*${label(ch)} ${range ? inPeriod(range) : `in ${when}`}*${prev ? ` — against ${prev.label}` : ''}`];
  SCORECARD.forEach((m, i) => {
    const d = now[i];
    if (!d) return;
    // Daily reach added up is not the number of people reached: the label says what it is.
    const name = m === 'reach' ? 'reach (daily, added up)' : METRIC_LABELS[m];
    lines.push(`• ${name[0]!.toUpperCase()}${name.slice(1)}: *${formatMetricValue(d.value, d.unit)}*${prev ? changeNote(m, d.value, before[i]?.value, d.unit, prev.label) : ''}`);
  });
  if (lines.length === 1) lines.push(`• No ${label(ch)} rows ${range ? inPeriod(range) : `in ${when}`}.`);
  if (range && ctx.entities.period?.assumedYear) lines.push(`_No year given, so I used ${range.label}._`);
  const roi = await roiLine(ctx, ch);
  if (roi) lines.push(roi);
  if (!now[SCORECARD.indexOf('leads')] && (MMM_CHANNELS as readonly string[]).includes(ch)) {
    lines.push(`_${label(ch)} carries no tracking codes, so leads and sales cannot be counted per channel; its effect on sales is in the model's ROI._`);
  }
  const trend = now[SCORECARD.indexOf('ctr')] ? 'CTR' : now[SCORECARD.indexOf('grps')] ? 'GRPs' : 'spend';
  return { lines, followUps: [`What is ${label(ch)} ROI?`, `${label(ch)} ${trend} by month`, `Show me the ${label(ch)} creatives`] };
}

export async function performanceSummarySkill(ctx: SkillContext): Promise<SkillReply> {
  if (ctx.entities.comparePeriods) return summaryCompareReply(ctx, ctx.entities.comparePeriods);
  ctx.status('Putting the scorecard together…');
  const range = periodRange(ctx.entities.period);
  const when = range ? range.label : WHOLE_PERIOD_LABEL;
  const filter = range ? { from: range.from, to: range.to } : {};
  const spendCall = await ctx.tools.call('query_metrics', { metric: 'spend', group_by: 'channel', ...filter });
  const spend = spendCall.data as MetricResult;
  const funnel = await Promise.all((['leads', 'test_drives', 'units', 'revenue'] as MetricName[]).map((m) => channelMetric(ctx, m, undefined, range)));
  const [leads, drives, units, revenue] = funnel;
  const lines = [`*Media performance ${range ? inPeriod(range) : `in ${when}`}*`];
  const ranked = [...spend.rows].sort((a, b) => b.value - a.value);
  lines.push(`• Media spend: *${formatMoney(spend.value)}* — ${listAnd(ranked.slice(0, 4).map((r) => `${label(r.group)} ${formatMoney(r.value)} (${formatPct((r.value / spend.value) * 100, 0)})`))}${ranked.length > 4 ? `, ${ranked.length - 4} more` : ''}`);
  const count = (d: MetricData | undefined) => (d ? formatMetricValue(d.value, d.unit) : 'n/a');
  lines.push(`• Funnel: ${count(leads)} leads → ${count(drives)} test drives → ${count(units)} cars sold${leads && drives ? ` (${formatPct((drives.value / leads.value) * 100, 0)} of leads book a drive)` : ''}`);
  if (revenue && units) lines.push(`• Revenue: *${formatMoney(revenue.value)}*; media spend per car sold ${formatMoney(spend.value / units.value)}`);
  try {
    const r = await ctx.tools.call('mmm_roi', {});
    const chans = [...(r.data as { channels: { channel: string; roi: { estimate: number; low: number; high: number } }[] }).channels].sort((a, b) => b.roi.estimate - a.roi.estimate);
    const best = chans[0];
    const worst = chans[chans.length - 1];
    if (best && worst) lines.push(`• Model (all weeks of data): best ROI ${label(best.channel)} ${formatIntervalMultiple(best.roi)}, lowest ${label(worst.channel)} ${formatIntervalMultiple(worst.roi)}`);
  } catch {
    // The model may be unavailable; the scorecard stands without it.
  }
  return { lines, followUps: ['What is ROI by channel?', 'Cost per car sold by channel', 'Which campaigns under-delivered?'] };
}
