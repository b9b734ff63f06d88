/**
 * Reads the committed Open-Meteo seed files (src/data/weather/seed/open_meteo_<city>.csv, extracted by
 * seed/extract-seed.ts) and converts them to °F / inches / mph.
 * Weather data by Open-Meteo.com, CC BY 4.0.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { MixError } from '../../errors.js';
import type { CityId } from './cities.js';
import type { WeatherDay } from './types.js';
import { cToF, cmToIn, kmhToMph, mmToIn } from './units.js';

export const SEED_FIRST_DAY = '2023-01-01';
export const SEED_LAST_DAY = '2024-12-31';
export const SEED_COLUMNS = [
  'date',
  'temperature_2m_max',
  'temperature_2m_min',
  'temperature_2m_mean',
  'precipitation_sum',
  'rain_sum',
  'snowfall_sum',
  'windspeed_10m_max',
  'relative_humidity_2m_mean',
] as const;

export const SEED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'seed');

export function seedFile(city: CityId): string {
  return resolve(SEED_DIR, `open_meteo_${city}.csv`);
}

const cache = new Map<CityId, readonly WeatherDay[]>();

/** The real daily series of a city, 2023-01-01..2024-12-31, in output units. */
export function loadSeedWeather(city: CityId): readonly WeatherDay[] {
  const hit = cache.get(city);
  if (hit) return hit;
  const file = seedFile(city);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new MixError('DATA_MISSING', `weather seed file missing: ${file}`, {
      userMessage: `The weather seed for ${city} is missing from the install.`,
      cause: err,
    });
  }
  const rows = parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const num = (r: Record<string, string>, c: string, i: number): number => {
    const v = Number(r[c]);
    if (r[c] === undefined || r[c] === '' || !Number.isFinite(v)) {
      throw new MixError('DATA_INVALID', `${file} row ${i + 1}: column ${c} is not a number`);
    }
    return v;
  };
  const days = rows.map((r, i): WeatherDay => {
    const snowIn = cmToIn(num(r, 'snowfall_sum', i));
    return {
      date: String(r.date),
      tmaxF: cToF(num(r, 'temperature_2m_max', i)),
      tminF: cToF(num(r, 'temperature_2m_min', i)),
      tmeanF: cToF(num(r, 'temperature_2m_mean', i)),
      precipIn: mmToIn(num(r, 'precipitation_sum', i)),
      rainIn: mmToIn(num(r, 'rain_sum', i)),
      snowIn,
      windMph: kmhToMph(num(r, 'windspeed_10m_max', i)),
      humidityPct: num(r, 'relative_humidity_2m_mean', i),
      source: 'open-meteo',
    };
  });
  if (days[0]?.date !== SEED_FIRST_DAY || days.at(-1)?.date !== SEED_LAST_DAY) {
    throw new MixError('DATA_INVALID', `${file} must cover ${SEED_FIRST_DAY}..${SEED_LAST_DAY}`);
  }
  cache.set(city, days);
  return days;
}
