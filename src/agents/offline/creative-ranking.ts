/**
 * "Which creative performed best?": creatives ranked by a metric (CTR unless another is asked), each named with its
 * format and model from the asset manifest, the floor on impressions said, and the top creative's image attached
 * by the tool.
 */
import type { MetricName } from '../../rag/types.js';
import { LOWER_IS_BETTER, METRIC_LABELS, channelName } from '../entities/lexicon.js';
import { inPeriod } from '../entities/periods.js';
import { formatMetricValue, formatNumber } from '../format.js';
import { modelName } from '../group-labels.js';
import { pictured, type RankedCreative } from '../tools/creatives.js';
import { capitalise, describeFilter, queryMetric, WHOLE_PERIOD_LABEL, type MetricData } from './metric-query.js';
import type { SkillContext } from './types.js';

/** What "performed best" ranks by when no metric is named. */
export const DEFAULT_CREATIVE_METRIC: MetricName = 'ctr';

type CreativeData = MetricData & {
  creatives?: RankedCreative[];
  creatives_ranked?: number;
  min_impressions?: number;
  creatives_below_min_impressions?: number;
  creatives_without_value?: number;
};

/** "HM-META-VENTO-25Q3-C1 (story · Halden Vento)". */
export function creativeName(c: RankedCreative, showChannel: boolean): string {
  const bits = [showChannel && c.channel ? channelName(c.channel) : undefined, c.format?.replace(/_/g, ' '), c.vehicle_model ? modelName(c.vehicle_model) : undefined].filter(Boolean);
  return `${c.creative_id}${bits.length ? ` (${bits.join(' · ')})` : ''}`;
}

function partsText(c: RankedCreative, metric: MetricName): string {
  const p = c.parts;
  const money = (v: number) => `£${formatNumber(v)}`;
  switch (metric) {
    case 'ctr':
      return `${formatNumber(p.clicks ?? 0)} clicks ÷ ${formatNumber(p.impressions ?? 0)} impressions`;
    case 'cpa':
      return `${money(p.spend ?? 0)} ÷ ${formatNumber(p.conversions ?? 0)} conversions`;
    case 'cpc':
      return `${money(p.spend ?? 0)} ÷ ${formatNumber(p.clicks ?? 0)} clicks`;
    case 'cpm':
      return `${money(p.spend ?? 0)} ÷ ${formatNumber(p.impressions ?? 0)} impressions`;
    default:
      return c.impressions !== undefined && metric !== 'impressions' ? `${formatNumber(c.impressions)} impressions` : '';
  }
}

/**
 * The ranking lines. `want` is the end of the scale asked for ("lowest CPA" = min); for a cost the best is the
 * lowest, so "best CPA" and "lowest CPA" both list the cheapest first.
 */
export async function creativeLines(ctx: SkillContext, metric: MetricName, channel: string | undefined, want: 'max' | 'min' | undefined, defaulted: boolean): Promise<string[]> {
  const e = ctx.entities;
  const costly = LOWER_IS_BETTER.has(metric);
  const order = want === undefined || (want === 'min') === costly ? 'best' : 'worst';
  const asked = /\b(?:top|bottom|best|worst)\s+(\d{1,2})\b/.exec(ctx.question.toLowerCase())?.[1];
  const listed = Math.min(asked && Number(asked) > 0 ? Number(asked) : 10, 25);
  // The tool attaches the image of a listed creative only, so the picture always matches a line of the answer.
  const data = (await queryMetric(ctx, metric, channel, 'creative', e.period, { order, listed })) as CreativeData;
  const ranked = data.creatives ?? [];
  const filter = describeFilter(ctx, channel);
  const period = e.period ? ` ${inPeriod(e.period)}` : ` (${WHOLE_PERIOD_LABEL})`;
  const n = Math.min(listed, ranked.length);
  const lines: string[] = [];
  if (ranked.length === 0) {
    lines.push(`*${capitalise(`${filter ? `${filter} ` : ''}${METRIC_LABELS[metric]} by creative${period}`)}*: no creative has a ${METRIC_LABELS[metric]} to rank${data.min_impressions ? ` with at least ${formatNumber(data.min_impressions)} impressions` : ''}.`);
    return lines;
  }
  const end = order === 'best' ? 'best' : 'worst';
  const direction = costly ? (order === 'best' ? 'lowest first' : 'highest first') : order === 'best' ? 'highest first' : 'lowest first';
  lines.push(
    `*${capitalise(`${filter ? `${filter} ` : ''}creatives by ${METRIC_LABELS[metric]}${period}`)}, ${end} ${n} of ${formatNumber(data.creatives_ranked ?? ranked.length)}* (${direction}) — overall ${formatMetricValue(data.value, data.unit)}`,
  );
  const showChannel = !channel;
  ranked.slice(0, n).forEach((c, i) => {
    const parts = partsText(c, metric);
    lines.push(`${i + 1}. ${creativeName(c, showChannel)}: *${formatMetricValue(c.value, data.unit)}*${parts ? ` (${parts})` : ''}`);
  });
  const top = ranked[0]!;
  const shown = pictured(ranked, n);
  if (shown === top) lines.push(`${capitalise(end)}: *${top.creative_id}* — its image is attached.`);
  else if (shown) {
    lines.push(`${capitalise(end)}: *${top.creative_id}*, which has no image in the asset library; attached is the ${end}-ranked one listed that has: ${shown.creative_id} (#${ranked.indexOf(shown) + 1}).`);
  } else if (n === 1) lines.push(`${capitalise(end)}: *${top.creative_id}* (no image of it in the asset library).`);
  else lines.push(`${capitalise(end)}: *${top.creative_id}*. None of the ${n} listed has an image in the asset library, so none is attached.`);
  if (data.min_impressions !== undefined) {
    const left = data.creatives_below_min_impressions ?? 0;
    lines.push(
      `_Ranked only creatives with at least ${formatNumber(data.min_impressions)} impressions, so one that barely ran cannot top a rate${left ? ` (${formatNumber(left)} left out)` : ' (none fell below it)'}._`,
    );
  }
  if (data.creatives_without_value) lines.push(`_${formatNumber(data.creatives_without_value)} creative${data.creatives_without_value === 1 ? '' : 's'} left out: ${METRIC_LABELS[metric]} is undefined for them (nothing to divide by)._`);
  if (!channel && (metric === 'ctr' || metric === 'cpc' || metric === 'cpm' || metric === 'cpa')) {
    lines.push(`_This ranks every channel's creatives together, and ${METRIC_LABELS[metric]} differs by channel (Google's ads draw far more clicks than social or video): name a channel ("best Meta creative by ${METRIC_LABELS[metric]}") to compare like with like._`);
  }
  if (defaulted) lines.push(`_"Performed best" is read as the highest CTR (clicks ÷ impressions); ask for CPA, CPC or conversion rate by creative to rank another way._`);
  if (costly) lines.push(`_For ${METRIC_LABELS[metric]}, lower is better._`);
  return lines;
}
