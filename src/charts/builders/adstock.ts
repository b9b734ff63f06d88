/** Adstock decay: how much of a week's media effect is still working k weeks later, per channel. */
import type { ChartSpec } from '../types.js';
import { formatValue } from '../format.js';
import { channelLabel, colorFor, INK } from '../palette.js';
import { axisTitle, baseOptions, defaultSubtitle, valueAxisGrid, type Built, categoryAxis, flatTicks } from './common.js';

type AdstockSpec = Extract<ChartSpec, { kind: 'adstock' }>;

/**
 * Weeks from the peak weight until the weight falls to half of it (linear interpolation);
 * Infinity when it never does inside the window.
 */
export function halfLife(weights: number[]): number {
  let peak = 0;
  weights.forEach((w, i) => {
    if (w > (weights[peak] as number)) peak = i;
  });
  const half = (weights[peak] as number) / 2;
  if (half <= 0) return 0;
  for (let k = peak + 1; k < weights.length; k++) {
    const w = weights[k] as number;
    if (w <= half) {
      const prev = weights[k - 1] as number;
      // log interpolation is exact for geometric decay; linear when the weight hits zero
      const frac = w > 0 ? Math.log(prev / half) / Math.log(prev / w) : (prev - half) / prev;
      return k - 1 + frac - peak;
    }
  }
  return Number.POSITIVE_INFINITY;
}

export function halfLifeText(weights: number[]): string {
  const h = halfLife(weights);
  return Number.isFinite(h) ? `${h.toFixed(1)} wk` : `> ${weights.length - 1} wk`;
}

export function buildAdstock(spec: AdstockSpec): Built {
  const order = spec.curves
    .map((c, i) => ({ c, i, h: halfLife(c.weights) }))
    .sort((a, b) => b.h - a.h || a.c.channel.localeCompare(b.c.channel));
  const weeks = Math.max(...spec.curves.map((c) => c.weights.length));
  const options = baseOptions(
    {
      title: spec.title,
      subtitle: defaultSubtitle(spec.subtitle, 'Share of a week’s media effect still working in later weeks · legend shows half-life'),
    },
    true,
  );
  const dense = weeks > 20;
  const peak = Math.max(...spec.curves.flatMap((c) => c.weights));
  return {
    layout: 'single',
    config: {
      type: 'line',
      data: {
        labels: Array.from({ length: weeks }, (_, k) => String(k)),
        datasets: order.map(({ c, i }) => {
          const color = colorFor(c.channel, i);
          return {
            label: `${channelLabel(c.channel)} · ${halfLifeText(c.weights)}`,
            data: c.weights,
            borderColor: color,
            backgroundColor: color,
            borderWidth: 2.5,
            pointRadius: dense ? 0 : 3.5,
            pointStyle: 'circle' as const,
            cubicInterpolationMode: 'monotone' as const,
          };
        }),
      },
      options: {
        ...options,
        scales: {
          x: {
            ...categoryAxis(flatTicks({ autoSkip: true, maxTicksLimit: 14 })),
            title: axisTitle(spec.xLabel ?? 'Weeks after exposure'),
          },
          y: {
            beginAtZero: true,
            grid: valueAxisGrid(),
            border: { display: false },
            ticks: { color: INK.muted, padding: 6, callback: (v) => (peak <= 1 ? formatValue(Number(v), 'percent') : formatValue(Number(v))) },
            title: axisTitle('Adstock weight'),
          },
        },
      },
    },
  };
}
