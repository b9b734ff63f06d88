/**
 * Backfitting of the daily model  revenue = a + γ·exp(Xβ) + Σ β_c·Hill(adstock(spend_c)):  a log-linear
 * (multiplicative) baseline for calendar and weather, plus additive media, as the demand is built. Each
 * round fits the baseline by ridge (shared fitRidge) on log(revenue − media), then the media step on
 * revenue given the baseline (shared bounded Gram solver), optionally re-searching the media transforms.
 */
import { fitRidge, predictRidge, type RidgeFit } from '../ridge.js';
import type { HyperPriorSpec } from '../hyper-prior.js';
import { fitMediaStep, mediaColumn, searchMediaTransforms, type MediaGrid, type MediaStepFit } from './media-search.js';
import type { FeatureGroup, MediaTransform } from './types.js';

export interface BackfitModel {
  baseFit: RidgeFit;
  /** exp(baseline log-fit) per day (before the media step's a + γ·). */
  baseline: Float64Array;
  step: MediaStepFit;
  transforms: MediaTransform[];
  mediaCols: Float64Array[];
  /** Predicts revenue from base and media columns (same order as fitted). */
  predict(base: readonly Float64Array[], media: readonly Float64Array[]): Float64Array;
}

export interface BackfitOptions {
  lambda: number;
  /** Search media transforms each round (else keep `transforms`). */
  search: boolean;
  transforms?: MediaTransform[];
  grid?: MediaGrid;
  hyperPrior?: HyperPriorSpec | null;
  rounds?: number;
}

const UNPENALISED: ReadonlySet<FeatureGroup> = new Set(['trend']);

export function fitLogBaseline(base: readonly Float64Array[], groups: readonly FeatureGroup[], z: Float64Array, rows: number, lambda: number): RidgeFit {
  return fitRidge(
    base.map((c) => c.subarray(0, rows)),
    z.subarray(0, rows),
    { lambda, penaltyFactor: groups.map((g) => (UNPENALISED.has(g) ? 0 : 1)), maxIter: 300, tol: 1e-7 },
  );
}

/** log(revenue − media), floored at 5 % of the day's revenue: the response the baseline is fitted on. */
function logTarget(y: Float64Array, media: Float64Array, out = new Float64Array(y.length)): Float64Array {
  for (let t = 0; t < y.length; t++) out[t] = Math.log(Math.max(1e-6 + 0.05 * (y[t] as number), (y[t] as number) - (media[t] as number)));
  return out;
}

function mediaSum(model: Pick<BackfitModel, 'mediaCols' | 'step'>, n: number, out = new Float64Array(n)): Float64Array {
  out.fill(0);
  model.mediaCols.forEach((col, c) => {
    const b = model.step.beta[c] as number;
    for (let t = 0; t < n; t++) out[t] = (out[t] as number) + b * (col[t] as number);
  });
  return out;
}

/** The log-baseline response of a fitted model (what its partial F-tests run on). */
export function logBaselineTarget(y: Float64Array, model: Pick<BackfitModel, 'mediaCols' | 'step'>): Float64Array {
  return logTarget(y, mediaSum(model, y.length));
}

export function backfit(
  base: readonly Float64Array[],
  groups: readonly FeatureGroup[],
  y: Float64Array,
  spend: Record<string, ArrayLike<number>>,
  trainDays: number,
  o: BackfitOptions,
): BackfitModel {
  const n = y.length;
  const media = new Float64Array(n);
  const z = new Float64Array(n);
  let transforms = o.transforms;
  let model: BackfitModel | undefined;
  let lastSse = Infinity;
  for (let round = 0; round < (o.rounds ?? 8); round++) {
    logTarget(y, media, z);
    const baseFit = fitLogBaseline(base, groups, z, trainDays, o.lambda);
    const baseline = predictRidge(baseFit, base, n).map(Math.exp);
    if (o.search || !transforms) {
      // residual variance of the current fit (first round: of the baseline alone) scales the likelihood
      const cur = transforms ?? [];
      const sse = cur.length
        ? fitMediaStep(y, baseline, cur.map((t) => mediaColumn(spend[t.channel] as ArrayLike<number>, t)), trainDays).sse
        : fitMediaStep(y, baseline, [], trainDays).sse;
      const sigma2 = Math.max(1e-9, sse / Math.max(1, trainDays - base.length - 2 - Object.keys(spend).length));
      transforms = searchMediaTransforms(spend, y, baseline, trainDays, transforms, { grid: o.grid, hyperPrior: o.hyperPrior, sigma2 });
    }
    const ts = transforms;
    const mediaCols = ts.map((t) => mediaColumn(spend[t.channel] as ArrayLike<number>, t));
    const step = fitMediaStep(y, baseline, mediaCols, trainDays);
    mediaSum({ mediaCols, step }, n, media);
    model = {
      baseFit,
      baseline,
      step,
      transforms: ts,
      mediaCols,
      predict(b, m) {
        const rows = b[0]?.length ?? m[0]?.length ?? 0;
        const out = predictRidge(baseFit, b, rows);
        for (let t = 0; t < rows; t++) {
          let v = step.intercept + step.gamma * Math.exp(out[t] as number);
          m.forEach((col, c) => (v += (step.beta[c] as number) * (col[t] as number)));
          out[t] = v;
        }
        return out;
      },
    };
    if (Math.abs(lastSse - step.sse) < 1e-6 * step.sse) break;
    lastSse = step.sse;
  }
  return model as BackfitModel;
}
