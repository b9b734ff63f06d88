/**
 * Realistic chart specs (11 MMM channels, 104 weeks, 3 weather brands × 730 days) shared by the chart
 * tests, the bench and the preview script. Deterministic: numbers come from a seeded RNG.
 */
import type { ChartKind, ChartSpec } from '../../src/charts/types.js';
import { ANNUAL_BUDGET, MMM_CHANNELS, STUDY } from '../../src/data/brand/catalog.js';
import { createRng } from '../../src/util/rng.js';

const ROI: Record<string, [number, number, number]> = {
  google: [3.2, 2.6, 3.9],
  meta: [2.4, 1.9, 3.0],
  youtube: [1.9, 1.2, 2.6],
  linkedin: [1.6, 0.7, 2.5],
  tiktok: [1.5, 0.9, 2.2],
  dv360: [1.3, 0.8, 1.8],
  tv: [1.4, 0.9, 1.9],
  events: [1.1, 0.5, 1.8],
  ooh: [0.9, 0.5, 1.3],
  print: [0.7, 0.3, 1.1],
  radio: [0.6, 0.2, 1.0],
};

const DECAY: Record<string, number> = {
  tv: 0.7, ooh: 0.6, youtube: 0.5, meta: 0.3, google: 0.15, dv360: 0.35,
  tiktok: 0.25, linkedin: 0.4, print: 0.55, radio: 0.45, events: 0.65,
};

function hill(spend: number, half: number, top: number): number {
  return (top * spend ** 1.6) / (spend ** 1.6 + half ** 1.6);
}

function weeks(n: number): string[] {
  const start = Date.parse(`${STUDY.start}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) => new Date(start + i * 7 * 86_400_000).toISOString().slice(0, 10));
}

/** Proposed budget with TV as the balancing item so the total is preserved, as the optimizer does. */
function balanced(shift: Record<string, number>): { channel: string; before: number; after: number }[] {
  const rows = MMM_CHANNELS.map((channel) => ({ channel, before: ANNUAL_BUDGET[channel], after: ANNUAL_BUDGET[channel] * (shift[channel] ?? 1) }));
  const gap = rows.reduce((s, r) => s + r.before - r.after, 0);
  const tv = rows.find((r) => r.channel === 'tv');
  if (tv) tv.after += gap;
  return rows;
}

export function sampleSpecs(): Record<ChartKind, ChartSpec> {
  const rng = createRng('chart-fixtures');
  const optimalShift: Record<string, number> = { google: 1.3, meta: 1.3, youtube: 1.18, tv: 0.82, radio: 0.7, print: 0.7, ooh: 0.75 };
  const wk = weeks(104);
  const spend = wk.map((_, i) => 190_000 + 60_000 * Math.sin((i / 52) * 2 * Math.PI) + rng.normal(0, 25_000) + (i % 13 < 3 ? 90_000 : 0));
  const fitted = spend.map((s, i) => 900 + 0.0021 * s + 180 * Math.sin(((i - 8) / 52) * 2 * Math.PI) + i * 3);
  const actual = fitted.map((f) => f + rng.normal(0, 70));
  const temp = (day: number, mean: number, amp: number) => mean + amp * Math.sin(((day - 100) / 365) * 2 * Math.PI) + rng.normal(0, 6);
  const brand = (label: string, mean: number, amp: number, effect: (t: number) => number) => ({
    label,
    points: Array.from({ length: 730 }, (_, d) => {
      const t = temp(d, mean, amp);
      return { x: Math.round(t * 10) / 10, y: Math.round(effect(t) * (1 + rng.normal(0, 0.12))) };
    }),
  });
  return {
    roi: {
      kind: 'roi',
      title: 'ROI by channel',
      bars: Object.entries(ROI).map(([channel, [roi, low, high]]) => ({ channel, roi, low, high })),
    },
    response_curves: {
      kind: 'response_curves',
      title: 'Response curves: where the next pound works hardest',
      xLabel: 'Annual spend',
      yLabel: 'Incremental revenue',
      yFormat: 'currency',
      curves: MMM_CHANNELS.map((channel) => {
        const current = ANNUAL_BUDGET[channel];
        const top = current * (ROI[channel]?.[0] ?? 1) * 2.2;
        return {
          channel,
          spend: Array.from({ length: 41 }, (_, i) => (current * 2 * i) / 40),
          response: Array.from({ length: 41 }, (_, i) => hill((current * 2 * i) / 40, current * 0.9, top)),
          current,
          optimal: current * (optimalShift[channel] ?? 1),
        };
      }),
    },
    adstock: {
      kind: 'adstock',
      title: 'How long each channel keeps working',
      curves: MMM_CHANNELS.map((channel) => ({
        channel,
        weights: Array.from({ length: 9 }, (_, k) => (DECAY[channel] ?? 0.5) ** k),
      })),
    },
    budget_shift: {
      kind: 'budget_shift',
      title: 'Optimised budget: +6.4% predicted revenue at the same total',
      rows: balanced(optimalShift),
    },
    spend_vs_sales: {
      kind: 'spend_vs_sales',
      title: 'Weekly media spend vs car sales',
      weeks: wk,
      spend,
      actual,
      fitted,
      salesLabel: 'Units sold',
    },
    bar: {
      kind: 'bar',
      title: 'Media spend by channel, 2024–2025',
      labels: [...MMM_CHANNELS],
      series: [{ label: 'Spend', values: MMM_CHANNELS.map((c) => ANNUAL_BUDGET[c] * 2) }],
      yLabel: 'Spend',
      yFormat: 'currency',
    },
    line: {
      kind: 'line',
      title: 'Weekly leads by model',
      labels: wk,
      series: ['Terra', 'Vento', 'Summit'].map((label, j) => ({
        label,
        values: wk.map((_, i) => Math.max(0, Math.round(300 + j * 80 + 120 * Math.sin((i + j * 10) / 8) + rng.normal(0, 30)))),
      })),
      yLabel: 'Leads',
    },
    scatter: {
      kind: 'scatter',
      title: 'Daily revenue vs temperature: three brands, three weather profiles',
      xLabel: 'Mean temperature (°F)',
      yLabel: 'Daily revenue',
      yFormat: 'currency',
      currency: '$',
      trend: true,
      series: [
        brand('Frostline Outerwear (Chicago)', 50, 28, (t) => 9000 * Math.exp(-Math.max(0, t - 20) / 35) + 1200),
        brand('Sunkissed Ice Cream (Phoenix)', 75, 18, (t) => 600 + 40 * Math.max(0, t - 55) ** 1.25),
        brand('Evergreen Books (Seattle)', 53, 14, () => 3200),
      ],
    },
  };
}
