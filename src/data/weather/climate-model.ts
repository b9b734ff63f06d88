/**
 * Stochastic daily weather per city calibrated to its monthly normals (normals.ts): a smooth daily
 * climatology plus an AR(1) temperature anomaly with the month's persistence and spread, a two-state Markov
 * chain for wet days with exponential amounts, snow when a wet day is cold, and humidity/wind around normal.
 * Used for days the real Open-Meteo backbone does not cover, or for the whole range in 'simulated' mode.
 */
import type { Rng } from '../../util/rng.js';
import type { CityId } from './cities.js';
import { MONTHLY_NORMALS } from './normals.js';
import { interpolateMonthly, WET_DAY_IN, type MonthNormal } from './normals-compute.js';
import type { WeatherDay } from './types.js';

/** Inches of snow per inch of water: Open-Meteo's own conversion (0.7 cm per mm), so the seeds agree. */
export const SNOW_RATIO = 7;

export function simulateCityWeather(city: CityId, dates: readonly string[], rng: Rng): WeatherDay[] {
  const normals = MONTHLY_NORMALS[city];
  const col = (k: keyof MonthNormal): number[] => normals.map((n) => n[k]);
  const tmean = col('tmeanF');
  const tmax = col('tmaxF');
  const tmin = col('tminF');
  const hum = col('humidityPct');
  const wind = col('windMph');
  let anomaly = 0;
  let wet = false;
  const out: WeatherDay[] = [];
  for (const [i, date] of dates.entries()) {
    const n = normals[Number(date.slice(5, 7)) - 1] as MonthNormal;
    const phi = Math.min(0.95, Math.max(0, n.anomalyPhi));
    const innovation = n.anomalySdF * Math.sqrt(1 - phi * phi);
    anomaly = i === 0 ? rng.normal(0, n.anomalySdF) : phi * anomaly + rng.normal(0, innovation);
    const mean = interpolateMonthly(tmean, date) + anomaly;
    const upper = Math.max(1, interpolateMonthly(tmax, date) - interpolateMonthly(tmean, date));
    const lower = Math.max(1, interpolateMonthly(tmean, date) - interpolateMonthly(tmin, date));
    const spread = Math.max(0.4, 1 + rng.normal(0, 0.15));
    wet = rng.bool(wet ? n.pWetAfterWet : n.pWetAfterDry);
    const precip = wet ? WET_DAY_IN - Math.log(1 - rng.next()) * Math.max(0.01, n.wetDayMeanIn - WET_DAY_IN) : 0;
    const snowShare = wet ? Math.min(1, Math.max(0, (36 - mean) / 8)) : 0;
    const humidity = Math.min(100, Math.max(5, interpolateMonthly(hum, date) + (wet ? 8 : -2) + rng.normal(0, 6)));
    out.push({
      date,
      tmaxF: mean + upper * spread,
      tminF: mean - lower * spread,
      tmeanF: mean,
      precipIn: precip,
      rainIn: precip * (1 - snowShare),
      snowIn: precip * snowShare * SNOW_RATIO,
      windMph: interpolateMonthly(wind, date) * rng.lognormal(-0.045, 0.3),
      humidityPct: humidity,
      source: 'simulated',
    });
  }
  return out;
}
