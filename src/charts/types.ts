/**
 * Chart specs: plain data an agent tool returns and the Slack layer renders (`renderChart(spec)` →
 * PNG buffer). Specs carry numbers, never pixels, so they can be stored in sessions and re-rendered.
 */
export interface RoiBar {
  channel: string;
  roi: number;
  low?: number;
  high?: number;
}

export type ChartSpec =
  | { kind: 'roi'; title: string; bars: RoiBar[]; subtitle?: string }
  | {
      kind: 'response_curves';
      title: string;
      curves: { channel: string; spend: number[]; response: number[]; current?: number; optimal?: number }[];
      xLabel?: string;
      yLabel?: string;
    }
  | { kind: 'adstock'; title: string; curves: { channel: string; weights: number[] }[] }
  | {
      kind: 'budget_shift';
      title: string;
      rows: { channel: string; before: number; after: number }[];
      subtitle?: string;
    }
  | {
      kind: 'spend_vs_sales';
      title: string;
      weeks: string[];
      spend: number[];
      actual: number[];
      fitted?: number[];
      salesLabel?: string;
    }
  | {
      kind: 'bar';
      title: string;
      labels: string[];
      series: { label: string; values: number[] }[];
      yLabel?: string;
      horizontal?: boolean;
    }
  | {
      kind: 'line';
      title: string;
      labels: string[];
      series: { label: string; values: number[] }[];
      yLabel?: string;
    }
  | {
      kind: 'scatter';
      title: string;
      series: { label: string; points: { x: number; y: number }[] }[];
      xLabel?: string;
      yLabel?: string;
    };

export type ChartKind = ChartSpec['kind'];
