/**
 * What-if scenarios on the fitted curves: "move 10 % of TV to Meta", "cut radio", "+20 % on YouTube".
 * Spend changes scale each channel's pattern over the planning window; the predicted revenue change comes
 * with an interval from the uncertainty ensemble.
 */
import { MixError } from '../errors.js';
import type { ResponseModel } from './response.js';
import { quantile } from './roi.js';
import type { ScenarioRequest, ScenarioResult } from './service-types.js';
import type { ChannelCurve, Draw } from './types.js';

export interface ScenarioDetail extends ScenarioResult {
  spendBefore: number;
  spendAfter: number;
  weeks: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function money(x: number): string {
  const a = Math.abs(x);
  const s = a >= 1e6 ? `£${(a / 1e6).toFixed(2)}M` : a >= 1e3 ? `£${(a / 1e3).toFixed(1)}k` : `£${a.toFixed(0)}`;
  return x < 0 ? `−${s}` : s;
}

/** New window spend per channel implied by the request. */
export function scenarioSpend(channels: readonly string[], current: readonly number[], req: ScenarioRequest): { after: number[]; parts: string[] } {
  const idx = (name: string) => {
    const i = channels.indexOf(name);
    if (i < 0) {
      throw new MixError('MMM_INPUT_INVALID', `unknown channel ${name}`, {
        userMessage: `I do not know the channel "${name}" (known: ${channels.join(', ')}).`,
      });
    }
    return i;
  };
  const after = current.slice();
  const parts: string[] = [];
  for (const [name, rel] of Object.entries(req.changes ?? {})) {
    const i = idx(name);
    if (!Number.isFinite(rel) || rel < -1) {
      throw new MixError('MMM_INPUT_INVALID', `bad change ${rel} for ${name}`, {
        userMessage: `A change for ${name} must be a fraction of at least −1 (−1 = switch it off).`,
      });
    }
    after[i] = (after[i] as number) * (1 + rel);
    parts.push(rel === -1 ? `cut ${name} entirely` : `${name} ${rel > 0 ? '+' : ''}${Math.round(rel * 1000) / 10}%`);
  }
  for (const [name, delta] of Object.entries(req.absolute ?? {})) {
    const i = idx(name);
    const next = (after[i] as number) + delta;
    if (!Number.isFinite(delta) || next < -0.005) {
      throw new MixError('MMM_INPUT_INVALID', `absolute change leaves ${name} negative`, {
        userMessage: `Changing ${name} by ${money(delta)} would leave negative spend.`,
      });
    }
    after[i] = Math.max(0, next);
    parts.push(`${name} ${delta >= 0 ? '+' : ''}${money(delta)}`);
  }
  if (req.move) {
    const from = idx(req.move.from);
    const to = idx(req.move.to);
    if (from === to) throw new MixError('MMM_INPUT_INVALID', 'move from and to the same channel', { userMessage: 'Pick two different channels to move budget between.' });
    const available = after[from] as number;
    const amount = req.move.amount ?? available * (req.move.fraction ?? 0.1);
    if (!(amount >= 0) || amount > available + 0.005) {
      throw new MixError('MMM_INPUT_INVALID', `cannot move ${amount} from ${req.move.from}`, {
        userMessage: `${req.move.from} only has ${money(available)} to move.`,
      });
    }
    after[from] = available - amount;
    after[to] = (after[to] as number) + amount;
    parts.push(`move ${money(amount)} from ${req.move.from} to ${req.move.to}`);
  }
  if (parts.length === 0) {
    throw new MixError('MMM_INPUT_INVALID', 'empty scenario', { userMessage: 'Tell me which spend to change, e.g. "move 10 % from TV to Meta".' });
  }
  return { after, parts };
}

export function runScenario(
  model: ResponseModel,
  curves: readonly ChannelCurve[],
  draws: readonly Draw[],
  level: number,
  req: ScenarioRequest,
): ScenarioDetail {
  const channels = model.table.channels;
  const current = channels.map((_, c) => model.spend(c));
  const { after, parts } = scenarioSpend(channels, current, req);
  for (let c = 0; c < channels.length; c++) {
    if ((current[c] as number) <= 0 && (after[c] as number) > 0) {
      throw new MixError('MMM_INPUT_INVALID', `${channels[c]} has no spend history`, {
        userMessage: `${channels[c]} had no spend in the data, so the model cannot say what spending on it would do.`,
      });
    }
  }
  const delta = (cv: readonly ChannelCurve[]) =>
    channels.map((_, c) => {
      const cur = current[c] as number;
      if (cur <= 0) return 0;
      const curve = cv[c] as ChannelCurve;
      return model.revenue(c, curve, (after[c] as number) / cur) - model.revenue(c, curve, 1);
    });
  const perChannelDelta = delta(curves);
  const total = perChannelDelta.reduce((a, b) => a + b, 0);
  const baseRevenue = model.table.revenue.slice(model.from, model.to).reduce((a, b) => a + b, 0);
  const samples = draws.map((d) => delta(d.curves).reduce((a, b) => a + b, 0)).sort((a, b) => a - b);
  const a = (1 - level) / 2;
  const lo = samples.length ? Math.min(total, quantile(samples, a)) : total;
  const hi = samples.length ? Math.max(total, quantile(samples, 1 - a)) : total;
  const spendBefore = current.reduce((s, v) => s + v, 0);
  const spendAfter = after.reduce((s, v) => s + v, 0);
  return {
    description: `${parts.join('; ')} (over ${model.weeks} weeks): revenue ${total >= 0 ? '+' : ''}${money(total)} (${money(lo)} to ${money(hi)})`,
    deltaRevenue: { estimate: total, low: lo, high: hi },
    deltaPct: { estimate: total / baseRevenue, low: lo / baseRevenue, high: hi / baseRevenue },
    perChannel: channels.map((channel, c) => ({
      channel,
      before: round2(current[c] as number),
      after: round2(after[c] as number),
      deltaRevenue: perChannelDelta[c] as number,
    })),
    spendBefore: round2(spendBefore),
    spendAfter: round2(spendAfter),
    weeks: model.weeks,
  };
}
