/**
 * Chart specs: plain data an agent tool returns and the Slack layer renders (`renderChart(spec)` →
 * PNG buffer). Specs carry numbers, never pixels, so they can be stored in sessions and re-rendered.
 *
 * Optional presentation hints (all additive; the original fields are unchanged):
 * - `subtitle` on every kind: one line under the title (model caveats, period, data source).
 * - `currency`: the symbol used for money values (default £, the brand's currency).
 * - `*Format`: how an axis's numbers read (money `£1.2M`, plain `1,234`, `12%`, multiple `3.2x`).
 */
export type ValueFormat = 'currency' | 'number' | 'percent' | 'multiple';

interface Common {
  title: string;
  subtitle?: string;
  /** Money symbol, default '£'. */
  currency?: string;
}

export interface RoiBar {
  channel: string;
  roi: number;
  low?: number;
  high?: number;
}

export type ChartSpec =
  | ({ kind: 'roi'; bars: RoiBar[] } & Common)
  | ({
      kind: 'response_curves';
      curves: { channel: string; spend: number[]; response: number[]; current?: number; optimal?: number }[];
      xLabel?: string;
      yLabel?: string;
      /** Format of the response axis (default 'number'; 'currency' for revenue). */
      yFormat?: ValueFormat;
    } & Common)
  | ({ kind: 'adstock'; curves: { channel: string; weights: number[] }[]; xLabel?: string } & Common)
  | ({
      kind: 'budget_shift';
      rows: { channel: string; before: number; after: number }[];
    } & Common)
  | ({
      kind: 'spend_vs_sales';
      weeks: string[];
      spend: number[];
      actual: number[];
      fitted?: number[];
      salesLabel?: string;
      /** Format of the sales axis (default 'number'). */
      salesFormat?: ValueFormat;
    } & Common)
  | ({
      kind: 'bar';
      labels: string[];
      series: { label: string; values: number[] }[];
      yLabel?: string;
      yFormat?: ValueFormat;
      horizontal?: boolean;
    } & Common)
  | ({
      kind: 'line';
      labels: string[];
      series: { label: string; values: number[] }[];
      yLabel?: string;
      yFormat?: ValueFormat;
    } & Common)
  | ({
      kind: 'scatter';
      series: { label: string; points: { x: number; y: number }[] }[];
      xLabel?: string;
      yLabel?: string;
      xFormat?: ValueFormat;
      yFormat?: ValueFormat;
      /** Overlay each series' binned mean (shows non-linear shapes such as a temperature sweet spot). */
      trend?: boolean;
    } & Common);

export type ChartKind = ChartSpec['kind'];

export interface RenderOptions {
  /** Pixel density; default 2 (retina). */
  scale?: number;
  /** Logical width in CSS pixels; default 1200. */
  width?: number;
  /** Logical height in CSS pixels; default 700. */
  height?: number;
}
