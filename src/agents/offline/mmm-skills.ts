/** Offline answers for model questions: ROI, optimisation, what-if moves, saturation, summary, fit. */
import { MMM_CHANNELS, type MmmChannel } from '../../data/brand/catalog.js';
import type { FitDiagnostics, Interval, MmmSummary, OptimizeResult, ScenarioResult } from '../../mmm/service-types.js';
import { normalise } from '../entities/extract.js';
import { parseMoney } from '../entities/numbers.js';
import {
  formatIntervalMoney,
  formatIntervalMultiple,
  formatIntervalPct,
  fractionToPct,
  formatMoney,
  formatMultiple,
  formatNumber,
  formatPct,
  formatSignedPct,
  listAnd,
} from '../format.js';
import { channelName } from '../entities/lexicon.js';
import type { SkillContext, SkillReply } from './types.js';

const label = channelName;

interface RoiData {
  channels: { channel: string; spend: number; roi: Interval; contribution: Interval; marginal_roi: number; warnings: string[] }[];
  diagnostics: FitDiagnostics;
}

function caveatLine(caveats: string[] | undefined): string[] {
  const c = caveats?.find((x) => x.startsWith('Model estimates'));
  return c ? [`_${c}_`] : [];
}

export async function roiSkill(ctx: SkillContext): Promise<SkillReply> {
  return roiAnswer(ctx, ctx.entities.channels);
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
      lines.push(`• ${label(c.channel)}: ${formatIntervalMultiple(c.roi)} on ${formatMoney(c.spend)} spend · marginal ${formatMultiple(c.marginal_roi)}`);
    }
    const best = ranked[0]!;
    const worst = ranked[ranked.length - 1]!;
    lines.push(`Highest: *${label(best.channel)}*; lowest: *${label(worst.channel)}*. Marginal ROI shows where the next pound works hardest.`);
  }
  lines.push(...caveatLine(result.caveats));
  const pick = channels[0] ?? ranked[0]!.channel;
  return {
    lines,
    followUps: [`Is ${label(pick)} saturated?`, `What if we move 500K from ${label(pick)} to ${label(ranked[ranked.length - 1]!.channel === pick ? ranked[0]!.channel : ranked[1]!.channel)}?`, 'Optimise the budget'],
  };
}

/** Channels named after "lock/keep/hold/fix/protect/without touching" (or "…locked"). */
export function lockedChannels(question: string): MmmChannel[] {
  const t = normalise(question);
  const m = /\b(?:lock(?:ing)?|keep(?:ing)?|hold(?:ing)?|fix(?:ing)?|protect(?:ing)?|freez(?:e|ing)|without (?:touching|changing))\s+(.+?)(?:\s+(?:fixed|flat|constant|as is|unchanged|locked))?(?:[.?!;]|$)/.exec(t);
  if (!m) return [];
  const found: MmmChannel[] = [];
  for (const word of m[1]!.split(/[\s,]+|\band\b/)) {
    const w = word.trim();
    if ((MMM_CHANNELS as readonly string[]).includes(w)) found.push(w as MmmChannel);
    else if (w === 'television') found.push('tv');
    else if (w === 'facebook' || w === 'instagram') found.push('meta');
  }
  return [...new Set(found)];
}

export interface OptimizeParams {
  budget?: number;
  bounds?: number;
  lock: MmmChannel[];
}

export async function optimizeSkill(ctx: SkillContext): Promise<SkillReply> {
  const e = ctx.entities;
  if (e.negativeAmounts.length > 0) {
    return { lines: [`A budget cannot be negative (${e.negativeAmounts[0]}). Give a total like 2.5M, £2,500,000 or 500k — or leave it out to re-split the current budget.`], followUps: ['Optimise the budget', 'Optimise a budget of 2.5M'], unanswered: true };
  }
  const unreadable = /\bbudget\s+(?:of|to|at|=|:)?\s*(?!the\b|a\b|our\b|my\b|that\b|it\b)([a-z][a-z-]*)/i.exec(ctx.question.split(' → ').pop()!);
  if (unreadable && e.amounts.length === 0) {
    const r = parseMoney(unreadable[1]!);
    if (!r.ok) return { lines: [`${r.reason[0]!.toUpperCase()}${r.reason.slice(1)}.`], followUps: ['Optimise a budget of 2.5M', 'Optimise the budget'], unanswered: true };
  }
  const bounds = e.percentages.find((p) => p > 0 && p <= 1);
  return optimizeAnswer(ctx, { ...(e.amounts[0] ? { budget: e.amounts[0] } : {}), ...(bounds ? { bounds } : {}), lock: lockedChannels(ctx.question) });
}

