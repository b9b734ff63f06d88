/**
 * City weather for the weather brands: the real Open-Meteo series as backbone (2023-01-01..2024-12-31),
 * the calibrated climate model for any day it does not cover (or every day in 'simulated' mode), and the
 * seeded shocks on top. Deterministic for a seed.
 */
import { MixError } from '../../errors.js';
import { createRng } from '../../util/rng.js';
import { CITY_IDS, type CityId } from './cities.js';
import { simulateCityWeather } from './climate-model.js';
import { dateRange, isIsoDate } from './dates.js';
import { NORMALS_SOURCE } from './normals.js';
import { loadSeedWeather } from './seed-loader.js';
import { applyShocks, planShocks } from './shocks.js';
import type { WeatherDay, WeatherEvent } from './types.js';

export type WeatherMode = 'real' | 'simulated';

export interface WeatherOptions {
  seed: number;
  start: string;
  days: number;
  /** 'real' (default): Open-Meteo where it covers the range; 'simulated': the climate model everywhere. */
  mode?: WeatherMode;
  cities?: readonly CityId[];
}

export interface WeatherSet {
  dates: string[];
  mode: WeatherMode;
  cities: Partial<Record<CityId, WeatherDay[]>>;
  events: WeatherEvent[];
  normalsSource: string;
  attribution: string;
}

export const WEATHER_ATTRIBUTION =
  'Weather data by Open-Meteo.com (https://open-meteo.com/), licensed CC BY 4.0; shocks and simulated days added by Mix Analyst.';

export function generateWeather(options: WeatherOptions): WeatherSet {
  if (!isIsoDate(options.start)) throw new MixError('INPUT_INVALID', `weather start is not a date: ${options.start}`);
  if (!Number.isInteger(options.days) || options.days < 1 || options.days > 3660) {
    throw new MixError('INPUT_INVALID', `weather days must be an integer in 1..3660, got ${options.days}`);
  }
  const mode = options.mode ?? 'real';
  const dates = dateRange(options.start, options.days);
  const root = createRng(options.seed).fork('weather');
  const cities: Partial<Record<CityId, WeatherDay[]>> = {};
  const events: WeatherEvent[] = [];
  for (const city of options.cities ?? CITY_IDS) {
    const simulated = simulateCityWeather(city, dates, root.fork(`climate:${city}`));
    let backbone = simulated;
    if (mode === 'real') {
      const real = new Map(loadSeedWeather(city).map((d) => [d.date, d]));
      backbone = simulated.map((s) => real.get(s.date) ?? s);
    }
    const planned = planShocks(city, dates, root.fork(`shocks:${city}`));
    cities[city] = applyShocks(backbone, planned);
    events.push(...planned);
  }
  events.sort((a, b) => a.start.localeCompare(b.start) || a.city.localeCompare(b.city));
  return { dates, mode, cities, events, normalsSource: NORMALS_SOURCE, attribution: WEATHER_ATTRIBUTION };
}
