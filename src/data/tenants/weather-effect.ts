/**
 * The true weather effect on a category's log demand: saturating cold/warm/rain/snow terms and a
 * rain × cold interaction, spread over lags 0–3 days. Also split by driver group so the truth can rank
 * which weather driver matters most for a brand.
 */
import type { WeatherDay } from '../weather/types.js';
import type { CategoryWeather } from './types.js';

export type WeatherDriver = 'temperature' | 'precipitation' | 'snow';
export const WEATHER_DRIVERS: readonly WeatherDriver[] = ['temperature', 'precipitation', 'snow'];

const sat = (x: number, scale: number): number => (x <= 0 ? 0 : 1 - Math.exp(-x / scale));

/** Same-day (unlagged) contribution of each driver group for one day's weather. */
export function dayTerms(w: CategoryWeather, d: WeatherDay): Record<WeatherDriver, number> {
  let temperature = 0;
  let precipitation = 0;
  let snow = 0;
  if (w.cold) temperature += w.cold.amp * sat(w.cold.refF - d.tmeanF, w.cold.scaleF);
  if (w.warm) temperature += w.warm.amp * sat(d.tmeanF - w.warm.refF, w.warm.scaleF);
  if (w.rain) precipitation += w.rain.amp * sat(d.rainIn, w.rain.scaleIn);
  if (w.rainCold) {
    precipitation += w.rainCold.amp * sat(d.precipIn, w.rainCold.scaleIn) * sat(w.rainCold.refF - d.tmeanF, w.rainCold.scaleF);
  }
  if (w.snow) snow += w.snow.amp * sat(d.snowIn, w.snow.scaleIn);
  return { temperature, precipitation, snow };
}

/**
 * Lagged log-lift per day and driver: Σ_l lagWeights[l] · terms(t − l). Days before the first one reuse
 * the first day's weather.
 */
export function laggedLogLift(w: CategoryWeather | undefined, days: readonly WeatherDay[]): Record<WeatherDriver, Float64Array> {
  const n = days.length;
  const out = {
    temperature: new Float64Array(n),
    precipitation: new Float64Array(n),
    snow: new Float64Array(n),
  };
  if (!w) return out;
  const terms = days.map((d) => dayTerms(w, d));
  for (let t = 0; t < n; t++) {
    for (let l = 0; l < 4; l++) {
      const wl = w.lagWeights[l] as number;
      if (wl === 0) continue;
      const src = terms[Math.max(0, t - l)] as Record<WeatherDriver, number>;
      for (const g of WEATHER_DRIVERS) out[g][t] = (out[g][t] as number) + wl * src[g];
    }
  }
  return out;
}
