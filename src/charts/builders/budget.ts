/** Budget before vs after: faded bar = current, solid bar = proposed, change labelled per channel. */
import type { ChartSpec } from '../types.js';
import { currency, currencyDelta, signedPercent } from '../format.js';
import { channelLabel, colorFor, INK, withAlpha } from '../palette.js';
import { axisTitle, baseOptions, defaultSubtitle, legendItems, valueAxisGrid, type Built, categoryAxis, withLegendLabels } from './common.js';

type BudgetSpec = Extract<ChartSpec, { kind: 'budget_shift' }>;

export function changeText(before: number, after: number, symbol?: string): string {
  const d = after - before;
  if (Math.abs(d) < 0.5) return 'unchanged';
  return before > 0 ? `${currencyDelta(d, symbol)} (${signedPercent(d / before)})` : `${currencyDelta(d, symbol)} (new)`;
}

export function buildBudgetShift(spec: BudgetSpec): Built {
  const rows = [...spec.rows].sort((a, b) => b.before - a.before || a.channel.localeCompare(b.channel));
  const sym = spec.currency;
  const totalBefore = rows.reduce((s, r) => s + r.before, 0);
  const totalAfter = rows.reduce((s, r) => s + r.after, 0);
  const totalText =
    Math.abs(totalAfter - totalBefore) < 0.5
      ? `Total ${currency(totalBefore, sym)} unchanged`
      : `Total ${currency(totalBefore, sym)} → ${currency(totalAfter, sym)}`;
  const top = Math.max(...rows.map((r) => Math.max(r.before, r.after)), 1);
  const colors = rows.map((r, i) => colorFor(r.channel, i));
  const options = baseOptions(
    { title: spec.title, subtitle: defaultSubtitle(spec.subtitle, `${totalText} · faded bar = current, solid bar = proposed`) },
    true,
  );
  return {
    layout: 'single',
    config: {
      type: 'bar',
      data: {
        labels: rows.map((r) => channelLabel(r.channel)),
        datasets: [
          {
            label: 'Current',
            data: rows.map((r) => r.before),
            backgroundColor: colors.map((c) => withAlpha(c, 0.3)),
            borderRadius: 2,
            barPercentage: 0.92,
            categoryPercentage: 0.8,
          },
          {
            label: 'Proposed',
            data: rows.map((r) => r.after),
            backgroundColor: colors,
            borderRadius: 2,
            barPercentage: 0.92,
            categoryPercentage: 0.8,
          },
        ],
      },
      options: {
        ...options,
        indexAxis: 'y',
        scales: {
          x: {
            min: 0,
            suggestedMax: top * 1.25,
            grid: valueAxisGrid(),
            border: { display: false },
            ticks: { callback: (v) => currency(Number(v), sym), color: INK.muted, maxTicksLimit: 8, padding: 8 },
            title: axisTitle('Budget'),
          },
          y: categoryAxis({ font: { size: 15, weight: 600 as const } }),
        },
        plugins: {
          ...withLegendLabels(options, {
            usePointStyle: false,
            generateLabels: legendItems((item) => ({
              ...item,
              fillStyle: item.datasetIndex === 0 ? withAlpha('#495057', 0.3) : '#495057',
              strokeStyle: 'transparent',
              lineWidth: 0,
            })),
          }),
          barLabels: {
            datasetIndex: 0,
            groupCentre: true,
            at: rows.map((r) => Math.max(r.before, r.after)),
            texts: rows.map((r) => changeText(r.before, r.after, sym)),
            colors: rows.map((r) =>
              Math.abs(r.after - r.before) < 0.5 ? INK.muted : r.after > r.before ? INK.positive : INK.negative,
            ),
          },
        },
      },
    },
  };
}
