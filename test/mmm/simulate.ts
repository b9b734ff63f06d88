/**
 * A small weekly-table simulator with known truth, built on the same transforms as the model: media
 * flights with shared seasonality, a baseline with trend, yearly season and controls, units valued at a
 * drifting price. Used by the tests (and as the "any weekly table" case) independently of the brand
 * generator.
 */
import { geometricAdstock, hillSaturation } from '../../src/mmm/transforms.js';
import type { WeeklyTable } from '../../src/mmm/types.js';
import { createRng } from '../../src/util/rng.js';

export interface SimChannelTruth {
  channel: string;
  decay: number;
  halfSaturation: number;
  slope: number;
  beta: number;
  spend: number;
  contributionUnits: number;
  contributionRevenue: number;
  roi: number;
}

export interface SimOptions {
  seed?: number;
  weeks?: number;
  channels?: number;
  /** Noise sd as a fraction of mean units (default 0.04). */
  noise?: number;
  /** Make channel 1 copy channel 0's spend pattern (collinear pair). */
  collinearPair?: boolean;
  /** Leave an AR(1) driver out of the controls. */
  omittedDriver?: boolean;
}

const NAMES = ['tv', 'ooh', 'youtube', 'meta', 'google', 'dv360', 'tiktok', 'linkedin', 'print', 'radio', 'events'];
const WEEKLY_BUDGET = [115_000, 38_000, 35_000, 46_000, 50_000, 23_000, 17_000, 11_500, 15_000, 9_600, 23_000];

export function simulateWeekly(options: SimOptions = {}): { table: WeeklyTable; truth: SimChannelTruth[] } {
  const rng = createRng(options.seed ?? 1);
  const n = options.weeks ?? 104;
  const k = options.channels ?? 11;
  const weeks = Array.from({ length: n }, (_, t) => new Date(Date.UTC(2024, 0, 1 + 7 * t)).toISOString().slice(0, 10));
  const season = Array.from({ length: n }, (_, t) => 1 + 0.25 * Math.sin((2 * Math.PI * t) / 52.18) + 0.1 * Math.cos((4 * Math.PI * t) / 52.18));
  const spend: number[][] = [];
  const channels = NAMES.slice(0, k).concat(Array.from({ length: Math.max(0, k - NAMES.length) }, (_, i) => `ch${i + 12}`));
  for (let c = 0; c < k; c++) {
    const r = rng.fork(`spend-${c}`);
    const base = WEEKLY_BUDGET[c % WEEKLY_BUDGET.length] as number;
    const flighted = c === 0 || c === 1 || c === 8 || c === 10;
    const s: number[] = [];
    let on = true;
    for (let t = 0; t < n; t++) {
      if (flighted && t % 4 === 0) on = r.bool(0.6);
      const level = flighted ? (on ? 1.6 : 0.15 * r.next()) : r.lognormal(0, 0.35);
      s.push(Math.max(0, Math.round(base * level * (0.8 + 0.4 * (season[t] as number - 0.75)) * 100) / 100));
    }
    spend.push(s);
  }
  if (options.collinearPair && k >= 2) {
    const r = rng.fork('collinear');
    spend[1] = (spend[0] as number[]).map((v) => Math.round(v * 0.4 * (1 + r.normal(0, 0.02)) * 100) / 100);
  }
  const tr = rng.fork('truth');
  const truthParams = channels.map((ch, c) => ({
    channel: ch,
    decay: [0.6, 0.4, 0.3, 0.2, 0.1, 0.2, 0.25, 0.3, 0.5, 0.35, 0.45][c % 11] as number,
    kRel: tr.uniform(0.6, 1.6),
    slope: [1.2, 1.8, 1, 1.4, 1, 1.6, 2.2, 1.1, 1.5, 1.3, 2.5][c % 11] as number,
    roiTarget: tr.uniform(0.8, 5),
  }));
  const price = Array.from({ length: n }, (_, t) => 42_000 + 60 * t + 1500 * Math.sin(t / 9));
  const confidence = Array.from({ length: n }, () => rng.normal(0, 1));
  const competitor = Array.from({ length: n }, (_, t) => 200_000 * (1 + 0.3 * Math.sin(t / 5)) + rng.normal(0, 20_000));
  const omitted: number[] = [];
  let ar = 0;
  for (let t = 0; t < n; t++) {
    ar = 0.85 * ar + rng.normal(0, 1);
    omitted.push(ar);
  }
  const baseUnits = season.map((s, t) => 60 * s + 0.1 * t + 3 * (confidence[t] as number) - 0.00002 * (competitor[t] as number) + (options.omittedDriver ? 12 * (omitted[t] as number) : 0));
  const media = new Array<number>(n).fill(0);
  const truth: SimChannelTruth[] = [];
  truthParams.forEach((p, c) => {
    const a = geometricAdstock(spend[c] as number[], p.decay);
    const pos = Array.from(a).filter((v) => v > 0);
    const K = p.kRel * (pos.reduce((x, y) => x + y, 0) / pos.length);
    const h = hillSaturation(a, K, p.slope);
    const total = (spend[c] as number[]).reduce((x, y) => x + y, 0);
    let hv = 0;
    for (let t = 0; t < n; t++) hv += (h[t] as number) * (price[t] as number);
    const beta = (p.roiTarget * total) / hv;
    let cu = 0;
    for (let t = 0; t < n; t++) {
      const u = beta * (h[t] as number);
      media[t] = (media[t] as number) + u;
      cu += u;
    }
    truth.push({
      channel: p.channel,
      decay: p.decay,
      halfSaturation: K,
      slope: p.slope,
      beta,
      spend: total,
      contributionUnits: cu,
      contributionRevenue: beta * hv,
      roi: (beta * hv) / total,
    });
  });
  const meanUnits = baseUnits.reduce((a, b) => a + b, 0) / n;
  const noise = options.noise ?? 0.03;
  const units = baseUnits.map((b, t) => Math.max(0, b + (media[t] as number) + rng.normal(0, noise * meanUnits)));
  const table: WeeklyTable = {
    weeks,
    channels,
    spend,
    kpi: units,
    kpiName: 'units_sold',
    valuePerKpi: price,
    revenue: units.map((u, t) => u * (price[t] as number)),
    units,
    controls: [
      { name: 'consumer_confidence', values: confidence },
      { name: 'competitor_spend', values: competitor },
    ],
  };
  return { table, truth };
}
