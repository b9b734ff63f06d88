/**
 * The true media effect: per channel beta · Hill(adstock(spend)) · (1 + amplification · weather index),
 * with beta set so the channel's average ROAS over the period equals its drawn truth. Uses the shared
 * transforms in src/mmm/transforms.ts, the same ones the validation model fits with.
 */
import { geometricAdstock, hillSaturation } from '../../mmm/transforms.js';
import type { Rng } from '../../util/rng.js';
import { CHANNELS, type ChannelId } from './types.js';

export interface ChannelTruth {
  channel: ChannelId;
  adstockDecay: number;
  /** Hill half-saturation, in adstocked USD. */
  halfSaturation: number;
  hillSlope: number;
  /** How much the channel's effect grows with the brand's weather-driven demand (Meta more than email). */
  weatherAmplification: number;
  /** Incremental revenue per USD over the whole period. */
  roas: number;
  beta: number;
  totalSpend: number;
  totalContribution: number;
}

const RANGES: Record<ChannelId, { decay: [number, number]; kRel: [number, number]; slope: [number, number]; amp: [number, number]; roas: [number, number] }> = {
  meta: { decay: [0.35, 0.65], kRel: [1.5, 3.0], slope: [1.0, 1.5], amp: [0.5, 0.7], roas: [1.6, 3.2] },
  google_search: { decay: [0.05, 0.3], kRel: [1.5, 3.0], slope: [1.0, 1.5], amp: [0.25, 0.4], roas: [2.2, 3.9] },
  email: { decay: [0.1, 0.35], kRel: [1.5, 3.0], slope: [1.0, 1.5], amp: [0.05, 0.15], roas: [2.0, 4.0] },
};

export function mediaEffects(
  spend: Record<ChannelId, Float64Array>,
  weatherIndex: Float64Array,
  rng: Rng,
): { truth: ChannelTruth[]; contribution: Record<ChannelId, Float64Array> } {
  const truth: ChannelTruth[] = [];
  const contribution = {} as Record<ChannelId, Float64Array>;
  for (const ch of CHANNELS) {
    const r = rng.fork(`media:${ch}`);
    const R = RANGES[ch];
    const decay = r.uniform(...R.decay);
    const kRel = r.uniform(...R.kRel);
    const slope = r.uniform(...R.slope);
    const amp = r.uniform(...R.amp);
    const roas = Math.round(r.uniform(...R.roas) * 100) / 100;
    const x = spend[ch];
    const a = geometricAdstock(x, decay);
    let meanA = 0;
    for (const v of a) meanA += v;
    meanA /= a.length;
    const halfSaturation = kRel * meanA;
    const h = hillSaturation(a, halfSaturation, slope);
    const shaped = new Float64Array(x.length);
    let sumShaped = 0;
    let sumSpend = 0;
    for (let t = 0; t < x.length; t++) {
      const boost = Math.min(3, Math.max(0.2, 1 + amp * (weatherIndex[t] as number)));
      shaped[t] = (h[t] as number) * boost;
      sumShaped += shaped[t] as number;
      sumSpend += x[t] as number;
    }
    const beta = (roas * sumSpend) / sumShaped;
    const c = shaped.map((v) => v * beta);
    contribution[ch] = c;
    truth.push({ channel: ch, adstockDecay: decay, halfSaturation, hillSlope: slope, weatherAmplification: amp, roas, beta, totalSpend: sumSpend, totalContribution: roas * sumSpend });
  }
  return { truth, contribution };
}
