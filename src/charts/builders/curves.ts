/**
 * Response curves: incremental sales vs spend per channel with the current (●) and optimal (◆) spend
 * marked. Up to three channels share one plot; more become small multiples, because channels with 10x
 * different budgets squash each other on a shared axis.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ChartSpec, ValueFormat } from '../types.js';
import { currency, formatValue } from '../format.js';
import { channelLabel, colorFor, INK } from '../palette.js';
import type { FrameOptions } from '../plugins.js';
import { axisTitle, baseOptions, defaultSubtitle, legendItems, valueAxisGrid, type Built, withLegendLabels } from './common.js';

type CurvesSpec = Extract<ChartSpec, { kind: 'response_curves' }>;
type Curve = CurvesSpec['curves'][number];

/** Response at `spend` by linear interpolation on the (sorted) curve. */
export function responseAt(curve: Curve, spend: number): number {
  const pts = curve.spend.map((s, i) => [s, curve.response[i] as number] as const).sort((a, b) => a[0] - b[0]);
  const first = pts[0] as readonly [number, number];
  if (spend <= first[0]) return first[1];
  for (let i = 1; i < pts.length; i++) {
    const [x1, y1] = pts[i] as readonly [number, number];
    const [x0, y0] = pts[i - 1] as readonly [number, number];
    if (spend <= x1) return x1 === x0 ? y1 : y0 + ((y1 - y0) * (spend - x0)) / (x1 - x0);
  }
  return (pts[pts.length - 1] as readonly [number, number])[1];
}

const KEYS: FrameOptions['keys'] = [
  { text: 'current spend', color: INK.muted, marker: 'circle' },
  { text: 'optimal spend', color: INK.muted, marker: 'diamond' },
];

function datasets(curves: Curve[], offset: number, panel: boolean) {
  const lines = curves.map((c, i) => {
    const color = colorFor(c.channel, offset + i);
    return {
      type: 'line' as const,
      label: channelLabel(c.channel),
      data: c.spend.map((s, j) => ({ x: s, y: c.response[j] as number })).sort((a, b) => a.x - b.x),
      borderColor: color,
      backgroundColor: color,
      borderWidth: panel ? 2.5 : 3,
      pointRadius: 0,
      pointStyle: 'line' as const,
      order: 2,
    };
  });
  const marks = (key: 'current' | 'optimal') => {
    const with_ = curves.map((c, i) => ({ c, i })).filter(({ c }) => c[key] !== undefined);
    return {
      type: 'line' as const,
      label: key === 'current' ? 'Current spend' : 'Optimal spend',
      data: with_.map(({ c }) => ({ x: c[key] as number, y: responseAt(c, c[key] as number) })),
      showLine: false,
      pointStyle: key === 'current' ? ('circle' as const) : ('rectRot' as const),
      pointRadius: key === 'current' ? (panel ? 6 : 7) : panel ? 7 : 8,
      pointBorderWidth: key === 'current' ? 2 : 3,
      pointBackgroundColor: with_.map(({ c, i }) => (key === 'current' ? colorFor(c.channel, offset + i) : INK.background)),
      pointBorderColor: with_.map(({ c, i }) => (key === 'current' ? INK.background : colorFor(c.channel, offset + i))),
      borderColor: INK.muted,
      backgroundColor: INK.muted,
      order: key === 'current' ? 1 : 0,
    };
  };
  return [...lines, marks('current'), marks('optimal')];
}

