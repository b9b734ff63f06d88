/**
 * The daily model used to validate the weather brands (see backfit.ts for its form). Fitted on the first
 * `trainDays`, scored on the rest. Feature groups are ranked by holdout permutation importance; a weather
 * group is *selected* only if that importance is material and consistent AND a partial F-test of the group
 * in the log baseline on the training days rejects "no effect" at family-wise `alpha` (Holm over the
 * weather groups), so a group that other features could replace, or that only fits noise, is not selected.
 * ROAS per channel is the fitted media contribution over all days divided by spend.
 */
import { MixError } from '../../errors.js';
import { createRng } from '../../util/rng.js';
import { predictRidge, rSquared } from '../ridge.js';
import { backfit, fitLogBaseline, logBaselineTarget } from './backfit.js';
import { buildBaseDesign } from './design.js';
import { partialFTest, type GroupTest } from './group-test.js';
import { permutationImportance } from './importance.js';
import type { HyperPriorSpec } from '../hyper-prior.js';
import { DEFAULT_MEDIA_GRID, type MediaGrid } from './media-search.js';
import { roasPosterior, type RoasPosterior } from './roas-posterior.js';
import { WEATHER_GROUPS, type DailyModelInput, type DailyModelResult, type FeatureGroup, type GroupImportance } from './types.js';

export interface DailyModelOptions {
  grid?: MediaGrid;
  /** Ridge penalties for the baseline, chosen by expanding-window cross-validation on the training days. */
  lambdas?: readonly number[];
  permutations?: number;
  /** Minimum holdout-R² drop under permutation for a group to be significant. */
  importanceThreshold?: number;
  /** Family-wise significance level (Holm over the weather groups) a weather group must pass to be selected. */
  alpha?: number;
  /** Prior on media hyper-parameters; default null (flat). Pass DEFAULT_HYPER_PRIOR for the weekly MMM's. */
  hyperPrior?: HyperPriorSpec | null;
  seed?: number;
}

/** Mean R² of the log baseline over three expanding-window folds inside the training days. */
function cvScore(cols: Float64Array[], groups: readonly FeatureGroup[], z: Float64Array, trainDays: number, lambda: number): number {
  let total = 0;
  for (let f = 0; f < 3; f++) {
    const end = Math.round(trainDays * (0.55 + 0.15 * f));
    const stop = Math.min(trainDays, end + Math.round(trainDays * 0.15));
    const fit = fitLogBaseline(cols, groups, z, end, lambda);
    total += rSquared(z.subarray(end, stop), predictRidge(fit, cols.map((c) => c.subarray(end, stop)), stop - end));
  }
  return total / 3;
}

/** Holm step-down adjustment: family-wise error ≤ α over the weather groups tested together. */
export function holm(p: ReadonlyMap<FeatureGroup, number>): Map<FeatureGroup, number> {
  const sorted = [...p].sort((a, b) => a[1] - b[1]);
  const m = sorted.length;
  const out = new Map<FeatureGroup, number>();
  let running = 0;
  sorted.forEach(([g, v], k) => {
    running = Math.max(running, Math.min(1, (m - k) * v));
    out.set(g, running);
  });
  return out;
}

