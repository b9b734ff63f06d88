/**
 * Lift-test calibration. A test says: in weeks [start, end] the channel's spend changed by `spendChange`
 * and revenue moved by `liftRevenue` ± `standardError`. Under hyper-parameters h the model predicts
 * lift = β · D(h), with D(h) = Σ_t value_t · (h(adstock(x′))_t − h(adstock(x))_t) from the test start to the
 * end of the data (carry-over included). Treating the test as a Gaussian observation of β·D gives
 *  - in the search, a score term (L − β·D)² / 2se² (hyper-parameters that contradict the test lose), and
 *  - in every fit, a Gaussian prior on the channel's coefficient with mean L/D and precision D²/se²,
 *    combined with the ridge penalty (PyMC-Marketing's `add_lift_test_measurements` in spirit).
 */
import { MixError } from '../errors.js';
import type { Design } from './design.js';
import { geometricAdstock, hillSaturation } from './transforms.js';
import { halfSaturationOf } from './media.js';
import type { ChannelHyper, LiftTest, WeeklyTable } from './types.js';

export interface PreparedLiftTest {
  channel: number;
  from: number;
  to: number;
  spendChange: number;
  lift: number;
  se: number;
}

export function prepareLiftTests(table: WeeklyTable, tests: readonly LiftTest[] = []): PreparedLiftTest[] {
  return tests.map((t) => {
    const channel = table.channels.indexOf(t.channel);
    if (channel < 0) {
      throw new MixError('MMM_INPUT_INVALID', `lift test for unknown channel ${t.channel}`, {
        userMessage: `The lift test names a channel I do not know: ${t.channel} (known: ${table.channels.join(', ')}).`,
      });
    }
    const from = table.weeks.findIndex((w) => w >= t.start);
    let to = -1;
    table.weeks.forEach((w, i) => {
      if (w <= t.end) to = i;
    });
    if (from < 0 || to < from) {
      throw new MixError('MMM_INPUT_INVALID', `lift test window ${t.start}..${t.end} outside the data`, {
        userMessage: `The lift test for ${t.channel} (${t.start} to ${t.end}) does not overlap the weeks in the data.`,
      });
    }
    if (!(t.spendChange > -1 - 1e-9) || t.spendChange === 0) {
      throw new MixError('MMM_INPUT_INVALID', `lift test spend change ${t.spendChange} invalid`, {
        userMessage: 'A lift test needs a spend change other than 0 and not below −100 %.',
      });
    }
    const se = t.standardError ?? Math.max(Math.abs(t.liftRevenue) * 0.2, 1e-9);
    if (!(se > 0)) throw new MixError('MMM_INPUT_INVALID', 'lift test standard error must be positive');
    return { channel, from, to, spendChange: t.spendChange, lift: t.liftRevenue, se };
  });
}

/** D(h): revenue lift per unit of β (KPI units at saturation) that the test's spend change produces. */
export function liftPerBeta(table: WeeklyTable, design: Design, test: PreparedLiftTest, hyper: ChannelHyper): number {
  const x = table.spend[test.channel] as number[];
  const changed = x.map((v, t) => (t >= test.from && t <= test.to ? v * (1 + test.spendChange) : v));
  const K = halfSaturationOf(design.cache, test.channel, hyper);
  const base = hillSaturation(geometricAdstock(x, hyper.decay), K, hyper.slope);
  const alt = hillSaturation(geometricAdstock(changed, hyper.decay), K, hyper.slope);
  let d = 0;
  for (let t = test.from; t < x.length; t++) d += (table.valuePerKpi[t] as number) * ((alt[t] as number) - (base[t] as number));
  return d;
}

export interface CalibrationTerms {
  /** Prior means of the standardised coefficients (0 for uncalibrated columns). */
  prior: number[];
  /** Penalty multipliers (≥ 1 on calibrated channels). */
  boost: number[];
}

/**
 * Ridge prior terms for one fit: for each calibrated channel, precision W = σ²·k²/se² summed over its tests
 * (k = ySd·D/mediaSd maps the standardised coefficient to revenue lift), combined with the ridge pull λN.
 */
export function calibrationTerms(
  table: WeeklyTable,
  design: Design,
  tests: readonly PreparedLiftTest[],
  hyper: readonly ChannelHyper[],
  mediaSd: readonly number[],
  lambdaN: number,
  sigma2: number,
): CalibrationTerms {
  const p = design.cols.length;
  const prior = new Array<number>(p).fill(0);
  const boost = new Array<number>(p).fill(1);
  const byChannel = new Map<number, { w: number; wm: number }>();
  for (const t of tests) {
    const h = hyper[t.channel] as ChannelHyper;
    const k = (design.ySd * liftPerBeta(table, design, t, h)) / ((mediaSd[t.channel] as number) || 1);
    if (Math.abs(k) < 1e-12) continue;
    const w = (sigma2 * k * k) / (t.se * t.se);
    const acc = byChannel.get(t.channel) ?? { w: 0, wm: 0 };
    acc.w += w;
    acc.wm += w * (t.lift / k);
    byChannel.set(t.channel, acc);
  }
  for (const [c, { w, wm }] of byChannel) {
    const j = design.mediaStart + c;
    const ridge = lambdaN * (design.penalty[j] as number);
    boost[j] = (ridge + w) / Math.max(ridge, 1e-12);
    prior[j] = wm / (ridge + w);
  }
  return { prior, boost };
}

/** Search score term: Σ (L − b·k)²/se² over this channel's tests (−2 log-likelihood of the tests). */
export function calibrationScore(
  table: WeeklyTable,
  design: Design,
  tests: readonly PreparedLiftTest[],
): (channel: number, hyper: ChannelHyper, mediaSd: number, b: Float64Array) => number {
  const memo = new Map<string, number>();
  return (channel, hyper, mediaSd, b) => {
    let s = 0;
    for (let i = 0; i < tests.length; i++) {
      const t = tests[i] as PreparedLiftTest;
      if (t.channel !== channel) continue;
      const key = `${i}|${hyper.decay}|${hyper.kRel}|${hyper.slope}`;
      let d = memo.get(key);
      if (d === undefined) {
        d = liftPerBeta(table, design, t, hyper);
        memo.set(key, d);
      }
      const k = (design.ySd * d) / (mediaSd || 1);
      const pred = (b[design.mediaStart + channel] as number) * k;
      s += (t.lift - pred) ** 2 / (t.se * t.se);
    }
    return s;
  };
}
