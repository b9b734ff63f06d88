/**
 * Base design matrix for the daily model: trend, day of week, yearly Fourier terms, holiday windows and
 * weather features built per city and weighted by the city's share of sales. Weather features are
 * generic (not the generator's formulas): temperature hinges at fixed knots for the same day and the mean
 * of the previous three days, concave precipitation and snow terms with lags, a rain × cold interaction,
 * wind and humidity.
 */
import type { Design, DailyModelInput, DailyWeather, FeatureGroup } from './types.js';

const COLD_KNOTS = [65, 50, 35];
const HOT_KNOTS = [60, 75, 90];

function doy(date: string): number {
  const y = Number(date.slice(0, 4));
  const d = Date.UTC(y, Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return (d - Date.UTC(y, 0, 1)) / 86_400_000;
}

/** Weather features of one city, for every day (lags reuse the first day before the start). */
function cityWeatherFeatures(days: readonly DailyWeather[]): { name: string; group: FeatureGroup; values: Float64Array }[] {
  const n = days.length;
  const at = (t: number): DailyWeather => days[Math.max(0, t)] as DailyWeather;
  const lagMean = (t: number, f: (d: DailyWeather) => number): number => (f(at(t - 1)) + f(at(t - 2)) + f(at(t - 3))) / 3;
  const out: { name: string; group: FeatureGroup; values: Float64Array }[] = [];
  const add = (name: string, group: FeatureGroup, f: (t: number) => number): void => {
    out.push({ name, group, values: Float64Array.from({ length: n }, (_, t) => f(t)) });
  };
  for (const k of COLD_KNOTS) {
    add(`cold${k}_lag0`, 'temperature', (t) => Math.max(0, k - at(t).tmeanF));
    add(`cold${k}_lag1_3`, 'temperature', (t) => Math.max(0, k - lagMean(t, (d) => d.tmeanF)));
  }
  for (const k of HOT_KNOTS) {
    add(`hot${k}_lag0`, 'temperature', (t) => Math.max(0, at(t).tmeanF - k));
    add(`hot${k}_lag1_3`, 'temperature', (t) => Math.max(0, lagMean(t, (d) => d.tmeanF) - k));
  }
  add('rain_lag0', 'precipitation', (t) => Math.sqrt(at(t).rainIn));
  add('rain_lag1', 'precipitation', (t) => Math.sqrt(at(t - 1).rainIn));
  add('rain_lag2_3', 'precipitation', (t) => (Math.sqrt(at(t - 2).rainIn) + Math.sqrt(at(t - 3).rainIn)) / 2);
  add('rain_x_cold', 'precipitation', (t) => Math.sqrt(at(t).precipIn) * Math.max(0, 55 - at(t).tmeanF) / 10);
  add('snow_lag0', 'snow', (t) => Math.sqrt(at(t).snowIn));
  add('snow_lag1', 'snow', (t) => Math.sqrt(at(t - 1).snowIn));
  add('snow_lag2_3', 'snow', (t) => (Math.sqrt(at(t - 2).snowIn) + Math.sqrt(at(t - 3).snowIn)) / 2);
  add('wind', 'wind', (t) => at(t).windMph);
  add('humidity', 'humidity', (t) => at(t).humidityPct);
  return out;
}

export function buildBaseDesign(input: DailyModelInput): Design {
  const n = input.dates.length;
  const names: string[] = [];
  const groups: FeatureGroup[] = [];
  const columns: Float64Array[] = [];
  const push = (name: string, group: FeatureGroup, values: Float64Array): void => {
    names.push(name);
    groups.push(group);
    columns.push(values);
  };
  push('trend', 'trend', Float64Array.from({ length: n }, (_, t) => t / 365.25));
  const dows = input.dates.map((d) => new Date(`${d}T00:00:00Z`).getUTCDay());
  for (let k = 1; k < 7; k++) push(`dow_${k}`, 'day_of_week', Float64Array.from(dows, (d) => (d === k ? 1 : 0)));
  for (let h = 1; h <= 2; h++) {
    const w = (d: string): number => (2 * Math.PI * h * doy(d)) / 365.25;
    push(`sin_${h}`, 'seasonality', Float64Array.from(input.dates, (d) => Math.sin(w(d))));
    push(`cos_${h}`, 'seasonality', Float64Array.from(input.dates, (d) => Math.cos(w(d))));
  }
  for (const [h, ind] of Object.entries(input.holidays)) {
    // a window never seen in training cannot be estimated
    let seen = 0;
    for (let t = 0; t < input.trainDays; t++) seen += ind[t] as number;
    if (seen > 0) push(`holiday_${h}`, 'holidays', Float64Array.from(ind));
  }
  // weather: each feature is the sales-weighted sum over the brand's cities
  const weighted = new Map<string, { group: FeatureGroup; values: Float64Array }>();
  for (const { weight, days } of input.weather) {
    for (const f of cityWeatherFeatures(days)) {
      const cur = weighted.get(f.name) ?? { group: f.group, values: new Float64Array(n) };
      for (let t = 0; t < n; t++) cur.values[t] = (cur.values[t] as number) + weight * (f.values[t] as number);
      weighted.set(f.name, cur);
    }
  }
  for (const [name, f] of weighted) {
    // drop columns with no variation in training (e.g. snow in Miami)
    let lo = Infinity;
    let hi = -Infinity;
    for (let t = 0; t < input.trainDays; t++) {
      lo = Math.min(lo, f.values[t] as number);
      hi = Math.max(hi, f.values[t] as number);
    }
    if (hi - lo > 1e-9) push(name, f.group, f.values);
  }
  return { names, groups, columns };
}
