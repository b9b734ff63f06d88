/**
 * `fitMmm(table, options)`: the whole estimation, pure and deterministic for a seed.
 * validate → design (trend, Fourier, controls, media) → hyper-parameter search → final bounded ridge →
 * decomposition → holdout refit → bootstrap ensemble → ROI reports with honest intervals → diagnostics.
 * The KPI is units valued at each week's average price when the table has both (revenue = Σ units × price),
 * otherwise revenue itself; ROI is always revenue per unit of spend.
 */
import { MixError } from '../errors.js';
import { bootstrapDraws, defaultBlockLength } from './bootstrap.js';
import { calibrationScore, calibrationTerms, prepareLiftTests, type PreparedLiftTest } from './calibration.js';
import { FoldGrams, rollingFolds, type Fold } from './cross-validation.js';
import { buildDesign, curveFromCoef, predictKpi, type Design } from './design.js';
import { autocorrelation, correlation, durbinWatson, ljungBox, mape, nrmse, r2 } from './diagnostics.js';
import { DEFAULT_GRID, DEFAULT_LAMBDAS, searchHyper, type SearchResult } from './hyper-search.js';
import { medianCurves } from './point-estimate.js';
import { geometricAdstock, hillSaturation } from './transforms.js';
import { ResponseModel } from './response.js';
import { channelReports } from './roi.js';
import { gramOf, solveGram } from './solver.js';
import { COMFORTABLE_WEEKS, validateTable } from './table-validate.js';
import type { ChannelCurve, ChannelHyper, DiagnosticsDetail, FitOptions, MmmFit, WeeklyTable } from './types.js';
import { createRng } from '../util/rng.js';

/** Bump whenever the estimation changes: cached fits from another version are ignored. */
export const FIT_VERSION = 7;

/**
 * Ensemble size. The point estimate is the ensemble median and the interval its 5th/95th percentiles, so
 * with 300 draws Monte Carlo error alone moved a seed's median ROI error by up to ~4 points between
 * bootstrap streams; 1,000 draws (~15 draws per tail percent) cut that without changing the estimator.
 */
export const DEFAULT_DRAWS = 1000;

interface Estimation {
  design: Design;
  search: SearchResult;
  coef: Float64Array;
  prior?: number[];
  boost?: number[];
}

const initialHyper = (table: WeeklyTable) => table.channels.map((): ChannelHyper => ({ decay: 0.3, kRel: 1, slope: 1 }));

/**
 * Yearly Fourier order (0, 1 or 2 pairs) chosen by rolling-origin CV on the training weeks, at neutral
 * media curves: when a control already carries the season (e.g. a market index), sine terms only add
 * extrapolation risk, and CV says so.
 */
export function chooseFourierOrder(table: WeeklyTable, folds: Fold[], lambdas: number[]): number {
  let best = { order: 0, sse: Infinity };
  for (const order of [0, 1, 2]) {
    const design = buildDesign(table, initialHyper(table), order);
    const grams = new FoldGrams({ cols: design.cols, y: design.y, penalty: design.penalty, nonNeg: design.nonNeg }, folds);
    const sse = Math.min(...lambdas.map((l) => grams.score(-1, null, l)));
    if (sse < best.sse * 0.98) best = { order, sse };
  }
  return best.order;
}

/** Search + final fit on weeks [0, fitEnd). */
function estimate(table: WeeklyTable, options: FitOptions, tests: PreparedLiftTest[], fitEnd: number, sweeps: number): Estimation {
  const folds: Fold[] = rollingFolds(fitEnd, options.folds ?? 4, options.horizon ?? 13);
  const order = options.fourierOrder ?? chooseFourierOrder(table, folds, options.lambdas ?? DEFAULT_LAMBDAS);
  const design = buildDesign(table, initialHyper(table), order);
  const search = searchHyper(design, {
    grid: options.grid ?? DEFAULT_GRID,
    lambdas: options.lambdas ?? DEFAULT_LAMBDAS,
    sweeps,
    folds,
    fitEnd,
    refine: options.refine,
    temperature: options.temperature,
    hyperPrior: options.hyperPrior,
    score: options.score,
    extraScore: tests.length > 0 ? calibrationScore(table, design, tests) : undefined,
  });
  const { G, c } = gramOf(design.cols, design.y, 0, fitEnd);
  let prior: number[] | undefined;
  let boost: number[] | undefined;
  if (tests.length > 0) {
    const terms = calibrationTerms(table, design, tests, search.hyper, design.mediaSd, search.lambda * fitEnd, search.sigma2);
    prior = terms.prior;
    boost = terms.boost;
  }
  const coef = solveGram(G, c, design.cols.length, {
    lambdaN: search.lambda * fitEnd,
    penalty: design.penalty.map((v, i) => v * (boost ? (boost[i] as number) : 1)),
    nonNeg: design.nonNeg,
    prior,
  });
  return { design, search, coef, prior, boost };
}

/**
 * Calibration terms per ensemble draw, memoised on the calibrated channels' curves: draws sample from a
 * finite candidate set, so most repeat one already seen.
 */
function drawCalibration(table: WeeklyTable, design: Design, tests: PreparedLiftTest[], sigma2: number) {
  const channels = [...new Set(tests.map((t) => t.channel))];
  const memo = new Map<string, { prior: number[]; boost: number[] }>();
  return (hyper: readonly ChannelHyper[], sds: readonly number[], lambdaN: number) => {
    const curveKey = (c: number) => {
      const h = hyper[c] as ChannelHyper;
      return `${h.decay},${h.kRel},${h.slope}`;
    };
    const key = `${lambdaN}|${channels.map(curveKey).join('|')}`;
    let hit = memo.get(key);
    if (!hit) {
      hit = calibrationTerms(table, design, tests, hyper, sds, lambdaN, sigma2);
      memo.set(key, hit);
    }
    return hit;
  };
}