export function fitDailyModel(input: DailyModelInput, options: DailyModelOptions = {}): DailyModelResult {
  const n = input.dates.length;
  const { trainDays } = input;
  if (input.revenue.length !== n || trainDays < 60 || trainDays >= n) {
    throw new MixError('MMM_INPUT_INVALID', `daily model needs aligned series and 60 ≤ trainDays < ${n}, got ${trainDays}`);
  }
  const y = Float64Array.from(input.revenue);
  for (const v of y) if (!Number.isFinite(v) || v < 0) throw new MixError('MMM_INPUT_INVALID', 'revenue must be finite and ≥ 0');
  const base = buildBaseDesign(input);
  // flat by default: the daily flights identify more than weekly data, and a prior tuned elsewhere biases ROAS
  const hyperPrior = options.hyperPrior === undefined ? null : options.hyperPrior;

  // pick the baseline penalty by CV on log(revenue − media) from a first rough fit
  const first = backfit(base.columns, base.groups, y, input.spend, trainDays, { lambda: 1e-3, search: true, rounds: 3, grid: options.grid, hyperPrior });
  const z = logBaselineTarget(y, first);
  const lambdas = options.lambdas ?? [1e-4, 1e-3, 1e-2, 3e-2, 1e-1];
  let lambda = lambdas[0] as number;
  let bestCv = -Infinity;
  for (const l of lambdas) {
    const s = cvScore(base.columns, base.groups, z, trainDays, l);
    if (s > bestCv) {
      bestCv = s;
      lambda = l;
    }
  }
  const model = backfit(base.columns, base.groups, y, input.spend, trainDays, { lambda, search: true, transforms: first.transforms, rounds: 6, grid: options.grid, hyperPrior });
  const fitted = model.predict(base.columns, model.mediaCols);
  const r2Train = rSquared(y.subarray(0, trainDays), fitted.subarray(0, trainDays));
  const r2Holdout = rSquared(y.subarray(trainDays), fitted.subarray(trainDays));

  // one refit without any weather feature (media transforms held) says what weather adds out of sample
  const keepNoW = base.groups.map((g) => !WEATHER_GROUPS.includes(g));
  const colsNoW = base.columns.filter((_, j) => keepNoW[j]);
  const noW = backfit(colsNoW, base.groups.filter((_, j) => keepNoW[j]), y, input.spend, trainDays, { lambda, search: false, transforms: model.transforms, rounds: 6 });
  const r2HoldoutWithoutWeather = rSquared(y.subarray(trainDays), noW.predict(colsNoW, noW.mediaCols).subarray(trainDays));

  // partial F-tests of each weather group in the log baseline, on the training days
  const zFinal = logBaselineTarget(y, model);
  const tests = new Map<FeatureGroup, GroupTest>();
  for (const g of new Set(base.groups)) {
    if (WEATHER_GROUPS.includes(g)) tests.set(g, partialFTest(base.columns, base.groups.map((x) => x === g), zFinal, trainDays));
  }

  const groups: FeatureGroup[] = [...base.groups, ...model.transforms.map((t) => `media:${t.channel}` as FeatureGroup)];
  const nb = base.columns.length;
  const perm = permutationImportance(
    (cols) => model.predict(cols.slice(0, nb), cols.slice(nb)),
    [...base.columns, ...model.mediaCols].map((c) => c.subarray(trainDays)),
    y.subarray(trainDays),
    groups,
    createRng(options.seed ?? 1).fork('permutation'),
    { permutations: options.permutations ?? 30, threshold: options.importanceThreshold ?? 0.01 },
  );
  const alpha = options.alpha ?? 0.05;
  const adjusted = holm(new Map([...tests].map(([g, t]) => [g, t.pValue])));
  const importance: GroupImportance[] = perm
    .map((p) => {
      const test = tests.get(p.group);
      const pAdj = adjusted.get(p.group);
      const selected = p.significant && (pAdj === undefined || pAdj < alpha);
      return { group: p.group, importance: p.importance, sd: p.sd, rank: 0, selected, ...(test ? { pValue: test.pValue, pAdjusted: pAdj } : {}) };
    })
    .sort((a, b) => b.importance - a.importance);
  importance.forEach((g, k) => (g.rank = k + 1));

  const p = base.columns.length + 2 + model.transforms.length;
  const sigma2 = Math.max(1e-9, model.step.sse / Math.max(1, trainDays - p));
  const posterior = roasPosterior(input.spend, y, model.baseline, model.transforms, trainDays, sigma2, options.grid ?? DEFAULT_MEDIA_GRID,
    hyperPrior);
  const media = model.transforms.map((t, c) => {
    const coefficient = model.step.beta[c] as number;
    const col = model.mediaCols[c] as Float64Array;
    const x = input.spend[t.channel] as ArrayLike<number>;
    let contribution = 0;
    let spend = 0;
    for (let i = 0; i < n; i++) {
      contribution += coefficient * (col[i] as number);
      spend += x[i] as number;
    }
    const post = posterior[c] as RoasPosterior;
    return { ...t, coefficient, contribution, spend, roas: post.mean, roasLow: post.low, roasHigh: post.high, roasAtMode: post.atMode };
  });
  return { r2Train, r2Holdout, r2HoldoutWithoutWeather, lambda, media, importance, fitted };
}
