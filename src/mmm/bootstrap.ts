/**
 * Uncertainty ensemble: each draw resamples weeks with a moving-block bootstrap (blocks keep the
 * autocorrelation of the residuals), draws every channel's hyper-parameters from its pseudo-posterior over
 * the search grid, and refits the bounded ridge. Percentiles of the draws' contributions/ROIs are the
 * intervals; hyper-parameter uncertainty and sampling uncertainty both widen them.
 */
import { curveFromCoef, type Design } from './design.js';
import { standardise } from './features.js';
import type { GridPosterior } from './hyper-search.js';
import { mediaColumn } from './media.js';
import { gramOf, solveGram } from './solver.js';
import type { ChannelHyper, Draw } from './types.js';
import type { Rng } from '../util/rng.js';

export interface BootstrapOptions {
  draws: number;
  blockLength: number;
  lambda: number;
  posterior: GridPosterior[];
  prior?: number[];
  penaltyBoost?: number[];
  /**
   * Calibration terms for one draw's hyper-parameters (lift tests): the prior on a channel's coefficient
   * depends on its curve (lift per unit of β), so each draw gets its own rather than the best fit's.
   * Overrides `prior` / `penaltyBoost` when given.
   */
  calibrate?: (hyper: readonly ChannelHyper[], mediaSd: readonly number[], lambdaN: number) => { prior: number[]; boost: number[] };
}

/** Default block length: ~1.5·n^(1/3) weeks, at least 4 (8 for two years of weeks). */
export function defaultBlockLength(n: number): number {
  return Math.max(4, Math.ceil(1.5 * Math.cbrt(n)));
}

/** Week weights (counts) of one moving-block resample. */
export function blockWeights(n: number, blockLength: number, rng: Rng): Float64Array {
  const w = new Float64Array(n);
  const L = Math.min(blockLength, n);
  let filled = 0;
  while (filled < n) {
    const start = rng.int(0, n - L);
    for (let k = 0; k < L && filled < n; k++, filled++) w[start + k] = (w[start + k] as number) + 1;
  }
  return w;
}

function sampleIndex(weights: number[], u: number): number {
  let acc = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i] as number;
    if (u < acc) return i;
  }
  return weights.length - 1;
}

interface CachedColumn {
  z: Float64Array;
  sd: number;
}

export function bootstrapDraws(design: Design, options: BootstrapOptions, rng: Rng): Draw[] {
  const cache = new Map<string, CachedColumn>();
  const column = (c: number, h: ChannelHyper): CachedColumn => {
    const key = `${c}|${h.decay}|${h.kRel}|${h.slope}`;
    let hit = cache.get(key);
    if (!hit) {
      const s = standardise(mediaColumn(design.cache, c, h));
      hit = { z: s.values, sd: s.sd };
      cache.set(key, hit);
    }
    return hit;
  };
  const penalty = design.penalty.map((v, i) => v * (options.penaltyBoost ? (options.penaltyBoost[i] as number) : 1));
  const draws: Draw[] = [];
  const cols = design.cols.slice();
  for (let d = 0; d < options.draws; d++) {
    const hyper: ChannelHyper[] = [];
    const sds: number[] = [];
    for (let c = 0; c < design.channels; c++) {
      const post = options.posterior[c] as GridPosterior;
      const h = post.candidates[sampleIndex(post.weights, rng.next())] as ChannelHyper;
      const col = column(c, h);
      cols[design.mediaStart + c] = col.z;
      hyper.push(h);
      sds.push(col.sd);
    }
    const w = blockWeights(design.n, options.blockLength, rng);
    const { G, c: xy, wsum } = gramOf(cols, design.y, 0, design.n, w);
    const lambdaN = options.lambda * wsum;
    const own = options.calibrate?.(hyper, sds, lambdaN);
    const b = solveGram(G, xy, cols.length, {
      lambdaN,
      penalty: own ? design.penalty.map((v, i) => v * (own.boost[i] as number)) : penalty,
      nonNeg: design.nonNeg,
      prior: own ? own.prior : options.prior,
    });
    draws.push({
      curves: hyper.map((h, c) => curveFromCoef(design, c, h, b[design.mediaStart + c] as number, sds[c])),
    });
  }
  return draws;
}
