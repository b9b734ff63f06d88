/**
 * Offline answers for budget plans: the optimiser ("optimise 2M over 13 weeks") and what-if moves ("move
 * 500K from TV to YouTube"). Every plan has a period; the reply states the budget, the period and the
 * weekly rate, and renders one line per channel from the tool's structured fields.
 */
import type { MmmChannel } from '../../data/brand/catalog.js';
import { asMixError } from '../../errors.js';
import type { Interval, ScenarioResult } from '../../mmm/service-types.js';
import { channelName } from '../entities/lexicon.js';
import { normalise } from '../entities/extract.js';
import { formatIntervalMoney, formatIntervalPct, formatMoney, formatNumber, formatPct, formatSignedPct, fractionToPct, listAnd } from '../format.js';
import type { PlanWindow } from '../tools/plan-window.js';
import type { allocationRows } from '../tools/mmm-tools.js';
import { unknownChannelLine } from './metric-skills.js';
import { caveatLine } from './mmm-skills.js';
import { CHANNEL_LIST, moveTooLarge, readBound, readLocks, unreadableBudget } from './plan-inputs.js';
import type { SkillContext, SkillReply } from './types.js';

const label = channelName;
type Ctx = Pick<SkillContext, 'tools' | 'status'>;
type Row = ReturnType<typeof allocationRows>[number];
type Period = PlanWindow & { budget_per_week?: number };

/** "13 weeks (a quarter)", "4 weeks (a month)", "5 weeks". */
export function periodPhrase(weeks: number): string {
  const name: Record<number, string> = { 4: 'a month', 13: 'a quarter', 26: 'a half-year', 52: 'a year' };
  return `${weeks} week${weeks === 1 ? '' : 's'}${name[weeks] ? ` (${name[weeks]})` : ''}`;
}

/**
 * Plans credit spend with the revenue its carry-over earns after the period too; over a few weeks most of
 * a long-lasting channel's effect lands after the period, so the reply says where the revenue comes from.
 */
function shortFlight(p: Period): string[] {
  return p.weeks < 8
    ? [`_Revenue includes the carry-over the ${p.weeks}-week plan earns after it ends, so channels whose effect lingers (TV, OOH, print) get full credit._`]
    : [];
}

function overPeriod(p: Period): string {
  return p.basis === 'all_data' ? `over all ${p.weeks} weeks of data` : `over ${periodPhrase(p.weeks)}`;
}

export interface OptimizeParams {
  budget?: number;
  bounds?: number;
  lock: MmmChannel[];
  /** Planning period in weeks; absent = inferred by the tool from the budget (or all the data). */
  periodWeeks?: number;
  /** Money on top of today's spend instead of a total budget ("where should an extra 500K go?"). */
  extra?: number;
}

/** "an extra 500K", "500K more", "another 1M", "additional £250k", "500K on top": the amount is new money. */
export function isExtraAmount(question: string): boolean {
  return /\b(extra|additional|another|incremental|on top|more to (spend|invest|put)|more budget|more money)\b/.test(normalise(question));
}

/** A tool refusal (bad budget, period or lock) becomes a friendly unanswered reply; anything else is rethrown. */
async function callOrExplain(ctx: Ctx, tool: string, input: Record<string, unknown>, followUps: string[]) {
  try {
    return { result: await ctx.tools.call(tool, input) };
  } catch (err) {
    const e = asMixError(err);
    if (e.code !== 'INPUT_INVALID' && e.code !== 'MMM_INPUT_INVALID') throw e;
    return { refusal: { lines: [e.userMessage], followUps, unanswered: true } satisfies SkillReply };
  }
}

export async function optimizeSkill(ctx: SkillContext): Promise<SkillReply> {
  const e = ctx.entities;
  if (e.negativeAmounts.length > 0) {
    return { lines: [`A budget cannot be negative (${e.negativeAmounts[0]}). Give a total like 2.5M, £2,500,000 or 500k — or leave it out to re-split the current budget.`], followUps: ['Optimise the budget', 'Optimise a budget of 2.5M'], unanswered: true };
  }
  if (e.planProblem) return { lines: [`${e.planProblem}.`], followUps: ['Optimise 2M over 13 weeks', 'Optimise the budget'], unanswered: true };
  const latest = ctx.question.split(' → ').pop()!;
  const { bounds, problem: boundProblem } = readBound(e);
  const locks = readLocks(latest);
  const problem = unreadableBudget(latest, e) ?? boundProblem ?? locks.problem;
  if (problem) return { lines: [problem], followUps: ['Optimise a budget of 2.5M', 'Optimise 3M over 13 weeks keeping TV fixed'], unanswered: true };
  const amount = e.amounts[0];
  const money = amount ? (isExtraAmount(ctx.question) ? { extra: amount } : { budget: amount }) : {};
  return optimizeAnswer(ctx, { ...money, ...(bounds ? { bounds } : {}), lock: locks.channels, ...(e.planWeeks ? { periodWeeks: e.planWeeks } : {}) });
}

