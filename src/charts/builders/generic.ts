/** Generic bar, line and scatter charts for tools that need a plain picture (metrics, weather brands). */
import type { ChartSpec } from '../types.js';
import { formatValue } from '../format.js';
import { channelId, channelLabel, colorFor, INK, withAlpha } from '../palette.js';
import { axisTitle, baseOptions, defaultSubtitle, legendItems, valueAxisGrid, type Built, categoryAxis, flatTicks, withLegendLabels } from './common.js';
import { weekTicks } from './spend-sales.js';

type BarSpec = Extract<ChartSpec, { kind: 'bar' }>;
type LineSpec = Extract<ChartSpec, { kind: 'line' }>;
type ScatterSpec = Extract<ChartSpec, { kind: 'scatter' }>;

export function buildBar(spec: BarSpec): Built {
  const sym = spec.currency;
  const fmt = spec.yFormat ?? 'number';
  const single = spec.series.length === 1;
  // one series over channels: colour each bar by its channel so TV looks like TV everywhere
  const byLabel = single && spec.labels.every((l) => channelId(l) !== undefined);
  const horizontal = spec.horizontal ?? false;
  const labelsOn = single && spec.labels.length <= 16;
  const values = spec.series.flatMap((s) => s.values);
  const top = Math.max(0, ...values);
  const bottom = Math.min(0, ...values);
  const options = baseOptions({ title: spec.title, subtitle: defaultSubtitle(spec.subtitle, '') }, !single);
  const valueAxis = {
    beginAtZero: true,
    suggestedMax: labelsOn && top > 0 ? top * (horizontal ? 1.15 : 1.08) : undefined,
    min: bottom < 0 ? bottom * 1.1 : undefined,
    grid: valueAxisGrid(),
    border: { display: false },
    ticks: { callback: (v: number | string) => formatValue(Number(v), fmt, sym), color: INK.muted, padding: 6, maxTicksLimit: 8 },
    title: axisTitle(spec.yLabel),
  };
  const indexAxis = categoryAxis({
    autoSkip: true,
    maxRotation: horizontal ? 0 : 40,
    font: { size: spec.labels.length > 12 ? 13 : 15, weight: 600 as const },
  });
  return {
    layout: 'single',
    config: {
      type: 'bar',
      data: {
        labels: spec.labels.map((l) => (byLabel ? channelLabel(l) : l)),
        datasets: spec.series.map((s, i) => ({
          label: s.label,
          data: s.values,
          backgroundColor: byLabel ? spec.labels.map((l, j) => colorFor(l, j)) : colorFor(s.label, i),
          borderRadius: 3,
          barPercentage: 0.85,
          categoryPercentage: single ? 0.8 : 0.85,
        })),
      },
      options: {
        ...options,
        indexAxis: horizontal ? 'y' : 'x',
        scales: horizontal ? { x: valueAxis, y: indexAxis } : { x: indexAxis, y: valueAxis },
        plugins: {
          ...withLegendLabels(options, { usePointStyle: false }),
          barLabels: labelsOn
            ? { datasetIndex: 0, texts: (spec.series[0]?.values ?? []).map((v) => formatValue(v, fmt, sym)) }
            : false,
        },
      },
    },
  };
}

export function buildLine(spec: LineSpec): Built {
  const sym = spec.currency;
  const fmt = spec.yFormat ?? 'number';
  const ticks = weekTicks(spec.labels);
  const dense = spec.labels.length > 40;
  const options = baseOptions({ title: spec.title, subtitle: defaultSubtitle(spec.subtitle, '') }, spec.series.length > 1);
  return {
    layout: 'single',
    config: {
      type: 'line',
      data: {
        labels: spec.labels,
        datasets: spec.series.map((s, i) => {
          const color = colorFor(s.label, i);
          return {
            label: s.label,
            data: s.values,
            borderColor: color,
            backgroundColor: color,
            borderWidth: 2.5,
            pointRadius: dense ? 0 : 3,
            pointStyle: 'line' as const,
            tension: 0.2,
          };
        }),
      },
      options: {
        ...options,
        scales: {
          x: categoryAxis(
            flatTicks({
              autoSkip: ticks === spec.labels,
              maxTicksLimit: ticks === spec.labels ? 12 : undefined,
              callback: (_v: number | string, i: number) => ticks[i] ?? null,
            }),
          ),
          y: {
            beginAtZero: true,
            grid: valueAxisGrid(),
            border: { display: false },
            ticks: { callback: (v) => formatValue(Number(v), fmt, sym), color: INK.muted, padding: 6, maxTicksLimit: 8 },
            title: axisTitle(spec.yLabel),
          },
        },
      },
    },
  };
}

