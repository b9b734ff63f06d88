/**
 * Budget optimiser over the fitted response curves. A channel's spend pattern over the planning window is
 * scaled (the weeks it runs stay the same); the total is preserved to the cent; bounds default to ±30 % of
 * the proportional allocation of the budget (current spend when the budget is unchanged), overridable per
 * channel; locked channels keep their current spend. Lift is against the proportional allocation, with
 * an interval from the uncertainty ensemble. Each move is explained in one line.
 */
import { MixError } from '../errors.js';
import { allocate, roundToCents, type Objective1D } from './optimizer-core.js';
import type { ResponseModel } from './response.js';
import type { Interval, OptimizeRequest, OptimizeResult } from './service-types.js';
import { quantile } from './roi.js';
import type { ChannelCurve, Draw } from './types.js';
import { createRng } from '../util/rng.js';

export interface OptimizeInputs {
  model: ResponseModel;
  curves: readonly ChannelCurve[];
  draws: readonly Draw[];
  level: number;
  seed?: number;
}

export interface OptimizeDetail extends OptimizeResult {
  objective: 'revenue' | 'units' | 'profit';
  baselineValue: number;
  optimizedValue: number;
  /** Planning window in weeks. */
  weeks: number;
  warnings: string[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function pct(x: number): string {
  const v = Math.round(x * 1000) / 10;
  return `${v > 0 ? '+' : ''}${v}%`;
}

function money(x: number): string {
  const a = Math.abs(x);
  const s = a >= 1e6 ? `£${(a / 1e6).toFixed(2)}M` : a >= 1e3 ? `£${(a / 1e3).toFixed(1)}k` : `£${a.toFixed(0)}`;
  return x < 0 ? `−${s}` : s;
}

/** Channel spend → objective value over the window, for a given curve. */
function channelObjective(model: ResponseModel, c: number, curve: ChannelCurve, current: number): Objective1D {
  if (current <= 0) return { value: () => 0, derivative: () => 0 };
  return {
    value: (x) => model.revenue(c, curve, x / current),
    derivative: (x) => model.derivative(c, curve, x / current) / current,
  };
}

export function resolveBounds(
  channels: readonly string[],
  current: readonly number[],
  request: OptimizeRequest,
): { budget: number; base: number[]; lower: number[]; upper: number[]; locked: boolean[] } {
  const known = new Set(channels);
  for (const name of [...(request.lock ?? []), ...Object.keys(request.channelBounds ?? {})]) {
    if (!known.has(name)) {
      throw new MixError('MMM_INPUT_INVALID', `unknown channel ${name}`, {
        userMessage: `I do not know the channel "${name}" (known: ${channels.join(', ')}).`,
      });
    }
  }
  const currentTotal = current.reduce((a, b) => a + b, 0);
  if (request.extra !== undefined) return resolveExtra(channels, current, request, request.extra);
  const budget = round2(request.budget ?? currentTotal);
  if (!(budget >= 0) || !Number.isFinite(budget)) {
    throw new MixError('MMM_INPUT_INVALID', `bad budget ${request.budget}`, { userMessage: 'The budget must be a positive amount.' });
  }
  const b = request.bounds ?? 0.3;
  if (!(b >= 0 && b <= 10)) {
    throw new MixError('MMM_INPUT_INVALID', `bad bounds ${b}`, { userMessage: 'Bounds must be a fraction between 0 and 10 (0.3 = ±30 %).' });
  }
  const locked = channels.map((c) => (request.lock ?? []).includes(c));
  const lockedTotal = current.reduce((a, v, i) => a + (locked[i] ? v : 0), 0);
  const freeCurrent = currentTotal - lockedTotal;
  const scale = freeCurrent > 0 ? (budget - lockedTotal) / freeCurrent : 0;
  const base = current.map((v, i) => (locked[i] ? v : v * scale));
  const lower: number[] = [];
  const upper: number[] = [];
  channels.forEach((name, i) => {
    const cb = request.channelBounds?.[name];
    if (locked[i]) {
      lower.push(current[i] as number);
      upper.push(current[i] as number);
    } else if (cb) {
      const [lo, hi] = cb;
      if (!(lo >= 0 && hi >= lo)) {
        throw new MixError('MMM_INPUT_INVALID', `bad bounds for ${name}`, { userMessage: `The bounds for ${name} must satisfy 0 ≤ min ≤ max.` });
      }
      lower.push((base[i] as number) * lo);
      upper.push((base[i] as number) * hi);
    } else {
      lower.push((base[i] as number) * Math.max(0, 1 - b));
      upper.push((base[i] as number) * (1 + b));
    }
  });
  const minTotal = lower.reduce((a, v) => a + v, 0);
  const maxTotal = upper.reduce((a, v) => a + v, 0);
  if (budget < minTotal - 0.005 || budget > maxTotal + 0.005) {
    throw new MixError('MMM_INPUT_INVALID', `budget ${budget} outside feasible range ${minTotal}..${maxTotal}`, {
      userMessage: `A budget of ${money(budget)} cannot be met within these bounds (possible: ${money(minTotal)} to ${money(maxTotal)}); widen the bounds or unlock a channel.`,
    });
  }
  return { budget, base, lower, upper, locked };
}

/**
 * Bounds for an extra amount on top of today's spend: every free channel between today's spend and
 * +bounds (raised evenly when the extra would not fit under +bounds, with a quarter of headroom so the
 * optimiser still chooses), locked channels held; the plan's "before" is today's mix, not a scaled one.
 */
function resolveExtra(
  channels: readonly string[],
  current: readonly number[],
  request: OptimizeRequest,
  extra: number,
): { budget: number; base: number[]; lower: number[]; upper: number[]; locked: boolean[] } {
  if (request.budget !== undefined) {
    throw new MixError('MMM_INPUT_INVALID', 'both budget and extra given', { userMessage: 'Give either a total budget or an extra amount on top of today\'s spend, not both.' });
  }
  if (!(extra > 0) || !Number.isFinite(extra)) {
    throw new MixError('MMM_INPUT_INVALID', `bad extra ${extra}`, { userMessage: 'The extra budget must be a positive amount, like 500K.' });
  }
  const b = request.bounds ?? 0.3;
  if (!(b >= 0 && b <= 10)) {
    throw new MixError('MMM_INPUT_INVALID', `bad bounds ${b}`, { userMessage: 'Bounds must be a fraction between 0 and 10 (0.3 = ±30 %).' });
  }
  const locked = channels.map((c) => (request.lock ?? []).includes(c));
  const free = current.reduce((a, v, i) => a + (locked[i] ? 0 : v), 0);
  if (!(free > 0)) {
    throw new MixError('MMM_INPUT_INVALID', 'no free channel spends', {
      userMessage: 'Every channel that spends in this period is locked, so there is nowhere to put the extra budget; unlock one.',
    });
  }
  const up = Math.max(1 + b, 1 + (1.25 * extra) / free);
  const lower = current.map((v) => v);
  const upper = current.map((v, i) => (locked[i] ? v : v * up));
  return { budget: round2(current.reduce((a, v) => a + v, 0) + extra), base: current.slice(), lower, upper, locked };
}

export function optimizeBudget(inputs: OptimizeInputs, request: OptimizeRequest = {}): OptimizeDetail {
  const { curves, draws, level } = inputs;
  const objective = request.objective ?? 'revenue';
  const model = objective === 'units' ? inputs.model.inUnits() : inputs.model;
  const channels = model.table.channels;
  const current = channels.map((_, c) => model.spend(c));
  const { budget, base, lower, upper, locked } = resolveBounds(channels, current, request);
  // For a fixed total, profit = margin × revenue − budget: the same allocation as revenue.
  const fns = channels.map((_, c) => channelObjective(model, c, curves[c] as ChannelCurve, current[c] as number));
  const solved = allocate({ functions: fns, lower, upper, budget }, createRng(inputs.seed ?? 42).fork('optimizer'));
  const x = roundToCents(solved.x, lower, upper, budget);
  const valueAt = (alloc: readonly number[], fs: readonly Objective1D[]) => alloc.reduce((a, v, i) => a + (fs[i] as Objective1D).value(v), 0);
  const baselineValue = valueAt(base, fns);
  const optimizedValue = valueAt(x, fns);

  // Lift interval over the ensemble.
  const a = (1 - level) / 2;
  const lifts = draws
    .map((d) => {
      const f = channels.map((_, c) => channelObjective(model, c, d.curves[c] as ChannelCurve, current[c] as number));
      const b0 = valueAt(base, f);
      return { abs: valueAt(x, f) - b0, rel: b0 > 0 ? (valueAt(x, f) - b0) / b0 : 0 };
    })
    .filter((l) => Number.isFinite(l.abs));
  const absSorted = lifts.map((l) => l.abs).sort((p, q) => p - q);
  const relSorted = lifts.map((l) => l.rel).sort((p, q) => p - q);
  const lift = optimizedValue - baselineValue;
  const liftPct = baselineValue > 0 ? lift / baselineValue : 0;
  const interval = (est: number, sorted: number[]): Interval =>
    sorted.length > 0
      ? { estimate: est, low: Math.min(est, quantile(sorted, a)), high: Math.max(est, quantile(sorted, 1 - a)) }
      : { estimate: est, low: est, high: est };

  const allocation = channels.map((channel, c) => {
    const cur = base[c] as number;
    const opt = x[c] as number;
    const mBefore = (fns[c] as Objective1D).derivative(cur);
    const mAfter = (fns[c] as Objective1D).derivative(opt);
    let boundHit: 'lower' | 'upper' | 'locked' | undefined;
    // Within a hundred-thousandth of the channel's spend (or a cent) counts as on the bound.
    const tol = Math.max(0.01, 1e-5 * cur);
    if (locked[c]) boundHit = 'locked';
    else if (opt <= (lower[c] as number) + tol && (upper[c] as number) > (lower[c] as number)) boundHit = 'lower';
    else if (opt >= (upper[c] as number) - tol && (upper[c] as number) > (lower[c] as number)) boundHit = 'upper';
    const change = round2(opt - cur);
    const changePct = cur > 0 ? (opt - cur) / cur : 0;
    const why =
      boundHit === 'locked'
        ? 'locked at current spend'
        : boundHit === 'upper'
          ? 'raised to its upper bound: each extra £ still returns more than elsewhere'
          : boundHit === 'lower'
            ? 'cut to its lower bound: its last £ returns less than other channels'
            : Math.abs(changePct) < 0.005
              ? 'kept: already at the common marginal return'
              : 'moved until its marginal return matches the other free channels';
    const explanation = `${channel}: ${pct(changePct)} (${money(cur)} → ${money(opt)}), marginal ROI ${mBefore.toFixed(2)} → ${mAfter.toFixed(2)}; ${why}`;
    return {
      channel,
      current: round2(cur),
      optimal: opt,
      change,
      changePct,
      marginalRoiBefore: mBefore,
      marginalRoiAfter: mAfter,
      ...(boundHit ? { boundHit } : {}),
      explanation,
    };
  });
  const warnings: string[] = [];
  if (request.extra !== undefined) {
    warnings.push('the extra budget is added on top of today\'s mix: no channel is cut, and the lift is what the extra money earns');
  } else if (request.budget !== undefined && Math.abs(budget - current.reduce((s, v) => s + v, 0)) > 0.005) {
    warnings.push('the budget differs from current spend: bounds and lift are relative to the current mix scaled to the new budget');
  }
  if (objective === 'profit') warnings.push('with the total fixed, maximising profit and revenue give the same allocation');
  return {
    budget,
    allocation,
    expectedLift: interval(lift, absSorted),
    expectedLiftPct: interval(liftPct, relSorted),
    charts: [
      {
        kind: 'budget_shift',
        title: 'Budget: current vs optimised',
        subtitle:
          request.extra !== undefined
            ? `Total ${money(budget)} with ${money(request.extra)} added; expected revenue ${pct(liftPct)}`
            : `Total ${money(budget)} kept; expected revenue ${pct(liftPct)}`,
        rows: allocation.map((r) => ({ channel: r.channel, before: r.current, after: r.optimal })),
      },
    ],
    objective,
    baselineValue,
    optimizedValue,
    weeks: model.weeks,
    warnings,
  };
}
