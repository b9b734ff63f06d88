/** Offline answers for model questions: ROI, saturation, summary, fit (budget plans: plan-skills.ts). */
import type { FitDiagnostics, Interval, MmmSummary } from '../../mmm/service-types.js';
import { formatIntervalMoney, formatIntervalMultiple, formatMoney, formatMultiple, formatNumber, formatPct } from '../format.js';
import { channelName } from '../entities/lexicon.js';
import { normalise } from '../entities/extract.js';
import type { SkillContext, SkillReply } from './types.js';
import { valueAnswer, VALUE_QUESTION } from './value-skill.js';
import { wasteLines, WASTE_QUESTION } from './waste.js';

const label = channelName;

interface RoiData {
  channels: { channel: string; spend: number; roi: Interval; contribution: Interval; marginal_roi: number; calibrated?: boolean; warnings: string[] }[];
  diagnostics: FitDiagnostics;
}

export function caveatLine(caveats: string[] | undefined): string[] {
  const c = caveats?.find((x) => x.startsWith('Model estimates'));
  return c ? [`_${c}_`] : [];
}

export async function roiSkill(ctx: SkillContext): Promise<SkillReply> {
  if (VALUE_QUESTION.test(normalise(ctx.question)) && ctx.entities.channels.length > 0) return valueAnswer(ctx, ctx.entities.channels[0]!);
  if (!WASTE_QUESTION.test(normalise(ctx.question)) || ctx.entities.channels.length > 0) return roiAnswer(ctx, ctx.entities.channels);
  const waste = await wasteLines(ctx);
  const roi = await roiAnswer(ctx, []);
  return { ...roi, lines: [...waste, ...roi.lines], followUps: ['Are we being overcharged?', 'Which campaigns under-delivered?', 'Optimise the budget'] };
}

export async function roiAnswer(ctx: Pick<SkillContext, 'tools' | 'status'>, channels: string[]): Promise<SkillReply> {
  ctx.status('Reading channel ROI from the model…');
  const result = await ctx.tools.call('mmm_roi', {});
  const data = result.data as RoiData;
  const ranked = [...data.channels].sort((a, b) => b.roi.estimate - a.roi.estimate);
  const lines: string[] = [];
  if (channels.length > 0) {
    for (const ch of channels) {
      const c = data.channels.find((x) => x.channel === ch);
      if (!c) continue;
      const rank = ranked.findIndex((x) => x.channel === ch) + 1;
      lines.push(
        `*${label(ch)} ROI: ${formatIntervalMultiple(c.roi)}* — each £1 of ${label(ch)} spend returned about ${formatMoney(c.roi.estimate)} in revenue (range ${formatMoney(c.roi.low)}–${formatMoney(c.roi.high)}). It ranks ${rank} of ${ranked.length} channels.`,
        `• Spend ${formatMoney(c.spend)} → modelled revenue contribution ${formatIntervalMoney(c.contribution)}.`,
        `• Marginal ROI ${formatMultiple(c.marginal_roi)}: the next £1 returns about ${formatMoney(c.marginal_roi)}${c.marginal_roi < c.roi.estimate * 0.6 ? ' — well below the average, so it is saturating' : ''}.`,
        ...c.warnings.map((w) => `• ⚠️ ${w}`),
      );
    }
  } else {
    lines.push('*ROI by channel* (revenue per £1 of spend, 90% range):');
    for (const c of ranked) {
      lines.push(
        `• ${label(c.channel)}: ${formatIntervalMultiple(c.roi)} on ${formatMoney(c.spend)} spend · marginal ${formatMultiple(c.marginal_roi)}${c.calibrated ? ' · calibrated with a lift test' : ''}`,
      );
    }
    const best = ranked[0]!;
    const worst = ranked[ranked.length - 1]!;
    lines.push(`Highest: *${label(best.channel)}*; lowest: *${label(worst.channel)}*. Marginal ROI shows where the next pound works hardest.`);
    lines.push(...data.diagnostics.warnings.map((w) => `• ⚠️ ${w}`));
  }
  lines.push(...caveatLine(result.caveats));
  const pick = channels[0] ?? ranked[0]!.channel;
  return {
    lines,
    followUps: [`Is ${label(pick)} saturated?`, `What if we move 500K from ${label(pick)} to ${label(ranked[ranked.length - 1]!.channel === pick ? ranked[0]!.channel : ranked[1]!.channel)}?`, 'Optimise the budget'],
  };
}

export async function curvesSkill(ctx: SkillContext): Promise<SkillReply> {
  return curvesAnswer(ctx, ctx.entities.channels[0]);
}

