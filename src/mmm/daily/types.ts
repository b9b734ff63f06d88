/** Inputs and outputs of the daily model used to validate the weather brands. */
import type { WeatherDay } from '../../data/weather/types.js';

/** One day of a city's weather, as the model reads it: the generated files' fields (°F, inches, mph, %). */
export type DailyWeather = Pick<WeatherDay, 'tmeanF' | 'precipIn' | 'rainIn' | 'snowIn' | 'windMph' | 'humidityPct'>;

export interface DailyModelInput {
  dates: readonly string[];
  /** Daily revenue (the response). */
  revenue: ArrayLike<number>;
  /** Daily spend per media channel. */
  spend: Record<string, ArrayLike<number>>;
  /** The cities the brand sells in, each with its share of sales (weights sum to 1). */
  weather: readonly { weight: number; days: readonly DailyWeather[] }[];
  /** 0/1 indicator per holiday or shopping window. */
  holidays: Record<string, ArrayLike<number>>;
  /** The first `trainDays` days are fitted; the rest is the holdout. */
  trainDays: number;
}

/** Feature groups: what permutation importance ranks and what "selected" is decided for. */
export type FeatureGroup =
  | 'trend'
  | 'day_of_week'
  | 'seasonality'
  | 'holidays'
  | 'temperature'
  | 'precipitation'
  | 'snow'
  | 'wind'
  | 'humidity'
  | `media:${string}`;

export const WEATHER_GROUPS: readonly FeatureGroup[] = ['temperature', 'precipitation', 'snow', 'wind', 'humidity'];

export interface Design {
  names: string[];
  groups: FeatureGroup[];
  /** Column-major, one Float64Array of length n per feature. */
  columns: Float64Array[];
}

export interface MediaTransform {
  channel: string;
  decay: number;
  /** Half-saturation relative to the channel's median positive adstock in training. */
  kRel: number;
  /** Hill half-saturation in adstocked spend units. */
  halfSaturation: number;
  slope: number;
}

export interface GroupImportance {
  group: FeatureGroup;
  /** Mean drop in holdout R² when the group's columns are permuted together. */
  importance: number;
  /** Standard deviation of that drop across permutations. */
  sd: number;
  rank: number;
  /** Weather groups only: p-value of the partial F-test of the group on the training days. */
  pValue?: number;
  /** The same, Holm-adjusted over the weather groups. */
  pAdjusted?: number;
  selected: boolean;
}

export interface DailyModelResult {
  r2Train: number;
  r2Holdout: number;
  /** Holdout R² of the same model refitted without any weather feature. */
  r2HoldoutWithoutWeather: number;
  lambda: number;
  media: (MediaTransform & {
    coefficient: number;
    /** Posterior-mean ROAS over the hyper-parameter grid (see roas-posterior.ts). */
    roas: number;
    roasLow: number;
    roasHigh: number;
    /** ROAS at the selected transforms. */
    roasAtMode: number;
    spend: number;
    contribution: number;
  })[];
  importance: GroupImportance[];
  fitted: Float64Array;
}
