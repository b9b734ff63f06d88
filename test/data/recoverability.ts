/**
 * Sanity fit used by the recoverability test: with the TRUE decays and saturation curves known, a bounded
 * ridge on model_ready.csv must recover each channel's beta (and so its ROI). If this fails, no MMM can.
 */
import { parse } from 'csv-parse/sync';
import { MMM_CHANNELS, type MmmChannel } from '../../src/data/brand/catalog.js';
import { fitRidge } from '../../src/mmm/ridge.js';
import { geometricAdstock, hillSaturation } from '../../src/mmm/transforms.js';

interface Truth {
  channels: Record<string, { decay: number; half_saturation: number; slope: number; beta_units: number; true_roi: number }>;
}

export interface Recovery {
  roiTrue: Record<MmmChannel, number>;
  roiFit: Record<MmmChannel, number>;
  relError: Record<MmmChannel, number>;
  medianRelError: number;
  r2: number;
}

const CONTROLS = ['promo_depth', 'competitor_spend', 'consumer_confidence', 'market_index', 'event_flag', 'models_on_sale'];

export function recoverWithTrueCurves(modelReadyCsv: string, truthJson: string): Recovery {
  const rows = parse(modelReadyCsv, { columns: true }) as Record<string, string>[];
  const truth = JSON.parse(truthJson) as Truth;
  const n = rows.length;
  const X: Float64Array[] = [];
  for (const ch of MMM_CHANNELS) {
    const p = truth.channels[ch]!;
    X.push(hillSaturation(geometricAdstock(rows.map((r) => Number(r[`${ch}_spend`])), p.decay), p.half_saturation, p.slope));
  }
  for (const c of CONTROLS) X.push(Float64Array.from(rows.map((r) => Number(r[c]))));
  X.push(Float64Array.from({ length: n }, (_, t) => t));
  const y = rows.map((r) => Number(r.units_sold));
  const fit = fitRidge(X, y, { lambda: 1e-4, lower: [...MMM_CHANNELS.map(() => 0), ...CONTROLS.map(() => undefined), undefined] });
  const roiTrue = {} as Record<MmmChannel, number>;
  const roiFit = {} as Record<MmmChannel, number>;
  const relError = {} as Record<MmmChannel, number>;
  MMM_CHANNELS.forEach((ch, j) => {
    const p = truth.channels[ch]!;
    roiTrue[ch] = p.true_roi;
    roiFit[ch] = p.true_roi * ((fit.coef[j] as number) / p.beta_units);
    relError[ch] = Math.abs(roiFit[ch] / roiTrue[ch] - 1);
  });
  const pred = y.map((_, t) => fit.intercept + X.reduce((a, col, j) => a + (fit.coef[j] as number) * (col[t] as number), 0));
  const mean = y.reduce((a, b) => a + b, 0) / n;
  const ssr = y.reduce((a, v, t) => a + (v - (pred[t] as number)) ** 2, 0);
  const sst = y.reduce((a, v) => a + (v - mean) ** 2, 0);
  const errs = Object.values(relError).sort((a, b) => a - b);
  return { roiTrue, roiFit, relError, medianRelError: errs[Math.floor(errs.length / 2)] as number, r2: 1 - ssr / sst };
}
