/**
 * Monthly climate normals of a daily series: the statistics the climate model is calibrated to
 * (normals.ts holds the values computed from the Open-Meteo seed files; a test recomputes them).
 */
import type { WeatherDay } from './types.js';

/** A day counts as wet from 1 mm (0.04 in) of precipitation, the usual climatological threshold. */
export const WET_DAY_IN = 0.04;

export interface MonthNormal {
  /** 1..12 */
  month: number;
  tmeanF: number;
  tmaxF: number;
  tminF: number;
  /** Standard deviation of the daily mean temperature around its month mean, °F. */
  anomalySdF: number;
  /** Lag-1 autocorrelation of those daily anomalies (the AR(1) coefficient). */
  anomalyPhi: number;
  precipInPerDay: number;
  wetDayFreq: number;
  pWetAfterDry: number;
  pWetAfterWet: number;
  /** Mean precipitation on wet days, in. */
  wetDayMeanIn: number;
  snowInPerDay: number;
  humidityPct: number;
  windMph: number;
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const r2 = (v: number): number => Math.round(v * 100) / 100;
const r3 = (v: number): number => Math.round(v * 1000) / 1000;

/**
 * A smooth daily climatology from 12 monthly values: linear interpolation between mid-month points
 * (circular over the year), so the model has no steps at month boundaries.
 */
export function interpolateMonthly(values: readonly number[], date: string): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const dim = (yy: number, mm: number): number => new Date(Date.UTC(yy, mm, 0)).getUTCDate();
  const mid = (dim(y, m) + 1) / 2;
  const cur = values[m - 1] as number;
  if (d >= mid) {
    const nextM = m === 12 ? 1 : m + 1;
    const span = dim(y, m) - mid + (dim(m === 12 ? y + 1 : y, nextM) + 1) / 2;
    return cur + (((values[nextM - 1] as number) - cur) * (d - mid)) / span;
  }
  const prevM = m === 1 ? 12 : m - 1;
  const prevDim = dim(m === 1 ? y - 1 : y, prevM);
  const span = prevDim - (prevDim + 1) / 2 + mid;
  const back = mid - d;
  return cur + (((values[prevM - 1] as number) - cur) * back) / span;
}

export function computeMonthlyNormals(days: readonly WeatherDay[]): MonthNormal[] {
  const monthOf = (d: WeatherDay): number => Number(d.date.slice(5, 7));
  const tmeans = Array.from({ length: 12 }, (_, k) => mean(days.filter((d) => monthOf(d) === k + 1).map((d) => d.tmeanF)));
  // daily anomalies against the smooth climatology, so the within-month seasonal slope is not "noise"
  const anom = days.map((d) => d.tmeanF - interpolateMonthly(tmeans, d.date));
  const out: MonthNormal[] = [];
  for (let m = 1; m <= 12; m++) {
    const idx: number[] = [];
    days.forEach((d, i) => {
      if (monthOf(d) === m) idx.push(i);
    });
    const sel = idx.map((i) => days[i] as WeatherDay);
    let num = 0;
    let den = 0;
    let sq = 0;
    let wetPrevDry = 0;
    let prevDry = 0;
    let wetPrevWet = 0;
    let prevWet = 0;
    for (const i of idx) {
      const a = anom[i] as number;
      sq += a * a;
      const p = days[i - 1];
      if (!p) continue;
      num += a * (anom[i - 1] as number);
      den += (anom[i - 1] as number) ** 2;
      const wet = (days[i] as WeatherDay).precipIn >= WET_DAY_IN;
      if (p.precipIn >= WET_DAY_IN) {
        prevWet++;
        if (wet) wetPrevWet++;
      } else {
        prevDry++;
        if (wet) wetPrevDry++;
      }
    }
    const wetDays = sel.filter((d) => d.precipIn >= WET_DAY_IN);
    out.push({
      month: m,
      tmeanF: r2(tmeans[m - 1] as number),
      tmaxF: r2(mean(sel.map((d) => d.tmaxF))),
      tminF: r2(mean(sel.map((d) => d.tminF))),
      anomalySdF: r2(Math.sqrt(sq / Math.max(1, idx.length))),
      anomalyPhi: r3(den > 0 ? num / den : 0),
      precipInPerDay: r3(mean(sel.map((d) => d.precipIn))),
      wetDayFreq: r3(wetDays.length / Math.max(1, sel.length)),
      pWetAfterDry: r3(prevDry ? wetPrevDry / prevDry : 0),
      pWetAfterWet: r3(prevWet ? wetPrevWet / prevWet : 0),
      wetDayMeanIn: r3(mean(wetDays.map((d) => d.precipIn))),
      snowInPerDay: r3(mean(sel.map((d) => d.snowIn))),
      humidityPct: r2(mean(sel.map((d) => d.humidityPct))),
      windMph: r2(mean(sel.map((d) => d.windMph))),
    });
  }
  return out;
}