function pctText(pct: number): string {
  return formatSignedPct(pct, Math.abs(pct) >= 9.95 || Number.isInteger(pct) ? 0 : 1);
}

/** One scannable line per channel: label, before → after (±x %), marginal ROI before → after, reason. */
export function allocationLine(a: Row): string {
  return `• *${label(a.channel)}* ${formatMoney(a.current)} → ${formatMoney(a.optimal)} (${pctText(a.change_pct)}) · marginal ROI ${formatNumber(a.marginal_roi_before, 2)} → ${formatNumber(a.marginal_roi_after, 2)} · ${a.reason}`;
}

export async function optimizeAnswer(ctx: Ctx, params: OptimizeParams): Promise<SkillReply> {
  const { budget, bounds, lock, periodWeeks, extra } = params;
  ctx.status('Optimising the budget on the response curves…');
  const input = { ...(budget ? { budget } : {}), ...(extra ? { extra_budget: extra } : {}), ...(bounds ? { bounds } : {}), ...(lock.length ? { lock } : {}), ...(periodWeeks ? { period_weeks: periodWeeks } : {}) };
  const { result, refusal } = await callOrExplain(ctx, 'mmm_optimize', input, ['Optimise the budget', 'Optimise 2M over 13 weeks']);
  if (!result) return refusal;
  const d = result.data as {
    budget: number;
    extra_budget?: number;
    extra_roi?: number;
    period: Period & { budget_per_week: number };
    allocation: Row[];
    expected_lift: Interval;
    expected_lift_pct: Interval;
  };
  const p = d.period;
  const moves = [...d.allocation].sort((a, b) => b.change - a.change);
  const up = moves.filter((a) => a.change > 0.5);
  const down = moves.filter((a) => a.change < -0.5).reverse();
  const same = moves.filter((a) => Math.abs(a.change) <= 0.5);
  const range = p.weekly_spend_range;
  const outside = p.budget_per_week > range.max * 1.05 || p.budget_per_week < range.min * 0.95;
  const added = d.extra_budget;
  const scaled = added === undefined && Math.abs(d.budget - p.window_spend) > 1;
  const held = lock.length ? `, ${listAnd(lock.map(label))} held` : '';
  const header =
    added !== undefined
      ? `*Where an extra ${formatMoney(added)} works hardest ${overPeriod(p)}* — on top of today's ${formatMoney(p.window_spend)}, ${formatMoney(d.budget)} in total (${formatMoney(p.budget_per_week)} a week); no channel is cut${held}.`
      : `*Optimal split of ${formatMoney(d.budget)} ${overPeriod(p)}* — ${formatMoney(p.budget_per_week)} a week; each channel within ±${formatPct((bounds ?? 0.3) * 100, 0)}${held}.`;
  const liftLine =
    added !== undefined
      ? `The extra money earns *${formatIntervalMoney(d.expected_lift)}* of revenue${d.extra_roi !== undefined ? `, about ${formatNumber(d.extra_roi, 2)}x per £1` : ''} (${formatIntervalPct(d.expected_lift_pct)} on today's mix).`
      : `Expected revenue change *${formatIntervalMoney(d.expected_lift)}*, i.e. ${formatIntervalPct(d.expected_lift_pct)}, against today's mix at the same budget.`;
  const lines = [
    header,
    ...(p.note ? [`_${p.note}_`] : []),
    ...(outside
      ? [`_${formatMoney(p.budget_per_week)} a week is outside the weekly totals in the data (${formatMoney(range.min)} to ${formatMoney(range.max)}), so the curves are extrapolated: read it as directional._`]
      : []),
    liftLine,
    ...(up.length ? ['*Increase*', ...up.map(allocationLine)] : []),
    ...(down.length ? ['*Decrease*', ...down.map(allocationLine)] : []),
    ...(same.length ? [`*Unchanged*: ${listAnd(same.map((a) => `${label(a.channel)}${a.bound_hit === 'locked' ? ' (locked)' : ''}`))}`] : []),
    ...(scaled ? [`_Before = your channel mix in the last ${p.weeks === 1 ? 'week' : `${p.weeks} weeks`} of data (from ${p.from_week}), scaled to ${formatMoney(d.budget)}._`] : []),
    ...shortFlight(p),
    ...caveatLine(result.caveats),
  ];
  const otherPeriod = p.weeks === 13 ? 'Make it per year' : 'Make it over 13 weeks';
  if (added !== undefined) {
    return { lines, followUps: [otherPeriod, `Is ${label(up[0]?.channel ?? 'meta')} saturated?`, 'What is ROI by channel?'] };
  }
  return {
    lines,
    followUps: [budget ? `Make that ${formatMoney(budget * 0.8)}` : 'Make that 2M', ...(budget ? [otherPeriod] : []), 'What if we lock TV?', `What is ${label(up[0]?.channel ?? 'tv')} ROI?`].slice(0, 3),
  };
}

