/** The category-axis and legend-label option blocks several chart kinds share, so they stay one style. */
import type { ChartOptions, ChartType, LegendOptions } from 'chart.js';
import { INK } from '../palette.js';

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
