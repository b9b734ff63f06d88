/**
 * Data generation and validation speed: the brand dataset alone (in memory and written to disk), all
 * generators together (brand → assets → tenants, target < 30 s on 2 cores) and the validator.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBrandDataset, generateBrandDataset } from '../../src/data/brand/index.js';
import { generateAll } from '../../src/data/generate-all.js';
import { validateDataset } from '../../src/data/validate/index.js';
import type { BenchFigure } from './types.js';
import { percentile, timeRuns } from './util.js';

export async function run(): Promise<BenchFigure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-data-'));
  try {
    const build = await timeRuns(() => buildBrandDataset(42), 3);
    const write = await timeRuns(() => generateBrandDataset({ dataDir: dir, seed: 42 }), 3, 0);
    const validate = await timeRuns(() => validateDataset(dir, { only: ['brand'] }), 3, 0);
    const all = await mkdtemp(join(tmpdir(), 'bench-data-all-'));
    const t0 = performance.now();
    const report = await generateAll({ dataDir: all, seed: 42 });
    const allMs = performance.now() - t0;
    const t1 = performance.now();
    const results = await validateDataset(all);
    const validateAllMs = performance.now() - t1;
    await rm(all, { recursive: true, force: true });
    const skipped = report.skipped.map((s) => s.name).join(', ');
    return [
      { name: 'brand dataset build (in memory), median of 3', value: percentile(build, 50), unit: 'ms' },
      { name: 'brand dataset generate (write 31 files), median of 3', value: percentile(write, 50), unit: 'ms' },
      { name: 'brand validation (15 checks), median of 3', value: percentile(validate, 50), unit: 'ms' },
      { name: 'generate all (brand → assets → tenants)', value: allMs, unit: 'ms', target: '< 30000 ms', note: skipped ? `skipped: ${skipped}` : `${report.assets?.count ?? 0} creatives` },
      { name: `validate all (${results.length} checks, ${results.filter((r) => !r.ok).length} failing)`, value: validateAllMs, unit: 'ms' },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
