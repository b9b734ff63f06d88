import { describe, expect, it } from 'vitest';
import { MixError } from '../../src/errors.js';
import { allocate, randomFeasible, roundToCents, type Objective1D } from '../../src/mmm/optimizer-core.js';
import { resolveBounds } from '../../src/mmm/optimizer.js';
import { hill, hillDerivative } from '../../src/mmm/transforms.js';
import { createRng } from '../../src/util/rng.js';

const hillFn = (beta: number, K: number, s: number): Objective1D => ({
  value: (x) => beta * hill(x, K, s),
  derivative: (x) => beta * hillDerivative(x, K, s),
});

const sum = (x: number[]) => x.reduce((a, b) => a + b, 0);
const valueOf = (fns: Objective1D[], x: number[]) => x.reduce((a, v, i) => a + fns[i]!.value(v), 0);

describe('allocate on concave curves', () => {
  const fns = [hillFn(900, 400, 1), hillFn(500, 150, 1), hillFn(1200, 900, 1), hillFn(300, 60, 1), hillFn(700, 500, 1)];
  const current = [400, 150, 700, 80, 500];
  const budget = sum(current);
  const lower = current.map((c) => c * 0.5);
  const upper = current.map((c) => c * 1.5);

  it('reaches the KKT point: equal marginal returns among channels strictly inside their bounds', () => {
    const r = allocate({ functions: fns, lower, upper, budget }, createRng(1));
    expect(sum(r.x)).toBeCloseTo(budget, 6);
    const inside = r.x.map((v, i) => v > lower[i]! + 1e-6 && v < upper[i]! - 1e-6);
    const free = r.marginal.filter((_, i) => inside[i]);
    expect(free.length).toBeGreaterThanOrEqual(2);
    const lambda = free[0]!;
    for (const m of free) expect(Math.abs(m - lambda) / lambda).toBeLessThan(1e-3);
    // Channels at a bound are there for a reason: at the upper bound the margin is ≥ λ, at the lower ≤ λ.
    r.x.forEach((v, i) => {
      if (v >= upper[i]! - 1e-6) expect(r.marginal[i]!).toBeGreaterThanOrEqual(lambda * (1 - 1e-3));
      if (v <= lower[i]! + 1e-6) expect(r.marginal[i]!).toBeLessThanOrEqual(lambda * (1 + 1e-3));
    });
  });

  it('beats 1,000 random feasible allocations', () => {
    const r = allocate({ functions: fns, lower, upper, budget }, createRng(2));
    const rng = createRng(3);
    for (let i = 0; i < 1000; i++) {
      const x = randomFeasible(lower, upper, budget, rng);
      expect(sum(x)).toBeCloseTo(budget, 6);
      expect(valueOf(fns, x)).toBeLessThanOrEqual(r.value + 1e-9);
    }
  });
});

describe('allocate on S-shaped curves', () => {
  it('finds the global optimum a brute-force grid finds (no getting stuck at zero marginal return)', () => {
    const fns = [hillFn(1000, 500, 3.5), hillFn(800, 300, 4), hillFn(600, 200, 3)];
    const lower = [0, 0, 0];
    const upper = [1200, 1200, 1200];
    const budget = 1100;
    const r = allocate({ functions: fns, lower, upper, budget }, createRng(5));
    let best = -Infinity;
    for (let a = 0; a <= budget; a += 5) {
      for (let b = 0; a + b <= budget; b += 5) best = Math.max(best, valueOf(fns, [a, b, budget - a - b]));
    }
    expect(r.value).toBeGreaterThanOrEqual(best - 1e-6 * best);
    expect(sum(r.x)).toBeCloseTo(budget, 6);
  });
});

describe('roundToCents', () => {
  it('keeps the total to the cent and every entry inside its bounds', () => {
    const rng = createRng(9);
    for (let k = 0; k < 200; k++) {
      const lower = Array.from({ length: 7 }, () => rng.uniform(0, 1000));
      const upper = lower.map((l) => l + rng.uniform(0, 1000));
      const budget = Math.round(rng.uniform(sum(lower), sum(upper)) * 100) / 100;
      const x = randomFeasible(lower, upper, budget, rng);
      const cents = roundToCents(x, lower, upper, budget);
      expect(cents.reduce((a, v) => a + Math.round(v * 100), 0)).toBe(Math.round(budget * 100));
      cents.forEach((v, i) => {
        expect(v).toBeGreaterThanOrEqual(lower[i]! - 0.005);
        expect(v).toBeLessThanOrEqual(upper[i]! + 0.005);
        expect(Math.round(v * 100)).toBeCloseTo(v * 100, 6);
      });
    }
  });
});

describe('resolveBounds', () => {
  const channels = ['tv', 'meta', 'radio'];
  const current = [1000, 500, 100];
  it('defaults to ±30 % of current, locks at current and scales the free channels to a new budget', () => {
    const def = resolveBounds(channels, current, {});
    expect(def.lower).toEqual([700, 350, 70]);
    expect(def.upper).toEqual([1300, 650, 130]);
    const locked = resolveBounds(channels, current, { lock: ['tv'], budget: 1900 });
    expect(locked.lower[0]).toBe(1000);
    expect(locked.upper[0]).toBe(1000);
    expect(locked.base[1]! + locked.base[2]!).toBeCloseTo(900, 9);
  });
  it('refuses unknown channels and budgets the bounds cannot meet', () => {
    expect(() => resolveBounds(channels, current, { lock: ['tiktok'] })).toThrow(MixError);
    expect(() => resolveBounds(channels, current, { lock: ['tv', 'meta', 'radio'], budget: 5000 })).toThrow(/outside feasible range/);
    expect(() => resolveBounds(channels, current, { channelBounds: { tv: [1.5, 1.2] } })).toThrow(MixError);
  });
});

describe('extra money on top of today\'s spend', () => {
  const channels = ['tv', 'meta', 'google', 'radio'];
  const current = [1000, 400, 300, 100];

  it('starts from today\'s mix unscaled, never cuts, holds locks and fits a large extra', () => {
    const r = resolveBounds(channels, current, { extra: 500, lock: ['radio'] });
    expect(r.budget).toBe(2300);
    expect(r.base).toEqual(current);
    expect(r.lower).toEqual(current);
    expect(r.upper[3]).toBe(100);
    expect(sum(r.upper)).toBeGreaterThanOrEqual(r.budget);
    // +30 % is the cap while the extra fits under it (with a quarter of headroom); a bigger one raises it.
    expect(resolveBounds(channels, current, { extra: 200 }).upper[0]).toBeCloseTo(1300, 6);
    expect(r.upper[0]).toBeCloseTo(1000 * (1 + (1.25 * 500) / 1700), 6);
    const big = resolveBounds(channels, current, { extra: 1600 });
    expect(sum(big.upper)).toBeGreaterThan(big.budget);
    expect(big.lower).toEqual(current);
  });

  it('refuses a bad extra, an extra with a budget, and an extra with every spending channel locked', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as MixError).code;
      }
      return 'none';
    };
    expect(code(() => resolveBounds(channels, current, { extra: -5 }))).toBe('MMM_INPUT_INVALID');
    expect(code(() => resolveBounds(channels, current, { extra: 5, budget: 10 }))).toBe('MMM_INPUT_INVALID');
    expect(code(() => resolveBounds(channels, current, { extra: 5, lock: channels }))).toBe('MMM_INPUT_INVALID');
  });
});
