/**
 * The MmmService facade: load the weekly table, fit once (or read the cached fit), answer summary, ROI,
 * optimisation, curves, scenarios and diagnostics. Side effects (file reads, the cache write, logging)
 * live here; every number comes from the pure functions it calls.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MixError } from '../errors.js';
import { silentLogger, type Logger } from '../log/index.js';
import { adstockChart, responseCurvesChart, roiChart, spendVsSalesChart } from './chart-specs.js';
import { responseCurves } from './curves.js';
import { fitMmm } from './fit.js';
import { fitCacheKey, readFitCache, writeFitCache } from './fit-cache.js';
import { readLiftTestsFile } from './lift-tests-store.js';
import { prepareLiftTests } from './calibration.js';
import { optimizeBudget, type OptimizeDetail } from './optimizer.js';
import { ResponseModel } from './response.js';
import { runScenario, type ScenarioDetail } from './scenario.js';
import type {
  ChannelRoi,
  CurvesResult,
  FitDiagnostics,
  MmmService,
  MmmSummary,
  OptimizeRequest,
  ScenarioRequest,
} from './service-types.js';
import { summarise } from './summary.js';
import { parseWeeklyCsv } from './table-load.js';
import type { ChartSpec } from '../charts/types.js';
import type { ColumnMapping, FitOptions, LiftTest, MmmFit, WeeklyTable } from './types.js';

export interface LoadMmmServiceOptions {
  dataDir: string;
  /** Lift tests; default: `<dataDir>/mmm/lift_tests.json` when it exists (never for `--input` files). */
  calibration?: LiftTest[];
  seed?: number;
  logger?: Logger;
  /** Another weekly CSV instead of `<dataDir>/mmm/model_ready.csv`. */
  input?: string;
  mapping?: Partial<ColumnMapping>;
  fit?: Omit<FitOptions, 'seed' | 'calibration'>;
  /** Read/write `<dataDir>/mmm/fit_cache.json` (default true; off for `--input` files). */
  cache?: boolean;
}

/** Weekly decomposition of the fitted KPI into baseline and channel contributions (units and revenue). */
export interface Decomposition {
  kpi: string;
  weeks: string[];
  actual: number[];
  fitted: number[];
  baseline: number[];
  channels: { channel: string; units: number[]; revenue: number[] }[];
}

export interface MmmServiceDetail extends MmmService {
  decomposition(): Decomposition;
  readonly table: WeeklyTable;
  readonly fit: MmmFit;
  /** True when the fit came from the cache. */
  readonly fromCache: boolean;
  optimize(request?: OptimizeRequest): OptimizeDetail;
  scenario(request: ScenarioRequest): ScenarioDetail;
}

export function createMmmService(table: WeeklyTable, fit: MmmFit, fromCache = false): MmmServiceDetail {
  const full = new ResponseModel(table);
  // Plans (optimiser, scenarios, window spend) credit spend with the revenue its carry-over earns after the
  // period ends; the ROI table and decomposition stay inside the data.
  const planModels = new Map<number, ResponseModel>();
  const planModel = (weeks = table.weeks.length) => {
    if (!(Number.isInteger(weeks) && weeks >= 1 && weeks <= table.weeks.length)) {
      throw new MixError('MMM_INPUT_INVALID', `bad period ${weeks}`, {
        userMessage: `The planning period must be between 1 and ${table.weeks.length} weeks.`,
      });
    }
    let m = planModels.get(weeks);
    if (!m) {
      m = new ResponseModel(table, weeks, { carryOver: true });
      planModels.set(weeks, m);
    }
    return m;
  };
  const curveData = responseCurves(full, fit.curves);
  const diagnostics = (): FitDiagnostics & { cvR2: number; ljungBox: { statistic: number; pValue: number } } => ({
    ...fit.diagnostics,
    warnings: fit.diagnostics.warnings.slice(),
  });
  return {
    table,
    fit,
    fromCache,
    summary(): MmmSummary {
      return summarise(table);
    },
    roi(): { channels: ChannelRoi[]; diagnostics: FitDiagnostics; charts: ChartSpec[] } {
      const channels: ChannelRoi[] = fit.channelReports.map((r) => ({
        channel: r.channel,
        spend: r.spend,
        contribution: r.contribution,
        roi: r.roi,
        marginalRoi: r.marginalRoi,
        ...(r.calibrated ? { calibrated: true } : {}),
        warnings: r.warnings.slice(),
      }));
      return {
        channels,
        diagnostics: diagnostics(),
        charts: [roiChart(fit.channelReports, fit.level, table.weeks.length), spendVsSalesChart(table, fit)],
      };
    },
    optimize(request: OptimizeRequest = {}): OptimizeDetail {
      const model = planModel(request.periodWeeks);
      const result = optimizeBudget({ model, curves: fit.curves, draws: fit.draws, level: fit.level }, request);
      const optimal = Object.fromEntries(result.allocation.map((a) => [a.channel, a.optimal]));
      const curves = responseCurves(model, fit.curves);
      result.charts.push(responseCurvesChart(curves, optimal, model.weeks));
      return result;
    },
    curves(channel?: string): CurvesResult {
      const picked = channel === undefined ? curveData : curveData.filter((c) => c.channel === channel);
      if (picked.length === 0) {
        throw new MixError('MMM_INPUT_INVALID', `unknown channel ${channel}`, {
          userMessage: `I do not know the channel "${channel}" (known: ${table.channels.join(', ')}).`,
        });
      }
      return {
        weeks: table.weeks.length,
        channels: picked.map((c) => ({
          channel: c.channel,
          spend: c.spend,
          response: c.response,
          current: c.current,
          decay: c.decay,
          adstockWeights: c.adstockWeights,
        })),
        charts: [responseCurvesChart(picked, undefined, table.weeks.length), adstockChart(picked)],
      };
    },
    scenario(request: ScenarioRequest): ScenarioDetail {
      return runScenario(planModel(request.periodWeeks), fit.curves, fit.draws, fit.level, request);
    },
    diagnostics,
    windowSpend(weeks?: number): { channel: string; spend: number }[] {
      const model = planModel(weeks);
      return table.channels.map((channel, c) => ({ channel, spend: Math.round(model.spend(c) * 100) / 100 }));
    },
    decomposition(): Decomposition {
      const r2 = (x: number) => Math.round(x * 100) / 100;
      const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
      return {
        kpi: fit.kpiName,
        weeks: table.weeks.slice(),
        actual: table.kpi.slice(),
        fitted: fit.fitted.map(r4),
        baseline: fit.baseline.map(r4),
        channels: fit.channels.map((channel, c) => ({
          channel,
          units: (fit.contributions[c] as number[]).map(r4),
          revenue: (fit.contributions[c] as number[]).map((u, t) => r2(u * (table.valuePerKpi[t] as number))),
        })),
      };
    },
  };
}

