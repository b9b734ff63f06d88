/**
 * ChartSpec builders for MMM results (rendered by src/charts): ROI with intervals, response curves with
 * current and optimal spend marked, adstock decay, weekly spend vs sales with the fitted line.
 */
import type { ChartSpec } from '../charts/types.js';
import type { ChannelCurveData } from './curves.js';
import type { ChannelReport, MmmFit, WeeklyTable } from './types.js';

const r2 = (x: number) => Math.round(x * 100) / 100;

export function roiChart(reports: readonly ChannelReport[], level: number, weeks: number): ChartSpec {
  const calibrated = reports.filter((r) => r.calibrated).map((r) => r.channel);
  return {
    kind: 'roi',
    title: 'Return on media spend by channel',
    subtitle: `Revenue per £1 over ${weeks} weeks · whiskers: ${Math.round(level * 100)}% interval${calibrated.length ? ` · calibrated: ${calibrated.join(', ')}` : ''}`,
    bars: reports.map((r) => ({ channel: r.channel, roi: r2(r.roi.estimate), low: r2(r.roi.low), high: r2(r.roi.high) })),
  };
}

export function responseCurvesChart(curves: readonly ChannelCurveData[], optimal?: Record<string, number>, weeks?: number): ChartSpec {
  return {
    kind: 'response_curves',
    title: 'Response curves: incremental revenue vs spend',
    subtitle: `Spend from 0 to 2× current${weeks ? ` over ${weeks} weeks` : ''}; dots mark current${optimal ? ' and optimised' : ''} spend`,
    xLabel: 'Spend over the period',
    yLabel: 'Incremental revenue',
    yFormat: 'currency',
    curves: curves.map((c) => ({
      channel: c.channel,
      spend: c.spend,
      response: c.response,
      current: c.current,
      ...(optimal && optimal[c.channel] !== undefined ? { optimal: optimal[c.channel] } : {}),
    })),
  };
}

export function adstockChart(curves: readonly ChannelCurveData[]): ChartSpec {
  return {
    kind: 'adstock',
    title: 'Adstock: how long a week of spend keeps working',
    subtitle: 'Share of the first week’s effect left after each week (geometric decay)',
    xLabel: 'Weeks after spend',
    curves: curves.map((c) => ({ channel: c.channel, weights: c.adstockWeights })),
  };
}

export function spendVsSalesChart(table: WeeklyTable, fit: MmmFit): ChartSpec {
  const spend = table.weeks.map((_, t) => r2(table.spend.reduce((s, col) => s + (col[t] as number), 0)));
  const actual = table.revenue.map(r2);
  const fitted = fit.fitted.map((f, t) => r2(f * (table.valuePerKpi[t] as number)));
  return {
    kind: 'spend_vs_sales',
    title: 'Weekly media spend vs revenue',
    subtitle: `Model fit R² ${fit.diagnostics.r2.toFixed(2)} · holdout R² ${Number.isFinite(fit.diagnostics.holdoutR2) ? fit.diagnostics.holdoutR2.toFixed(2) : 'n/a'}`,
    weeks: table.weeks,
    spend,
    actual,
    fitted,
    salesLabel: 'Revenue',
    salesFormat: 'currency',
  };
}
