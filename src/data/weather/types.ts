import type { CityId } from './cities.js';

/** One day of weather in one city, in the units of the generated files (°F, inches, mph, %). */
export interface WeatherDay {
  date: string;
  tmaxF: number;
  tminF: number;
  tmeanF: number;
  precipIn: number;
  rainIn: number;
  snowIn: number;
  windMph: number;
  humidityPct: number;
  /** Where the backbone came from. */
  source: 'open-meteo' | 'simulated';
  /** Id of the injected shock covering this day, if any. */
  shock?: string;
}

export type ShockType = 'heatwave' | 'cold_snap' | 'heavy_rain' | 'snowstorm' | 'atmospheric_river';

export interface WeatherEvent {
  id: string;
  type: ShockType;
  city: CityId;
  start: string;
  /** Inclusive last day. */
  end: string;
  days: number;
  /** Temperature shift in °F (heatwave, cold snap) or total precipitation / snowfall in inches. */
  magnitude: number;
  unit: '°F' | 'in';
  description: string;
}

export interface CityWeather {
  city: CityId;
  days: WeatherDay[];
}
