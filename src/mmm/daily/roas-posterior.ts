/**
 * ROAS per channel averaged over the hyper-parameter grid (Bayesian model averaging). With two years of
 * daily data many curves fit almost equally well (within one or two log-likelihood units) yet imply ROAS
 * values ±30 % apart, because the response below the lowest observed spend is never seen; the posterior
 * mean over the grid, weights ∝ exp(−SSE/2σ² − log prior), is steadier than the single best grid point,
 * and its 10–90 % range says how well the data pin the channel down.
 */
import { hyperNegLogPrior, type HyperPriorSpec } from '../hyper-prior.js';
import { medianPositive } from '../media.js';
import { geometricAdstock } from '../transforms.js';
import { fitMediaStep, mediaColumn, type MediaGrid } from './media-search.js';
import type { MediaTransform } from './types.js';

export interface RoasPosterior {
  channel: string;
  mean: number;
  low: number;
  high: number;
  /** ROAS at the single best grid point (the transforms the model uses). */
  atMode: number;
}

function weightedQuantile(values: number[], weights: number[], q: number): number {
  const order = values.map((v, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  let acc = 0;
  for (const i of order) {
    acc += weights[i] as number;
    if (acc >= q) return values[i] as number;
  }
  return values[order[order.length - 1] as number] as number;
}

export function roasPosterior(
  spend: Record<string, ArrayLike<number>>,
  y: Float64Array,
  baseline: Float64Array,
  transforms: readonly MediaTransform[],
  trainDays: number,
  sigma2: number,
  grid: MediaGrid,
  prior: HyperPriorSpec | null,
): RoasPosterior[] {
  const n = y.length;
  const cols = transforms.map((t) => mediaColumn(spend[t.channel] as ArrayLike<number>, t));
  const roasOf = (beta: number, col: Float64Array, x: ArrayLike<number>): number => {
    let c = 0;
    let s = 0;
    for (let t = 0; t < n; t++) {
      c += beta * (col[t] as number);
      s += x[t] as number;
    }
    return s > 0 ? c / s : 0;
  };
  return transforms.map((tr, c) => {
    const x = spend[tr.channel] as ArrayLike<number>;
    const scores: number[] = [];
    const values: number[] = [];
    for (const decay of grid.decay) {
      const scale = medianPositive(geometricAdstock(x, decay).subarray(0, trainDays));
      for (const kRel of grid.kRel) {
        for (const slope of grid.slope) {
          const col = mediaColumn(x, { channel: tr.channel, decay, kRel, halfSaturation: kRel * scale, slope });
          const trial = cols.slice();
          trial[c] = col;
          const f = fitMediaStep(y, baseline, trial, trainDays);
          scores.push(f.sse / (2 * sigma2) + (prior ? hyperNegLogPrior({ decay, kRel, slope }, prior) : 0));
          values.push(roasOf(f.beta[c] as number, col, x));
        }
      }
    }
    const min = Math.min(...scores);
    const w = scores.map((s) => Math.exp(-(s - min)));
    const total = w.reduce((a, b) => a + b, 0);
    const wn = w.map((v) => v / total);
    const mean = values.reduce((a, v, i) => a + v * (wn[i] as number), 0);
    const fit = fitMediaStep(y, baseline, cols, trainDays);
    return {
      channel: tr.channel,
      mean,
      low: weightedQuantile(values, wn, 0.1),
      high: weightedQuantile(values, wn, 0.9),
      atMode: roasOf(fit.beta[c] as number, cols[c] as Float64Array, x),
    };
  });
}
