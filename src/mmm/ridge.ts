/**
 * Ridge regression with per-coefficient bounds (media coefficients ≥ 0), solved by cyclic coordinate
 * descent on standardised columns. Hand-written because ml-regression's ridge has no bounds, and
 * non-negative media effects are the core constraint of an MMM; at 100–800 rows × ≤40 columns a
 * fit converges in well under a millisecond.
 */
export interface RidgeOptions {
  /** L2 penalty on standardised coefficients (intercept unpenalised). */
  lambda: number;
  /** Per-column lower bound (in original units), e.g. 0 for media; default unbounded. */
  lower?: (number | undefined)[];
  /** Per-column penalty multiplier (0 = unpenalised, e.g. trend); default 1. */
  penaltyFactor?: number[];
  /** Optional prior means (original units) the penalty shrinks towards instead of 0 (calibration). */
  priorMean?: (number | undefined)[];
  maxIter?: number;
  tol?: number;
  /** Observation weights (default all 1). */
  weights?: ArrayLike<number>;
}

export interface RidgeFit {
  intercept: number;
  coef: Float64Array;
  /** Column means/scales used for standardisation. */
  mean: Float64Array;
  scale: Float64Array;
  iterations: number;
}

/** `X` is column-major: X[j] is column j with n rows. */
export function fitRidge(X: readonly ArrayLike<number>[], y: ArrayLike<number>, options: RidgeOptions): RidgeFit {
  const p = X.length;
  const n = y.length;
  const w = options.weights;
  const wsum = w ? Array.from(w).reduce((a, b) => a + b, 0) : n;
  const mean = new Float64Array(p);
  const scale = new Float64Array(p);
  const Z: Float64Array[] = [];
  let ymean = 0;
  for (let i = 0; i < n; i++) ymean += (w ? (w[i] as number) : 1) * (y[i] as number);
  ymean /= wsum;
  for (let j = 0; j < p; j++) {
    const col = X[j] as ArrayLike<number>;
    let m = 0;
    for (let i = 0; i < n; i++) m += (w ? (w[i] as number) : 1) * (col[i] as number);
    m /= wsum;
    let v = 0;
    for (let i = 0; i < n; i++) v += (w ? (w[i] as number) : 1) * ((col[i] as number) - m) ** 2;
    const s = Math.sqrt(v / wsum) || 1;
    mean[j] = m;
    scale[j] = s;
    const z = new Float64Array(n);
    for (let i = 0; i < n; i++) z[i] = ((col[i] as number) - m) / s;
    Z.push(z);
  }
  const r = new Float64Array(n);
  for (let i = 0; i < n; i++) r[i] = (y[i] as number) - ymean;
  const b = new Float64Array(p);
  const lowerZ = new Float64Array(p).fill(-Infinity);
  const priorZ = new Float64Array(p);
  const denom = new Float64Array(p);
  const lambda = options.lambda * wsum;
  for (let j = 0; j < p; j++) {
    const lo = options.lower?.[j];
    if (lo !== undefined) lowerZ[j] = lo * (scale[j] as number);
    const pm = options.priorMean?.[j];
    if (pm !== undefined) priorZ[j] = pm * (scale[j] as number);
    let zz = 0;
    const z = Z[j] as Float64Array;
    for (let i = 0; i < n; i++) zz += (w ? (w[i] as number) : 1) * (z[i] as number) ** 2;
    denom[j] = zz + lambda * (options.penaltyFactor?.[j] ?? 1);
  }
  const maxIter = options.maxIter ?? 500;
  const tol = options.tol ?? 1e-9;
  let iter = 0;
  for (; iter < maxIter; iter++) {
    let maxDelta = 0;
    for (let j = 0; j < p; j++) {
      const z = Z[j] as Float64Array;
      const bj = b[j] as number;
      let rho = 0;
      for (let i = 0; i < n; i++) rho += (w ? (w[i] as number) : 1) * (z[i] as number) * (r[i] as number);
      const pf = options.penaltyFactor?.[j] ?? 1;
      const num = rho + ((denom[j] as number) - lambda * pf) * bj + lambda * pf * (priorZ[j] as number);
      let nb = (denom[j] as number) > 0 ? num / (denom[j] as number) : 0;
      if (nb < (lowerZ[j] as number)) nb = lowerZ[j] as number;
      const d = nb - bj;
      if (d !== 0) {
        for (let i = 0; i < n; i++) r[i] = (r[i] as number) - d * (z[i] as number);
        b[j] = nb;
        if (Math.abs(d) > maxDelta) maxDelta = Math.abs(d);
      }
    }
    if (maxDelta < tol) break;
  }
  const coef = new Float64Array(p);
  let intercept = ymean;
  for (let j = 0; j < p; j++) {
    coef[j] = (b[j] as number) / (scale[j] as number);
    intercept -= (coef[j] as number) * (mean[j] as number);
  }
  return { intercept, coef, mean, scale, iterations: iter + 1 };
}

export function predictRidge(fit: RidgeFit, X: readonly ArrayLike<number>[], rows?: number): Float64Array {
  const n = rows ?? (X[0]?.length ?? 0);
  const out = new Float64Array(n).fill(fit.intercept);
  for (let j = 0; j < X.length; j++) {
    const c = fit.coef[j] as number;
    if (c === 0) continue;
    const col = X[j] as ArrayLike<number>;
    for (let i = 0; i < n; i++) out[i] = (out[i] as number) + c * (col[i] as number);
  }
  return out;
}

export function rSquared(y: ArrayLike<number>, yhat: ArrayLike<number>): number {
  const n = y.length;
  let m = 0;
  for (let i = 0; i < n; i++) m += y[i] as number;
  m /= n;
  let ssr = 0;
  let sst = 0;
  for (let i = 0; i < n; i++) {
    ssr += ((y[i] as number) - (yhat[i] as number)) ** 2;
    sst += ((y[i] as number) - m) ** 2;
  }
  return sst === 0 ? 0 : 1 - ssr / sst;
}
