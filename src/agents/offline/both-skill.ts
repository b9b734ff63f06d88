/** Questions that need both analysts, e.g. "which channel with a high ROI had the worst CTR in Q3?". */
import type { Interval } from '../../mmm/service-types.js';
import type { MetricResult } from '../../rag/types.js';
import { normalise } from '../entities/extract.js';
import { FUNNEL_METRICS, LOWER_IS_BETTER, METRIC_LABELS } from '../entities/lexicon.js';
import { formatIntervalMultiple, formatMetricValue } from '../format.js';
import { channelName } from '../entities/lexicon.js';
import { inPeriod } from '../entities/periods.js';
import type { SkillContext, SkillReply } from './types.js';

const label = channelName;

export async function bothSkill(ctx: SkillContext): Promise<SkillReply> {
  const e = ctx.entities;
  const metric = e.metrics.find((m) => m !== 'spend' && m !== 'revenue' && m !== 'units') ?? e.metrics[0]!;
  const t = normalise(ctx.question);
  const wantLowRoi = /\b(low|lowest|worst|poor)\s+roi\b/.test(t);
  const wantWorstMetric = /\b(worst|lowest|poorest|weakest)\b/.test(t.replace(/\b(low|lowest|worst|poor)\s+roi\b/, ''));
  ctx.status('Combining the model ROI with the delivery metrics…');
  const [roiRes, metricRes] = await Promise.all([
    ctx.tools.call('mmm_roi', {}),
    ctx.tools.call('query_metrics', {
      metric,
      group_by: 'channel',
      ...(e.period && !e.period.outsideData ? { from: e.period.from, to: e.period.to } : {}),
    }),
  ]);
  const roi = (roiRes.data as { channels: { channel: string; roi: Interval }[] }).channels;
  const m = metricRes.data as Pick<MetricResult, 'rows' | 'unit' | 'value'>;
  const sortedRoi = [...roi].sort((a, b) => b.roi.estimate - a.roi.estimate);
  const half = Math.ceil(sortedRoi.length / 2);
  const group = wantLowRoi ? sortedRoi.slice(half) : sortedRoi.slice(0, half);
  const inGroup = new Set(group.map((c) => c.channel));
  // A ratio with nothing to divide (TV's cost per lead: spend, no tracked leads) has no value to rank.
  const candidates = m.rows.filter((r) => inGroup.has(r.group) && Number.isFinite(r.value));
  const lowerIsBetterMetric = LOWER_IS_BETTER.has(metric);
  // "worst" means the lowest CTR but the highest CPM.
  const worstFirst = [...candidates].sort((a, b) => (lowerIsBetterMetric ? b.value - a.value : a.value - b.value));
  const pick = wantWorstMetric ? worstFirst[0] : worstFirst[worstFirst.length - 1];
  const period = e.period ? ` ${inPeriod(e.period)}` : '';
  const lines: string[] = [];
  lines.push(
    `*${wantLowRoi ? 'Lower' : 'Higher'}-ROI channels* (${wantLowRoi ? 'bottom' : 'top'} half by modelled ROI): ${group.map((c) => `${label(c.channel)} ${formatIntervalMultiple(c.roi)}`).join(', ')}.`,
  );
  if (!pick) {
    lines.push(`None of them has ${METRIC_LABELS[metric]} in the data${period} (it exists for ${m.rows.map((r) => label(r.group)).join(', ') || 'no channel'}).`);
  } else {
    lines.push(
      `Of those with ${METRIC_LABELS[metric]} data${period}, *${label(pick.group)}* had the ${wantWorstMetric ? 'worst' : 'best'} ${METRIC_LABELS[metric]}: *${formatMetricValue(pick.value, m.unit)}*.`,
      ...worstFirst.map((r) => `• ${label(r.group)}: ${METRIC_LABELS[metric]} ${formatMetricValue(r.value, m.unit)}`),
    );
    const missing = group.filter((c) => !candidates.some((r) => r.group === c.channel)).map((c) => label(c.channel));
    if (missing.length) lines.push(`_${missing.join(', ')} ${missing.length === 1 ? 'has' : 'have'} no ${METRIC_LABELS[metric]} (${FUNNEL_METRICS.has(metric) ? 'no tracking codes on its leads' : 'not a click/impression channel'})._`);
  }
  const caveat = roiRes.caveats?.find((c) => c.startsWith('Model estimates'));
  if (caveat) lines.push(`_${caveat}_`);
  if (e.period?.assumedYear) lines.push(`_No year given, so I used ${e.period.label}._`);
  return {
    lines,
    followUps: [pick ? `What is ${label(pick.group)} ROI?` : 'What is ROI by channel?', `${METRIC_LABELS[metric]} by channel by month`, 'Optimise the budget'],
  };
}