export async function optimizeAnswer(ctx: Pick<SkillContext, 'tools' | 'status'>, params: OptimizeParams): Promise<SkillReply> {
  const { budget, bounds, lock } = params;
  if (budget !== undefined && lock.length) {
    // Locked channels keep their current spend, so the budget must at least cover them.
    const summary = (await ctx.tools.call('mmm_summary', {})).data as MmmSummary;
    const held = summary.channel_breakdown.filter((c) => lock.includes(c.channel as MmmChannel)).reduce((s, c) => s + c.spend, 0);
    if (budget <= held) {
      return {
        lines: [`${listAnd(lock.map(label))} alone ${lock.length === 1 ? 'is' : 'are'} ${formatMoney(held)} at current spend (${summary.weeks_of_data} weeks), more than the ${formatMoney(budget)} budget — raise the budget or unlock ${lock.length === 1 ? 'it' : 'them'}. The current total is ${formatMoney(summary.total_spend)}.`],
        followUps: [`Optimise a budget of ${formatMoney(summary.total_spend)}`, 'Optimise the budget'],
        unanswered: true,
      };
    }
  }
  ctx.status('Optimising the budget on the response curves…');
  const result = await ctx.tools.call('mmm_optimize', { ...(budget ? { budget } : {}), ...(bounds ? { bounds } : {}), ...(lock.length ? { lock } : {}) });
  const data = result.data as Pick<OptimizeResult, 'budget' | 'allocation'> & { expected_lift: Interval; expected_lift_pct: Interval };
  const moves = [...data.allocation].sort((a, b) => b.change - a.change);
  const up = moves.filter((a) => a.change > 0.5);
  const down = moves.filter((a) => a.change < -0.5).reverse();
  const lines = [
    `*Optimal split of ${formatMoney(data.budget)}*${bounds ? ` (each channel within ±${formatPct(bounds * 100, 0)})` : ' (each channel within ±30%)'}${lock.length ? `, ${listAnd(lock.map(label))} held` : ''}:`,
    `Expected revenue change ${formatIntervalMoney(data.expected_lift)}, i.e. ${formatIntervalPct(fractionToPct(data.expected_lift_pct))}.`,
    ...(up.length ? ['*Increase*', ...up.map((a) => `• ${label(a.channel)}: ${formatMoney(a.current)} → ${formatMoney(a.optimal)} (${formatSignedPct(a.changePct)}) — ${a.explanation}`)] : []),
    ...(down.length ? ['*Decrease*', ...down.map((a) => `• ${label(a.channel)}: ${formatMoney(a.current)} → ${formatMoney(a.optimal)} (${formatSignedPct(a.changePct)}) — ${a.explanation}`)] : []),
    ...caveatLine(result.caveats),
  ];
  return {
    lines,
    followUps: [budget ? `Make that ${formatMoney(budget * 0.8)}` : 'Make that 2M', 'What if we lock TV?', `What is ${label(up[0]?.channel ?? 'tv')} ROI?`],
    resolved: { amounts: budget ? [budget] : [], percentages: bounds ? [bounds] : [] },
  };
}

