/**
 * chart.js drawn directly on @napi-rs/canvas (no DOM, no node-canvas): build a config per kind, draw
 * once without animation at the requested pixel density, encode PNG, destroy the chart.
 */
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { Chart, type ChartConfiguration } from 'chart.js';
import type { ChartSpec, RenderOptions } from './types.js';
import type { Built } from './builders/common.js';
import { buildRoi } from './builders/roi.js';
import { buildCurves } from './builders/curves.js';
import { buildAdstock } from './builders/adstock.js';
import { buildBudgetShift } from './builders/budget.js';
import { buildSpendVsSales } from './builders/spend-sales.js';
import { buildBar, buildLine, buildScatter } from './builders/generic.js';
import { drawFrame, frameHeight } from './plugins.js';
import { encodePng } from './png.js';
import { ensureChartSetup } from './setup.js';
import { resolveSize, validateSpec } from './validate.js';

export function buildChart(spec: ChartSpec): Built {
  switch (spec.kind) {
    case 'roi':
      return buildRoi(spec);
    case 'response_curves':
      return buildCurves(spec);
    case 'adstock':
      return buildAdstock(spec);
    case 'budget_shift':
      return buildBudgetShift(spec);
    case 'spend_vs_sales':
      return buildSpendVsSales(spec);
    case 'bar':
      return buildBar(spec);
    case 'line':
      return buildLine(spec);
    case 'scatter':
      return buildScatter(spec);
  }
}

/**
 * Draws one chart.js config on a fresh canvas of logical size w×h at `scale` and hands the canvas to
 * `use` before the chart is destroyed (destroy() clears the canvas).
 */
async function withChart<T>(
  config: ChartConfiguration,
  w: number,
  h: number,
  scale: number,
  use: (canvas: Canvas) => T | Promise<T>,
): Promise<T> {
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  const chart = new Chart(ctx as unknown as ConstructorParameters<typeof Chart>[0], {
    ...config,
    options: { ...config.options, devicePixelRatio: scale },
  });
  try {
    return await use(canvas);
  } finally {
    chart.destroy();
  }
}

/** Renders a chart spec to a PNG buffer (default 1200×700 logical at 2x → 2400×1400 pixels). */
export async function renderChart(spec: ChartSpec, options?: RenderOptions): Promise<Buffer> {
  validateSpec(spec);
  const { width, height, scale } = resolveSize(options);
  ensureChartSetup();
  const built = buildChart(spec);
  if (built.layout === 'single') {
    return withChart(built.config, width, height, scale, (canvas) => encodePng(canvas));
  }
  {
    const canvas = createCanvas(Math.floor(width * scale), Math.floor(height * scale));
    const ctx = canvas.getContext('2d');
    ctx.scale(scale, scale);
    drawFrame(ctx, width, height, built.frame);
    const top = frameHeight(built.frame) + 6;
    const pad = 12;
    const cols = built.columns;
    const rows = Math.ceil(built.panels.length / cols);
    const pw = Math.floor((width - pad * 2) / cols);
    const ph = Math.floor((height - top - pad) / rows);
    for (const [i, panel] of built.panels.entries()) {
      await withChart(panel, pw, ph, scale, (img) =>
        ctx.drawImage(img, pad + (i % cols) * pw, top + Math.floor(i / cols) * ph, pw, ph),
      );
    }
    return encodePng(canvas);
  }
}
