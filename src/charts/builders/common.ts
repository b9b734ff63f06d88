/** Shared chart.js option blocks so every kind has the same frame, axes and legend style. */
import type { ChartConfiguration, ChartOptions, ChartType, LegendItem, LegendOptions, Chart } from 'chart.js';
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

// The category-axis and legend-label option blocks several chart kinds share, so they stay one style.
/** A category axis (weeks, labels, channels): no grid lines, a solid axis line, the given ticks. */
export function categoryAxis<T extends object>(ticks: T) {
  return { grid: { display: false }, border: { color: INK.axis }, ticks };
}

/** Ticks along a time-like category axis: muted, never rotated, plus the kind's own settings. */
export function flatTicks<T extends object>(extra: T) {
  return { maxRotation: 0, color: INK.muted, ...extra };
}

/** The base options' plugins with the legend labels overridden by `labels` (the rest of the legend kept). */
export function withLegendLabels(options: ChartOptions, labels: Partial<LegendOptions<ChartType>['labels']>) {
  const legend = options.plugins?.legend;
  return { ...options.plugins, legend: { ...legend, labels: { ...legend?.labels, ...labels } } };
}