/** Mean y in `bins` equal-width x bins (empty bins skipped): a robust shape line for noisy clouds. */
export function binnedMeans(points: { x: number; y: number }[], bins = 16): { x: number; y: number }[] {
  const xs = points.map((p) => p.x);
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  if (hi === lo) return [];
  const sums = new Array<number>(bins).fill(0);
  const counts = new Array<number>(bins).fill(0);
  for (const p of points) {
    const b = Math.min(bins - 1, Math.floor(((p.x - lo) / (hi - lo)) * bins));
    sums[b] = (sums[b] as number) + p.y;
    counts[b] = (counts[b] as number) + 1;
  }
  const minCount = Math.max(3, Math.round(points.length / bins / 5));
  return sums.flatMap((s, b) =>
    (counts[b] as number) >= minCount ? [{ x: lo + ((b + 0.5) * (hi - lo)) / bins, y: s / (counts[b] as number) }] : [],
  );
}

export function buildScatter(spec: ScatterSpec): Built {
  const sym = spec.currency;
  const total = spec.series.reduce((s, x) => s + x.points.length, 0);
  const radius = total > 1500 ? 2.5 : total > 300 ? 3 : 4.5;
  const alpha = total > 1500 ? 0.45 : total > 300 ? 0.55 : 0.8;
  const options = baseOptions(
    {
      title: spec.title,
      subtitle: defaultSubtitle(spec.subtitle, spec.trend ? 'Points: observations · lines: binned mean' : ''),
    },
    spec.series.length > 1,
  );
  const trendIndex = new Set<number>();
  const datasets = spec.series.map((s, i) => {
    const color = colorFor(s.label, i);
    return {
      label: s.label,
      data: s.points,
      backgroundColor: withAlpha(color, alpha),
      borderColor: withAlpha(color, alpha),
      pointRadius: radius,
      pointBorderWidth: 0,
      pointStyle: 'circle' as const,
    };
  });
  const trends = spec.trend
    ? spec.series.map((s, i) => {
        trendIndex.add(spec.series.length + i);
        const color = colorFor(s.label, i);
        return {
          type: 'line' as const,
          label: `${s.label} (trend)`,
          data: binnedMeans(s.points),
          borderColor: color,
          backgroundColor: color,
          borderWidth: 3.5,
          pointRadius: 0,
          pointStyle: 'circle' as const,
          cubicInterpolationMode: 'monotone' as const,
        };
      })
    : [];
  return {
    layout: 'single',
    config: {
      type: 'scatter',
      data: { datasets: [...datasets, ...trends] },
      options: {
        ...options,
        scales: {
          x: {
            type: 'linear',
            grid: valueAxisGrid(),
            border: { color: INK.axis },
            ticks: { callback: (v) => formatValue(Number(v), spec.xFormat ?? 'number', sym), color: INK.muted, maxTicksLimit: 10 },
            title: axisTitle(spec.xLabel),
          },
          y: {
            grid: valueAxisGrid(),
            border: { display: false },
            ticks: { callback: (v) => formatValue(Number(v), spec.yFormat ?? 'number', sym), color: INK.muted, padding: 6, maxTicksLimit: 8 },
            title: axisTitle(spec.yLabel),
          },
        },
        plugins: withLegendLabels(options, {
          filter: (item) => !trendIndex.has(item.datasetIndex ?? -1),
          generateLabels: legendItems((item) => {
            const s = spec.series[item.datasetIndex ?? 0];
            const solid = s ? colorFor(s.label, item.datasetIndex ?? 0) : INK.muted;
            return { ...item, fillStyle: solid, strokeStyle: solid };
          }),
        }),
      },
    },
  };
}
