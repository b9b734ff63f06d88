/**
 * Media columns for the daily model (the shared geometric adstock + Hill from ../transforms.ts) and the
 * media step of the backfitting: revenue ≈ a + γ·baseline + Σ β_c·media_c with β ≥ 0, solved from the
 * Gram matrix by the shared bounded solver (../solver.ts). Each channel's decay, half-saturation and slope
 * come from a coordinate-wise grid search scored like the weekly MMM's (../hyper-search.ts): penalised
 * likelihood SSE/2σ² plus the shared weak hyper-parameter prior (../hyper-prior.ts), half-saturation
 * relative to the channel's median adstock (../media.ts).
 */
import { DEFAULT_HYPER_PRIOR, hyperNegLogPrior, type HyperPriorSpec } from '../hyper-prior.js';
import { DEFAULT_GRID } from '../hyper-search.js';
import { medianPositive } from '../media.js';
import { gramOf, solveGram } from '../solver.js';
import { geometricAdstock, hillSaturation } from '../transforms.js';
import type { HyperGrid } from '../types.js';
import type { MediaTransform } from './types.js';

export type MediaGrid = HyperGrid;
/** The weekly MMM's grid without its steepest slope (3), which daily flights never need. */
export const DEFAULT_MEDIA_GRID: MediaGrid = { ...DEFAULT_GRID, slope: DEFAULT_GRID.slope.filter((s) => s <= 2) };

export function mediaColumn(spend: ArrayLike<number>, t: MediaTransform): Float64Array {
  return hillSaturation(geometricAdstock(spend, t.decay), t.halfSaturation, t.slope);
}

/** Median positive adstock over the training days: the unit of kRel. */
function adstockScale(spend: ArrayLike<number>, decay: number, trainDays: number): number {
  return medianPositive(geometricAdstock(spend, decay).subarray(0, trainDays));
}

export interface MediaStepFit {
  intercept: number;
  gamma: number;
  beta: number[];
  sse: number;
}

/** Least squares of y on [1, baseline, media…] over the first `rows` rows, media coefficients ≥ 0. */
export function fitMediaStep(y: Float64Array, baseline: Float64Array, media: readonly Float64Array[], rows: number): MediaStepFit {
  const ones = new Float64Array(rows).fill(1);
  const cols = [ones, baseline.subarray(0, rows), ...media.map((m) => m.subarray(0, rows))];
  const p = cols.length;
  const { G, c } = gramOf(cols, y, 0, rows);
  const b = solveGram(G, c, p, {
    lambdaN: 0,
    penalty: new Float64Array(p),
    nonNeg: cols.map((_, j) => j >= 2),
  });
  let yy = 0;
  for (let t = 0; t < rows; t++) yy += (y[t] as number) ** 2;
  // SSE = y'y − 2 b'c + b'Gb
  let bc = 0;
  let bGb = 0;
  for (let i = 0; i < p; i++) {
    bc += (b[i] as number) * (c[i] as number);
    for (let j = 0; j < p; j++) bGb += (b[i] as number) * (G[i * p + j] as number) * (b[j] as number);
  }
  return { intercept: b[0] as number, gamma: b[1] as number, beta: Array.from(b.subarray(2)), sse: Math.max(0, yy - 2 * bc + bGb) };
}

export interface MediaSearchOptions {
  grid?: MediaGrid;
  /** Hyper-parameter prior (default the weekly MMM's); null = flat, i.e. pure least squares. */
  hyperPrior?: HyperPriorSpec | null;
  /** Residual variance that converts SSE into −log-likelihood. */
  sigma2: number;
}

/** One coordinate pass per call: each channel in turn gets the grid point with the best score. */
export function searchMediaTransforms(
  spend: Record<string, ArrayLike<number>>,
  y: Float64Array,
  baseline: Float64Array,
  trainDays: number,
  start: MediaTransform[] | undefined,
  options: MediaSearchOptions,
): MediaTransform[] {
  const grid = options.grid ?? DEFAULT_MEDIA_GRID;
  const prior = options.hyperPrior === undefined ? DEFAULT_HYPER_PRIOR : options.hyperPrior;
  const channels = Object.keys(spend);
  const current: MediaTransform[] =
    start ??
    channels.map((channel) => {
      const scale = adstockScale(spend[channel] as ArrayLike<number>, 0.3, trainDays);
      return { channel, decay: 0.3, kRel: 1, halfSaturation: scale, slope: 1 };
    });
  const cols = current.map((t) => mediaColumn(spend[t.channel] as ArrayLike<number>, t));
  for (let c = 0; c < channels.length; c++) {
    const x = spend[channels[c] as string] as ArrayLike<number>;
    let best = { score: Infinity, t: current[c] as MediaTransform, col: cols[c] as Float64Array };
    for (const decay of grid.decay) {
      const scale = adstockScale(x, decay, trainDays);
      for (const kRel of grid.kRel) {
        for (const slope of grid.slope) {
          const t: MediaTransform = { channel: channels[c] as string, decay, kRel, halfSaturation: kRel * scale, slope };
          const col = mediaColumn(x, t);
          const trial = cols.slice();
          trial[c] = col;
          const { sse } = fitMediaStep(y, baseline, trial, trainDays);
          const score = sse / (2 * options.sigma2) + (prior ? hyperNegLogPrior({ decay, kRel, slope }, prior) : 0);
          if (score < best.score) best = { score, t, col };
        }
      }
    }
    current[c] = best.t;
    cols[c] = best.col;
  }
  return current;
}
