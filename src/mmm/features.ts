/**
 * The non-media part of the design matrix: linear trend, yearly Fourier seasonality and the controls,
 * each standardised on the full sample (the solver penalises standardised coefficients, so a column's unit
 * never decides how strongly it is shrunk).
 */
import type { WeeklyTable } from './types.js';

export interface Standardised {
  values: Float64Array;
  mean: number;
  sd: number;
}

export function standardise(values: ArrayLike<number>): Standardised {
  const n = values.length;
  let m = 0;
  for (let i = 0; i < n; i++) m += values[i] as number;
  m /= n;
  let v = 0;
  for (let i = 0; i < n; i++) v += ((values[i] as number) - m) ** 2;
  const sd = Math.sqrt(v / n) || 1;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = ((values[i] as number) - m) / sd;
  return { values: out, mean: m, sd };
}

export interface BaseFeatures {
  names: string[];
  /** Standardised columns. */
  columns: Float64Array[];
  means: number[];
  sds: number[];
  /** Penalty multipliers (trend and seasonality lightly, controls normally). */
  penalty: number[];
}

const WEEKS_PER_YEAR = 365.25 / 7;

/** Weeks since the first week, from the dates (robust to a missing week). */
export function weekIndex(weeks: string[]): number[] {
  const t0 = Date.parse(weeks[0] as string);
  return weeks.map((w) => (Date.parse(w) - t0) / (7 * 86_400_000));
}

export function buildBaseFeatures(table: WeeklyTable, fourierOrder = 2): BaseFeatures {
  const t = weekIndex(table.weeks);
  const raw: { name: string; values: number[]; penalty: number }[] = [];
  raw.push({ name: 'trend', values: t, penalty: 0.1 });
  // Seasonality only when at least one full year is observed; shorter spans cannot separate it from trend.
  const span = (t[t.length - 1] as number) - (t[0] as number);
  const order = span >= WEEKS_PER_YEAR * 0.95 ? fourierOrder : 0;
  for (let k = 1; k <= order; k++) {
    raw.push({ name: `sin${k}`, values: t.map((x) => Math.sin((2 * Math.PI * k * x) / WEEKS_PER_YEAR)), penalty: 0.1 });
    raw.push({ name: `cos${k}`, values: t.map((x) => Math.cos((2 * Math.PI * k * x) / WEEKS_PER_YEAR)), penalty: 0.1 });
  }
  for (const c of table.controls) raw.push({ name: c.name, values: c.values, penalty: 1 });
  const names: string[] = [];
  const columns: Float64Array[] = [];
  const means: number[] = [];
  const sds: number[] = [];
  const penalty: number[] = [];
  for (const r of raw) {
    const s = standardise(r.values);
    names.push(r.name);
    columns.push(s.values);
    means.push(s.mean);
    sds.push(s.sd);
    penalty.push(r.penalty);
  }
  return { names, columns, means, sds, penalty };
}
