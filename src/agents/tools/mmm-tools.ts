/** The MMM analyst's tools: summary, ROI, optimiser, response curves and what-if scenarios. */
import type { ChartSpec } from '../../charts/types.js';
import { MMM_CHANNELS } from '../../data/brand/catalog.js';
import { channelName } from '../entities/lexicon.js';
import { MixError } from '../../errors.js';
import type { MmmService, OptimizeResult, ScenarioRequest } from '../../mmm/service-types.js';
import { checkLockedBudget, optimizeWindow, QUARTER_WEEKS, scenarioWindow, windowChannelSpend, type PlanWindow } from './plan-window.js';
import { chartAttachment, mmmSource } from './sources.js';
import { mmmCurvesInput, mmmOptimizeInput, mmmRoiInput, mmmScenarioInput, mmmSummaryInput } from './schemas.js';
import type { ToolDefinition, ToolResult } from './types.js';

/** The line every model answer carries. */
export function mmmCaveat(weeks: number | undefined): string {
  return `Model estimates${weeks ? ` from ${weeks} weeks of data` : ''}: ranges are 90% intervals; the model reads correlation in history, so test big moves (e.g. a geo lift test) before committing.`;
}

function safeSummary(mmm: MmmService) {
  try {
    return mmm.summary();
  } catch {
    return undefined;
  }
}

/** What every model answer carries besides its data: the model as source, its charts, and the model caveat first. */
function modelResult(s: ReturnType<MmmService['summary']> | undefined, data: unknown, charts: ChartSpec[], caveats: string[] = []): ToolResult {
  return { data, sources: [mmmSource(s)], attachments: charts.map((c) => chartAttachment(c)), caveats: [mmmCaveat(s?.weeks_of_data), ...caveats] };
}

function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function label(channel: string): string {
  return channelName(channel);
}

export const mmmSummaryTool: ToolDefinition<typeof mmmSummaryInput> = {
  name: 'mmm_summary',
  agent: 'mmm',
  description: 'Headline figures of the marketing-mix model data: total spend, cars sold, revenue, weeks of data, spend by channel and share.',
  input: mmmSummaryInput,
  async run(_input, deps) {
    const s = deps.mmm.summary();
    return {
      data: { ...s, weekly_spend: s.weekly_spend.slice(-8) },
      sources: [mmmSource(s)],
      attachments: [],
    };
  },
};

export const mmmRoiTool: ToolDefinition<typeof mmmRoiInput> = {
  name: 'mmm_roi',
  agent: 'mmm',
  description:
    'Return on investment by channel from the marketing-mix model: revenue contribution and ROI (revenue per £ of spend) with 90% intervals, marginal ROI (the return on the next £), whether a lift test calibrated the channel, and the fit diagnostics (their warnings belong in the answer). Use for "what is TV ROI?", "which channel works best?".',
  input: mmmRoiInput,
  async run(input, deps) {
    const s = safeSummary(deps.mmm);
    const roi = deps.mmm.roi();
    const channels = input.channel ? roi.channels.filter((c) => c.channel === input.channel) : roi.channels;
    if (input.channel && channels.length === 0) {
      throw new MixError('INPUT_INVALID', `no ROI for ${input.channel}`, { userMessage: `The model has no ${label(input.channel)} channel.` });
    }
    return modelResult(
      s,
      {
        channels: channels.map((c) => ({
          channel: c.channel,
          spend: round(c.spend, 0),
          roi: { estimate: round(c.roi.estimate), low: round(c.roi.low), high: round(c.roi.high) },
          contribution: { estimate: round(c.contribution.estimate, 0), low: round(c.contribution.low, 0), high: round(c.contribution.high, 0) },
          marginal_roi: round(c.marginalRoi),
          ...(c.calibrated ? { calibrated: true } : {}),
          warnings: c.warnings,
        })),
        diagnostics: roi.diagnostics,
      },
      roi.charts,
      channels.flatMap((c) => c.warnings.map((w) => `${label(c.channel)}: ${w}`)),
    );
  },
};

type Move = OptimizeResult['allocation'][number];