/** Reads "move 500K from TV to YouTube", "increase TikTok by 20%", "cut Meta by 100K", "double radio", "… per quarter". */
export function scenarioInput(ctx: Pick<SkillContext, 'entities' | 'question'>): { input?: Record<string, unknown>; problem?: string } {
  const e = ctx.entities;
  const t = normalise(ctx.question);
  if (e.negativeAmounts.length > 0) return { problem: `I cannot move a negative amount (${e.negativeAmounts[0]}); give an amount like 500K.` };
  if (e.planProblem) return { problem: `${e.planProblem}.` };
  const period = e.planWeeks ? { period_weeks: e.planWeeks } : {};
  const moveWord = /\b(move|moved|moving|shift|shifting|transfer|reallocate|put|take)\b/.test(t);
  // "move 500K from TV to Snapchat", "from metta to YouTube": a move whose other side is not a model channel.
  if (moveWord && e.unknownChannels.length) return { problem: unknownChannelLine(e.unknownChannels) };
  if (moveWord && e.channels.length < 2 && /\bfrom\b.*\b(to|into)\b|\b(to|into)\b.*\bfrom\b/.test(t)) {
    const named = e.channels.length ? `only ${label(e.channels[0]!)}` : 'no channel';
    return { problem: `I can read ${named} in that move, so I cannot tell where the money comes from and goes to. The model's channels are: ${CHANNEL_LIST}; say e.g. "move 500K from TV to YouTube".` };
  }
  const moving = moveWord && e.channels.length >= 2;
  if (moving) {
    let [from, to] = e.channels as [MmmChannel, MmmChannel];
    // "move 500K to YouTube from TV" names the destination first.
    if (/\bto\b.*\bfrom\b/.test(t) && !/\bfrom\b.*\bto\b/.test(t)) [from, to] = [to, from];
    const tooLarge = e.amounts.length === 0 ? moveTooLarge(e, from) : undefined;
    if (tooLarge) return { problem: tooLarge };
    const fraction = e.percentages.find((p) => p > 0 && p <= 1);
    const amount = e.amounts[0];
    if (!amount && !fraction) return { problem: `How much should move from ${label(from)} to ${label(to)}? Say e.g. "move 500K" or "move 10%".` };
    return { input: { move: { from, to, ...(amount ? { amount } : { fraction }) }, ...period } };
  }
  const sign = /\b(cut|decrease|reduce|lower|drop|remove|less)\b/.test(t) ? -1 : 1;
  const changes: Record<string, number> = {};
  const absolute: Record<string, number> = {};
  for (const ch of e.channels) {
    let rel: number | undefined;
    // "Cut radio" with no amount means switching it off; "reduce radio" alone stays a question.
    const bareCut = e.amounts.length === 0 && e.percentages.length === 0 && /\b(cut|drop|remove|kill|scrap|axe|ditch)\b/.test(t);
    if (bareCut || /\b(stop|pause|remove all|zero|switch off|turn off)\b/.test(t)) rel = -1;
    else if (/\bdouble\b/.test(t)) rel = 1;
    else if (/\bhalve\b|\bhalf\b/.test(t)) rel = -0.5;
    else if (e.percentages.length) rel = sign * Math.abs(e.percentages[0]!);
    else if (e.amounts.length) absolute[ch] = sign * e.amounts[0]!;
    if (rel !== undefined) changes[ch] = Math.max(-1, Math.min(5, rel));
  }
  if (Object.keys(absolute).length) return { input: { absolute, ...period } };
  if (Object.keys(changes).length === 0) return { problem: 'Tell me the change, e.g. "increase TikTok by 20%", "cut TV by 500K" or "move 500K from TV to YouTube".' };
  return { input: { changes, ...period } };
}

export async function scenarioSkill(ctx: SkillContext): Promise<SkillReply> {
  const { input, problem } = scenarioInput(ctx);
  if (!input) return { lines: [problem!], followUps: ['What if we move 500K from TV to YouTube?', 'What if we increase TikTok by 20%?'], unanswered: true };
  return scenarioAnswer(ctx, input);
}

