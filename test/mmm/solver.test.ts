import { describe, expect, it } from 'vitest';
import { fitRidge } from '../../src/mmm/ridge.js';
import { gramOf, solveGram } from '../../src/mmm/solver.js';
import { createRng } from '../../src/util/rng.js';

describe('Gram-based bounded ridge', () => {
  it('matches the coordinate-descent ridge and satisfies the KKT conditions with non-negativity', () => {
    const rng = createRng(3);
    const n = 120;
    const p = 8;
    const cols: Float64Array[] = [new Float64Array(n).fill(1)];
    for (let j = 1; j < p; j++) cols.push(Float64Array.from({ length: n }, () => rng.normal(0, 1)));
    // Correlated pair and two truly negative effects that the bound must clip.
    cols[2] = cols[1]!.map((v) => 0.8 * v + 0.2 * rng.normal(0, 1));
    const truth = [5, 1.5, 0.8, -0.7, 0.3, -0.4, 0, 0.9];
    const y = Float64Array.from({ length: n }, (_, t) => cols.reduce((s, c, j) => s + truth[j]! * c[t]!, 0) + rng.normal(0, 0.3));
    const nonNeg = [false, true, true, true, true, true, true, false];
    const penalty = [0, 1, 1, 1, 1, 1, 1, 1];
    const lambda = 0.01;
    const { G, c } = gramOf(cols, y, 0, n);
    const b = solveGram(G, c, p, { lambdaN: lambda * n, penalty, nonNeg });
    expect(b[3]).toBe(0);
    expect(b[5]).toBe(0);
    // KKT: gradient zero on free coefficients, non-positive (cannot improve by increasing) at the bound.
    for (let j = 0; j < p; j++) {
      let g = c[j]! - lambda * n * penalty[j]! * b[j]!;
      for (let m = 0; m < p; m++) g -= G[j * p + m]! * b[m]!;
      if (nonNeg[j] && b[j] === 0) expect(g).toBeLessThanOrEqual(1e-6);
      else expect(Math.abs(g)).toBeLessThan(1e-6);
    }
    // Same optimum as src/mmm/ridge.ts (columns are standardised there, so compare predictions).
    const ref = fitRidge(cols.slice(1), y, { lambda: 0, lower: nonNeg.slice(1).map((v) => (v ? 0 : undefined)), maxIter: 20000, tol: 1e-12 });
    const free = solveGram(G, c, p, { lambdaN: 0, penalty, nonNeg });
    for (let j = 1; j < p; j++) expect(free[j]!).toBeCloseTo(ref.coef[j - 1]!, 5);
  });

  it('honours prior means (calibration pulls a coefficient towards its prior)', () => {
    const rng = createRng(4);
    const n = 80;
    const x = Float64Array.from({ length: n }, () => rng.normal(0, 1));
    const y = Float64Array.from({ length: n }, (_, t) => 2 * x[t]! + rng.normal(0, 1));
    const cols = [new Float64Array(n).fill(1), x];
    const { G, c } = gramOf(cols, y, 0, n);
    const plain = solveGram(G, c, 2, { lambdaN: 0, penalty: [0, 1], nonNeg: [false, true] });
    const pulled = solveGram(G, c, 2, { lambdaN: 5 * n, penalty: [0, 1], nonNeg: [false, true], prior: [0, 4] });
    expect(plain[1]!).toBeGreaterThan(1.5);
    expect(plain[1]!).toBeLessThan(2.5);
    expect(pulled[1]!).toBeGreaterThan(3.5);
  });
});
