/**
 * Small chart.js plugins for what the core library does not draw: a white background with our title
 * block, interval whiskers, reference lines, value labels beside bars and notes beside points.
 * Hand-written (each is a few lines of canvas calls) rather than pulling chartjs-plugin-annotation and an
 * error-bar package for four primitives.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Chart, ChartType, Plugin } from 'chart.js';
import { INK } from './palette.js';

export interface FrameOptions {
  title?: string;
  subtitle?: string;
  /** Title font size; panels use a smaller one. */
  size?: number;
  /** Extra legend-like notes drawn under the subtitle: coloured marker + text. */
  keys?: { text: string; color: string; marker: 'circle' | 'diamond' }[];
}
export interface ErrorBarOptions {
  datasetIndex: number;
  low: (number | undefined)[];
  high: (number | undefined)[];
  color?: string;
}
export interface RefLineOptions {
  lines: { axis: 'x' | 'y'; value: number; color?: string; dash?: number[]; label?: string }[];
}
export interface BarLabelOptions {
  datasetIndex: number;
  texts: string[];
  /** Value-axis positions to anchor each label after (default: the bar's own value). */
  at?: number[];
  colors?: string[];
  font?: string;
  /** Centre the label on the category (grouped bars) instead of on this dataset's bar. */
  groupCentre?: boolean;
}
export interface PointNoteOptions {
  notes: { x: number; y: number; text: string; color?: string; below?: boolean }[];
  font?: string;
}

declare module 'chart.js' {
  // the type parameter must match chart.js's declaration for the merge, even though we do not use it
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    frame?: FrameOptions;
    errorBars?: ErrorBarOptions | false;
    refLines?: RefLineOptions | false;
    barLabels?: BarLabelOptions | false;
    pointNotes?: PointNoteOptions | false;
  }
}

const FAMILY = '"Mix Chart Sans"';

/** chart.js types its context as the DOM one; on the server it is skia's, with the same drawing API. */
type Ctx = SKRSContext2D;
const skia = (chart: Chart): Ctx => chart.ctx as unknown as Ctx;

/** Header height for a frame, used as layout.padding.top. */
export function frameHeight(o: FrameOptions): number {
  const size = o.size ?? 26;
  if (!o.title) return 8;
  return Math.round(size * 1.9 + (o.subtitle ? size * 0.8 : 0) + (o.keys?.length ? size * 0.95 : 0));
}

export function drawFrame(ctx: Ctx, width: number, height: number, o: FrameOptions): void {
  ctx.save();
  ctx.fillStyle = INK.background;
  ctx.fillRect(0, 0, width, height);
  const size = o.size ?? 26;
  if (o.title) {
    const left = Math.round(size * 0.9);
    let y = Math.round(size * 0.55);
    ctx.textBaseline = 'top';
    ctx.textAlign = 'left';
    ctx.fillStyle = INK.text;
    ctx.font = `700 ${size}px ${FAMILY}`;
    ctx.fillText(o.title, left, y, width - 2 * left);
    y += Math.round(size * 1.3);
    if (o.subtitle) {
      const sub = Math.round(size * 0.6);
      ctx.font = `400 ${sub}px ${FAMILY}`;
      ctx.fillStyle = INK.muted;
      ctx.fillText(o.subtitle, left, y, width - 2 * left);
      y += Math.round(size * 0.8);
    }
    if (o.keys?.length) {
      const sub = Math.round(size * 0.56);
      ctx.font = `400 ${sub}px ${FAMILY}`;
      let x = left;
      const cy = y + sub * 0.6;
      for (const k of o.keys) {
        drawMarker(ctx, k.marker, x + sub * 0.4, cy, sub * 0.38, k.color);
        ctx.fillStyle = INK.text;
        ctx.fillText(k.text, x + sub * 1.1, y);
        x += sub * 1.1 + ctx.measureText(k.text).width + sub * 1.6;
      }
    }
  }
  ctx.restore();
}

export function drawMarker(
  ctx: Ctx,
  marker: 'circle' | 'diamond',
  x: number,
  y: number,
  r: number,
  color: string,
): void {
  ctx.beginPath();
  if (marker === 'circle') {
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.fillStyle = color;
    ctx.fill();
  } else {
    ctx.moveTo(x, y - r * 1.25);
    ctx.lineTo(x + r * 1.25, y);
    ctx.lineTo(x, y + r * 1.25);
    ctx.lineTo(x - r * 1.25, y);
    ctx.closePath();
    ctx.fillStyle = INK.background;
    ctx.fill();
    ctx.lineWidth = Math.max(1.5, r * 0.45);
    ctx.strokeStyle = color;
    ctx.stroke();
  }
}

export const frame: Plugin = {
  id: 'frame',
  beforeDraw(chart: Chart, _args, options) {
    drawFrame(skia(chart), chart.width, chart.height, options as FrameOptions);
  },
};

