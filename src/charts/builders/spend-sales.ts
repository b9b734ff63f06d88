/** Weekly media spend (bars, left axis) against actual sales and the model's fitted line (right axis). */
import type { ChartSpec } from '../types.js';
import { currency, formatValue, shortMonth } from '../format.js';
import { BRAND } from '../../data/brand/catalog.js';
import { INK, withAlpha } from '../palette.js';
import { axisTitle, baseOptions, defaultSubtitle, valueAxisGrid, type Built, categoryAxis, flatTicks } from './common.js';

type SpendSpec = Extract<ChartSpec, { kind: 'spend_vs_sales' }>;

/** Coefficient of determination of `fitted` against `actual`. */
export function rSquared(actual: number[], fitted: number[]): number {
  const mean = actual.reduce((s, v) => s + v, 0) / actual.length;
  let ssRes = 0;
  let ssTot = 0;
  actual.forEach((a, i) => {
    ssRes += (a - (fitted[i] as number)) ** 2;
    ssTot += (a - mean) ** 2;
  });
  return ssTot === 0 ? 0 : 1 - ssRes / ssTot;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Tick labels: with ISO weeks, one label per quarter (or month for short ranges); else every label. */
export function weekTicks(weeks: string[]): (string | null)[] {
  if (!weeks.every((w) => ISO.test(w))) return weeks;
  const months = new Set(weeks.map((w) => w.slice(0, 7))).size;
  const step = months > 30 ? 6 : months > 12 ? 3 : 1;
  let last = '';
  return weeks.map((w) => {
    const month = w.slice(0, 7);
    if (month === last) return null;
    last = month;
    return (Number(w.slice(5, 7)) - 1) % step === 0 ? shortMonth(w) : null;
  });
}

export function buildSpendVsSales(spec: SpendSpec): Built {
  const sym = spec.currency;
  const salesLabel = spec.salesLabel ?? 'Sales';
  const fmt = spec.salesFormat ?? 'number';
  const r2 = spec.fitted ? rSquared(spec.actual, spec.fitted) : undefined;
  const ticks = weekTicks(spec.weeks);
  const options = baseOptions(
    {
      title: spec.title,
      subtitle: defaultSubtitle(
        spec.subtitle,
        `${spec.weeks.length} weeks · media spend (bars, left axis) vs ${salesLabel.toLowerCase()} (right axis)` +
          (r2 !== undefined ? ` · model fit R² ${r2.toFixed(2)}` : ''),
      ),
    },
    true,
  );
  const dense = spec.weeks.length > 60;
  return {
    layout: 'single',
    config: {
      type: 'bar',
      data: {
        labels: spec.weeks,
        datasets: [
          {
            type: 'line' as const,
            label: `Actual ${salesLabel.toLowerCase()}`,
            data: spec.actual,
            yAxisID: 'y1',
            borderColor: BRAND.colors.dark,
            backgroundColor: BRAND.colors.dark,
            borderWidth: 2.25,
            pointRadius: dense ? 0 : 2.5,
            pointStyle: 'line' as const,
            order: 1,
          },
          ...(spec.fitted
            ? [
                {
                  type: 'line' as const,
                  label: 'Model fit',
                  data: spec.fitted,
                  yAxisID: 'y1',
                  borderColor: BRAND.colors.secondary,
                  backgroundColor: BRAND.colors.secondary,
                  borderWidth: 2.5,
                  borderDash: [8, 5],
                  pointRadius: 0,
                  pointStyle: 'line' as const,
                  order: 0,
                },
              ]
            : []),
          {
            type: 'bar' as const,
            label: 'Media spend',
            data: spec.spend,
            yAxisID: 'y',
            backgroundColor: withAlpha(BRAND.colors.accent, 0.45),
            pointStyle: 'rect' as const,
            barPercentage: 0.9,
            categoryPercentage: 0.95,
            order: 3,
          },
        ],
      },
      options: {
        ...options,
        scales: {
          x: categoryAxis(
            flatTicks({
              autoSkip: ticks === spec.weeks,
              callback: (_v: number | string, i: number) => ticks[i] ?? null,
            }),
          ),
          y: {
            position: 'left',
            beginAtZero: true,
            grid: valueAxisGrid(),
            border: { display: false },
            ticks: { callback: (v) => currency(Number(v), sym), color: INK.muted, padding: 6, maxTicksLimit: 7 },
            title: axisTitle('Weekly media spend'),
          },
          y1: {
            position: 'right',
            beginAtZero: true,
            grid: { display: false },
            border: { display: false },
            ticks: { callback: (v) => formatValue(Number(v), fmt, sym), color: INK.muted, padding: 6, maxTicksLimit: 7 },
            title: axisTitle(salesLabel),
          },
        },
      },
    },
  };
}
