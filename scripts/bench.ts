/**
 * `npm run bench [-- area …]`: runs every module in scripts/bench/*.ts (each exports
 * `run(): Promise<BenchFigure[]>`) and prints one table. Figures, not pass/fail: targets are shown beside
 * the measurement so a reader can judge on a noisy machine.
 */
import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchFigure } from './bench/types.js';

const wanted = new Set(process.argv.slice(2));
const dir = resolve('scripts/bench');
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'types.ts' && f !== 'util.ts')
  .filter((f) => wanted.size === 0 || wanted.has(basename(f, '.ts')))
  .sort();

const rows: (BenchFigure & { area: string })[] = [];
for (const file of modules) {
  const area = basename(file, '.ts');
  const mod = (await import(pathToFileURL(resolve(dir, file)).href)) as { run: () => Promise<BenchFigure[]> };
  process.stderr.write(`bench ${area}…\n`);
  for (const fig of await mod.run()) rows.push({ area, ...fig });
}

const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(3));
const lines = rows.map((r) => [r.area, r.name, `${fmt(r.value)} ${r.unit}`, r.target ?? '', r.note ?? '']);
const header = ['area', 'figure', 'measured', 'target', 'note'];
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
const print = (cols: string[]) => process.stdout.write(cols.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ') + '\n');
print(header);
print(widths.map((w) => '-'.repeat(w)));
for (const l of lines) print(l);
