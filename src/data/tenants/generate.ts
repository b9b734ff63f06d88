/**
 * `generateTenants`: weather for the five cities, then every brand's two years of sales, media and
 * truth, written (schema-checked) into <dataDir>/tenants/ in one atomic swap.
 */
import { join } from 'node:path';
import type { Logger } from '../../log/logger.js';
import { silentLogger } from '../../log/logger.js';
import { createRng } from '../../util/rng.js';
import { CITIES, type CityId } from '../weather/cities.js';
import { generateWeather, WEATHER_ATTRIBUTION, type WeatherMode } from '../weather/generate-weather.js';
import { round } from '../weather/units.js';
import { selectBrands } from './brands.js';
import { dataDictionary } from './data-dictionary.js';
import { SHARE_RANGE, SPEND_MAX, SPEND_MIN } from './marketing.js';
import {
  BRAND_FILES,
  emailRowSchema,
  eventsFileSchema,
  groundTruthSchema,
  marketingRowSchema,
  salesRowSchema,
  tenantsIndexSchema,
  weatherRowSchema,
  type TenantsIndex,
} from './schemas.js';
import { simulateBrand } from './simulate-brand.js';
import { CHANNELS, tierOf, type Sensitivity } from './types.js';
import { StagedDir, toCsv, toJson } from './write-files.js';

export const DEFAULT_START = '2023-01-01';
export const DEFAULT_DAYS = 731;
/** Share of days the validation model fits on; the rest is the holdout. */
export const TRAIN_SHARE = 0.8;

export interface GenerateTenantsOptions {
  dataDir: string;
  seed: number;
  /** Brand ids (default all ten). */
  brands?: string[];
  logger?: Logger;
  weatherMode?: WeatherMode;
  start?: string;
  days?: number;
}

export interface TenantsReport {
  dir: string;
  seed: number;
  days: number;
  brands: { id: string; sensitivity: Sensitivity; rows: Record<'sales' | 'marketing' | 'email' | 'weather', number> }[];
  events: number;
  ms: number;
}

export async function generateTenants(o: GenerateTenantsOptions): Promise<TenantsReport> {
  const t0 = performance.now();
  const log = o.logger ?? silentLogger();
  const brands = selectBrands(o.brands);
  const start = o.start ?? DEFAULT_START;
  const days = o.days ?? DEFAULT_DAYS;
  const target = join(o.dataDir, 'tenants');
  const cities = [...new Set(brands.flatMap((b) => b.cities.map((c) => c.city)))] as CityId[];
  const weather = generateWeather({ seed: o.seed, start, days, mode: o.weatherMode ?? 'real', cities });
  const { dates } = weather;
  const trainDays = Math.round(days * TRAIN_SHARE);
  const holdoutStart = dates[trainDays] as string;
  const stage = new StagedDir(target, 'tenants');
  const report: TenantsReport = { dir: target, seed: o.seed, days, brands: [], events: weather.events.length, ms: 0 };
  try {
    for (const brand of brands) {
      const sim = simulateBrand({ brand, dates, weather: weather.cities, seed: o.seed, rng: createRng(o.seed).fork(`brand:${brand.id}`), holdoutStart, attribution: WEATHER_ATTRIBUTION });
      const dir = brand.id;
      stage.write(join(dir, BRAND_FILES.sales), toCsv(`${dir}/${BRAND_FILES.sales}`, sim.sales, ['date', 'city', 'category_id', 'orders', 'revenue'], salesRowSchema));
      stage.write(join(dir, BRAND_FILES.marketing), toCsv(`${dir}/${BRAND_FILES.marketing}`, sim.marketing, ['date', 'channel', 'spend', 'impressions', 'clicks', 'conversions'], marketingRowSchema));
      stage.write(join(dir, BRAND_FILES.email), toCsv(`${dir}/${BRAND_FILES.email}`, sim.email, ['date', 'sends', 'opens', 'clicks', 'conversions', 'spend'], emailRowSchema));
      const weatherRows = dates.flatMap((date, t) =>
        brand.cities.map(({ city }) => {
          const d = weather.cities[city]?.[t];
          if (!d) throw new Error(`weather for ${city} on ${date} missing`);
          const precip = round(d.precipIn, 2);
          return {
            date,
            city,
            tmax_f: round(d.tmaxF, 1),
            tmin_f: round(d.tminF, 1),
            tmean_f: round(d.tmeanF, 1),
            precip_in: precip,
            rain_in: Math.min(precip, round(d.rainIn, 2)),
            snow_in: round(d.snowIn, 2),
            wind_mph: round(d.windMph, 1),
            humidity_pct: round(d.humidityPct, 0),
            source: d.source,
            shock_id: d.shock ?? '',
          };
        }),
      );
      stage.write(
        join(dir, BRAND_FILES.weather),
        toCsv(`${dir}/${BRAND_FILES.weather}`, weatherRows, ['date', 'city', 'tmax_f', 'tmin_f', 'tmean_f', 'precip_in', 'rain_in', 'snow_in', 'wind_mph', 'humidity_pct', 'source', 'shock_id'], weatherRowSchema),
      );
      stage.write(join(dir, BRAND_FILES.truth), toJson(`${dir}/${BRAND_FILES.truth}`, sim.truth, groundTruthSchema));
      report.brands.push({ id: brand.id, sensitivity: brand.sensitivity, rows: { sales: sim.sales.length, marketing: sim.marketing.length, email: sim.email.length, weather: weatherRows.length } });
      log.debug({ brand: brand.id, rows: sim.sales.length }, 'tenant generated');
    }
    const index: TenantsIndex = {
      schema_version: 1,
      generator: 'mix-analyst weather brands (src/data/tenants)',
      seed: o.seed,
      start,
      end: dates[dates.length - 1] as string,
      days,
      holdout_start: holdoutStart,
      weather_mode: weather.mode,
      attribution: WEATHER_ATTRIBUTION,
      normals_source: weather.normalsSource,
      events_file: 'weather_events.json',
      spend_rules: { daily_min: SPEND_MIN, daily_max: SPEND_MAX, share_ranges: SHARE_RANGE },
      cities: cities.map((c) => ({ ...CITIES[c] })),
      brands: brands.map((b) => ({
        id: b.id,
        name: b.name,
        vertical: b.vertical,
        sensitivity: b.sensitivity,
        tier: tierOf(b.sensitivity),
        description: b.description,
        cities: b.cities.map((c) => ({ ...c })),
        categories: b.categories.map((c) => ({ id: c.id, name: c.name, affinity: c.affinity, price: c.price })),
        channels: [...CHANNELS],
        files: { ...BRAND_FILES },
      })),
    };
    stage.write('tenants.json', toJson('tenants.json', index, tenantsIndexSchema));
    stage.write('weather_events.json', toJson('weather_events.json', { attribution: WEATHER_ATTRIBUTION, seed: o.seed, events: weather.events }, eventsFileSchema));
    stage.write('README.md', dataDictionary(o.seed));
    stage.commit();
  } catch (err) {
    stage.abort();
    throw err;
  }
  report.ms = performance.now() - t0;
  log.info({ dir: target, brands: report.brands.length, events: report.events, ms: Math.round(report.ms) }, 'weather brands generated');
  return report;
}