export const errorBars: Plugin = {
  id: 'errorBars',
  afterDatasetsDraw(chart: Chart, _args, opts) {
    const o = opts as ErrorBarOptions | false;
    if (!o || !o.low) return;
    const meta = chart.getDatasetMeta(o.datasetIndex);
    const horizontal = chart.options.indexAxis === 'y';
    const valueScale = horizontal ? chart.scales.x : chart.scales.y;
    if (!valueScale) return;
    const ctx = skia(chart);
    ctx.save();
    meta.data.forEach((el, i) => {
      const lo = o.low[i];
      const hi = o.high[i];
      if (lo === undefined || hi === undefined) return;
      const props = el.getProps(['x', 'y', 'width', 'height'], true) as unknown as Record<string, number>;
      const a = valueScale.getPixelForValue(lo);
      const b = valueScale.getPixelForValue(hi);
      const cap = Math.max(4, (horizontal ? (props.height ?? 0) : (props.width ?? 0)) * 0.22);
      ctx.beginPath();
      if (horizontal) {
        const y = props.y ?? 0;
        ctx.moveTo(a, y);
        ctx.lineTo(b, y);
        for (const x of [a, b]) {
          ctx.moveTo(x, y - cap);
          ctx.lineTo(x, y + cap);
        }
      } else {
        const x = props.x ?? 0;
        ctx.moveTo(x, a);
        ctx.lineTo(x, b);
        for (const y of [a, b]) {
          ctx.moveTo(x - cap, y);
          ctx.lineTo(x + cap, y);
        }
      }
      // a white halo keeps the whisker visible where it crosses a dark bar
      ctx.strokeStyle = 'rgba(255,255,255,0.9)';
      ctx.lineWidth = 5;
      ctx.stroke();
      ctx.strokeStyle = o.color ?? INK.text;
      ctx.lineWidth = 2;
      ctx.stroke();
    });
    ctx.restore();
  },
};

export const refLines: Plugin = {
  id: 'refLines',
  afterDatasetsDraw(chart: Chart, _args, opts) {
    const o = opts as RefLineOptions | false;
    if (!o || !o.lines) return;
    const { chartArea: area } = chart;
    const ctx = skia(chart);
    ctx.save();
    for (const line of o.lines) {
      const scale = line.axis === 'x' ? chart.scales.x : chart.scales.y;
      if (!scale) continue;
      const p = scale.getPixelForValue(line.value);
      ctx.strokeStyle = line.color ?? INK.reference;
      ctx.lineWidth = 2;
      ctx.setLineDash(line.dash ?? [7, 5]);
      ctx.beginPath();
      if (line.axis === 'x') {
        ctx.moveTo(p, area.top);
        ctx.lineTo(p, area.bottom);
      } else {
        ctx.moveTo(area.left, p);
        ctx.lineTo(area.right, p);
      }
      ctx.stroke();
      if (line.label) {
        ctx.setLineDash([]);
        ctx.font = `600 13px ${FAMILY}`;
        ctx.fillStyle = line.color ?? INK.reference;
        ctx.textBaseline = 'bottom';
        ctx.textAlign = line.axis === 'x' ? 'left' : 'right';
        if (line.axis === 'x') {
          ctx.textAlign = 'center';
          ctx.fillText(line.label, p, area.top - 5);
        }
        else ctx.fillText(line.label, area.right - 4, p - 4);
      }
    }
    ctx.restore();
  },
};

export const barLabels: Plugin = {
  id: 'barLabels',
  afterDatasetsDraw(chart: Chart, _args, opts) {
    const o = opts as BarLabelOptions | false;
    if (!o || !o.texts) return;
    const meta = chart.getDatasetMeta(o.datasetIndex);
    const horizontal = chart.options.indexAxis === 'y';
    const valueScale = horizontal ? chart.scales.x : chart.scales.y;
    const indexScale = horizontal ? chart.scales.y : chart.scales.x;
    if (!valueScale || !indexScale) return;
    const ctx = skia(chart);
    ctx.save();
    ctx.font = o.font ?? `600 14px ${FAMILY}`;
    meta.data.forEach((el, i) => {
      const text = o.texts[i];
      if (!text) return;
      const props = { ...(el.getProps(['x', 'y'], true) as unknown as { x: number; y: number }) };
      if (o.groupCentre) props[horizontal ? 'y' : 'x'] = indexScale.getPixelForValue(i);
      const anchor = o.at?.[i];
      ctx.fillStyle = o.colors?.[i] ?? INK.text;
      if (horizontal) {
        const x = anchor === undefined ? props.x : Math.max(props.x, valueScale.getPixelForValue(anchor));
        ctx.textAlign = 'left';
        ctx.textBaseline = 'middle';
        ctx.fillText(text, x + 8, props.y);
      } else {
        const y = anchor === undefined ? props.y : Math.min(props.y, valueScale.getPixelForValue(anchor));
        ctx.textAlign = 'center';
        ctx.textBaseline = 'bottom';
        ctx.fillText(text, props.x, y - 5);
      }
    });
    ctx.restore();
  },
};

export const pointNotes: Plugin = {
  id: 'pointNotes',
  afterDatasetsDraw(chart: Chart, _args, opts) {
    const o = opts as PointNoteOptions | false;
    if (!o || !o.notes) return;
    const { chartArea: area } = chart;
    const ctx = skia(chart);
    const xs = chart.scales.x;
    const ys = chart.scales.y;
    if (!xs || !ys) return;
    ctx.save();
    ctx.font = o.font ?? `600 13px ${FAMILY}`;
    ctx.textBaseline = 'middle';
    for (const n of o.notes) {
      const px = xs.getPixelForValue(n.x);
      const py = ys.getPixelForValue(n.y) + (n.below ? 18 : -18);
      const w = ctx.measureText(n.text).width;
      // keep the note inside the plot area
      const left = Math.min(Math.max(px - w / 2, area.left + 2), area.right - w - 2);
      const y = Math.min(Math.max(py, area.top + 8), area.bottom - 8);
      ctx.fillStyle = 'rgba(255,255,255,0.85)';
      ctx.fillRect(left - 3, y - 9, w + 6, 18);
      ctx.fillStyle = n.color ?? INK.text;
      ctx.textAlign = 'left';
      ctx.fillText(n.text, left, y);
    }
    ctx.restore();
  },
};
