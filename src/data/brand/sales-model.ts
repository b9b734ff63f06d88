/**
 * The causal sales model: weekly units = baseline(controls) + Σ_c beta_c · hill(adstock(spend_c)) + noise,
 * using the same transforms the mix model fits with (src/mmm/transforms.ts). Betas are set so each channel
 * returns its target ROI; the baseline is scaled so media explains a chosen share of units.
 */
import { MMM_CHANNELS, VEHICLE_MODELS, type MmmChannel, type VehicleModelId } from './catalog.js';
import type { Controls } from './controls.js';
import type { ChannelTruthBase } from './media-params.js';
import { geometricAdstock, hillSaturation } from '../../mmm/transforms.js';
import type { Rng } from '../../util/rng.js';

/** Relative demand of each model among those on sale (splits weekly units across models). */
export const MODEL_DEMAND_WEIGHT: Record<VehicleModelId, number> = { terra: 0.38, vento: 0.24, summit: 0.16, lumen: 0.22 };
/** Average dealer discount off list price on top of the weekly promotion. */
export const DEALER_DISCOUNT = 0.02;

/** Unscaled baseline coefficients (units per week per unit of the control). */
const BASE_COEF = {
  intercept: 14,
  models_on_sale: 11,
  trend_per_week: 0.06,
  market_index: 18,
  promo_depth: 90,
  competitor_spend: -4e-6,
  consumer_confidence: 0.35,
  event_flag: 4,
};
export type BaselineCoefficients = typeof BASE_COEF;

export interface ChannelParams {
  decay: number;
  slope: number;
  halfSaturation: number;
  betaUnits: number;
}

export interface SalesModel {
  units: number[];
  expected: number[];
  baseline: number[];
  contributions: Record<MmmChannel, Float64Array>;
  params: Record<MmmChannel, ChannelParams>;
  coef: BaselineCoefficients;
  noiseSd: number;
  mediaShare: number;
}

export function expectedPrice(modelsOnSale: number, promoDepth: number): number {
  const on = VEHICLE_MODELS.slice(0, modelsOnSale);
  const wsum = on.reduce((a, m) => a + MODEL_DEMAND_WEIGHT[m.id], 0);
  const list = on.reduce((a, m) => a + MODEL_DEMAND_WEIGHT[m.id] * m.listPrice, 0) / wsum;
  return list * (1 - promoDepth) * (1 - DEALER_DISCOUNT);
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length === 0 ? 1 : (s[Math.floor(s.length / 2)] as number);
}

export function baselineAt(coef: BaselineCoefficients, c: Controls, t: number): number {
  return (
    coef.intercept +
    coef.models_on_sale * (c.modelsOnSale[t] as number) +
    coef.trend_per_week * t +
    coef.market_index * (c.marketIndex[t] as number) +
    coef.promo_depth * (c.promoDepth[t] as number) +
    coef.competitor_spend * (c.competitorSpend[t] as number) +
    coef.consumer_confidence * (c.consumerConfidence[t] as number) +
    coef.event_flag * (c.eventFlag[t] as number)
  );
}

/** Media effect curve of one channel over a spend series. */
export function channelResponse(spend: ArrayLike<number>, p: ChannelParams): Float64Array {
  const h = hillSaturation(geometricAdstock(spend, p.decay), p.halfSaturation, p.slope);
  for (let t = 0; t < h.length; t++) h[t] = (h[t] as number) * p.betaUnits;
  return h;
}

export function simulateSales(
  rng: Rng,
  spend: Record<MmmChannel, number[]>,
  controls: Controls,
  truth: Record<MmmChannel, ChannelTruthBase>,
): SalesModel {
  const n = controls.marketIndex.length;
  const price = Array.from({ length: n }, (_, t) =>
    expectedPrice(controls.modelsOnSale[t] as number, controls.promoDepth[t] as number),
  );
  const params = {} as Record<MmmChannel, ChannelParams>;
  const contributions = {} as Record<MmmChannel, Float64Array>;
  let mediaUnits = 0;
  for (const c of MMM_CHANNELS) {
    const tr = truth[c];
    const ad = geometricAdstock(spend[c], tr.decay);
    const positive = Array.from(ad).filter((a) => a > 1);
    const halfSaturation = Math.round(median(positive) * tr.halfSatFactor);
    const h = hillSaturation(ad, halfSaturation, tr.slope);
    let hRevenue = 0;
    let total = 0;
    for (let t = 0; t < n; t++) {
      hRevenue += (h[t] as number) * (price[t] as number);
      total += spend[c][t] as number;
    }
    const betaUnits = Math.round(((tr.roi * total) / hRevenue) * 1000) / 1000;
    params[c] = { decay: tr.decay, slope: tr.slope, halfSaturation, betaUnits };
    contributions[c] = channelResponse(spend[c], params[c]);
    for (let t = 0; t < n; t++) mediaUnits += contributions[c][t] as number;
  }
  // Scale the baseline so media explains `share` of expected units.
  const share = rng.fork('media-share').uniform(0.32, 0.35);
  let baseRaw = 0;
  for (let t = 0; t < n; t++) baseRaw += baselineAt(BASE_COEF, controls, t);
  const scale = (mediaUnits * (1 - share)) / share / baseRaw;
  const coef = Object.fromEntries(
    Object.entries(BASE_COEF).map(([k, v]) => [k, Number((v * scale).toPrecision(6))]),
  ) as BaselineCoefficients;
  const baseline = Array.from({ length: n }, (_, t) => baselineAt(coef, controls, t));
  const expected = baseline.map((b, t) => b + MMM_CHANNELS.reduce((a, c) => a + (contributions[c][t] as number), 0));
  const meanUnits = expected.reduce((a, b) => a + b, 0) / n;
  // Unexplained weekly noise: 1 % of mean weekly units, on top of rounding to whole cars (sd ≈ 0.29).
  // At 2 % radio, print and LinkedIn (each < 1 car a week) cannot be separated from noise in 104 weeks,
  // even by a regression given the true curves, and the ROI-recovery proof would test luck, not the model.
  const NOISE_SHARE = 0.01;
  const noiseSd = Math.round(NOISE_SHARE * meanUnits * 1000) / 1000;
  const rn = rng.fork('noise');
  const units = expected.map((e) => Math.max(0, Math.round(e + rn.normal(0, noiseSd))));
  return { units, expected, baseline, contributions, params, coef, noiseSd, mediaShare: share };
}
