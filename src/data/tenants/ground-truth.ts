/**
 * Everything the generator knows about a brand, saved beside its data (ground_truth.json): true ROAS and
 * adstock/saturation per channel, weather elasticities per category and lag, how much each weather driver
 * moves revenue, and the noise level. Validation compares the model against this file only.
 */
import type { CityId } from '../weather/cities.js';
import type { ChannelTruth } from './media-effect.js';
import type { NoiseTruth } from './simulate-brand.js';
import { tierOf, type BrandSpec, type ChannelId, type Tier, type TempTerm, type PrecipTerm, type Sensitivity } from './types.js';
import { WEATHER_DRIVERS, type WeatherDriver } from './weather-effect.js';

export interface GroundTruth {
  brand_id: string;
  seed: number;
  sensitivity: Sensitivity;
  tier: Tier;
  period: { start: string; end: string; days: number };
  holdout_start: string;
  signal_share_target: number;
  noise: { day_sigma: number; poisson_share_of_noise: number; expected_signal_share: number };
  channels: {
    channel: ChannelId;
    roas: number;
    spend_share: number;
    adstock: { type: 'geometric'; decay: number };
    saturation: { type: 'hill'; half_saturation: number; slope: number };
    beta: number;
    weather_amplification: number;
    total_spend: number;
    incremental_revenue: number;
  }[];
  categories: {
    id: string;
    affinity: string;
    price: number;
    revenue_share: number;
    weather: null | {
      terms: { cold?: TempTerm; warm?: TempTerm; rain?: PrecipTerm; snow?: PrecipTerm; rain_cold?: TempTerm & { scaleIn: number } };
      lag_weights: number[];
      /** Saturated log-lift each term contributes through each lag (amp · lag weight). */
      elasticity_by_lag: { lag: number; cold: number; warm: number; rain: number; snow: number; rain_cold: number }[];
      /** Per-city mean and max multiplicative weather lift on this category's demand. */
      lift_by_city: { city: CityId; mean: number; max: number; min: number }[];
    };
  }[];
  /** How much each weather driver moves daily revenue (sd of its revenue contribution), ranked. */
  weather_drivers: { driver: WeatherDriver; revenue_sd: number; rank: number }[];
  /** Share of the signal's daily variance caused by weather (0 for weather-neutral brands). */
  weather_variance_share: number;
  totals: { revenue_expected: number; baseline_revenue: number; media_incremental_revenue: number; spend: number };
  /** Weather attribution (Open-Meteo, CC BY 4.0): the weather behind this truth is derived from it. */
  attribution: string;
}

export interface TruthInput {
  attribution: string;
  brand: BrandSpec;
  dates: readonly string[];
  seed: number;
  holdoutStart: string;
  shares: Record<ChannelId, number>;
  channels: ChannelTruth[];
  cells: { city: CityId; cat: number; lift: Record<WeatherDriver, Float64Array>; mult: Float64Array; base: Float64Array }[];
  baseline: Float64Array;
  mediaTotal: Float64Array;
  noise: NoiseTruth;
  catNorm: number[];
}

const r = (v: number, d = 4): number => Math.round(v * 10 ** d) / 10 ** d;
const sd = (x: ArrayLike<number>): number => {
  let m = 0;
  for (let i = 0; i < x.length; i++) m += x[i] as number;
  m /= x.length;
  let v = 0;
  for (let i = 0; i < x.length; i++) v += ((x[i] as number) - m) ** 2;
  return Math.sqrt(v / x.length);
};

export function buildGroundTruth(i: TruthInput): GroundTruth {
  const n = i.dates.length;
  const { brand } = i;
  // revenue moved by each driver: baseline minus the baseline with that driver's log-lift removed
  const drivers = WEATHER_DRIVERS.map((g) => {
    const diff = new Float64Array(n);
    for (const c of i.cells) for (let t = 0; t < n; t++) diff[t] = (diff[t] as number) + (c.base[t] as number) * (1 - Math.exp(-(c.lift[g][t] as number)));
    return { driver: g, revenue_sd: r(sd(diff), 2), rank: 0 };
  });
  [...drivers].sort((a, b) => b.revenue_sd - a.revenue_sd).forEach((d, k) => (d.rank = k + 1));
  const weatherPart = new Float64Array(n);
  for (const c of i.cells) for (let t = 0; t < n; t++) weatherPart[t] = (weatherPart[t] as number) + (c.base[t] as number) * (1 - 1 / (c.mult[t] as number));
  const signal = i.baseline.map((v, t) => v + (i.mediaTotal[t] as number));
  const sum = (x: ArrayLike<number>): number => Array.from(x).reduce((a, b) => a + b, 0);
  return {
    brand_id: brand.id,
    seed: i.seed,
    sensitivity: brand.sensitivity,
    tier: tierOf(brand.sensitivity),
    period: { start: i.dates[0] as string, end: i.dates[n - 1] as string, days: n },
    holdout_start: i.holdoutStart,
    signal_share_target: brand.signalShare,
    noise: { day_sigma: r(i.noise.daySigma), poisson_share_of_noise: r(i.noise.poissonShare), expected_signal_share: r(i.noise.expectedSignalShare) },
    channels: i.channels.map((c) => ({
      channel: c.channel,
      roas: c.roas,
      spend_share: r(i.shares[c.channel]),
      adstock: { type: 'geometric', decay: r(c.adstockDecay) },
      saturation: { type: 'hill', half_saturation: r(c.halfSaturation, 2), slope: r(c.hillSlope) },
      beta: r(c.beta, 2),
      weather_amplification: r(c.weatherAmplification),
      total_spend: r(c.totalSpend, 2),
      incremental_revenue: r(c.totalContribution, 2),
    })),
    categories: brand.categories.map((cat, k) => {
      const w = cat.weather;
      const lifts = i.cells.filter((c) => c.cat === k);
      return {
        id: cat.id,
        affinity: cat.affinity,
        price: cat.price,
        revenue_share: cat.share,
        weather: w
          ? {
              terms: { cold: w.cold, warm: w.warm, rain: w.rain, snow: w.snow, rain_cold: w.rainCold },
              lag_weights: [...w.lagWeights],
              elasticity_by_lag: w.lagWeights.map((lw, lag) => ({
                lag,
                cold: r((w.cold?.amp ?? 0) * lw),
                warm: r((w.warm?.amp ?? 0) * lw),
                rain: r((w.rain?.amp ?? 0) * lw),
                snow: r((w.snow?.amp ?? 0) * lw),
                rain_cold: r((w.rainCold?.amp ?? 0) * lw),
              })),
              lift_by_city: lifts.map((c) => {
                const m = Array.from(c.mult).map((v) => v / (i.catNorm[k] as number));
                return { city: c.city, mean: r(sum(m) / n), max: r(Math.max(...m)), min: r(Math.min(...m)) };
              }),
            }
          : null,
      };
    }),
    weather_drivers: drivers,
    weather_variance_share: r(Math.min(1, sd(weatherPart) ** 2 / Math.max(1e-9, sd(signal) ** 2))),
    totals: {
      revenue_expected: r(sum(signal), 2),
      baseline_revenue: r(sum(i.baseline), 2),
      media_incremental_revenue: r(sum(i.mediaTotal), 2),
      spend: r(sum(i.channels.map((c) => c.totalSpend)), 2),
    },
    attribution: i.attribution,
  };
}