function scales(spec: CurvesSpec, curves: Curve[], panel: boolean) {
  const maxSpend = Math.max(...curves.flatMap((c) => c.spend));
  const sym = spec.currency;
  const yFormat: ValueFormat = spec.yFormat ?? 'number';
  const size = panel ? 12 : 14;
  return {
    x: {
      type: 'linear' as const,
      min: 0,
      max: maxSpend,
      grid: { display: false },
      border: { color: INK.axis },
      ticks: { callback: (v: number | string) => currency(Number(v), sym), color: INK.muted, maxTicksLimit: panel ? 4 : 8, font: { size } },
      title: panel ? { display: false } : axisTitle(spec.xLabel ?? 'Spend over the period'),
    },
    y: {
      beginAtZero: true,
      grid: valueAxisGrid(),
      border: { display: false },
      ticks: { callback: (v: number | string) => formatValue(Number(v), yFormat, sym), color: INK.muted, maxTicksLimit: panel ? 4 : 7, padding: 6, font: { size } },
      title: panel ? { display: false } : axisTitle(spec.yLabel ?? 'Incremental sales'),
    },
  };
}

function notes(spec: CurvesSpec, curves: Curve[]) {
  const out: { x: number; y: number; text: string; color: string; below?: boolean }[] = [];
  for (const c of curves) {
    if (c.current !== undefined) {
      out.push({ x: c.current, y: responseAt(c, c.current), text: `now ${currency(c.current, spec.currency)}`, color: INK.text, below: true });
    }
    if (c.optimal !== undefined && Math.abs(c.optimal - (c.current ?? -1)) > 1e-9) {
      out.push({ x: c.optimal, y: responseAt(c, c.optimal), text: `optimal ${currency(c.optimal, spec.currency)}`, color: INK.text });
    }
  }
  return out;
}

export function buildCurves(spec: CurvesSpec): Built {
  const subtitle = defaultSubtitle(spec.subtitle, `${spec.yLabel ?? 'Incremental sales'} vs ${(spec.xLabel ?? 'spend').toLowerCase()} per channel`);
  const hasMarks = spec.curves.some((c) => c.current !== undefined || c.optimal !== undefined);
  if (spec.curves.length <= 3) {
    const frame: FrameOptions = { title: spec.title, subtitle };
    const options = baseOptions(frame, true);
    const config: ChartConfiguration = {
      type: 'line',
      data: { datasets: datasets(spec.curves, 0, false).filter((d) => d.data.length > 0) },
      options: {
        ...options,
        scales: scales(spec, spec.curves, false),
        plugins: {
          ...withLegendLabels(options, {
            generateLabels: legendItems((item) =>
              item.text === 'Current spend'
                ? { ...item, fillStyle: INK.muted, strokeStyle: INK.muted }
                : item.text === 'Optimal spend'
                  ? { ...item, fillStyle: INK.background, strokeStyle: INK.muted, lineWidth: 2.5 }
                  : item,
            ),
          }),
          pointNotes: { notes: notes(spec, spec.curves) },
        },
      },
    };
    return { layout: 'single', config };
  }
  const panels = spec.curves.map((c, i): ChartConfiguration => {
    const pf: FrameOptions = {
      title: channelLabel(c.channel),
      subtitle:
        c.current !== undefined && c.optimal !== undefined
          ? Math.abs(c.optimal - c.current) <= 0.005 * Math.max(c.current, 1)
            ? `now ${currency(c.current, spec.currency)} · already at the optimum`
            : `now ${currency(c.current, spec.currency)} → optimal ${currency(c.optimal, spec.currency)}`
          : c.current !== undefined
            ? `now ${currency(c.current, spec.currency)}`
            : undefined,
      size: 18,
    };
    const options = baseOptions(pf, false);
    return {
      type: 'line',
      data: { datasets: datasets([c], i, true).filter((d) => d.data.length > 0) },
      options: { ...options, layout: { padding: { top: (options.layout?.padding as { top: number }).top, right: 14, bottom: 6, left: 6 } }, scales: scales(spec, [c], true) },
    };
  });
  const axes = `x: ${spec.xLabel ?? 'spend'} · y: ${(spec.yLabel ?? 'incremental sales').toLowerCase()}`;
  return {
    layout: 'grid',
    frame: { title: spec.title, subtitle: spec.subtitle ?? axes, keys: hasMarks ? KEYS : undefined },
    panels,
    columns: spec.curves.length <= 4 ? 2 : spec.curves.length <= 9 ? 3 : 4,
  };
}
