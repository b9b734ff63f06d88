/**
 * Media transforms shared by the data generators (which create the truth) and the models (which recover
 * it): one implementation, so the generator and the fit can never disagree on a formula.
 *
 * Geometric adstock (unnormalised):  a[t] = x[t] + decay · a[t−1]
 * Hill saturation:                   h(a) = a^slope / (a^slope + K^slope), in [0, 1)
 * A channel's effect:                beta · h(adstock(spend))
 */

export function geometricAdstock(x: ArrayLike<number>, decay: number, out?: Float64Array): Float64Array {
  if (decay < 0 || decay >= 1) throw new RangeError(`adstock decay must be in [0, 1), got ${decay}`);
  const n = x.length;
  const a = out ?? new Float64Array(n);
  let carry = 0;
  for (let t = 0; t < n; t++) {
    carry = (x[t] as number) + decay * carry;
    a[t] = carry;
  }
  return a;
}

/** Weights of the geometric decay curve for `lags` periods (1, decay, decay², …). */
export function geometricWeights(decay: number, lags: number): number[] {
  return Array.from({ length: lags }, (_, l) => decay ** l);
}

/**
 * Weibull adstock (PDF or CDF shaped lag weights, as Robyn and PyMC-Marketing define them),
 * normalised so the first-period weight is 1 for CDF and the weights sum to 1 for PDF.
 */
export function weibullWeights(shape: number, scale: number, lags: number, kind: 'cdf' | 'pdf' = 'cdf'): number[] {
  if (shape <= 0 || scale <= 0) throw new RangeError('weibull shape and scale must be positive');
  const w: number[] = [];
  if (kind === 'cdf') {
    // survival-style decay: w[l] = exp(−(l/λ)^k)
    for (let l = 0; l < lags; l++) w.push(Math.exp(-((l / (scale * lags)) ** shape)));
  } else {
    for (let l = 0; l < lags; l++) {
      const x = (l + 1) / (scale * lags);
      w.push((shape / scale) * x ** (shape - 1) * Math.exp(-(x ** shape)));
    }
    const s = w.reduce((a, b) => a + b, 0) || 1;
    for (let i = 0; i < w.length; i++) w[i] = (w[i] as number) / s;
  }
  return w;
}

/** Convolution adstock with arbitrary lag weights: a[t] = Σ_l w[l] · x[t−l]. */
export function convolveAdstock(x: ArrayLike<number>, weights: readonly number[], out?: Float64Array): Float64Array {
  const n = x.length;
  const a = out ?? new Float64Array(n);
  for (let t = 0; t < n; t++) {
    let s = 0;
    for (let l = 0; l < weights.length && l <= t; l++) s += (weights[l] as number) * (x[t - l] as number);
    a[t] = s;
  }
  return a;
}

export function hill(a: number, halfSaturation: number, slope: number): number {
  if (a <= 0) return 0;
  const as = a ** slope;
  return as / (as + halfSaturation ** slope);
}

export function hillSaturation(
  a: ArrayLike<number>,
  halfSaturation: number,
  slope: number,
  out?: Float64Array,
): Float64Array {
  if (halfSaturation <= 0 || slope <= 0) throw new RangeError('hill half-saturation and slope must be positive');
  const n = a.length;
  const h = out ?? new Float64Array(n);
  const ks = halfSaturation ** slope;
  for (let t = 0; t < n; t++) {
    const v = a[t] as number;
    if (v <= 0) {
      h[t] = 0;
    } else {
      const vs = v ** slope;
      h[t] = vs / (vs + ks);
    }
  }
  return h;
}

/** dh/da of the Hill curve, for marginal returns. */
export function hillDerivative(a: number, halfSaturation: number, slope: number): number {
  if (a <= 0) return slope === 1 ? 1 / halfSaturation : 0;
  const ks = halfSaturation ** slope;
  const as = a ** slope;
  return (slope * ks * as) / (a * (as + ks) ** 2);
}

/** Steady-state adstock of a constant weekly spend s: s / (1 − decay). */
export function steadyStateAdstock(spend: number, decay: number): number {
  return spend / (1 - decay);
}
