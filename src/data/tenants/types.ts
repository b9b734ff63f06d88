import type { CityId } from '../weather/cities.js';
import type { HolidayId } from './holidays.js';

/** How strongly a brand's demand follows the weather (the seed's tiers; "low" and "none" form one tier). */
export type Sensitivity = 'high' | 'medium' | 'low' | 'none';
export type Tier = 'high' | 'medium' | 'low';
export type Affinity = 'cold' | 'warm' | 'rain' | 'snow' | 'neutral';
export type ChannelId = 'meta' | 'google_search' | 'email';
export const CHANNELS: readonly ChannelId[] = ['meta', 'google_search', 'email'];

export function tierOf(s: Sensitivity): Tier {
  return s === 'none' ? 'low' : s;
}

/** A saturating temperature response: amp · (1 − exp(−max(0, ±(T − refF)) / scaleF)) on log demand. */
export interface TempTerm {
  amp: number;
  refF: number;
  scaleF: number;
}
/** A saturating precipitation/snow response: amp · (1 − exp(−inches / scaleIn)) on log demand. */
export interface PrecipTerm {
  amp: number;
  scaleIn: number;
}

/**
 * A category's weather response on log demand, each term saturating (diminishing returns at extremes),
 * spread over lags 0–3 days by `lagWeights` (summing to 1).
 */
export interface CategoryWeather {
  cold?: TempTerm;
  warm?: TempTerm;
  rain?: PrecipTerm;
  snow?: PrecipTerm;
  /** Rain × cold: extra lift when it is both wet and cold (coats sell more in cold rain than in cold alone). */
  rainCold?: TempTerm & { scaleIn: number };
  lagWeights: readonly [number, number, number, number];
}

export interface CategorySpec {
  id: string;
  name: string;
  affinity: Affinity;
  /** Average selling price, USD. */
  price: number;
  /** Share of the brand's baseline revenue over the period. */
  share: number;
  weather?: CategoryWeather;
}

export interface BrandSpec {
  id: string;
  name: string;
  vertical: string;
  sensitivity: Sensitivity;
  description: string;
  cities: readonly { city: CityId; share: number }[];
  /** Average baseline (non-media) revenue per day, USD. */
  baseRevenuePerDay: number;
  /** Linear growth of the baseline per year (0.1 = +10 %/yr). */
  growthPerYear: number;
  /** Day-of-week multipliers, Sunday first. */
  dow: readonly [number, number, number, number, number, number, number];
  /** Calendar (non-weather) seasonality: 1 + amp · cos(2π (doy − peakDoy) / 365.25). */
  season: { amp: number; peakDoy: number };
  holidays: Partial<Record<HolidayId, number>>;
  categories: readonly CategorySpec[];
  /** Average total media spend per day, USD, across the three channels. */
  budgetPerDay: number;
  /** Day of year when media budgets peak. */
  budgetPeakDoy: number;
  /**
   * Share of daily revenue variance the known drivers explain (the rest is noise): the tier's signal
   * strength, used to calibrate the noise. A perfect model's R² is about this value.
   */
  signalShare: number;
}
