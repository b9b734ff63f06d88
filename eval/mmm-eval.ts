/**
 * `npm run eval:mmm [-- --seeds 42,7,2024] [--lift-tests tv,ooh] [--json] [--strict]`
 * Proves the MMM against the generator's truth: for each seed the brand dataset is built in memory, the
 * model is fitted exactly as the service does, and the table compares every channel's ROI interval with the
 * true ROI, checks the fit (R², holdout R²) and the optimiser (exact constraints, lift ≥ the best of 1,000
 * random feasible allocations, and the lift the recommended mix earns under the TRUE curves).
 * --strict exits 1 when a target is missed.
 * --lift-tests runs a simulated go-dark experiment per named channel (its 8 heaviest consecutive weeks switched
 * off; the true lift from the generator's curves, measured with 10 % noise and a 10 % standard error) and fits
 * with them as calibration: it shows what experiments add, and the targets are still read off the same table.
 */
import { parseArgs } from 'node:util';
import { buildBrandDataset, MMM_FILES } from '../src/data/brand/index.js';
import { fitMmm, optimizeBudget, parseWeeklyCsv, randomFeasible, ResponseModel, resolveBounds } from '../src/mmm/index.js';
import type { ChannelCurve, LiftTest, MmmFit, WeeklyTable } from '../src/mmm/index.js';
import { geometricAdstock, hillSaturation } from '../src/mmm/transforms.js';
import { createRng } from '../src/util/rng.js';

interface TruthChannel {
  decay: number;
  half_saturation: number;
  slope: number;
  beta_units: number;
  true_roi: number;
}

interface SeedResult {
  seed: number;
  fitMs: number;
  r2: number;
  holdoutR2: number;
  channels: { channel: string; trueRoi: number; roi: number; low: number; high: number; inside: boolean; ape: number }[];
  coverage: number;
  medianApe: number;
  optimizer: {
    totalExact: boolean;
    boundsHold: boolean;
    lockHolds: boolean;
    liftPct: number;
    bestRandomLiftPct: number;
    beatsRandom: boolean;
    trueLiftPct: number;
  };
}

const TARGETS = { r2: 0.8, holdoutR2: 0.6, coverage: 9, medianApe: 0.15 };

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function optimizerChecks(table: WeeklyTable, fit: MmmFit, truth: Record<string, TruthChannel>, seed: number): SeedResult['optimizer'] {
  const model = new ResponseModel(table);
  const inputs = { model, curves: fit.curves, draws: fit.draws, level: fit.level, seed };
  const res = optimizeBudget(inputs, {});
  const current = table.channels.map((_, c) => model.spend(c));
  const { budget, lower, upper, base } = resolveBounds(table.channels, current, {});
  const cents = res.allocation.map((a) => Math.round(a.optimal * 100));
  const totalExact = cents.reduce((a, b) => a + b, 0) === Math.round(budget * 100);
  const boundsHold = res.allocation.every((a, c) => a.optimal >= (lower[c] as number) - 0.005 && a.optimal <= (upper[c] as number) + 0.005);
  const locked = optimizeBudget(inputs, { lock: ['tv'] });
  const tv = table.channels.indexOf('tv');
  const lockHolds = tv < 0 || Math.round((locked.allocation[tv]?.optimal ?? NaN) * 100) === Math.round((current[tv] as number) * 100);
  const value = (x: readonly number[], curves: readonly ChannelCurve[]) =>
    x.reduce((s, v, c) => s + ((current[c] as number) > 0 ? model.revenue(c, curves[c] as ChannelCurve, v / (current[c] as number)) : 0), 0);
  const baseValue = value(base, fit.curves);
  const optValue = value(res.allocation.map((a) => a.optimal), fit.curves);
  const rng = createRng(seed).fork('eval-random-allocations');
  let bestRandom = -Infinity;
  for (let i = 0; i < 1000; i++) bestRandom = Math.max(bestRandom, value(randomFeasible(lower, upper, budget, rng), fit.curves));
  const trueCurves: ChannelCurve[] = table.channels.map((ch) => {
    const t = truth[ch] as TruthChannel;
    return { decay: t.decay, halfSaturation: t.half_saturation, slope: t.slope, beta: t.beta_units };
  });
  const trueBase = value(base, trueCurves);
  return {
    totalExact,
    boundsHold,
    lockHolds,
    liftPct: (optValue - baseValue) / baseValue,
    bestRandomLiftPct: (bestRandom - baseValue) / baseValue,
    beatsRandom: optValue >= bestRandom - 1e-6 * Math.abs(baseValue),
    trueLiftPct: (value(res.allocation.map((a) => a.optimal), trueCurves) - trueBase) / trueBase,
  };
}

