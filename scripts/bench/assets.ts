/**
 * Creative rendering: wall and CPU time for the full asset set, and its size on disk. CPU time is shown
 * beside wall time because on a shared 2-core box wall time mostly measures the neighbours.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpuUsage } from 'node:process';
import { generateAssets, MANIFEST_FILE, readManifest } from '../../src/data/assets/index.js';
import type { BenchFigure } from './types.js';

export async function run(): Promise<BenchFigure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-assets-'));
  try {
    const c0 = cpuUsage();
    const t0 = performance.now();
    const first = await generateAssets({ dataDir: join(dir, 'a'), seed: 42 });
    const cold = performance.now() - t0;
    const cpu = cpuUsage(c0);
    const t1 = performance.now();
    await generateAssets({ dataDir: join(dir, 'b'), seed: 42 });
    const warm = performance.now() - t1;
    const hash = async (d: string) => {
      const h = createHash('sha256');
      for (const row of (await readManifest(join(dir, d))).rows) h.update(await readFile(join(dir, d, row.image_path)));
      return h.update(await readFile(join(dir, d, MANIFEST_FILE))).digest('hex');
    };
    const same = (await hash('a')) === (await hash('b'));
    return [
      { name: 'render all creatives (first run, wall)', value: cold, unit: 'ms', target: '< 5000 ms', note: `${first.count} PNGs` },
      { name: 'render all creatives (first run, CPU)', value: (cpu.user + cpu.system) / 1000, unit: 'ms', note: 'main thread + encode pool' },
      { name: 'render all creatives (second run, wall)', value: warm, unit: 'ms', target: '< 5000 ms', note: same ? 'same bytes as run 1' : 'DIFFERENT bytes from run 1' },
      { name: 'per creative (second run)', value: warm / first.count, unit: 'ms' },
      { name: 'asset set size', value: first.bytes / 1e6, unit: 'MB', target: '< 30 MB', note: 'all 10 channels' },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