export async function curvesAnswer(ctx: Pick<SkillContext, 'tools' | 'status'>, ch: string | undefined): Promise<SkillReply> {
  ctx.status('Reading the response curves…');
  const result = await ctx.tools.call('mmm_curves', ch ? { channel: ch } : {});
  const data = result.data as { weeks?: number; channels: { channel: string; current_total_spend: number; decay: number; curve: { spend: number; response: number }[] }[] };
  const lines: string[] = [];
  for (const c of data.channels.slice(0, ch ? 1 : 11)) {
    const share = saturationShare(c.curve, c.current_total_spend);
    const halfLife = c.decay > 0 && c.decay < 1 ? Math.log(0.5) / Math.log(c.decay) : 0;
    const state = share >= 80 ? 'saturated — extra spend adds little' : share >= 55 ? 'into diminishing returns' : 'with headroom — extra spend still pays back well';
    lines.push(
      `• *${label(c.channel)}*: at ${formatMoney(c.current_total_spend)}${data.weeks ? ` over ${data.weeks} weeks` : ' in total'} it reaches about ${formatPct(share, 0)} of the modelled maximum response — ${state}. Carry-over ${formatNumber(c.decay, 2)} per week (half-life ${formatNumber(halfLife, 1)} weeks).`,
    );
  }
  lines.unshift(ch ? `*${label(ch)} response curve*` : '*Saturation by channel* (share of the modelled maximum response reached at current spend):');
  lines.push(...caveatLine(result.caveats));
  return { lines, followUps: [`What is ${label(ch ?? 'tv')} ROI?`, 'Optimise the budget', ...(ch ? ['And for TikTok?'] : [])] };
}

/** Share (0–100) of a channel's modelled maximum response reached at a spend, read off its curve. */
export function saturationShare(curve: { spend: number; response: number }[], spend: number): number {
  const max = Math.max(...curve.map((p) => p.response), 1e-9);
  return (interpolate(curve, spend) / max) * 100;
}

function interpolate(curve: { spend: number; response: number }[], x: number): number {
  if (curve.length === 0) return 0;
  if (x <= curve[0]!.spend) return curve[0]!.response;
  for (let i = 1; i < curve.length; i++) {
    const a = curve[i - 1]!;
    const b = curve[i]!;
    if (x <= b.spend) return a.response + ((b.response - a.response) * (x - a.spend)) / Math.max(1e-9, b.spend - a.spend);
  }
  return curve[curve.length - 1]!.response;
}

export async function summarySkill(ctx: Pick<SkillContext, 'tools' | 'status'>): Promise<SkillReply> {
  const result = await ctx.tools.call('mmm_summary', {});
  const s = result.data as MmmSummary;
  const top = [...s.channel_breakdown].sort((a, b) => b.spend - a.spend);
  return {
    lines: [
      `*Model data: ${s.weeks_of_data} weeks, ${s.date_range.from} to ${s.date_range.to}*`,
      `• Media spend ${formatMoney(s.total_spend)} · cars sold ${formatNumber(s.total_units)} · revenue ${formatMoney(s.total_revenue)}`,
      `• Largest channels: ${top.slice(0, 4).map((c) => `${label(c.channel)} ${formatMoney(c.spend)} (${formatPct(c.share * (c.share <= 1 ? 100 : 1), 0)})`).join(', ')}`,
    ],
    followUps: ['What is ROI by channel?', 'Optimise the budget', 'How good is the model fit?'],
  };
}

export async function diagnosticsSkill(ctx: Pick<SkillContext, 'tools' | 'status'>): Promise<SkillReply> {
  const result = await ctx.tools.call('mmm_roi', {});
  const d = (result.data as RoiData).diagnostics;
  const quality = d.holdoutR2 >= 0.7 && d.mape <= 0.15 ? 'good' : d.holdoutR2 >= 0.4 ? 'fair' : 'weak';
  const mapePct = d.mape <= 1 ? d.mape * 100 : d.mape;
  return {
    lines: [
      `*Model fit is ${quality}*: R² ${formatNumber(d.r2, 2)} in-sample, ${formatNumber(d.holdoutR2, 2)} on held-out weeks; average error (MAPE) ${formatPct(mapePct, 1)}; NRMSE ${formatNumber(d.nrmse, 3)}${d.durbinWatson !== undefined ? `; Durbin–Watson ${formatNumber(d.durbinWatson, 2)}` : ''}.`,
      ...d.warnings.map((w) => `• ⚠️ ${w}`),
      ...caveatLine(result.caveats),
    ],
    followUps: ['What is ROI by channel?', 'Optimise the budget'],
  };
}
