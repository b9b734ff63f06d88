import { describe, expect, it } from 'vitest';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { MixError } from '../../src/errors.js';
import { renderChart } from '../../src/charts/index.js';
import type { ChartKind, ChartSpec } from '../../src/charts/types.js';
import { sampleSpecs } from './fixtures.js';

const specs = sampleSpecs();
const kinds = Object.keys(specs) as ChartKind[];

/** Width and height from the PNG's IHDR chunk. */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(buf.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Decodes the PNG and returns the luminance variance and the share of non-white pixels (sampled). */
async function pixelStats(buf: Buffer): Promise<{ variance: number; inked: number; corner: number[] }> {
  const img = await loadImage(buf);
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const data = ctx.getImageData(0, 0, img.width, img.height).data;
  let sum = 0;
  let sq = 0;
  let n = 0;
  let inked = 0;
  for (let i = 0; i < data.length; i += 4 * 7) {
    const l = 0.299 * (data[i] as number) + 0.587 * (data[i + 1] as number) + 0.114 * (data[i + 2] as number);
    sum += l;
    sq += l * l;
    n++;
    if (l < 250) inked++;
  }
  const mean = sum / n;
  return { variance: sq / n - mean * mean, inked: inked / n, corner: Array.from(data.subarray(0, 4)) };
}

describe('renderChart', () => {
  it.each(kinds)('%s renders a non-blank 2x PNG on a white background', async (kind) => {
    const png = await renderChart(specs[kind]);
    expect(pngSize(png)).toEqual({ width: 2400, height: 1400 });
    const stats = await pixelStats(png);
    expect(stats.variance).toBeGreaterThan(100);
    expect(stats.inked).toBeGreaterThan(0.02);
    // opaque white, so Slack's dark mode does not show a transparent hole
    expect(stats.corner).toEqual([255, 255, 255, 255]);
  });

  it.each(kinds)('%s is byte-identical for the same spec', async (kind) => {
    const a = await renderChart(specs[kind]);
    const b = await renderChart(structuredClone(specs[kind]));
    expect(a.equals(b)).toBe(true);
  });

  it('honours width, height and scale', async () => {
    const png = await renderChart(specs.roi, { width: 800, height: 500, scale: 1 });
    expect(pngSize(png)).toEqual({ width: 800, height: 500 });
    const big = await renderChart(specs.budget_shift, { width: 1000, height: 600, scale: 3 });
    expect(pngSize(big)).toEqual({ width: 3000, height: 1800 });
  });

  it('draws different pixels for different data', async () => {
    const spec = specs.roi as Extract<ChartSpec, { kind: 'roi' }>;
    const changed = { ...spec, bars: spec.bars.map((b) => (b.channel === 'google' ? { ...b, roi: 1.2, low: 1, high: 1.4 } : b)) };
    expect((await renderChart(spec)).equals(await renderChart(changed))).toBe(false);
  });

  it('an ROI spec without intervals renders differently (no whiskers or interval labels)', async () => {
    const spec = specs.roi as Extract<ChartSpec, { kind: 'roi' }>;
    const bare = { ...spec, subtitle: 'same subtitle', bars: spec.bars.map(({ channel, roi }) => ({ channel, roi })) };
    const withIntervals = { ...spec, subtitle: 'same subtitle' };
    const [a, b] = await Promise.all([renderChart(bare), renderChart(withIntervals)]);
    expect(a.equals(b)).toBe(false);
  });

  it('renders single-curve response charts and a one-channel adstock', async () => {
    const rc = specs.response_curves as Extract<ChartSpec, { kind: 'response_curves' }>;
    const one = await renderChart({ ...rc, curves: rc.curves.slice(0, 1) });
    expect(pngSize(one)).toEqual({ width: 2400, height: 1400 });
    const ad = await renderChart({ kind: 'adstock', title: 'TV carry-over', curves: [{ channel: 'tv', weights: [1, 0.5, 0.25] }] });
    expect((await pixelStats(ad)).variance).toBeGreaterThan(100);
  });
});

describe('renderChart rejects bad specs with INPUT_INVALID', () => {
  const roi = specs.roi as Extract<ChartSpec, { kind: 'roi' }>;
  const sales = specs.spend_vs_sales as Extract<ChartSpec, { kind: 'spend_vs_sales' }>;
  const cases: [string, unknown, RegExp][] = [
    ['empty bars', { ...roi, bars: [] }, /bars: needs at least one bar/],
    ['NaN roi', { ...roi, bars: [{ channel: 'tv', roi: Number.NaN }] }, /bars\.0\.roi/],
    ['infinite interval', { ...roi, bars: [{ channel: 'tv', roi: 1, low: 0.5, high: Infinity }] }, /bars\.0\.high/],
    ['low above high', { ...roi, bars: [{ channel: 'tv', roi: 1, low: 2, high: 0.5 }] }, /low must be ≤ high/],
    ['empty title', { ...roi, title: '  ' }, /title/],
    ['length mismatch', { ...sales, actual: sales.actual.slice(1) }, /same length/],
    ['negative spend', { ...sales, spend: sales.spend.map((v, i) => (i === 3 ? -5 : v)) }, /spend\.3/],
    ['unknown kind', { kind: 'pie', title: 'x' }, /invalid pie chart spec/],
    ['empty series values', { kind: 'line', title: 't', labels: ['a'], series: [{ label: 's', values: [] }] }, /values/],
  ];
  it.each(cases)('%s', async (_name, spec, message) => {
    const err = await renderChart(spec as ChartSpec).catch((e: unknown) => e);
    expect(MixError.is(err, 'INPUT_INVALID')).toBe(true);
    expect((err as MixError).message).toMatch(message);
    expect((err as MixError).userMessage).toMatch(/could not draw that chart/);
  });

  it('rejects unsupported sizes', async () => {
    for (const options of [{ width: 10 }, { scale: 0 }, { width: 5000, height: 5000, scale: 4 }, { height: Number.NaN }]) {
      const err = await renderChart(specs.bar, options).catch((e: unknown) => e);
      expect(MixError.is(err, 'INPUT_INVALID')).toBe(true);
    }
  });
});
