/**
 * The full design: intercept, baseline features (trend, Fourier, controls) and one saturated media column
 * per channel, all standardised, plus the standardised KPI. Converts solver coefficients back to KPI units.
 */
import { buildBaseFeatures, standardise, type BaseFeatures } from './features.js';
import { AdstockCache, halfSaturationOf, mediaColumn } from './media.js';
import type { ChannelCurve, ChannelHyper, WeeklyTable } from './types.js';

export interface Design {
  n: number;
  /** Column 0 is the intercept, then `base.names`, then one column per channel. */
  cols: Float64Array[];
  penalty: number[];
  nonNeg: boolean[];
  y: Float64Array;
  yMean: number;
  ySd: number;
  base: BaseFeatures;
  /** Index of the first media column. */
  mediaStart: number;
  channels: number;
  /** Mean and sd of each media column's raw h (for un-standardising). */
  mediaMean: number[];
  mediaSd: number[];
  cache: AdstockCache;
}

export function buildDesign(table: WeeklyTable, hyper: ChannelHyper[], fourierOrder = 2): Design {
  const n = table.weeks.length;
  const base = buildBaseFeatures(table, fourierOrder);
  const ys = standardise(table.kpi);
  const cache = new AdstockCache(table.spend);
  const cols: Float64Array[] = [new Float64Array(n).fill(1), ...base.columns];
  const penalty = [0, ...base.penalty];
  const nonNeg = [false, ...base.names.map(() => false)];
  const mediaStart = cols.length;
  const mediaMean: number[] = [];
  const mediaSd: number[] = [];
  table.channels.forEach((_, c) => {
    const s = standardise(mediaColumn(cache, c, hyper[c] as ChannelHyper));
    cols.push(s.values);
    penalty.push(1);
    nonNeg.push(true);
    mediaMean.push(s.mean);
    mediaSd.push(s.sd);
  });
  return {
    n,
    cols,
    penalty,
    nonNeg,
    y: ys.values,
    yMean: ys.mean,
    ySd: ys.sd,
    base,
    mediaStart,
    channels: table.channels.length,
    mediaMean,
    mediaSd,
    cache,
  };
}

/** Standardised media column for a candidate hyper-parameter set, with its raw mean and sd. */
export function candidateColumn(
  design: Design,
  channel: number,
  hyper: ChannelHyper,
  scratch?: Float64Array,
): { z: Float64Array; mean: number; sd: number } {
  const h = mediaColumn(design.cache, channel, hyper, scratch);
  const s = standardise(h);
  return { z: s.values, mean: s.mean, sd: s.sd };
}

/** Replaces a channel's column in the design (after the search picked its hyper-parameters). */
export function setMediaColumn(design: Design, channel: number, hyper: ChannelHyper): void {
  const { z, mean, sd } = candidateColumn(design, channel, hyper);
  design.cols[design.mediaStart + channel] = z;
  design.mediaMean[channel] = mean;
  design.mediaSd[channel] = sd;
}

/** Absolute curve (KPI units) of a channel from its standardised coefficient. */
export function curveFromCoef(
  design: Design,
  channel: number,
  hyper: ChannelHyper,
  b: number,
  mediaSd = design.mediaSd[channel] as number,
): ChannelCurve {
  return {
    decay: hyper.decay,
    halfSaturation: halfSaturationOf(design.cache, channel, hyper),
    slope: hyper.slope,
    beta: (b * design.ySd) / (mediaSd || 1),
  };
}

/** Prediction in KPI units from standardised coefficients. */
export function predictKpi(design: Design, b: ArrayLike<number>, cols = design.cols): number[] {
  const out = new Array<number>(design.n).fill(0);
  for (let j = 0; j < cols.length; j++) {
    const bj = b[j] as number;
    if (bj === 0) continue;
    const col = cols[j] as Float64Array;
    for (let t = 0; t < design.n; t++) out[t] = (out[t] as number) + bj * (col[t] as number);
  }
  return out.map((v) => design.yMean + design.ySd * v);
}
