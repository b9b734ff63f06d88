/**
 * Chart render time per kind (spec → PNG buffer, 2400×1400), after warm-up: wall-clock p50/p95 and the
 * process CPU time p50 (the honest figure when the shared 2-core box is busy). Target < 150 ms.
 */
import { renderChart } from '../../src/charts/index.js';
import type { ChartKind } from '../../src/charts/types.js';
import { sampleSpecs } from '../../test/charts/fixtures.js';
import type { BenchFigure } from './types.js';
import { percentile } from './util.js';

const RUNS = 15;
const WARMUP = 3;

export async function run(): Promise<BenchFigure[]> {
  const specs = sampleSpecs();
  const out: BenchFigure[] = [];
  for (const kind of Object.keys(specs) as ChartKind[]) {
    const spec = specs[kind];
    for (let i = 0; i < WARMUP; i++) await renderChart(spec);
    const wall: number[] = [];
    const cpu: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      bytes = (await renderChart(spec)).length;
      wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    wall.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const what = kind === 'response_curves' ? '11 panels' : kind === 'scatter' ? '2,190 points + trends' : '';
    const note = `${what ? `${what}, ` : ''}${Math.round(bytes / 1024)} KB`;
    out.push({ name: `render ${kind} p50`, value: percentile(wall, 50), unit: 'ms', target: '< 150 ms', note });
    out.push({ name: `render ${kind} p95`, value: percentile(wall, 95), unit: 'ms', target: '< 150 ms' });
    out.push({ name: `render ${kind} cpu p50`, value: percentile(cpu, 50), unit: 'ms', target: '< 150 ms' });
  }
  return out;
}
