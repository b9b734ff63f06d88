/** Creative rendering: wall time for the full asset set and its size on disk. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateAssets } from '../../src/data/assets/index.js';
import type { BenchFigure } from './types.js';

export async function run(): Promise<BenchFigure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-assets-'));
  try {
    const t0 = performance.now();
    const first = await generateAssets({ dataDir: dir, seed: 42 });
    const cold = performance.now() - t0;
    const t1 = performance.now();
    await generateAssets({ dataDir: dir, seed: 42 });
    const warm = performance.now() - t1;
    return [
      { name: 'render all creatives (first run, fonts loaded)', value: cold, unit: 'ms', target: '< 5000 ms', note: `${first.count} PNGs` },
      { name: 'render all creatives (second run)', value: warm, unit: 'ms', target: '< 5000 ms' },
      { name: 'per creative', value: warm / first.count, unit: 'ms' },
      { name: 'asset set size', value: first.bytes / 1e6, unit: 'MB', target: '< 40 MB', note: 'all 10 channels' },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
