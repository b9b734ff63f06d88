/** Writes every sample chart to a folder for eyeballing: `npx tsx scripts/charts-preview.ts [outDir]`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chartTitleAndAlt, renderChart } from '../src/charts/index.js';
import { sampleSpecs } from '../test/charts/fixtures.js';

const out = process.argv[2] ?? 'out/charts';
mkdirSync(out, { recursive: true });
for (const [kind, spec] of Object.entries(sampleSpecs())) {
  const t0 = performance.now();
  const png = await renderChart(spec);
  const ms = performance.now() - t0;
  writeFileSync(join(out, `${kind}.png`), png);
  process.stdout.write(`${kind}: ${(png.length / 1024).toFixed(0)} KB in ${ms.toFixed(0)} ms\n  ${chartTitleAndAlt(spec).altText}\n`);
}
