/** Shared chart.js option blocks so every kind has the same frame, axes and legend style. */
import type { ChartConfiguration, ChartOptions, LegendItem, Chart } from 'chart.js';
import { Chart as ChartJs } from 'chart.js';
import { INK } from '../palette.js';
import { frameHeight, type FrameOptions } from '../plugins.js';

export type Built =
  | { layout: 'single'; config: ChartConfiguration }
  | { layout: 'grid'; frame: FrameOptions; panels: ChartConfiguration[]; columns: number };

export function baseOptions(frame: FrameOptions, legend: boolean, extraTop = 0): ChartOptions {
  return {
    responsive: false,
    maintainAspectRatio: false,
    animation: false,
    events: [],
    layout: { padding: { top: frameHeight(frame) + 4 + extraTop, right: 28, bottom: 14, left: 18 } },
    plugins: {
      frame,
      legend: {
        display: legend,
        position: 'top',
        align: 'start',
        labels: {
          usePointStyle: true,
          boxWidth: 10,
          boxHeight: 10,
          padding: 16,
          font: { size: 14 },
          color: INK.text,
          sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0),
        },
      },
      tooltip: { enabled: false },
    },
  };
}

export function axisTitle(text: string | undefined, size = 14) {
  return text ? { display: true, text, color: INK.muted, font: { size, weight: 600 as const } } : { display: false };
}

export function valueAxisGrid() {
  return { color: INK.grid, drawTicks: false };
}

/** The default legend items, restyled by `patch` (e.g. neutral colours for marker keys). */
export function legendItems(patch: (item: LegendItem) => LegendItem | null) {
  return (chart: Chart): LegendItem[] =>
    ChartJs.defaults.plugins.legend.labels
      .generateLabels(chart)
      .map(patch)
      .filter((x): x is LegendItem => x !== null);
}

export function defaultSubtitle(given: string | undefined, fallback: string): string | undefined {
  if (given !== undefined) return given.trim() || undefined;
  return fallback || undefined;
}