function roundWindow(w: PlanWindow): PlanWindow {
  return {
    ...w,
    current_weekly_spend: round(w.current_weekly_spend, 0),
    window_spend: round(w.window_spend, 0),
    weekly_spend_range: { min: round(w.weekly_spend_range.min, 0), max: round(w.weekly_spend_range.max, 0) },
  };
}

/** One short reason per channel, from the bound it hit or the equal-marginal-return condition. */
export function moveReason(a: Pick<Move, 'boundHit' | 'changePct'>): string {
  if (a.boundHit === 'locked') return 'locked at current spend';
  if (a.boundHit === 'upper') return 'capped at its upper bound — still the better return per extra £';
  if (a.boundHit === 'lower') return 'floored at its lower bound — the weakest return at the margin';
  if (Math.abs(a.changePct) < 0.005) return 'unchanged — already level with the others at the margin';
  return 'balanced — its marginal return now matches the other free channels';
}

/** Optimiser rows for tools and templates; every `_pct` field is a percentage (30 = +30 %). */
export function allocationRows(result: Pick<OptimizeResult, 'allocation'>) {
  return result.allocation.map((a) => ({
    channel: a.channel,
    current: round(a.current, 0),
    optimal: round(a.optimal, 0),
    change: round(a.change, 0),
    // The service gives changePct as a fraction of current spend (0.3 = +30 %).
    change_pct: round(a.changePct * 100, 1),
    marginal_roi_before: round(a.marginalRoiBefore),
    marginal_roi_after: round(a.marginalRoiAfter),
    ...(a.boundHit ? { bound_hit: a.boundHit } : {}),
    reason: moveReason(a),
  }));
}

export const mmmOptimizeTool: ToolDefinition<typeof mmmOptimizeInput> = {
  name: 'mmm_optimize',
  agent: 'mmm',
  description:
    'Optimal budget allocation across channels on the saturating response curves, within bounds (default ±30% per channel), optionally locking channels or changing the budget; extra_budget instead places new money on top of today\'s mix (no channel cut) and reports extra_roi, the revenue the extra earns per £. A budget is a total over a planning period (period_weeks, the last N weeks of data): pass period_weeks when the user names one ("over 13 weeks", "per quarter" = 13, "per month" = 4, "per year" = 52); without it the tool infers the period from the budget at the current weekly rate and says so in period.note. Returns the period (weeks, weekly rate, note), per channel current (today\'s mix over the period scaled to the budget) vs optimal spend, change_pct (a percentage), marginal ROI before/after and the reason, and the expected revenue lift with a 90% interval (expected_lift_pct in percent), counting the carry-over that spend in the period earns after it ends. State the budget, the period and the weekly rate in the answer.',
  input: mmmOptimizeInput,
  async run(input, deps) {
    const s = deps.mmm.summary();
    const extra = input.extra_budget;
    // An extra amount with no period is read like a money move: over a quarter.
    const window = optimizeWindow(s, input.budget, input.period_weeks ?? (extra !== undefined ? Math.min(QUARTER_WEEKS, s.weeks_of_data) : undefined));
    if (input.budget !== undefined && input.lock?.length) checkLockedBudget(input.budget, input.lock, windowChannelSpend(deps.mmm, s, window.weeks), window);
    const result = deps.mmm.optimize({
      ...(input.budget !== undefined ? { budget: input.budget } : {}),
      ...(extra !== undefined ? { extra } : {}),
      ...(input.bounds !== undefined ? { bounds: input.bounds } : {}),
      ...(input.channel_bounds ? { channelBounds: input.channel_bounds as Record<string, [number, number]> } : {}),
      ...(input.lock?.length ? { lock: input.lock } : {}),
      ...(window.weeks < s.weeks_of_data ? { periodWeeks: window.weeks } : {}),
    });
    return modelResult(
      s,
      {
        budget: round(result.budget, 0),
        ...(extra !== undefined ? { extra_budget: round(extra, 0), extra_roi: round(result.expectedLift.estimate / extra) } : {}),
        period: { ...roundWindow(window), budget_per_week: round(result.budget / window.weeks, 0) },
        allocation: allocationRows(result),
        expected_lift: result.expectedLift,
        expected_lift_pct: { estimate: round(result.expectedLiftPct.estimate * 100), low: round(result.expectedLiftPct.low * 100), high: round(result.expectedLiftPct.high * 100) },
      },
      result.charts,
    );
  },
};

