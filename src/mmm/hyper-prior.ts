/**
 * Weak priors on each channel's hyper-parameters, in the spirit of Meridian's defaults (adstock decay
 * uniform; half-saturation TruncatedNormal(0.8, 0.8) relative to the median media value; Hill slope 1,
 * which Meridian fixes and we only favour, so S-shaped curves stay possible when the data ask for them).
 * They break the ties the data cannot: with 104 weeks many curves fit almost equally well, and without a
 * prior the search drifts to fully saturated curves whose level trades off against the intercept.
 */
import type { ChannelHyper } from './types.js';

export interface HyperPriorSpec {
  kRelMean: number;
  kRelSd: number;
  /** sd of log(slope) around log(slopeMean). */
  logSlopeSd: number;
  /** Centre of the slope prior (default 1). */
  slopeMean?: number;
  /** Optional normal prior on the decay (default flat, as Meridian's Uniform(0, 1)). */
  decayMean?: number;
  decaySd?: number;
}

export const DEFAULT_HYPER_PRIOR: HyperPriorSpec = { kRelMean: 0.8, kRelSd: 0.8, logSlopeSd: 0.35 };

/** −log prior density (up to a constant). */
export function hyperNegLogPrior(h: ChannelHyper, spec: HyperPriorSpec = DEFAULT_HYPER_PRIOR): number {
  const k = (h.kRel - spec.kRelMean) / spec.kRelSd;
  const s = Math.log(h.slope / (spec.slopeMean ?? 1)) / spec.logSlopeSd;
  const d = spec.decayMean !== undefined && spec.decaySd ? (h.decay - spec.decayMean) / spec.decaySd : 0;
  return 0.5 * (k * k + s * s + d * d);
}
