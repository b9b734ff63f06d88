/**
 * Weather brands: time to generate all ten brands × 731 days (schema-checked writes included), wall and
 * CPU, twice (the second run checks the bytes are identical); the on-read checks; and one daily-model fit.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpuUsage } from 'node:process';
import { generateTenants, tenantChecks, validateTenants } from '../../src/data/tenants/index.js';
import type { BenchFigure } from './types.js';

async function treeHash(dir: string): Promise<{ hash: string; bytes: number }> {
  const h = createHash('sha256');
  let bytes = 0;
  const walk = async (d: string): Promise<void> => {
    for (const f of (await readdir(d)).sort()) {
      const p = join(d, f);
      if ((await stat(p)).isDirectory()) await walk(p);
      else {
        const buf = await readFile(p);
        bytes += buf.length;
        h.update(f).update(buf);
      }
    }
  };
  await walk(dir);
  return { hash: h.digest('hex'), bytes };
}

export async function run(): Promise<BenchFigure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-tenants-'));
  try {
    const c0 = cpuUsage();
    const t0 = performance.now();
    const first = await generateTenants({ dataDir: join(dir, 'a'), seed: 42 });
    const wall = performance.now() - t0;
    const cpu = cpuUsage(c0);
    const t1 = performance.now();
    await generateTenants({ dataDir: join(dir, 'b'), seed: 42 });
    const warm = performance.now() - t1;
    const a = await treeHash(join(dir, 'a', 'tenants'));
    const b = await treeHash(join(dir, 'b', 'tenants'));
    const t2 = performance.now();
    const checks = await Promise.all(tenantChecks().map(async (c) => c(join(dir, 'a'))));
    const checkMs = performance.now() - t2;
    const t3 = performance.now();
    await validateTenants({ dataDir: join(dir, 'a'), brands: ['frost-and-flame-treats'], write: false });
    const fitMs = performance.now() - t3;
    const rows = first.brands.reduce((s, x) => s + x.rows.sales + x.rows.marketing + x.rows.email + x.rows.weather, 0);
    return [
      { name: 'generate 10 brands × 731 days (wall)', value: wall, unit: 'ms', target: '< 20000 ms', note: `${rows.toLocaleString('en-US')} rows, ${first.events} shocks` },
      { name: 'generate 10 brands × 731 days (CPU)', value: (cpu.user + cpu.system) / 1000, unit: 'ms', note: 'single thread' },
      { name: 'generate again (wall)', value: warm, unit: 'ms', target: '< 20000 ms', note: a.hash === b.hash ? 'same bytes as run 1' : 'DIFFERENT bytes from run 1' },
      { name: 'tenants on-disk size', value: a.bytes / 1e6, unit: 'MB' },
      { name: 'tenant checks (8, on read)', value: checkMs, unit: 'ms', note: checks.every((c) => c.ok) ? 'all pass' : 'FAILURES' },
      { name: 'daily model fit + validation, one brand', value: fitMs, unit: 'ms', note: 'search, backfit, F-tests, permutations, ROAS grid' },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