export const mmmCurvesTool: ToolDefinition<typeof mmmCurvesInput> = {
  name: 'mmm_curves',
  agent: 'mmm',
  description:
    'Response (saturation) curves and adstock carry-over for one channel or all: revenue response against spend, where current spend sits on the curve, and the weekly decay. Use for "is TV saturated?", "where are diminishing returns?".',
  input: mmmCurvesInput,
  async run(input, deps) {
    const s = safeSummary(deps.mmm);
    const curves = deps.mmm.curves(input.channel);
    return modelResult(
      s,
      {
        // Curve spends and responses are totals over the planning window, not weekly values.
        weeks: curves.weeks,
        channels: curves.channels.map((c) => {
          const step = Math.max(1, Math.floor(c.spend.length / 8));
          return {
            channel: c.channel,
            current_total_spend: round(c.current, 0),
            decay: round(c.decay, 3),
            curve: c.spend.filter((_, i) => i % step === 0).map((x, i) => ({ spend: round(x, 0), response: round(c.response[i * step] ?? 0, 0) })),
          };
        }),
      },
      curves.charts,
    );
  },
};

function scenarioChart(description: string, rows: { channel: string; before: number; after: number }[]): ChartSpec {
  return { kind: 'budget_shift', title: 'Scenario: spend before and after', subtitle: description, rows: rows.filter((r) => r.before !== r.after) };
}

export const mmmScenarioTool: ToolDefinition<typeof mmmScenarioInput> = {
  name: 'mmm_scenario',
  agent: 'mmm',
  description:
    'What-if on the model: relative spend changes per channel ({"tv": -0.1}), absolute changes in GBP ({"tv": -500000}) or a move of budget between two channels ({"from":"tv","to":"youtube","amount":500000}). Money amounts are totals over a planning period (period_weeks, the last N weeks of data): pass it when the user names one ("per quarter" = 13, "per month" = 4, "per year" = 52); without it a money move is read as a quarter (longer only when the source channel spends less than the amount in a quarter) and relative changes cover all the data — period.note says which. Returns the change in revenue that spend in the period earns (carry-over after the period included) with a 90% interval (deltaPct is a fraction: 0.012 = +1.2%) and per-channel effects.',
  input: mmmScenarioInput,
  async run(input, deps) {
    const s = deps.mmm.summary();
    for (const ch of [...Object.keys(input.changes ?? {}), ...Object.keys(input.absolute ?? {})]) {
      if (!(MMM_CHANNELS as readonly string[]).includes(ch)) throw new MixError('INPUT_INVALID', `unknown channel ${ch}`);
    }
    if (input.move && input.move.from === input.move.to) {
      throw new MixError('INPUT_INVALID', 'move to the same channel', { userMessage: 'Moving budget needs two different channels.' });
    }
    const outflows: Record<string, number> = {};
    if (input.move?.amount !== undefined) outflows[input.move.from] = input.move.amount;
    for (const [ch, v] of Object.entries(input.absolute ?? {})) if (v < 0) outflows[ch] = -v;
    const spendCache = new Map<number, Map<string, number>>();
    const spendOver = (weeks: number) => {
      let m = spendCache.get(weeks);
      if (!m) spendCache.set(weeks, (m = windowChannelSpend(deps.mmm, s, weeks)));
      return m;
    };
    const window = scenarioWindow(s, input.period_weeks, outflows, spendOver);
    const base: ScenarioRequest = input.move
      ? { move: input.move }
      : input.absolute
        ? { absolute: input.absolute as Record<string, number> }
        : { changes: input.changes as Record<string, number> };
    const request: ScenarioRequest = { ...base, ...(window.weeks < s.weeks_of_data ? { periodWeeks: window.weeks } : {}) };
    const result = deps.mmm.scenario(request);
    return modelResult(s, { ...result, period: roundWindow(window) }, [scenarioChart(result.description, result.perChannel)]);
  },
};
