/**
 * `npm run generate [-- --seed N] [--data-dir D] [--only brand|assets|tenants] [--validate-only]`
 * Generates the datasets (brand → assets → tenants), then validates what is on disk and prints a table.
 * Exits non-zero when a check fails, naming the file and row.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/index.js';
import { asMixError, MixError } from '../src/errors.js';
import { createLogger } from '../src/log/index.js';
import { generateAll, GENERATORS, type GeneratorName } from '../src/data/generate-all.js';
import { formatResults, validateDataset } from '../src/data/validate/index.js';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      'data-dir': { type: 'string' },
      only: { type: 'string', multiple: true },
      'validate-only': { type: 'boolean', default: false },
      'no-validate': { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  const config = loadConfig();
  const dataDir = values['data-dir'] ?? config.DATA_DIR;
  const seed = values.seed === undefined ? config.SEED : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new MixError('INPUT_INVALID', `--seed must be a non-negative integer, got "${values.seed}"`);
  const only = (values.only ?? []).flatMap((o) => o.split(',')).map((o) => o.trim()).filter(Boolean);
  const bad = only.filter((o) => !(GENERATORS as readonly string[]).includes(o));
  if (bad.length > 0) throw new MixError('INPUT_INVALID', `--only must be one of ${GENERATORS.join(', ')}; got ${bad.join(', ')}`);
  const logger = createLogger({ level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, format: config.LOG_FORMAT });

  if (!values['validate-only']) {
    const t0 = performance.now();
    const report = await generateAll({ dataDir, seed, only: only as GeneratorName[], logger });
    if (report.brand) {
      const s = report.brand.summary;
      process.stdout.write(
        `brand    ${report.brand.files.length} files, ${(report.brand.totalBytes / 1e6).toFixed(1)} MB in ${report.ms.brand} ms — ` +
          `${s.weeks} weeks, £${(s.totalSpendGbp / 1e6).toFixed(2)}M media, ${s.unitsSold.toLocaleString('en-GB')} cars, ${s.knownIssues} planted issues\n`,
      );
    }
    if (report.assets) process.stdout.write(`assets   ${report.assets.count} creatives in ${report.ms.assets} ms\n`);
    if (report.tenants) process.stdout.write(`tenants  generated in ${report.ms.tenants} ms\n`);
    for (const s of report.skipped) process.stdout.write(`${s.name.padEnd(8)} skipped: ${s.reason}\n`);
    process.stdout.write(`generated into ${dataDir} (seed ${seed}) in ${Math.round(performance.now() - t0)} ms\n\n`);
  }
  if (values['no-validate']) return 0;
  const results = await validateDataset(dataDir, { only: only as GeneratorName[] });
  process.stdout.write(`${formatResults(results)}\n`);
  const failed = results.filter((r) => !r.ok);
  if (failed.length > 0) {
    for (const f of failed) process.stderr.write(`FAILED ${f.name}: ${f.message}\n`);
    if (failed.some((f) => f.name === 'files_present')) process.stderr.write(`Files are missing in ${dataDir}: run \`npm run generate\` first.\n`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    const e = asMixError(err);
    process.stderr.write(`generate: ${e.userMessage}\n`);
    process.exit(2);
  },
);
