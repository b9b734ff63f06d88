import { describe, expect, it } from 'vitest';
import { ResponseModel, tailWeeks } from '../../src/mmm/response.js';
import type { ChannelCurve, WeeklyTable } from '../../src/mmm/types.js';

/** Two channels over `n` weeks: a steady one and one that spends only in the last week. */
function table(n: number, lastWeekOnly: number, price = 2): WeeklyTable {
  const weeks = Array.from({ length: n }, (_, t) => new Date(Date.UTC(2025, 0, 6 + 7 * t)).toISOString().slice(0, 10));
  return {
    weeks,
    channels: ['steady', 'burst'],
    spend: [new Array<number>(n).fill(100), Array.from({ length: n }, (_, t) => (t === n - 1 ? lastWeekOnly : 0))],
    kpi: new Array<number>(n).fill(1000),
    kpiName: 'units',
    valuePerKpi: new Array<number>(n).fill(price),
    revenue: new Array<number>(n).fill(1000 * price),
    controls: [],
  };
}

// Half-saturation far above the spend: the curve is practically linear, h(a) ≈ a / K.
const linear = (decay: number): ChannelCurve => ({ decay, halfSaturation: 1e9, slope: 1, beta: 1e9 });

describe('ResponseModel carry-over after a planning window', () => {
  it('counts the tail a last-week burst earns after the window ends, and only with carryOver', () => {
    const t = table(20, 1000);
    const inside = new ResponseModel(t, 4);
    const withTail = new ResponseModel(t, 4, { carryOver: true });
    const decay = 0.6;
    // Inside the window the burst earns one week: price × spend. With the tail: price × spend / (1 − decay)
    // up to the 0.1 % cut-off.
    expect(inside.contribution(1, linear(decay))).toBeCloseTo(2 * 1000, 0);
    expect(withTail.contribution(1, linear(decay)) / (2 * 1000 / (1 - decay))).toBeGreaterThan(0.998);
    expect(withTail.contribution(1, linear(decay)) / (2 * 1000 / (1 - decay))).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('changes nothing for a channel without carry-over', () => {
    const t = table(20, 1000);
    const curve: ChannelCurve = { decay: 0, halfSaturation: 150, slope: 1.3, beta: 50 };
    const a = new ResponseModel(t, 6);
    const b = new ResponseModel(t, 6, { carryOver: true });
    for (const m of [0, 0.5, 1, 1.7]) {
      expect(b.revenue(0, curve, m)).toBe(a.revenue(0, curve, m));
      expect(b.derivative(0, curve, m)).toBe(a.derivative(0, curve, m));
    }
    expect(tailWeeks(0)).toBe(0);
  });

  it('does not credit the window with the tail of spend made before it', () => {
    // Spend only before a 3-week window: the window's own contribution is zero with or without the tail.
    const t = table(12, 0);
    t.spend[0] = Array.from({ length: 12 }, (_, w) => (w < 9 ? 500 : 0));
    const model = new ResponseModel(t, 3, { carryOver: true });
    expect(model.spend(0)).toBe(0);
    expect(model.contribution(0, { decay: 0.7, halfSaturation: 400, slope: 1.2, beta: 10 })).toBeCloseTo(0, 9);
  });

  it('has a derivative that matches finite differences of the revenue, tail included', () => {
    const t = table(30, 800);
    const model = new ResponseModel(t, 5, { carryOver: true });
    const curve: ChannelCurve = { decay: 0.55, halfSaturation: 300, slope: 1.4, beta: 40 };
    for (const c of [0, 1]) {
      for (const m of [0.3, 1, 1.6]) {
        const h = 1e-5;
        const fd = (model.revenue(c, curve, m + h) - model.revenue(c, curve, m - h)) / (2 * h);
        expect(Math.abs(model.derivative(c, curve, m) - fd) / Math.abs(fd)).toBeLessThan(1e-5);
      }
    }
  });

  it('keeps the carry-over setting when valued in units', () => {
    const t = table(20, 1000, 3);
    const units = new ResponseModel(t, 4, { carryOver: true }).inUnits();
    expect(units.carryOver).toBe(true);
    expect(units.contribution(1, linear(0.5)) / (1000 / 0.5)).toBeGreaterThan(0.998);
  });

  it('stops the tail after a year or at 0.1 % of the last level', () => {
    expect(tailWeeks(0.5)).toBe(10);
    expect(tailWeeks(0.9)).toBe(52);
    expect(tailWeeks(0.99)).toBe(52);
  });
});
