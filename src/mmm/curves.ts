/**
 * Response curves (incremental revenue over the planning window as the channel's spend goes from 0 to 2×
 * current, the pattern of weeks kept) and adstock decay curves, per channel.
 */
import { geometricWeights } from './transforms.js';
import type { ResponseModel } from './response.js';
import type { ChannelCurve } from './types.js';

export interface ChannelCurveData {
  channel: string;
  /** Total window spend at each point. */
  spend: number[];
  /** Incremental revenue over zero spend at each point. */
  response: number[];
  current: number;
  decay: number;
  halfSaturation: number;
  slope: number;
  adstockWeights: number[];
}

/** Lags until the geometric weight falls under 1 % (at least 4, at most 26 weeks). */
export function adstockLags(decay: number): number {
  if (decay <= 0) return 4;
  return Math.min(26, Math.max(4, Math.ceil(Math.log(0.01) / Math.log(decay)) + 1));
}

export function responseCurves(
  model: ResponseModel,
  curves: readonly ChannelCurve[],
  points = 41,
  maxMultiple = 2,
): ChannelCurveData[] {
  return model.table.channels.map((channel, c) => {
    const curve = curves[c] as ChannelCurve;
    const current = model.spend(c);
    const zero = model.revenue(c, curve, 0);
    const spend: number[] = [];
    const response: number[] = [];
    for (let i = 0; i < points; i++) {
      const m = (maxMultiple * i) / (points - 1);
      spend.push(Math.round(current * m * 100) / 100);
      response.push(Math.round((model.revenue(c, curve, m) - zero) * 100) / 100);
    }
    return {
      channel,
      spend,
      response,
      current: Math.round(current * 100) / 100,
      decay: curve.decay,
      halfSaturation: curve.halfSaturation,
      slope: curve.slope,
      adstockWeights: geometricWeights(curve.decay, adstockLags(curve.decay)).map((w) => Math.round(w * 1e6) / 1e6),
    };
  });
}
