/**
 * `npm run validate:tenants [-- --data-dir D] [--brands a,b] [--seeds 42,7,2024]`
 * Fits the daily model to every weather brand (first 80 % of days, holdout the rest), compares it with the
 * ground truth, prints a table per brand and writes <data-dir>/tenants/validation_report.json plus
 * revenue_vs_temperature.png. With --seeds, regenerates the brands for each seed in a temp folder and
 * checks the targets on every one. Exits 1 when a target fails.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { renderChart } from '../src/charts/index.js';
import { loadConfig } from '../src/config/index.js';
import { asMixError, MixError } from '../src/errors.js';
import { createLogger } from '../src/log/index.js';
import { CHART_BRANDS, revenueVsTemperatureSpec } from '../src/data/tenants/chart.js';
import { generateTenants, readBrandDaily, readIndex, tenantsDir, validateTenants, type BrandDaily, type ValidationReport } from '../src/data/tenants/index.js';
import { writeFileAtomic } from '../src/data/tenants/write-files.js';

const pct = (v: number): string => `${v >= 0 ? '+' : ''}${v.toFixed(0)}%`;

function printReport(r: ValidationReport): void {
  const out = (s: string): boolean => process.stdout.write(`${s}\n`);
  out(`\nWeather brands — seed ${r.seed}: fit on ${r.train_days} days, holdout from ${r.holdout_start} (${r.days - r.train_days} days)`);
  for (const b of r.brands) {
    out(`\n${b.name} [${b.id}] — sensitivity ${b.sensitivity} (tier ${b.tier})  ${b.ok ? 'OK' : 'MISS'}`);
    out(`  R² train ${b.r2_train.toFixed(3)}  holdout ${b.r2_holdout.toFixed(3)}  (without weather ${b.r2_holdout_without_weather.toFixed(3)}; a perfect model ≈ ${b.expected_signal_share.toFixed(2)})`);
    out(`  top features: ${b.features.slice(0, 6).map((f) => `${f.group}${f.selected ? '*' : ''} ${f.importance.toFixed(3)}`).join(' · ')}   (* selected)`);
    out(`  weather: ${b.weather.note}${b.weather.selected.length ? `; selected ${b.weather.selected.join(', ')}` : ''}`);
    out(`  ROAS estimate vs truth: ${b.roas.map((x) => `${x.channel} ${x.estimate.toFixed(2)} [${x.low.toFixed(2)}–${x.high.toFixed(2)}] vs ${x.truth.toFixed(2)} (${pct(x.error_pct)}${x.within ? '' : ' ✗'})`).join(' · ')}`);
  }
  const t = r.summary.r2_holdout_by_tier;
  out(`\nSummary (seed ${r.seed}): holdout R² high min ${t.high.min.toFixed(3)} mean ${t.high.mean.toFixed(3)} · medium min ${t.medium.min.toFixed(3)} mean ${t.medium.mean.toFixed(3)} · low/none mean ${t.low.mean.toFixed(3)} (range ${t.low.min.toFixed(3)}…${t.low.max.toFixed(3)})`);
  out(`ROAS within ±20 %: ${r.summary.roas_within} of ${r.summary.roas_pairs} brand×channel pairs; median |error| ${r.summary.roas_median_abs_error_pct.toFixed(1)} %`);
  out(`Medium brands whose top weather driver the model selects (reported, not a target): ${r.summary.medium_weather_detected}`);
  out(r.summary.passed ? 'All targets met.' : `Targets missed:\n  - ${r.summary.failures.join('\n  - ')}`);
}

async function writeChart(dataDir: string): Promise<string | null> {
  const index = readIndex(dataDir);
  const data = new Map<string, BrandDaily>();
  for (const id of CHART_BRANDS) {
    const b = index.brands.find((x) => x.id === id);
    if (b) data.set(id, readBrandDaily(dataDir, index, b));
  }
  const spec = revenueVsTemperatureSpec(index, data, index.seed);
  if (!spec) return null;
  const file = join(tenantsDir(dataDir), 'revenue_vs_temperature.png');
  writeFileAtomic(file, await renderChart(spec, { width: 1200, height: 700 }));
  return file;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { 'data-dir': { type: 'string' }, brands: { type: 'string' }, seeds: { type: 'string' } },
    allowPositionals: false,
  });
  const config = loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, format: config.LOG_FORMAT });
  const brands = values.brands?.split(',').map((b) => b.trim()).filter(Boolean);
  if (values.seeds) {
    const seeds = values.seeds.split(',').map((s) => Number(s.trim()));
    if (seeds.some((s) => !Number.isInteger(s) || s < 0)) throw new MixError('INPUT_INVALID', `--seeds must be non-negative integers, got "${values.seeds}"`);
    const rows: string[] = [];
    let ok = true;
    for (const seed of seeds) {
      const dir = mkdtempSync(join(tmpdir(), `mix-tenants-${seed}-`));
      try {
        await generateTenants({ dataDir: dir, seed, brands, logger });
        const r = await validateTenants({ dataDir: dir, logger });
        printReport(r);
        ok &&= r.summary.passed;
        const t = r.summary.r2_holdout_by_tier;
        rows.push(`${String(seed).padEnd(6)} ${t.high.min.toFixed(3).padStart(8)} ${t.medium.min.toFixed(3).padStart(10)} ${t.low.mean.toFixed(3).padStart(9)}   ${`${r.summary.roas_within}/${r.summary.roas_pairs}`.padStart(6)}   ${r.summary.passed ? 'pass' : 'FAIL'}`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    process.stdout.write(`\nseed   high min  medium min  low mean   ROAS±20%   targets\n${rows.join('\n')}\n`);
    return ok ? 0 : 1;
  }
  const dataDir = values['data-dir'] ?? config.DATA_DIR;
  if (!existsSync(join(tenantsDir(dataDir), 'tenants.json'))) {
    process.stdout.write(`No weather brands in ${dataDir} yet: generating them (seed ${config.SEED})…\n`);
    await generateTenants({ dataDir, seed: config.SEED, logger });
  }
  const report = await validateTenants({ dataDir, logger, brands });
  printReport(report);
  const chart = await writeChart(dataDir);
  process.stdout.write(`\nwrote ${join(tenantsDir(dataDir), 'validation_report.json')}${chart ? ` and ${chart}` : ''}\n`);
  return report.summary.passed ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`validate:tenants: ${asMixError(err).userMessage}\n`);
    process.exit(2);
  },
);
