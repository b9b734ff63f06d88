/**
 * Media columns: geometric adstock then Hill saturation (the shared transforms), with the half-saturation
 * expressed relative to the channel's median positive adstock so one grid fits channels of any size.
 */
import { geometricAdstock, hill, hillSaturation } from './transforms.js';
import type { ChannelCurve, ChannelHyper } from './types.js';

/**
 * Median of the strictly positive entries: the scale a half-saturation is measured against (Meridian
 * expresses its half-saturation prior relative to the median media value in the same way).
 */
export function medianPositive(a: ArrayLike<number>): number {
  const pos: number[] = [];
  for (let i = 0; i < a.length; i++) if ((a[i] as number) > 0) pos.push(a[i] as number);
  if (pos.length === 0) return 1;
  pos.sort((x, y) => x - y);
  const m = pos.length >> 1;
  return pos.length % 2 ? (pos[m] as number) : ((pos[m - 1] as number) + (pos[m] as number)) / 2;
}

/** Caches adstocked spend per (channel, decay): the search re-uses each many times. */
export class AdstockCache {
  private readonly cache = new Map<string, { adstock: Float64Array; scale: number }>();
  constructor(private readonly spend: readonly number[][]) {}

  get(channel: number, decay: number): { adstock: Float64Array; scale: number } {
    const key = `${channel}:${decay}`;
    let hit = this.cache.get(key);
    if (!hit) {
      const adstock = geometricAdstock(this.spend[channel] as number[], decay);
      hit = { adstock, scale: medianPositive(adstock) };
      this.cache.set(key, hit);
    }
    return hit;
  }
}

export function halfSaturationOf(cache: AdstockCache, channel: number, hyper: ChannelHyper): number {
  return hyper.kRel * cache.get(channel, hyper.decay).scale;
}

/** The saturated media column h_t for one channel and hyper-parameter set. */
export function mediaColumn(cache: AdstockCache, channel: number, hyper: ChannelHyper, out?: Float64Array): Float64Array {
  const { adstock, scale } = cache.get(channel, hyper.decay);
  return hillSaturation(adstock, hyper.kRel * scale, hyper.slope, out);
}

/**
 * Response of a channel when its spend pattern is scaled by `m` (adstock is linear, so the adstock of
 * m·x is m·adstock(x)): Σ_t value_t · β · h(m · a_t). Used for ROI, curves, the optimizer and scenarios.
 */
export function scaledResponse(
  adstock: ArrayLike<number>,
  curve: ChannelCurve,
  m: number,
  valuePerKpi?: ArrayLike<number>,
  from = 0,
  to = adstock.length,
): number {
  let s = 0;
  for (let t = from; t < to; t++) {
    const v = valuePerKpi ? (valuePerKpi[t] as number) : 1;
    s += v * hill(m * (adstock[t] as number), curve.halfSaturation, curve.slope);
  }
  return curve.beta * s;
}
