/**
 * The point estimate reported for each channel: the median of the uncertainty ensemble (a posterior
 * median), not the single best fit. With 11 channels and ~104 weeks the best fit sometimes lands on an
 * extreme curve (near-saturated, huge β) that the resampled fits disagree with; the ensemble median is far
 * more stable (on generated data its median ROI error was about two thirds of the best fit's at realistic
 * noise, and equal at low noise). The best fit's curve shape is kept and its level rescaled to the median
 * contribution, so curves, optimiser and decomposition agree with the ROI table.
 */
import type { ResponseModel } from './response.js';
import { quantile } from './roi.js';
import type { ChannelCurve, Draw } from './types.js';

export function medianCurves(model: ResponseModel, best: readonly ChannelCurve[], draws: readonly Draw[]): ChannelCurve[] {
  if (draws.length === 0) return best.map((c) => ({ ...c }));
  return best.map((curve, c) => {
    const contributions = draws.map((d) => model.contribution(c, d.curves[c] as ChannelCurve));
    const sorted = contributions.slice().sort((a, b) => a - b);
    const target = quantile(sorted, 0.5);
    const own = model.contribution(c, curve);
    if (own > 0 && curve.beta > 0) return { ...curve, beta: (curve.beta * target) / own };
    // The best fit switched the channel off: use the ensemble's median member instead.
    let pick = 0;
    contributions.forEach((v, i) => {
      if (Math.abs(v - target) < Math.abs((contributions[pick] as number) - target)) pick = i;
    });
    return { ...((draws[pick] as Draw).curves[c] as ChannelCurve) };
  });
}
