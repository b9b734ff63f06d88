/**
 * MMM speed on the brand dataset (11 channels × 104 weeks, seed 42): the full fit (hyper-parameter grid
 * + refinement, rolling-origin CV for the ridge penalty and the Fourier order, a complete second
 * estimation for the holdout R², DEFAULT_DRAWS-draw block bootstrap), the optimiser and a scenario on the plan model
 * the service uses (carry-over after the period counted). Wall-clock and
 * process CPU time (the honest figure when the shared 2-core box is busy).
 */
import { buildBrandDataset, MMM_FILES } from '../../src/data/brand/index.js';
import { DEFAULT_DRAWS, fitMmm, optimizeBudget, parseWeeklyCsv, ResponseModel, runScenario } from '../../src/mmm/index.js';
import type { BenchFigure } from './types.js';
import { percentile } from './util.js';

function measure(fn: () => unknown, runs: number, warmup = 1): { wall: number[]; cpu: number[] } {
  for (let i = 0; i < warmup; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
}

export async function run(): Promise<BenchFigure[]> {
  const csv = buildBrandDataset(42).files.get(MMM_FILES.modelReady);
  if (!csv) throw new Error('brand generator produced no model_ready.csv');
  const table = parseWeeklyCsv(csv);
  let fit = fitMmm(table, { seed: 42 });
  const fitT = measure(() => (fit = fitMmm(table, { seed: 42 })), 5);
  const noHoldout = measure(() => fitMmm(table, { seed: 42, holdoutWeeks: 0 }), 3);
  // Plans run on the service's plan model: the whole history, crediting carry-over after it ends.
  const model = new ResponseModel(table, table.weeks.length, { carryOver: true });
  const quarter = new ResponseModel(table, 13, { carryOver: true });
  const inputs = { model, curves: fit.curves, draws: fit.draws, level: fit.level };
  const optPoint = measure(() => optimizeBudget({ ...inputs, draws: [] }, {}), 20, 3);
  const optFull = measure(() => optimizeBudget(inputs, {}), 10, 2);
  const optQuarter = measure(() => optimizeBudget({ ...inputs, model: quarter, draws: [] }, {}), 20, 3);
  const scen = measure(() => runScenario(model, fit.curves, fit.draws, fit.level, { move: { from: 'tv', to: 'meta', fraction: 0.1 } }), 10, 2);
  const p50 = (x: number[]) => percentile(x, 50);
  return [
    {
      name: `full fit (search + CV + holdout refit + ${DEFAULT_DRAWS}-draw bootstrap), p50 wall`,
      value: p50(fitT.wall),
      unit: 'ms',
      target: '< 2000 ms',
      note: `CPU ${p50(fitT.cpu).toFixed(0)} ms; ${fit.search.candidatesEvaluated} candidate fits; 11 ch × 104 wk`,
    },
    { name: 'fit without the holdout refit, p50 wall', value: p50(noHoldout.wall), unit: 'ms', note: `CPU ${p50(noHoldout.cpu).toFixed(0)} ms` },
    { name: 'optimizer (allocation only), p50 wall', value: p50(optPoint.wall), unit: 'ms', target: '< 100 ms', note: `CPU ${p50(optPoint.cpu).toFixed(0)} ms; 6 starts` },
    { name: 'optimizer, 13-week plan (allocation only), p50 wall', value: p50(optQuarter.wall), unit: 'ms', target: '< 100 ms', note: `CPU ${p50(optQuarter.cpu).toFixed(0)} ms` },
    {
      name: `optimizer + lift interval over ${DEFAULT_DRAWS} draws, p50 wall`,
      value: p50(optFull.wall),
      unit: 'ms',
      note: `CPU ${p50(optFull.cpu).toFixed(0)} ms`,
    },
    { name: 'scenario (move 10 % TV → Meta) with interval, p50 wall', value: p50(scen.wall), unit: 'ms', note: `CPU ${p50(scen.cpu).toFixed(0)} ms` },
  ];
}
