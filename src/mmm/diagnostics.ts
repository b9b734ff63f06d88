/**
 * Fit diagnostics: R², MAPE, NRMSE (Robyn's definition, RMSE / range), Durbin–Watson and Ljung–Box on the
 * residuals, and the media-column collinearity (VIF, strongest pairwise correlation) that decides when an
 * interval must be widened.
 */
import { rSquared } from './ridge.js';

/** R² over weeks [from, to): ridge.ts's rSquared on that window. */
export function r2(y: ArrayLike<number>, yhat: ArrayLike<number>, from = 0, to = y.length): number {
  if (from === 0 && to === y.length) return rSquared(y, yhat);
  const window = (a: ArrayLike<number>): number[] => Array.prototype.slice.call(a, from, to) as number[];
  return rSquared(window(y), window(yhat));
}

/** Mean absolute percentage error over weeks with a non-zero actual. */
export function mape(y: ArrayLike<number>, yhat: ArrayLike<number>): number {
  let s = 0;
  let k = 0;
  for (let t = 0; t < y.length; t++) {
    const a = y[t] as number;
    if (a !== 0) {
      s += Math.abs((a - (yhat[t] as number)) / a);
      k++;
    }
  }
  return k > 0 ? s / k : 0;
}

export function nrmse(y: ArrayLike<number>, yhat: ArrayLike<number>): number {
  let ss = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let t = 0; t < y.length; t++) {
    const a = y[t] as number;
    ss += (a - (yhat[t] as number)) ** 2;
    lo = Math.min(lo, a);
    hi = Math.max(hi, a);
  }
  const range = hi - lo;
  return range > 0 ? Math.sqrt(ss / y.length) / range : 0;
}

export function durbinWatson(res: ArrayLike<number>): number {
  let num = 0;
  let den = 0;
  for (let t = 0; t < res.length; t++) {
    den += (res[t] as number) ** 2;
    if (t > 0) num += ((res[t] as number) - (res[t - 1] as number)) ** 2;
  }
  return den > 0 ? num / den : 2;
}

export function autocorrelation(res: ArrayLike<number>, lag: number): number {
  const n = res.length;
  let m = 0;
  for (let t = 0; t < n; t++) m += res[t] as number;
  m /= n;
  let num = 0;
  let den = 0;
  for (let t = 0; t < n; t++) {
    const d = (res[t] as number) - m;
    den += d * d;
    if (t >= lag) num += d * ((res[t - lag] as number) - m);
  }
  return den > 0 ? num / den : 0;
}

/** Ljung–Box Q over lags 1..4; p-value from the χ²(4) survival function e^(−x/2)(1 + x/2). */
export function ljungBox(res: ArrayLike<number>, lags = 4): { statistic: number; pValue: number } {
  const n = res.length;
  let q = 0;
  for (let k = 1; k <= lags; k++) q += autocorrelation(res, k) ** 2 / (n - k);
  q *= n * (n + 2);
  // χ² survival for even degrees of freedom 2m: e^(−x/2) Σ_{i<m} (x/2)^i / i!
  const m = Math.floor(lags / 2);
  let term = 1;
  let sum = 1;
  for (let i = 1; i < m; i++) {
    term *= q / 2 / i;
    sum += term;
  }
  return { statistic: q, pValue: Math.min(1, Math.exp(-q / 2) * sum) };
}

export function correlation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let t = 0; t < n; t++) {
    ma += a[t] as number;
    mb += b[t] as number;
  }
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let t = 0; t < n; t++) {
    const da = (a[t] as number) - ma;
    const db = (b[t] as number) - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
}

/**
 * Variance inflation factor of column j given all other columns (intercept implicit: columns are
 * centred): 1 / (1 − R²_j) from a least-squares regression on the others.
 */
export function vif(cols: readonly ArrayLike<number>[], j: number): number {
  const n = (cols[j] as ArrayLike<number>).length;
  const others = cols.filter((_, k) => k !== j);
  const p = others.length;
  const centre = (c: ArrayLike<number>) => {
    let m = 0;
    for (let t = 0; t < n; t++) m += c[t] as number;
    m /= n;
    return Float64Array.from({ length: n }, (_, t) => (c[t] as number) - m);
  };
  const X = others.map(centre);
  const y = centre(cols[j] as ArrayLike<number>);
  // Normal equations with a tiny ridge for numerical safety; p is small.
  const A = new Float64Array(p * p);
  const b = new Float64Array(p);
  for (let a = 0; a < p; a++) {
    for (let c = 0; c <= a; c++) {
      let s = 0;
      for (let t = 0; t < n; t++) s += (X[a] as Float64Array)[t]! * (X[c] as Float64Array)[t]!;
      A[a * p + c] = s;
      A[c * p + a] = s;
    }
    A[a * p + a] = (A[a * p + a] as number) * (1 + 1e-9) + 1e-12;
    let s = 0;
    for (let t = 0; t < n; t++) s += (X[a] as Float64Array)[t]! * (y[t] as number);
    b[a] = s;
  }
  // Gaussian elimination with partial pivoting.
  const M = A.slice();
  const r = b.slice();
  for (let k = 0; k < p; k++) {
    let piv = k;
    for (let i = k + 1; i < p; i++) if (Math.abs(M[i * p + k]!) > Math.abs(M[piv * p + k]!)) piv = i;
    if (piv !== k) {
      for (let c = 0; c < p; c++) [M[k * p + c], M[piv * p + c]] = [M[piv * p + c]!, M[k * p + c]!];
      [r[k], r[piv]] = [r[piv]!, r[k]!];
    }
    const d = M[k * p + k]!;
    if (Math.abs(d) < 1e-300) continue;
    for (let i = k + 1; i < p; i++) {
      const f = M[i * p + k]! / d;
      if (f === 0) continue;
      for (let c = k; c < p; c++) M[i * p + c] = M[i * p + c]! - f * M[k * p + c]!;
      r[i] = r[i]! - f * r[k]!;
    }
  }
  const coef = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let s = r[i]!;
    for (let c = i + 1; c < p; c++) s -= M[i * p + c]! * coef[c]!;
    const d = M[i * p + i]!;
    coef[i] = Math.abs(d) < 1e-300 ? 0 : s / d;
  }
  let sst = 0;
  let ssr = 0;
  for (let t = 0; t < n; t++) {
    let fit = 0;
    for (let a = 0; a < p; a++) fit += coef[a]! * (X[a] as Float64Array)[t]!;
    sst += (y[t] as number) ** 2;
    ssr += ((y[t] as number) - fit) ** 2;
  }
  const r2v = sst > 0 ? 1 - ssr / sst : 0;
  return r2v >= 1 - 1e-12 ? 1e12 : 1 / (1 - r2v);
}