/** A go-dark test on the channel's heaviest 8 consecutive weeks, its lift measured from the TRUE curve with noise. */
function simulatedLiftTest(table: WeeklyTable, channel: string, t: TruthChannel, seed: number): LiftTest {
  const c = table.channels.indexOf(channel);
  if (c < 0) throw new Error(`--lift-tests: no channel ${channel} (known: ${table.channels.join(', ')})`);
  const x = table.spend[c] as number[];
  const weeks = 8;
  let from = 0;
  let best = -1;
  for (let s = 0; s + weeks <= x.length; s++) {
    const total = x.slice(s, s + weeks).reduce((a, b) => a + b, 0);
    if (total > best) [best, from] = [total, s];
  }
  const dark = x.map((v, w) => (w >= from && w < from + weeks ? 0 : v));
  const h = (spend: number[]) => hillSaturation(geometricAdstock(spend, t.decay), t.half_saturation, t.slope);
  const base = h(x);
  const off = h(dark);
  let lift = 0;
  for (let w = from; w < x.length; w++) lift += (table.valuePerKpi[w] as number) * t.beta_units * ((off[w] as number) - (base[w] as number));
  const measured = lift * (1 + createRng(seed).fork(`lift-${channel}`).normal(0, 0.1));
  return {
    channel,
    start: table.weeks[from] as string,
    end: table.weeks[from + weeks - 1] as string,
    spendChange: -1,
    liftRevenue: measured,
    standardError: Math.abs(lift) * 0.1,
  };
}

function evaluateSeed(seed: number, liftChannels: string[] = []): SeedResult {
  const built = buildBrandDataset(seed);
  const csv = built.files.get(MMM_FILES.modelReady);
  const gtText = built.files.get(MMM_FILES.groundTruth);
  if (!csv || !gtText) throw new Error(`generator did not produce ${MMM_FILES.modelReady} / ${MMM_FILES.groundTruth}`);
  const truth = (JSON.parse(gtText) as { channels: Record<string, TruthChannel> }).channels;
  const table = parseWeeklyCsv(csv);
  const calibration = liftChannels.map((ch) => {
    const t = truth[ch];
    if (!t) throw new Error(`--lift-tests: no channel ${ch} in the ground truth`);
    return simulatedLiftTest(table, ch, t, seed);
  });
  const t0 = performance.now();
  const fit = fitMmm(table, { seed, ...(calibration.length > 0 ? { calibration } : {}) });
  const fitMs = performance.now() - t0;
  const channels = fit.channelReports.map((r) => {
    const trueRoi = (truth[r.channel] as TruthChannel).true_roi;
    return {
      channel: r.channel,
      trueRoi,
      roi: r.roi.estimate,
      low: r.roi.low,
      high: r.roi.high,
      inside: trueRoi >= r.roi.low && trueRoi <= r.roi.high,
      ape: Math.abs(r.roi.estimate - trueRoi) / trueRoi,
    };
  });
  return {
    seed,
    fitMs,
    r2: fit.diagnostics.r2,
    holdoutR2: fit.diagnostics.holdoutR2,
    channels,
    coverage: channels.filter((c) => c.inside).length,
    medianApe: median(channels.map((c) => c.ape)),
    optimizer: optimizerChecks(table, fit, truth, seed),
  };
}

function passes(r: SeedResult): Record<string, boolean> {
  const o = r.optimizer;
  return {
    r2: r.r2 >= TARGETS.r2,
    holdout: r.holdoutR2 >= TARGETS.holdoutR2,
    coverage: r.coverage >= TARGETS.coverage,
    medianApe: r.medianApe <= TARGETS.medianApe,
    optimizer: o.totalExact && o.boundsHold && o.lockHolds && o.beatsRandom,
  };
}