export async function loadMmmService(options: LoadMmmServiceOptions): Promise<MmmServiceDetail> {
  const log = options.logger ?? silentLogger();
  const path = options.input ?? join(options.dataDir, 'mmm', 'model_ready.csv');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new MixError('DATA_MISSING', `cannot read ${path}: ${(err as Error).message}`, {
      userMessage: options.input
        ? `I could not read the file ${path}.`
        : 'The marketing-mix data is not there yet; run `npm run generate` first.',
      cause: err,
    });
  }
  const table = parseWeeklyCsv(text, options.mapping ?? {});
  const lift = options.calibration !== undefined || options.input !== undefined ? { tests: options.calibration } : await liftTestsOf(options.dataDir, table);
  if (lift.problem) log.warn({ problem: lift.problem }, 'lift tests not used');
  const fitOptions: FitOptions = { ...(options.fit ?? {}), seed: options.seed ?? 42, calibration: lift.tests };
  const useCache = options.cache ?? options.input === undefined;
  const cachePath = join(options.dataDir, 'mmm', 'fit_cache.json');
  const key = fitCacheKey(text, fitOptions, JSON.stringify(options.mapping ?? {}));
  if (useCache) {
    const cached = await readFitCache(cachePath, key);
    if (cached) {
      log.debug({ path }, 'mmm fit read from cache');
      if (lift.problem) cached.diagnostics.warnings.push(lift.problem);
      return createMmmService(table, cached, true);
    }
  }
  const t0 = performance.now();
  const fit = fitMmm(table, fitOptions);
  log.info({ path, ms: Math.round(performance.now() - t0), r2: fit.diagnostics.r2 }, 'mmm fitted');
  if (useCache) {
    try {
      await writeFitCache(cachePath, key, fit);
    } catch (err) {
      log.warn({ err, cachePath }, 'mmm fit cache not written');
    }
  }
  if (lift.problem) fit.diagnostics.warnings.push(lift.problem);
  return createMmmService(table, fit, false);
}

/**
 * The team's lift tests from `<dataDir>/mmm/lift_tests.json`, if the file exists. A file that cannot be used
 * never takes the model down: the fit runs uncalibrated and says why in its warnings.
 */
async function liftTestsOf(dataDir: string, table: WeeklyTable): Promise<{ tests?: LiftTest[]; problem?: string }> {
  try {
    const tests = await readLiftTestsFile(dataDir);
    prepareLiftTests(table, tests);
    return tests.length > 0 ? { tests } : {};
  } catch (err) {
    const e = err instanceof MixError ? err : new MixError('MMM_INPUT_INVALID', String(err));
    return { problem: `lift tests not used, so no channel is calibrated: ${e.userMessage}` };
  }
}
