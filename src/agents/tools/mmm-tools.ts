/** The MMM analyst's tools: summary, ROI, optimiser, response curves and what-if scenarios. */
import type { ChartSpec } from '../../charts/types.js';
import { MMM_CHANNELS } from '../../data/brand/catalog.js';
import { channelName } from '../entities/lexicon.js';
import { MixError } from '../../errors.js';
import type { MmmService, ScenarioRequest } from '../../mmm/service-types.js';
import { chartAttachment, mmmSource } from './sources.js';
import { mmmCurvesInput, mmmOptimizeInput, mmmRoiInput, mmmScenarioInput, mmmSummaryInput } from './schemas.js';
import type { ToolDefinition } from './types.js';

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
    'Return on investment by channel from the marketing-mix model: revenue contribution and ROI (revenue per £ of spend) with 90% intervals, marginal ROI (the return on the next £), and the fit diagnostics. Use for "what is TV ROI?", "which channel works best?".',
  input: mmmRoiInput,
  async run(input, deps) {
    const s = safeSummary(deps.mmm);
    const roi = deps.mmm.roi();
    const channels = input.channel ? roi.channels.filter((c) => c.channel === input.channel) : roi.channels;
    if (input.channel && channels.length === 0) {
      throw new MixError('INPUT_INVALID', `no ROI for ${input.channel}`, { userMessage: `The model has no ${label(input.channel)} channel.` });
    }
    return {
      data: {
        channels: channels.map((c) => ({
          channel: c.channel,
          spend: round(c.spend, 0),
          roi: { estimate: round(c.roi.estimate), low: round(c.roi.low), high: round(c.roi.high) },
          contribution: { estimate: round(c.contribution.estimate, 0), low: round(c.contribution.low, 0), high: round(c.contribution.high, 0) },
          marginal_roi: round(c.marginalRoi),
          warnings: c.warnings,
        })),
        diagnostics: roi.diagnostics,
      },
      sources: [mmmSource(s)],
      attachments: roi.charts.map((c) => chartAttachment(c)),
      caveats: [mmmCaveat(s?.weeks_of_data), ...channels.flatMap((c) => c.warnings.map((w) => `${label(c.channel)}: ${w}`))],
    };
  },
};

export const mmmOptimizeTool: ToolDefinition<typeof mmmOptimizeInput> = {
  name: 'mmm_optimize',
  agent: 'mmm',
  description:
    'Optimal budget allocation across channels on the saturating response curves, within bounds (default ±30% per channel), optionally locking channels or changing the total budget. Returns current vs optimal spend per channel, the reason for each move and the expected revenue lift with a 90% interval.',
  input: mmmOptimizeInput,
  async run(input, deps) {
    const s = safeSummary(deps.mmm);
    const result = deps.mmm.optimize({
      ...(input.budget !== undefined ? { budget: input.budget } : {}),
      ...(input.bounds !== undefined ? { bounds: input.bounds } : {}),
      ...(input.channel_bounds ? { channelBounds: input.channel_bounds as Record<string, [number, number]> } : {}),
      ...(input.lock?.length ? { lock: input.lock } : {}),
    });
    return {
      data: {
        budget: round(result.budget, 0),
        allocation: result.allocation.map((a) => ({ ...a, current: round(a.current, 0), optimal: round(a.optimal, 0), change: round(a.change, 0), changePct: round(a.changePct, 1) })),
        expected_lift: result.expectedLift,
        expected_lift_pct: result.expectedLiftPct,
      },
      sources: [mmmSource(s)],
      attachments: result.charts.map((c) => chartAttachment(c)),
      caveats: [mmmCaveat(s?.weeks_of_data)],
    };
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
    return {
      data: {
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
      sources: [mmmSource(s)],
      attachments: curves.charts.map((c) => chartAttachment(c)),
      caveats: [mmmCaveat(s?.weeks_of_data)],
    };
  },
};

function scenarioChart(description: string, rows: { channel: string; before: number; after: number }[]): ChartSpec {
  return { kind: 'budget_shift', title: 'Scenario: spend before and after', subtitle: description, rows: rows.filter((r) => r.before !== r.after) };
}

export const mmmScenarioTool: ToolDefinition<typeof mmmScenarioInput> = {
  name: 'mmm_scenario',
  agent: 'mmm',
  description:
    'What-if on the model: either relative spend changes per channel ({"tv": -0.1}) or a move of budget between two channels ({"from":"tv","to":"youtube","amount":500000}). Returns the change in revenue with a 90% interval and per-channel effects.',
  input: mmmScenarioInput,
  async run(input, deps) {
    const s = safeSummary(deps.mmm);
    for (const ch of Object.keys(input.changes ?? {})) {
      if (!(MMM_CHANNELS as readonly string[]).includes(ch)) throw new MixError('INPUT_INVALID', `unknown channel ${ch}`);
    }
    if (input.move && input.move.from === input.move.to) {
      throw new MixError('INPUT_INVALID', 'move to the same channel', { userMessage: 'Moving budget needs two different channels.' });
    }
    const request: ScenarioRequest = input.move ? { move: input.move } : { changes: input.changes as Record<string, number> };
    const result = deps.mmm.scenario(request);
    return {
      data: result,
      sources: [mmmSource(s)],
      attachments: [chartAttachment(scenarioChart(result.description, result.perChannel))],
      caveats: [mmmCaveat(s?.weeks_of_data)],
    };
  },
};
