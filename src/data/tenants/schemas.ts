/**
 * Schemas of every file the weather-brands generator writes: checked on write (before anything reaches
 * disk) and on read (`tenantChecks`, `--validate-only`). CSV rows are parsed from strings, so numbers are
 * coerced; JSON files are checked as they are.
 */
import { z } from 'zod';
import { CITY_IDS } from '../weather/cities.js';
import { isIsoDate } from '../weather/dates.js';
import { SPEND_MAX, SPEND_MIN } from './marketing.js';

const isoDate = z.string().refine(isIsoDate, 'not a YYYY-MM-DD date');
const count = z.coerce.number().int().nonnegative();
const money = z.coerce.number().nonnegative().refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, 'more than 2 decimals');
const city = z.enum(CITY_IDS);
const channel = z.enum(['meta', 'google_search', 'email']);
/** A channel is dark (0) or spends inside the SMB range. */
const dailySpend = money.refine((v) => v === 0 || (v >= SPEND_MIN && v <= SPEND_MAX), `spend must be 0 or ${SPEND_MIN}–${SPEND_MAX}`);

export const salesRowSchema = z.object({
  date: isoDate,
  city,
  category_id: z.string().regex(/^[a-z0-9_]+$/),
  orders: count,
  revenue: money,
});

export const marketingRowSchema = z
  .object({ date: isoDate, channel, spend: dailySpend, impressions: count, clicks: count, conversions: count })
  .refine((r) => r.clicks <= r.impressions && r.conversions <= r.clicks, 'funnel out of order (conversions ≤ clicks ≤ impressions)');

export const emailRowSchema = z
  .object({ date: isoDate, sends: count, opens: count, clicks: count, conversions: count, spend: dailySpend })
  .refine((r) => r.opens <= r.sends && r.clicks <= r.opens && r.conversions <= r.clicks, 'funnel out of order (conversions ≤ clicks ≤ opens ≤ sends)');

export const weatherRowSchema = z
  .object({
    date: isoDate,
    city,
    tmax_f: z.coerce.number().min(-60).max(135),
    tmin_f: z.coerce.number().min(-70).max(125),
    tmean_f: z.coerce.number().min(-65).max(130),
    precip_in: z.coerce.number().min(0).max(15),
    rain_in: z.coerce.number().min(0).max(15),
    snow_in: z.coerce.number().min(0).max(60),
    wind_mph: z.coerce.number().min(0).max(150),
    humidity_pct: z.coerce.number().min(0).max(100),
    source: z.enum(['open-meteo', 'simulated']),
    shock_id: z.string(),
  })
  .refine((r) => r.tmin_f <= r.tmean_f + 0.05 && r.tmean_f <= r.tmax_f + 0.05, 'temperatures out of order (tmin ≤ tmean ≤ tmax)')
  .refine((r) => r.rain_in <= r.precip_in + 0.011, 'rain exceeds total precipitation');

const tempTerm = z.object({ amp: z.number(), refF: z.number(), scaleF: z.number().positive() });
const precipTerm = z.object({ amp: z.number(), scaleIn: z.number().positive() });

