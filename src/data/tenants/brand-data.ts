/**
 * One brand's files turned into aligned daily series (revenue, spend per channel, weather per city),
 * ready for the daily model and the checks.
 */
import type { DailyWeather } from '../../mmm/daily/types.js';
import type { CityId } from '../weather/cities.js';
import { dateRange } from '../weather/dates.js';
import { MixError } from '../../errors.js';
import { readCsv } from './read-files.js';
import { BRAND_FILES, emailRowSchema, marketingRowSchema, salesRowSchema, weatherRowSchema, type TenantsIndex } from './schemas.js';
import { CHANNELS, type ChannelId } from './types.js';

export const SALES_COLUMNS = ['date', 'city', 'category_id', 'orders', 'revenue'] as const;
export const MARKETING_COLUMNS = ['date', 'channel', 'spend', 'impressions', 'clicks', 'conversions'] as const;
export const EMAIL_COLUMNS = ['date', 'sends', 'opens', 'clicks', 'conversions', 'spend'] as const;
export const WEATHER_COLUMNS = ['date', 'city', 'tmax_f', 'tmin_f', 'tmean_f', 'precip_in', 'rain_in', 'snow_in', 'wind_mph', 'humidity_pct', 'source', 'shock_id'] as const;

export interface BrandDaily {
  dates: string[];
  revenue: Float64Array;
  orders: Float64Array;
  spend: Record<ChannelId, Float64Array>;
  weather: Partial<Record<CityId, (DailyWeather & { tmaxF: number; tminF: number })[]>>;
}

type Brand = TenantsIndex['brands'][number];

export function readBrandDaily(dataDir: string, index: TenantsIndex, brand: Brand): BrandDaily {
  const dates = dateRange(index.start, index.days);
  const pos = new Map(dates.map((d, i) => [d, i]));
  const n = dates.length;
  const at = (rel: string, row: number, date: string): number => {
    const i = pos.get(date);
    if (i === undefined) throw new MixError('DATA_INVALID', `${rel} row ${row}: date ${date} is outside ${index.start}..${index.end}`, { details: { file: rel, row } });
    return i;
  };
  const revenue = new Float64Array(n);
  const orders = new Float64Array(n);
  const salesRel = `${brand.id}/${BRAND_FILES.sales}`;
  readCsv(dataDir, salesRel, salesRowSchema, SALES_COLUMNS).forEach((r, k) => {
    const i = at(salesRel, k + 1, r.date);
    revenue[i] = (revenue[i] as number) + r.revenue;
    orders[i] = (orders[i] as number) + r.orders;
  });
  const spend = Object.fromEntries(CHANNELS.map((c) => [c, new Float64Array(n)])) as Record<ChannelId, Float64Array>;
  const mRel = `${brand.id}/${BRAND_FILES.marketing}`;
  readCsv(dataDir, mRel, marketingRowSchema, MARKETING_COLUMNS).forEach((r, k) => {
    spend[r.channel][at(mRel, k + 1, r.date)] = r.spend;
  });
  const weather: BrandDaily['weather'] = {};
  const wRel = `${brand.id}/${BRAND_FILES.weather}`;
  for (const { city } of brand.cities) weather[city] = new Array(n);
  readCsv(dataDir, wRel, weatherRowSchema, WEATHER_COLUMNS).forEach((r, k) => {
    const list = weather[r.city];
    if (!list) throw new MixError('DATA_INVALID', `${wRel} row ${k + 1}: city ${r.city} is not one of the brand's cities`, { details: { file: wRel, row: k + 1 } });
    list[at(wRel, k + 1, r.date)] = { tmeanF: r.tmean_f, tmaxF: r.tmax_f, tminF: r.tmin_f, precipIn: r.precip_in, rainIn: r.rain_in, snowIn: r.snow_in, windMph: r.wind_mph, humidityPct: r.humidity_pct };
  });
  for (const [city, list] of Object.entries(weather)) {
    const gap = list.findIndex((d) => d === undefined);
    if (gap >= 0) throw new MixError('DATA_INVALID', `${wRel}: no weather for ${city} on ${dates[gap]}`, { details: { file: wRel } });
  }
  return { dates, revenue, orders, spend, weather };
}

/** Email rows (for the funnel check). */
export function readEmail(dataDir: string, brandId: string) {
  return readCsv(dataDir, `${brandId}/${BRAND_FILES.email}`, emailRowSchema, EMAIL_COLUMNS);
}