/**
 * The verdict line. A move keeps the total, so revenue alone decides; a cut or an increase changes spend,
 * so the reply weighs the revenue change against the money saved or added (revenue per £, not profit).
 */
export function spendVerdict(data: Pick<ScenarioResult, 'perChannel' | 'deltaRevenue'>, spans0: boolean, good: boolean): string[] {
  const dSpend = data.perChannel.reduce((a, c) => a + (c.after - c.before), 0);
  const dRev = data.deltaRevenue.estimate;
  if (Math.abs(dSpend) < 1) {
    return [
      spans0
        ? 'The range includes zero, so the model cannot say with confidence whether this helps.'
        : good
          ? 'The model expects this to help: the receiving side has more headroom on its curve than the source gives up.'
          : 'The model expects this to cost revenue: the money earns more where it is.',
    ];
  }
  const perPound = dRev / dSpend;
  if (dSpend < 0) {
    return [
      `Saves ${formatMoney(-dSpend)} of spend for ${formatMoney(Math.max(0, -dRev))} less revenue: about £${formatNumber(perPound, 2)} of revenue per £1 cut.`,
      perPound < 1
        ? 'On the model that money returned less revenue than it cost, but revenue is not profit and the range is wide: test the cut (a regional hold-out) before committing.'
        : 'On the model that money returns more revenue than it costs, so the cut loses more revenue than it saves.',
    ];
  }
  return [`Adds ${formatMoney(dSpend)} of spend for ${formatMoney(dRev)} more revenue: about £${formatNumber(perPound, 2)} per extra £1.`];
}

/** "Move £500K from TV to YouTube", "Cut TV by £500K", "TikTok +20%". */
function scenarioTitle(input: Record<string, unknown>): string {
  const mv = input.move as { from: string; to: string; amount?: number; fraction?: number } | undefined;
  if (mv) return mv.amount !== undefined ? `Move ${formatMoney(mv.amount)} from ${label(mv.from)} to ${label(mv.to)}` : `Move ${formatPct((mv.fraction ?? 0.1) * 100, 0)} of ${label(mv.from)} to ${label(mv.to)}`;
  const abs = input.absolute as Record<string, number> | undefined;
  if (abs) return listAnd(Object.entries(abs).map(([c, v]) => `${v < 0 ? 'Cut' : 'Add'} ${formatMoney(Math.abs(v))} ${v < 0 ? 'from' : 'to'} ${label(c)}`));
  const changes = (input.changes ?? {}) as Record<string, number>;
  return listAnd(Object.entries(changes).map(([c, v]) => (v <= -1 ? `${label(c)} switched off` : `${label(c)} ${pctText(v * 100)}`)));
}

export async function scenarioAnswer(ctx: Ctx, input: Record<string, unknown>): Promise<SkillReply> {
  ctx.status('Running the what-if on the model…');
  const { result, refusal } = await callOrExplain(ctx, 'mmm_scenario', input, ['What if we move 500K from TV to YouTube?', 'What if we increase TikTok by 20%?']);
  if (!result) return refusal;
  const data = result.data as ScenarioResult & { period: Period };
  const p = data.period;
  const good = data.deltaRevenue.estimate >= 0;
  const spans0 = data.deltaRevenue.low < 0 && data.deltaRevenue.high > 0;
  const lines = [
    `*${scenarioTitle(input)} ${overPeriod(p)}*`,
    ...(p.note ? [`_${p.note}_`] : []),
    `Modelled revenue change from those weeks' spend (carry-over after them included): *${formatIntervalMoney(data.deltaRevenue)}*, i.e. ${formatIntervalPct(fractionToPct(data.deltaPct))}.`,
    ...data.perChannel
      .filter((c) => Math.abs(c.after - c.before) > 0.5)
      .map((c) => `• ${label(c.channel)}: spend ${formatMoney(c.before)} → ${formatMoney(c.after)}, revenue ${c.deltaRevenue >= 0 ? '+' : ''}${formatMoney(c.deltaRevenue)}`),
    ...spendVerdict(data, spans0, good),
    ...shortFlight(p),
    ...caveatLine(result.caveats),
  ];
  const mv = input.move as { from: string; to: string } | undefined;
  const otherPeriod = p.weeks === 52 ? 'Make it per quarter' : 'Make it per year';
  return {
    lines,
    followUps: mv ? ['Make that 1M', otherPeriod, `Is ${label(mv.to)} saturated?`] : ['Optimise the budget', 'What is ROI by channel?'],
  };
}