export function fitMmm(input: WeeklyTable, options: FitOptions = {}): MmmFit {
  const table = validateTable(input);
  const n = table.weeks.length;
  const level = options.level ?? 0.9;
  if (!(level > 0 && level < 1)) throw new MixError('MMM_INPUT_INVALID', `interval level ${level} must be in (0, 1)`);
  const tests = prepareLiftTests(table, options.calibration);
  const sweeps = options.sweeps ?? 3;
  const est = estimate(table, options, tests, n, sweeps);
  const { design, search, coef } = est;
  const hyper = search.hyper;
  const bestCurves: ChannelCurve[] = hyper.map((h, c) => curveFromCoef(design, c, h, coef[design.mediaStart + c] as number));
  const fitted = predictKpi(design, coef);

  const baselineCoefficients: Record<string, number> = {};
  design.base.names.forEach((name, k) => {
    baselineCoefficients[name] = ((coef[1 + k] as number) * design.ySd) / (design.base.sds[k] as number);
  });

  // Holdout: the whole estimation again on all but the last fifth of the weeks, scored on those weeks.
  const holdoutWeeks = options.holdoutWeeks ?? Math.max(8, Math.round(0.2 * n));
  let holdoutR2 = NaN;
  if (holdoutWeeks > 0 && n - holdoutWeeks >= 40) {
    const ho = estimate(table, options, tests, n - holdoutWeeks, Math.max(1, sweeps - 1));
    holdoutR2 = r2(table.kpi, predictKpi(ho.design, ho.coef), n - holdoutWeeks, n);
  }

  // Residual checks.
  const residuals = table.kpi.map((y, t) => y - (fitted[t] as number));
  const dw = durbinWatson(residuals);
  const lb = ljungBox(residuals);
  const rho1 = autocorrelation(residuals, 1);
  const omittedDriver = dw < 1.2 || lb.pValue < 0.001;

  // Uncertainty ensemble.
  const draws = bootstrapDraws(
    design,
    {
      draws: options.draws ?? DEFAULT_DRAWS,
      blockLength: options.blockLength ?? defaultBlockLength(n),
      lambda: search.lambda,
      posterior: search.posterior,
      prior: est.prior,
      penaltyBoost: est.boost,
      ...(tests.length > 0 ? { calibrate: drawCalibration(table, design, tests, search.sigma2) } : {}),
    },
    createRng(options.seed ?? 42).fork('bootstrap'),
  );
  const model = new ResponseModel(table);
  const curves = medianCurves(model, bestCurves, draws);

  // Decomposition in KPI units: media at the reported curves, the rest of the fitted line is baseline.
  const contributions = curves.map((cv, c) => {
    const h = hillSaturation(geometricAdstock(table.spend[c] as number[], cv.decay), cv.halfSaturation, cv.slope);
    return Array.from(h, (v) => cv.beta * v);
  });
  const baseline = fitted.map((f, t) => contributions.reduce((s, col) => s - (col[t] as number), f));

  const mediaCols = table.channels.map((_, c) => design.cols[design.mediaStart + c] as Float64Array);
  // Collinearity: the stronger of raw-spend and transformed-media correlation for each pair.
  const strongest = (x: number, y: number) => (Math.abs(x) >= Math.abs(y) ? x : y);
  const correlations = mediaCols.map((a, i) =>
    mediaCols.map((b, j) => strongest(correlation(a, b), correlation(table.spend[i] as number[], table.spend[j] as number[]))),
  );
  const calibrated = table.channels.map((_, c) => tests.some((t) => t.channel === c));
  const reports = channelReports(model, curves, draws, level, {
    correlations,
    weeks: n,
    residualRho: rho1,
    omittedDriver,
    calibrated,
  });
  reports.forEach((r, c) => {
    r.contributionKpi = (contributions[c] as number[]).reduce((a, b) => a + b, 0);
    if (r.calibrated) r.warnings.push('calibrated with a lift test');
  });

  const warnings: string[] = [];
  if (n < COMFORTABLE_WEEKS) warnings.push(`only ${n} weeks of data; ${COMFORTABLE_WEEKS}+ are needed for stable estimates, so every interval is widened`);
  if (omittedDriver) {
    warnings.push(
      `residuals are autocorrelated (Durbin–Watson ${dw.toFixed(2)}, Ljung–Box p ${lb.pValue.toExponential(1)}): something that drives sales is probably missing from the data; intervals widened`,
    );
  }
  const collinear = reports.filter((r) => r.warnings.some((w) => w.startsWith('spend moves together'))).map((r) => r.channel);
  if (collinear.length > 0) warnings.push(`channels whose spend moves together cannot be separated: ${collinear.join(', ')}`);
  if (search.cvR2 < 0.3) warnings.push(`out-of-sample fit is weak (rolling-origin R² ${search.cvR2.toFixed(2)}): treat the results as indicative`);

  const diagnostics: DiagnosticsDetail = {
    r2: r2(table.kpi, fitted),
    holdoutR2,
    cvR2: search.cvR2,
    mape: mape(table.kpi, fitted),
    nrmse: nrmse(table.kpi, fitted),
    durbinWatson: dw,
    ljungBox: lb,
    warnings,
  };
  return {
    version: FIT_VERSION,
    kpiName: table.kpiName,
    weeks: table.weeks.slice(),
    channels: table.channels.slice(),
    level,
    lambda: search.lambda,
    hyper,
    curves,
    baseline,
    contributions,
    fitted,
    draws,
    channelReports: reports,
    diagnostics,
    baselineCoefficients,
    search: { candidatesEvaluated: search.evaluated, score: search.score },
  };
}
