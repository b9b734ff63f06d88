import { describe, expect, it } from 'vitest';
import { fitRidge, predictRidge, rSquared } from '../../src/mmm/ridge.js';
import { geometricAdstock, hill, hillDerivative, hillSaturation } from '../../src/mmm/transforms.js';
import { createRng } from '../../src/util/rng.js';

describe('transforms', () => {
  it('geometric adstock carries over', () => {
    expect(Array.from(geometricAdstock([10, 0, 0], 0.5))).toEqual([10, 5, 2.5]);
  });
  it('hill is 0.5 at the half-saturation point and its derivative matches a finite difference', () => {
    expect(hill(200, 200, 2)).toBeCloseTo(0.5);
    const d = (hill(150.001, 200, 2.3) - hill(149.999, 200, 2.3)) / 0.002;
    expect(hillDerivative(150, 200, 2.3)).toBeCloseTo(d, 6);
    expect(Array.from(hillSaturation([0, 200], 200, 1))).toEqual([0, 0.5]);
  });
  it('rejects impossible parameters', () => {
    expect(() => geometricAdstock([1], 1)).toThrow(RangeError);
  });
});

describe('bounded ridge', () => {
  it('recovers coefficients and honours a lower bound of zero', () => {
    const rng = createRng(7);
    const n = 200;
    const x1 = Array.from({ length: n }, () => rng.normal(5, 2));
    const x2 = Array.from({ length: n }, () => rng.normal(0, 1));
    const y = x1.map((v, i) => 3 + 2 * v - 0.5 * (x2[i] as number) + rng.normal(0, 0.1));
    const free = fitRidge([x1, x2], y, { lambda: 1e-6 });
    expect(free.coef[0]).toBeCloseTo(2, 1);
    expect(free.coef[1]).toBeCloseTo(-0.5, 1);
    expect(rSquared(y, predictRidge(free, [x1, x2]))).toBeGreaterThan(0.99);
    const bounded = fitRidge([x1, x2], y, { lambda: 1e-6, lower: [0, 0] });
    expect(bounded.coef[1]).toBe(0);
    expect(bounded.coef[0]).toBeGreaterThan(1.9);
  });
});
