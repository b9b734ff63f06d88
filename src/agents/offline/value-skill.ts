/**
 * "Are we over-spending on TV?", "is TV worth it?", "should we spend less on radio?": a judgement on one
 * channel's spend from the model — ROI with its range, the return on the next £1, where current spend sits
 * on the response curve — and a one-line verdict with the model caveat.
 */
import { channelName } from '../entities/lexicon.js';
import { VALUE_QUESTION } from '../intent/classify.js';
import { formatIntervalMultiple, formatMoney, formatMultiple, formatPct } from '../format.js';
import { caveatLine, saturationShare } from './mmm-skills.js';
import type { SkillContext, SkillReply } from './types.js';

export { VALUE_QUESTION };

interface RoiRow {
  channel: string;
  spend: number;
  roi: { estimate: number; low: number; high: number };
  marginal_roi: number;
  warnings: string[];
}

interface CurveRow {
  channel: string;
  current_total_spend: number;
  curve: { spend: number; response: number }[];
}

/** Where a share of the maximum response puts a channel (same bands as the saturation answer). */
export function curveState(share: number): string {
  return share >= 80 ? 'saturated — extra spend adds little' : share >= 55 ? 'into diminishing returns' : 'with headroom';
}

/**
 * The verdict from the return on the next £1 and the curve: below £1 the last pounds cost more than they bring
 * back; above it, spend still pays, with or without much room left. Pure, for tests.
 */
export function valueVerdict(name: string, roi: number, marginal: number, share: number, roiHigh = roi): string {
  const next = formatMoney(marginal);
  // A range that reaches break-even cannot support "trim it first": the model only leans that way.
  if (marginal < 1 && roi < 1 && roiHigh >= 1) {
    return `*Verdict: on the model ${name} returns less than it costs, but its range reaches break-even (up to ${roiHigh.toFixed(2)}x) — a candidate to trim only after a test (a regional hold-out).*`;
  }
  if (marginal < 1 && roi < 1) return `*Verdict: ${name} returns less than it costs, on average and at the margin — the first place to trim (test before cutting deep).*`;
  if (marginal < 1) return `*Verdict: ${name} pays back on average but is past its efficient point — the next £1 brings back only ${next}, so trimming the top of the spend would lose little.*`;
  if (share >= 80) return `*Verdict: ${name} pays its way but is near saturation — the next £1 still returns ${next}, though more spend would add little.*`;
  if (share >= 55) return `*Verdict: ${name} pays its way and is not over-funded — the next £1 still returns ${next}, though returns are diminishing.*`;
  return `*Verdict: ${name} pays its way with room to grow — the next £1 still returns ${next} and the curve has headroom.*`;
}

export async function valueAnswer(ctx: Pick<SkillContext, 'tools' | 'status'>, channel: string): Promise<SkillReply> {
  const name = channelName(channel);
  ctx.status(`Reading ${name} ROI and its response curve from the model…`);
  const [roiRes, curveRes] = await Promise.all([ctx.tools.call('mmm_roi', {}), ctx.tools.call('mmm_curves', { channel })]);
  const rows = (roiRes.data as { channels: RoiRow[] }).channels;
  const c = rows.find((x) => x.channel === channel);
  const curves = curveRes.data as { weeks?: number; channels: CurveRow[] };
  const curve = curves.channels.find((x) => x.channel === channel);
  if (!c || !curve) return { lines: [`The model has no estimate for ${name}.`], followUps: ['What is ROI by channel?'], unanswered: true };
  const share = saturationShare(curve.curve, curve.current_total_spend);
  const rank = [...rows].sort((a, b) => b.roi.estimate - a.roi.estimate).findIndex((x) => x.channel === channel) + 1;
  const lines = [
    valueVerdict(name, c.roi.estimate, c.marginal_roi, share, c.roi.high),
    `• ROI ${formatIntervalMultiple(c.roi)}: each £1 of ${name} returned about ${formatMoney(c.roi.estimate)} in revenue (range ${formatMoney(c.roi.low)}–${formatMoney(c.roi.high)}) on ${formatMoney(c.spend)} spend; ${rank} of ${rows.length} channels.`,
    `• Marginal ROI ${formatMultiple(c.marginal_roi)}: the next £1 returns about ${formatMoney(c.marginal_roi)}${c.marginal_roi < 1 ? ', less than it costs' : ''}.`,
    `• Saturation: at ${formatMoney(curve.current_total_spend)}${curves.weeks ? ` over ${curves.weeks} weeks` : ''} ${name} reaches about ${formatPct(share, 0)} of its modelled maximum response — ${curveState(share)}.`,
    ...c.warnings.map((w) => `• ⚠️ ${w}`),
    ...caveatLine(roiRes.caveats ?? curveRes.caveats),
  ];
  const other = rows.filter((x) => x.channel !== channel).sort((a, b) => b.marginal_roi - a.marginal_roi)[0];
  return {
    lines,
    followUps: [
      other ? `What if we move 500K from ${name} to ${channelName(other.channel)}?` : 'Optimise the budget',
      'Optimise the budget',
      'What is ROI by channel?',
    ],
  };
}
