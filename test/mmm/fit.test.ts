import { describe, expect, it } from 'vitest';
import { fitMmm } from '../../src/mmm/fit.js';
import { geometricAdstock, hillSaturation } from '../../src/mmm/transforms.js';
import type { LiftTest } from '../../src/mmm/types.js';
import { simulateWeekly } from './simulate.js';

const quick = { draws: 60, holdoutWeeks: 0 };

describe('fitMmm on a simulated weekly table with known truth', () => {
  const { table, truth } = simulateWeekly({ seed: 5, noise: 0.005, channels: 5 });
  const fit = fitMmm(table, { seed: 5, draws: 150 });

  it('recovers ROIs (median error ≤ 15 %) with honest intervals (truth inside for ≥ 4 of 5)', () => {
    const errors = fit.channelReports.map((r, c) => Math.abs(r.roi.estimate / truth[c]!.roi - 1)).sort((a, b) => a - b);
    expect(errors[2]!).toBeLessThanOrEqual(0.15);
    const inside = fit.channelReports.filter((r, c) => truth[c]!.roi >= r.roi.low && truth[c]!.roi <= r.roi.high);
    expect(inside.length).toBeGreaterThanOrEqual(4);
    expect(fit.diagnostics.r2).toBeGreaterThan(0.9);
    expect(fit.diagnostics.holdoutR2).toBeGreaterThan(0.6);
  });

  it('keeps estimates inside their intervals, non-negative, and decomposes the fitted line', () => {
    for (const r of fit.channelReports) {
      expect(r.roi.low).toBeGreaterThanOrEqual(0);
      expect(r.roi.low).toBeLessThanOrEqual(r.roi.estimate);
      expect(r.roi.estimate).toBeLessThanOrEqual(r.roi.high);
      expect(r.marginalRoi).toBeGreaterThanOrEqual(0);
    }
    fit.fitted.forEach((f, t) => {
      const sum = fit.baseline[t]! + fit.contributions.reduce((s, col) => s + col[t]!, 0);
      expect(sum).toBeCloseTo(f, 6);
    });
  });

  it('is deterministic for a seed', () => {
    const a = fitMmm(table, { seed: 9, ...quick });
    const b = fitMmm(table, { seed: 9, ...quick });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe('honesty: widen and warn', () => {
  it('flags channels whose spend moves together and lets their interval start at zero', () => {
    const { table } = simulateWeekly({ seed: 2, noise: 0.01, channels: 5, collinearPair: true });
    const fit = fitMmm(table, { seed: 2, ...quick });
    for (const name of ['tv', 'ooh']) {
      const r = fit.channelReports.find((x) => x.channel === name)!;
      expect(r.warnings.join(' ')).toMatch(/moves together with (tv|ooh)/);
      expect(r.roi.low).toBe(0);
    }
    expect(fit.diagnostics.warnings.join(' ')).toMatch(/cannot be separated: tv, ooh/);
  });

  it('warns about an omitted driver when residuals are autocorrelated, and widens', () => {
    const { table } = simulateWeekly({ seed: 4, noise: 0.005, channels: 5, omittedDriver: true });
    const fit = fitMmm(table, { seed: 4, ...quick });
    expect(fit.diagnostics.durbinWatson).toBeLessThan(1.2);
    expect(fit.diagnostics.warnings.join(' ')).toMatch(/probably missing from the data/);
    expect(fit.channelReports.every((r) => r.widened > 1)).toBe(true);
  });

  it('widens and warns on short histories', () => {
    const { table } = simulateWeekly({ seed: 6, noise: 0.01, channels: 4, weeks: 56 });
    const fit = fitMmm(table, { seed: 6, ...quick });
    expect(fit.diagnostics.warnings[0]).toMatch(/only 56 weeks/);
    expect(fit.channelReports.every((r) => r.widened >= Math.sqrt(78 / 56) - 1e-9)).toBe(true);
  });
});

describe('calibration with a lift test', () => {
  it('marks the channel calibrated and pulls its ROI towards the measured lift', () => {
    const { table } = simulateWeekly({ seed: 3, noise: 0.02, channels: 5 });
    const plain = fitMmm(table, { seed: 3, ...quick });
    const meta = plain.channelReports.find((r) => r.channel === 'meta')!;
    // A test claiming meta returns far more than the data alone suggest: the fit must move towards it.
    const test: LiftTest = {
      channel: 'meta',
      start: table.weeks[40]!,
      end: table.weeks[51]!,
      spendChange: -1,
      liftRevenue: -3 * meta.roi.estimate * table.spend[3]!.slice(40, 52).reduce((a, b) => a + b, 0),
      standardError: 1,
    };
    const cal = fitMmm(table, { seed: 3, ...quick, calibration: [test] });
    const metaCal = cal.channelReports.find((r) => r.channel === 'meta')!;
    expect(metaCal.calibrated).toBe(true);
    expect(metaCal.warnings).toContain('calibrated with a lift test');
    expect(metaCal.roi.estimate).toBeGreaterThan(meta.roi.estimate * 1.5);
    expect(cal.channelReports.filter((r) => r.calibrated).map((r) => r.channel)).toEqual(['meta']);
  });

  it('anchors every ensemble draw to the test for its own curve, so intervals agree with the experiment', () => {
    const { table, truth } = simulateWeekly({ seed: 8, noise: 0.02, channels: 5 });
    const c = table.channels.indexOf('meta');
    const x = table.spend[c]!;
    const [from, to] = [30, 41];
    const dark = x.map((v, w) => (w >= from && w <= to ? 0 : v));
    // Lift of a go-dark test under a curve: revenue from the test start to the end of the data.
    const liftOf = (curve: { decay: number; halfSaturation: number; slope: number; beta: number }) => {
      const base = hillSaturation(geometricAdstock(x, curve.decay), curve.halfSaturation, curve.slope);
      const off = hillSaturation(geometricAdstock(dark, curve.decay), curve.halfSaturation, curve.slope);
      let l = 0;
      for (let w = from; w < x.length; w++) l += table.valuePerKpi[w]! * curve.beta * (off[w]! - base[w]!);
      return l;
    };
    const t = truth[c]!;
    const lift = liftOf({ decay: t.decay, halfSaturation: t.halfSaturation, slope: t.slope, beta: t.beta });
    const test: LiftTest = { channel: 'meta', start: table.weeks[from]!, end: table.weeks[to]!, spendChange: -1, liftRevenue: lift, standardError: Math.abs(lift) * 0.02 };
    const fit = fitMmm(table, { seed: 8, draws: 80, holdoutWeeks: 0, calibration: [test] });
    const curves = new Set(fit.draws.map((d) => JSON.stringify([d.curves[c]!.decay, d.curves[c]!.halfSaturation, d.curves[c]!.slope])));
    expect(curves.size).toBeGreaterThan(3); // the draws do explore other curves for the channel
    for (const d of fit.draws) expect(Math.abs(liftOf(d.curves[c]!) / lift - 1)).toBeLessThan(0.05);
  });

  it('rejects lift tests for unknown channels or outside the data', () => {
    const { table } = simulateWeekly({ seed: 3, channels: 3 });
    expect(() => fitMmm(table, { calibration: [{ channel: 'fax', start: table.weeks[0]!, end: table.weeks[3]!, spendChange: 1, liftRevenue: 1 }] })).toThrow(
      /unknown channel fax/,
    );
    expect(() => fitMmm(table, { calibration: [{ channel: 'tv', start: '2031-01-01', end: '2031-02-01', spendChange: 1, liftRevenue: 1 }] })).toThrow(
      /outside the data/,
    );
  });
});