/** Reads "move 500K from TV to YouTube", "increase TikTok by 20%", "cut Meta by 100K", "double radio". */
export function scenarioInput(ctx: SkillContext, channelSpend: Map<string, number>): { input?: Record<string, unknown>; problem?: string } {
  const e = ctx.entities;
  const t = normalise(ctx.question);
  if (e.negativeAmounts.length > 0) return { problem: `I cannot move a negative amount (${e.negativeAmounts[0]}); give an amount like 500K.` };
  const moving = /\b(move|moved|moving|shift|shifting|transfer|reallocate|put|take)\b/.test(t) && e.channels.length >= 2;
  if (moving) {
    let [from, to] = e.channels as [MmmChannel, MmmChannel];
    const fromFirst = new RegExp(`from\\s+(?:the\\s+)?(\\S+(?:\\s\\S+)?)`).exec(t);
    // "move 500K to YouTube from TV" names the destination first.
    if (fromFirst && /\bto\b.*\bfrom\b/.test(t) && !/\bfrom\b.*\bto\b/.test(t)) [from, to] = [to, from];
    const fraction = e.percentages.find((p) => p > 0 && p <= 1);
    const amount = e.amounts[0];
    if (!amount && !fraction) return { problem: `How much should move from ${label(from)} to ${label(to)}? Say e.g. "move 500K" or "move 10%".` };
    if (amount && channelSpend.get(from) !== undefined && amount > channelSpend.get(from)!) {
      return { problem: `${label(from)} only has ${formatMoney(channelSpend.get(from)!)} of spend in the model, so ${formatMoney(amount)} cannot move out of it.` };
    }
    return { input: { move: { from, to, ...(amount ? { amount } : { fraction }) } } };
  }
  const changes: Record<string, number> = {};
  for (const ch of e.channels) {
    let rel: number | undefined;
    const sign = /\b(cut|decrease|reduce|lower|drop|remove|less)\b/.test(t) ? -1 : 1;
    if (/\b(stop|pause|remove all|zero|switch off|turn off)\b/.test(t)) rel = -1;
    else if (/\bdouble\b/.test(t)) rel = 1;
    else if (/\bhalve\b|\bhalf\b/.test(t)) rel = -0.5;
    else if (e.percentages.length) rel = sign * Math.abs(e.percentages[0]!);
    else if (e.amounts.length && channelSpend.get(ch)) rel = (sign * e.amounts[0]!) / channelSpend.get(ch)!;
    if (rel !== undefined) changes[ch] = Math.max(-1, Math.min(5, rel));
  }
  if (Object.keys(changes).length === 0) return { problem: 'Tell me the change, e.g. "increase TikTok by 20%", "cut TV by 500K" or "move 500K from TV to YouTube".' };
  return { input: { changes } };
}

export async function scenarioSkill(ctx: SkillContext): Promise<SkillReply> {
  const summary = (await ctx.tools.call('mmm_summary', {})).data as MmmSummary;
  const spend = new Map(summary.channel_breakdown.map((c) => [c.channel, c.spend]));
  const { input, problem } = scenarioInput(ctx, spend);
  if (!input) return { lines: [problem!], followUps: ['What if we move 500K from TV to YouTube?', 'What if we increase TikTok by 20%?'], unanswered: true };
  return scenarioAnswer(ctx, input);
}

export async function scenarioAnswer(ctx: Pick<SkillContext, 'tools' | 'status'>, input: Record<string, unknown>): Promise<SkillReply> {
  ctx.status('Running the what-if on the model…');
  const result = await ctx.tools.call('mmm_scenario', input);
  const data = result.data as ScenarioResult;
  const good = data.deltaRevenue.estimate >= 0;
  const spans0 = data.deltaRevenue.low < 0 && data.deltaRevenue.high > 0;
  const lines = [
    `*${data.description}*`,
    `Modelled revenue change: *${formatIntervalMoney(data.deltaRevenue)}* (${formatIntervalPct(fractionToPct(data.deltaPct))}).`,
    ...data.perChannel
      .filter((p) => Math.abs(p.after - p.before) > 0.5)
      .map((p) => `• ${label(p.channel)}: spend ${formatMoney(p.before)} → ${formatMoney(p.after)}, revenue ${p.deltaRevenue >= 0 ? '+' : ''}${formatMoney(p.deltaRevenue)}`),
    spans0
      ? 'The range includes zero, so the model cannot say with confidence whether this helps.'
      : good
        ? 'The model expects this to help: the receiving side has more headroom on its curve than the source gives up.'
        : 'The model expects this to cost revenue: the money earns more where it is.',
    ...caveatLine(result.caveats),
  ];
  const mv = (input.move as { from: string; to: string } | undefined) ?? undefined;
  return {
    lines,
    followUps: mv ? ['Make that 1M', `Is ${label(mv.to)} saturated?`, 'Optimise the budget'] : ['Optimise the budget', 'What is ROI by channel?'],
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
    const max = Math.max(...c.curve.map((p) => p.response), 1e-9);
    const atCurrent = interpolate(c.curve, c.current_total_spend);
    const share = (atCurrent / max) * 100;
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