export const groundTruthSchema = z.object({
  brand_id: z.string(),
  seed: z.number().int(),
  sensitivity: z.enum(['high', 'medium', 'low', 'none']),
  tier: z.enum(['high', 'medium', 'low']),
  period: z.object({ start: isoDate, end: isoDate, days: z.number().int().positive() }),
  holdout_start: isoDate,
  signal_share_target: z.number().min(0).max(1),
  noise: z.object({ day_sigma: z.number().nonnegative(), poisson_share_of_noise: z.number().min(0).max(1), expected_signal_share: z.number().min(0).max(1) }),
  channels: z
    .array(
      z.object({
        channel,
        roas: z.number().min(1.5).max(4),
        spend_share: z.number(),
        adstock: z.object({ type: z.literal('geometric'), decay: z.number().min(0).max(1) }),
        saturation: z.object({ type: z.literal('hill'), half_saturation: z.number().positive(), slope: z.number().positive() }),
        beta: z.number().positive(),
        weather_amplification: z.number().nonnegative(),
        total_spend: z.number().positive(),
        incremental_revenue: z.number().positive(),
      }),
    )
    .length(3),
  categories: z
    .array(
      z.object({
        id: z.string(),
        affinity: z.enum(['cold', 'warm', 'rain', 'snow', 'neutral']),
        price: z.number().positive(),
        revenue_share: z.number().positive(),
        weather: z
          .object({
            terms: z.object({ cold: tempTerm.optional(), warm: tempTerm.optional(), rain: precipTerm.optional(), snow: precipTerm.optional(), rain_cold: tempTerm.extend({ scaleIn: z.number().positive() }).optional() }),
            lag_weights: z.array(z.number().nonnegative()).length(4),
            elasticity_by_lag: z.array(z.object({ lag: z.number().int(), cold: z.number(), warm: z.number(), rain: z.number(), snow: z.number(), rain_cold: z.number() })).length(4),
            lift_by_city: z.array(z.object({ city, mean: z.number(), max: z.number(), min: z.number() })),
          })
          .nullable(),
      }),
    )
    .min(3)
    .max(8),
  weather_drivers: z.array(z.object({ driver: z.enum(['temperature', 'precipitation', 'snow']), revenue_sd: z.number().nonnegative(), rank: z.number().int() })),
  weather_variance_share: z.number().min(0).max(1),
  totals: z.object({ revenue_expected: z.number(), baseline_revenue: z.number(), media_incremental_revenue: z.number(), spend: z.number() }),
  attribution: z.string().min(10),
});

export const weatherEventSchema = z.object({
  id: z.string(),
  type: z.enum(['heatwave', 'cold_snap', 'heavy_rain', 'snowstorm', 'atmospheric_river']),
  city,
  start: isoDate,
  end: isoDate,
  days: z.number().int().positive(),
  magnitude: z.number(),
  unit: z.enum(['°F', 'in']),
  description: z.string(),
});

export const eventsFileSchema = z.object({ attribution: z.string().min(10), seed: z.number().int(), events: z.array(weatherEventSchema) });

export const BRAND_FILES = {
  sales: 'sales_daily.csv',
  marketing: 'marketing_daily.csv',
  email: 'email_daily.csv',
  weather: 'weather_daily.csv',
  truth: 'ground_truth.json',
} as const;

export const tenantsIndexSchema = z.object({
  schema_version: z.literal(1),
  generator: z.string(),
  seed: z.number().int(),
  start: isoDate,
  end: isoDate,
  days: z.number().int().positive(),
  holdout_start: isoDate,
  weather_mode: z.enum(['real', 'simulated']),
  attribution: z.string().min(10),
  normals_source: z.string(),
  events_file: z.string(),
  spend_rules: z.object({ daily_min: z.number(), daily_max: z.number(), share_ranges: z.record(z.string(), z.tuple([z.number(), z.number()])) }),
  cities: z.array(z.object({ id: city, name: z.string(), latitude: z.number(), longitude: z.number(), climate: z.string() })),
  brands: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/),
        name: z.string(),
        vertical: z.string(),
        sensitivity: z.enum(['high', 'medium', 'low', 'none']),
        tier: z.enum(['high', 'medium', 'low']),
        description: z.string(),
        cities: z.array(z.object({ city, share: z.number().positive().max(1) })).min(1),
        categories: z.array(z.object({ id: z.string(), name: z.string(), affinity: z.enum(['cold', 'warm', 'rain', 'snow', 'neutral']), price: z.number().positive() })).min(3).max(8),
        channels: z.array(channel).length(3),
        files: z.object({ sales: z.string(), marketing: z.string(), email: z.string(), weather: z.string(), truth: z.string() }),
      }),
    )
    .min(1),
});

export type TenantsIndex = z.infer<typeof tenantsIndexSchema>;
export type SalesRowParsed = z.infer<typeof salesRowSchema>;
export type WeatherRowParsed = z.infer<typeof weatherRowSchema>;
