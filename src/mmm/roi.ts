/**
 * Per-channel ROI report: contribution and ROI (revenue per unit of spend) with bootstrap intervals,
 * marginal ROI, and the honesty rules — an interval is widened and a warning attached when
 *  - the channel's media column moves with another channel's (|r| ≥ 0.8): the data only know the pair's
 *    total, so the interval must allow any split of it (from 0 to the whole pair's contribution);
 *  - the weeks are few (< 78): half-widths × √(78/n);
 *  - residuals are autocorrelated (a likely omitted driver): half-widths × √((1+ρ₁)/(1−ρ₁)), the variance
 *    inflation of a mean under AR(1) errors, capped at 2.5.
 */
import type { ResponseModel } from './response.js';
import type { ChannelCurve, ChannelReport, Draw } from './types.js';

export interface HonestyInputs {
  /** Pairwise correlations of the media columns [c][c']. */
  correlations: number[][];
  weeks: number;
  /** Lag-1 autocorrelation of residuals. */
  residualRho: number;
  omittedDriver: boolean;
  calibrated: boolean[];
}

export const COLLINEAR_R = 0.8;
export const COMFORTABLE_WEEKS_FOR_INTERVALS = 78;

export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const pos = p * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

function widen(est: number, low: number, high: number, f: number): { low: number; high: number } {
  return { low: Math.max(0, est - f * (est - low)), high: est + f * (high - est) };
}

export function channelReports(
  model: ResponseModel,
  curves: readonly ChannelCurve[],
  draws: readonly Draw[],
  level: number,
  honesty: HonestyInputs,
): ChannelReport[] {
  const channels = model.table.channels;
  const a = (1 - level) / 2;
  const contrib = curves.map((cv, c) => model.contribution(c, cv));
  return channels.map((channel, c) => {
    const curve = curves[c] as ChannelCurve;
    const spend = model.spend(c);
    const est = contrib[c] as number;
    const samples = draws.map((d) => model.contribution(c, d.curves[c] as ChannelCurve)).sort((x, y) => x - y);
    let low = Math.min(quantile(samples, a), est);
    let high = Math.max(quantile(samples, 1 - a), est);
    const warnings: string[] = [];
    let factor = 1;
    if (honesty.weeks < COMFORTABLE_WEEKS_FOR_INTERVALS) {
      factor *= Math.sqrt(COMFORTABLE_WEEKS_FOR_INTERVALS / honesty.weeks);
      warnings.push(`only ${honesty.weeks} weeks of data: interval widened`);
    }
    if (honesty.omittedDriver) {
      const rho = Math.max(0, Math.min(0.9, honesty.residualRho));
      factor *= Math.min(2.5, Math.sqrt((1 + rho) / (1 - rho)));
      warnings.push('the residuals move in long waves, as if a driver were missing from the data: interval widened');
    }
    ({ low, high } = widen(est, low, high, factor));
    let maxCorrelation: ChannelReport['maxCorrelation'] = null;
    const row = honesty.correlations[c] ?? [];
    row.forEach((r, k) => {
      if (k !== c && (!maxCorrelation || Math.abs(r) > Math.abs(maxCorrelation.r))) maxCorrelation = { with: channels[k] as string, r };
    });
    const partners = row.map((r, k) => ({ r, k })).filter(({ r, k }) => k !== c && Math.abs(r) >= COLLINEAR_R);
    if (partners.length > 0) {
      const pairTotal = est + partners.reduce((s, { k }) => s + (contrib[k] as number), 0);
      low = 0;
      high = Math.max(high, pairTotal);
      factor = Math.max(factor, 1.0001);
      warnings.push(
        `spend moves together with ${partners.map(({ k }) => channels[k]).join(', ')} (r ≥ ${COLLINEAR_R}); ` +
          'the data cannot separate their effects, so the range allows any split of their joint contribution',
      );
    }
    const roi = (v: number) => (spend > 0 ? v / spend : 0);
    if (spend > 0 && high / spend - low / spend > 2 * Math.max(roi(est), 0.25)) warnings.push('wide interval: treat this ROI as indicative only; a lift test on this channel would narrow it');
    return {
      channel,
      spend,
      curve,
      contribution: { estimate: est, low, high },
      roi: { estimate: roi(est), low: roi(low), high: roi(high) },
      contributionKpi: 0,
      marginalRoi: model.marginalRoi(c, curve),
      calibrated: honesty.calibrated[c] ?? false,
      widened: factor,
      warnings,
      maxCorrelation,
    };
  });
}