function printSeed(r: SeedResult): void {
  const out = process.stdout;
  const f2 = (x: number) => x.toFixed(2);
  out.write(`\nseed ${r.seed}  (fit ${r.fitMs.toFixed(0)} ms)\n`);
  out.write('channel    true ROI   model ROI   interval          inside   abs % error\n');
  for (const c of r.channels) {
    out.write(
      `${c.channel.padEnd(10)} ${f2(c.trueRoi).padStart(8)}   ${f2(c.roi).padStart(9)}   ${`${f2(c.low)}–${f2(c.high)}`.padEnd(16)}  ${c.inside ? 'yes' : 'NO '}      ${(c.ape * 100).toFixed(1).padStart(6)}%\n`,
    );
  }
  const p = passes(r);
  const o = r.optimizer;
  const mark = (b: boolean) => (b ? '✓' : '✗');
  out.write(`R² in-sample      ${r.r2.toFixed(3)}   target ≥ ${TARGETS.r2}   ${mark(p.r2 as boolean)}\n`);
  out.write(`R² holdout        ${r.holdoutR2.toFixed(3)}   target ≥ ${TARGETS.holdoutR2}   ${mark(p.holdout as boolean)}\n`);
  out.write(`ROI coverage      ${r.coverage}/11    target ≥ ${TARGETS.coverage}/11  ${mark(p.coverage as boolean)}\n`);
  out.write(`median |ROI err|  ${(r.medianApe * 100).toFixed(1)}%    target ≤ ${TARGETS.medianApe * 100}%   ${mark(p.medianApe as boolean)}\n`);
  out.write(
    `optimizer         total to the cent ${mark(o.totalExact)}, bounds ${mark(o.boundsHold)}, lock ${mark(o.lockHolds)}; ` +
      `lift ${(o.liftPct * 100).toFixed(2)}% vs best of 1,000 random ${(o.bestRandomLiftPct * 100).toFixed(2)}% ${mark(o.beatsRandom)}; ` +
      `lift under the TRUE curves ${(o.trueLiftPct * 100).toFixed(2)}%\n`,
  );
}

/** "42,7,2024" or "1-40" or a mix; null when any part is not a non-negative integer (or a range of them). */
function parseSeeds(text: string): number[] | null {
  const out: number[] = [];
  for (const part of text.split(',').map((p) => p.trim())) {
    const range = /^(\d+)-(\d+)$/.exec(part);
    if (range) {
      const [a, b] = [Number(range[1]), Number(range[2])];
      if (b < a || b - a > 1000) return null;
      for (let s = a; s <= b; s++) out.push(s);
    } else if (/^\d+$/.test(part)) out.push(Number(part));
    else return null;
  }
  return out.length > 0 ? out : null;
}

/** One line over all seeds: how the per-seed median ROI error is distributed, and how many meet the target. */
function printAcrossSeeds(results: SeedResult[]): void {
  if (results.length < 2) return;
  const errs = results.map((r) => r.medianApe);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const meet = errs.filter((e) => e <= TARGETS.medianApe).length;
  process.stdout.write(
    `\nacross ${results.length} seeds: median ROI error mean ${pct(errs.reduce((a, b) => a + b, 0) / errs.length)}, ` +
      `median ${pct(median(errs))}, worst ${pct(Math.max(...errs))}; ${meet}/${results.length} seeds ≤ ${TARGETS.medianApe * 100}%; ` +
      `coverage ${Math.min(...results.map((r) => r.coverage))}–${Math.max(...results.map((r) => r.coverage))}/11\n`,
  );
}

function main(): number {
  const { values } = parseArgs({
    options: {
      seeds: { type: 'string', default: '42,7,2024' },
      'lift-tests': { type: 'string', default: '' },
      json: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
    },
  });
  const seeds = parseSeeds(values.seeds as string);
  if (!seeds) {
    process.stderr.write('--seeds must be a comma-separated list of non-negative integers or ranges, e.g. 42,7,2024 or 1-40\n');
    return 2;
  }
  const liftChannels = (values['lift-tests'] as string).split(',').map((c) => c.trim()).filter(Boolean);
  let results: SeedResult[];
  try {
    results = seeds.map((seed) => evaluateSeed(seed, liftChannels));
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  if (values.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  else {
    process.stdout.write('MMM evaluation against the generator truth (ROI = revenue per £ of spend, 90% intervals)\n');
    if (liftChannels.length > 0) process.stdout.write(`calibrated with simulated go-dark lift tests on: ${liftChannels.join(', ')}\n`);
    results.forEach(printSeed);
    printAcrossSeeds(results);
  }
  const failed = results.flatMap((r) => Object.entries(passes(r)).filter(([, ok]) => !ok).map(([k]) => `seed ${r.seed}: ${k}`));
  // With --json stdout is the JSON document alone; the verdict goes to stderr.
  (values.json ? process.stderr : process.stdout).write(failed.length === 0 ? '\nall targets met\n' : `\ntargets missed: ${failed.join(', ')}\n`);
  return values.strict && failed.length > 0 ? 1 : 0;
}

process.exitCode = main();
