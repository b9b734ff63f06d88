/**
 * `npm run generate:tenants [-- --seed N] [--data-dir D] [--brands a,b] [--weather real|simulated]
 *  [--validate-only]`: writes the weather brands into <data-dir>/tenants/ and checks them (schema and
 * consistency checks, the same ones `npm run generate -- --validate-only` runs). Exits 1 when a check fails.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/index.js';
import { asMixError, MixError } from '../src/errors.js';
import { createLogger } from '../src/log/index.js';
import { generateTenants, tenantChecks } from '../src/data/tenants/index.js';
import { formatResults } from '../src/data/validate/index.js';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      'data-dir': { type: 'string' },
      brands: { type: 'string' },
      weather: { type: 'string', default: 'real' },
      'validate-only': { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  const config = loadConfig();
  const dataDir = values['data-dir'] ?? config.DATA_DIR;
  const seed = values.seed === undefined ? config.SEED : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new MixError('INPUT_INVALID', `--seed must be a non-negative integer, got "${values.seed}"`);
  if (values.weather !== 'real' && values.weather !== 'simulated') throw new MixError('INPUT_INVALID', `--weather must be real or simulated, got "${values.weather}"`);
  const brands = values.brands?.split(',').map((b) => b.trim()).filter(Boolean);
  const logger = createLogger({ level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, format: config.LOG_FORMAT });
  if (!values['validate-only']) {
    const r = await generateTenants({ dataDir, seed, brands, logger, weatherMode: values.weather });
    for (const b of r.brands) process.stdout.write(`${b.id.padEnd(30)} ${b.sensitivity.padEnd(6)} ${b.rows.sales} sales rows, ${b.rows.weather} weather rows\n`);
    process.stdout.write(`${r.brands.length} brands × ${r.days} days, ${r.events} weather shocks, seed ${seed} → ${r.dir} in ${Math.round(r.ms)} ms\n\n`);
  }
  const results = await Promise.all(tenantChecks().map(async (c) => c(dataDir)));
  process.stdout.write(`${formatResults(results)}\n`);
  return results.every((r) => r.ok) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`generate:tenants: ${asMixError(err).userMessage}\n`);
    process.exit(2);
  },
);
