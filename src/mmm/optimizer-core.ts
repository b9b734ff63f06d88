/**
 * Separable resource allocation: maximise Σ_c f_c(x_c) subject to Σ x_c = B and lo_c ≤ x_c ≤ hi_c, for
 * smooth increasing f_c that may be concave or S-shaped. Hand-written because no maintained JS library
 * here does bounded, equality-constrained non-concave optimisation (ml-matrix has no optimiser).
 *
 * 1. Each f_c is tabulated on a fine grid of its feasible interval (value + exact derivative) and read back
 *    by cubic Hermite interpolation, so the search costs O(1) per evaluation.
 * 2. Dual start: bisection on the multiplier λ, each channel taking argmax f_c(x) − λx over its grid — the
 *    exact optimum for concave f (KKT: equal marginal returns), the concave-hull optimum otherwise.
 * 3. Multi-start local refinement: from the dual point, the proportional start and seeded random feasible
 *    points, repeatedly move budget from the channel with the lowest marginal return to the one with the
 *    highest, choosing the amount by a scan + golden-section search on the pair (handles S-shapes, where a
 *    pure gradient step gets stuck at zero marginal). The best end point wins.
 */
import type { Rng } from '../util/rng.js';

export interface Objective1D {
  value(x: number): number;
  derivative(x: number): number;
}

export interface AllocationProblem {
  functions: Objective1D[];
  lower: number[];
  upper: number[];
  budget: number;
}

export interface AllocationResult {
  x: number[];
  value: number;
  /** Marginal return (df/dx) of each channel at the solution. */
  marginal: number[];
  starts: number;
  iterations: number;
}

/** Cubic Hermite table of one function on [lo, hi]. */
export class HermiteTable implements Objective1D {
  private readonly xs: Float64Array;
  private readonly fs: Float64Array;
  private readonly ds: Float64Array;
  private readonly h: number;

  constructor(
    fn: Objective1D,
    readonly lo: number,
    readonly hi: number,
    nodes = 129,
  ) {
    const k = hi > lo ? nodes : 1;
    this.xs = new Float64Array(k);
    this.fs = new Float64Array(k);
    this.ds = new Float64Array(k);
    this.h = k > 1 ? (hi - lo) / (k - 1) : 0;
    for (let i = 0; i < k; i++) {
      const x = k > 1 ? lo + i * this.h : lo;
      this.xs[i] = x;
      this.fs[i] = fn.value(x);
      this.ds[i] = fn.derivative(x);
    }
  }

  get nodes(): Float64Array {
    return this.xs;
  }
  get nodeValues(): Float64Array {
    return this.fs;
  }

  private locate(x: number): { i: number; s: number } {
    if (this.xs.length === 1 || this.h === 0) return { i: 0, s: 0 };
    const u = (Math.min(Math.max(x, this.lo), this.hi) - this.lo) / this.h;
    const i = Math.min(this.xs.length - 2, Math.floor(u));
    return { i, s: u - i };
  }

  value(x: number): number {
    if (this.xs.length === 1) return this.fs[0] as number;
    const { i, s } = this.locate(x);
    const h = this.h;
    const s2 = s * s;
    const s3 = s2 * s;
    return (
      (2 * s3 - 3 * s2 + 1) * (this.fs[i] as number) +
      (s3 - 2 * s2 + s) * h * (this.ds[i] as number) +
      (-2 * s3 + 3 * s2) * (this.fs[i + 1] as number) +
      (s3 - s2) * h * (this.ds[i + 1] as number)
    );
  }

  derivative(x: number): number {
    if (this.xs.length === 1) return this.ds[0] as number;
    const { i, s } = this.locate(x);
    const h = this.h;
    const s2 = s * s;
    return (
      ((6 * s2 - 6 * s) * (this.fs[i] as number)) / h +
      (3 * s2 - 4 * s + 1) * (this.ds[i] as number) +
      ((-6 * s2 + 6 * s) * (this.fs[i + 1] as number)) / h +
      (3 * s2 - 2 * s) * (this.ds[i + 1] as number)
    );
  }
}

function total(x: readonly number[]): number {
  return x.reduce((a, b) => a + b, 0);
}

/** Moves a point onto Σx = B inside the box by spreading the gap over the channels' slack. */
export function projectToBudget(x: number[], lower: readonly number[], upper: readonly number[], budget: number): number[] {
  const y = x.map((v, i) => Math.min(upper[i] as number, Math.max(lower[i] as number, v)));
  for (let iter = 0; iter < 50; iter++) {
    const gap = budget - total(y);
    if (Math.abs(gap) <= 1e-9 * Math.max(1, Math.abs(budget))) break;
    const slack = y.map((v, i) => (gap > 0 ? (upper[i] as number) - v : v - (lower[i] as number)));
    const s = total(slack);
    if (s <= 0) break;
    const f = Math.min(1, Math.abs(gap) / s);
    for (let i = 0; i < y.length; i++) y[i] = (y[i] as number) + Math.sign(gap) * f * (slack[i] as number);
  }
  return y;
}

/** A random feasible allocation (uniform in the box, then projected onto the budget). */
export function randomFeasible(lower: readonly number[], upper: readonly number[], budget: number, rng: Rng): number[] {
  const x = lower.map((lo, i) => lo + rng.next() * ((upper[i] as number) - lo));
  return projectToBudget(x, lower, upper, budget);
}

function dualStart(tables: HermiteTable[], budget: number): number[] {
  const pick = (lambda: number) =>
    tables.map((t) => {
      const xs = t.nodes;
      const fs = t.nodeValues;
      let best = 0;
      let bestV = -Infinity;
      for (let k = 0; k < xs.length; k++) {
        const v = (fs[k] as number) - lambda * (xs[k] as number);
        if (v > bestV) {
          bestV = v;
          best = k;
        }
      }
      return xs[best] as number;
    });
  let lo = 0;
  let hi = 0;
  for (const t of tables) for (const x of t.nodes) hi = Math.max(hi, Math.abs(t.derivative(x)));
  hi = hi * 2 + 1e-12;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (total(pick(mid)) > budget) lo = mid;
    else hi = mid;
  }
  return pick(hi);
}

/** Best transfer δ ∈ [0, cap] from channel j to channel i: scan then golden section. */
function bestTransfer(fi: Objective1D, fj: Objective1D, xi: number, xj: number, cap: number): { delta: number; gain: number } {
  const g = (d: number) => fi.value(xi + d) + fj.value(xj - d) - fi.value(xi) - fj.value(xj);
  const steps = 16;
  let bestK = 0;
  let bestG = 0;
  for (let k = 1; k <= steps; k++) {
    const v = g((cap * k) / steps);
    if (v > bestG) {
      bestG = v;
      bestK = k;
    }
  }
  let a = (cap * Math.max(0, bestK - 1)) / steps;
  let b = (cap * Math.min(steps, bestK + 1)) / steps;
  const phi = (Math.sqrt(5) - 1) / 2;
  let c = b - phi * (b - a);
  let d = a + phi * (b - a);
  let gc = g(c);
  let gd = g(d);
  for (let it = 0; it < 60 && b - a > 1e-9 * Math.max(1, cap); it++) {
    if (gc > gd) {
      b = d;
      d = c;
      gd = gc;
      c = b - phi * (b - a);
      gc = g(c);
    } else {
      a = c;
      c = d;
      gc = gd;
      d = a + phi * (b - a);
      gd = g(d);
    }
  }
  const mid = (a + b) / 2;
  const gm = g(mid);
  if (gm >= bestG) return { delta: mid, gain: gm };
  return { delta: (cap * bestK) / steps, gain: bestG };
}

function refine(fns: Objective1D[], x0: number[], lower: number[], upper: number[]): { x: number[]; iterations: number } {
  const x = x0.slice();
  const n = x.length;
  let iterations = 0;
  const scale = Math.max(1e-12, ...fns.map((f, i) => Math.abs(f.value(x[i] as number))));
  for (; iterations < 400; iterations++) {
    const marg = fns.map((f, i) => f.derivative(x[i] as number));
    // Candidate pairs: highest-marginal receivers × lowest-marginal donors (a few of each, for S-shapes).
    const receivers = [...Array(n).keys()].filter((i) => (upper[i] as number) - (x[i] as number) > 1e-9).sort((a, b) => (marg[b] as number) - (marg[a] as number));
    const donors = [...Array(n).keys()].filter((i) => (x[i] as number) - (lower[i] as number) > 1e-9).sort((a, b) => (marg[a] as number) - (marg[b] as number));
    let best = { i: -1, j: -1, delta: 0, gain: 0 };
    for (const i of receivers.slice(0, 3)) {
      for (const j of donors.slice(0, 3)) {
        if (i === j) continue;
        const cap = Math.min((upper[i] as number) - (x[i] as number), (x[j] as number) - (lower[j] as number));
        if (cap <= 0) continue;
        const t = bestTransfer(fns[i] as Objective1D, fns[j] as Objective1D, x[i] as number, x[j] as number, cap);
        if (t.gain > best.gain) best = { i, j, delta: t.delta, gain: t.gain };
      }
    }
    if (best.i < 0 || best.gain <= 1e-13 * scale) break;
    x[best.i] = Math.min(upper[best.i] as number, (x[best.i] as number) + best.delta);
    x[best.j] = Math.max(lower[best.j] as number, (x[best.j] as number) - best.delta);
  }
  return { x, iterations };
}

export function allocate(problem: AllocationProblem, rng: Rng, randomStarts = 4, nodes = 65): AllocationResult {
  const { functions, lower, upper, budget } = problem;
  const tables = functions.map((f, i) => new HermiteTable(f, lower[i] as number, upper[i] as number, nodes));
  const proportional = projectToBudget(
    lower.map((lo, i) => (lo + (upper[i] as number)) / 2),
    lower,
    upper,
    budget,
  );
  const starts = [projectToBudget(dualStart(tables, budget), lower, upper, budget), proportional];
  for (let s = 0; s < randomStarts; s++) starts.push(randomFeasible(lower, upper, budget, rng));
  let best: { x: number[]; value: number; iterations: number } | null = null;
  let iterations = 0;
  for (const s of starts) {
    const r = refine(tables, s, lower, upper);
    iterations += r.iterations;
    const v = r.x.reduce((a, xi, i) => a + (tables[i] as HermiteTable).value(xi), 0);
    if (!best || v > best.value) best = { x: r.x, value: v, iterations: r.iterations };
  }
  const x = projectToBudget((best as { x: number[] }).x, lower, upper, budget);
  return {
    x,
    value: x.reduce((a, xi, i) => a + (functions[i] as Objective1D).value(xi), 0),
    marginal: x.map((xi, i) => (functions[i] as Objective1D).derivative(xi)),
    starts: starts.length,
    iterations,
  };
}

/**
 * Rounds an allocation to whole cents so that the total is exactly `budget` (in cents) and every entry
 * stays inside its (cent-rounded) bounds: floor everything, then hand the remaining cents to the largest
 * fractional parts that still have room.
 */
export function roundToCents(x: readonly number[], lower: readonly number[], upper: readonly number[], budget: number): number[] {
  const B = Math.round(budget * 100);
  const lo = lower.map((v) => Math.ceil(v * 100 - 1e-6));
  const hi = upper.map((v) => Math.floor(v * 100 + 1e-6));
  const cents = x.map((v, i) => Math.min(hi[i] as number, Math.max(lo[i] as number, Math.floor(v * 100))));
  let rest = B - cents.reduce((a, b) => a + b, 0);
  const order = x.map((v, i) => ({ i, frac: v * 100 - Math.floor(v * 100) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let pass = 0; pass < 3 && rest !== 0; pass++) {
    for (const { i } of order) {
      if (rest === 0) break;
      if (rest > 0) {
        const room = (hi[i] as number) - (cents[i] as number);
        const add = Math.min(room, pass === 0 ? 1 : rest);
        if (add > 0) {
          cents[i] = (cents[i] as number) + add;
          rest -= add;
        }
      } else {
        const room = (cents[i] as number) - (lo[i] as number);
        const sub = Math.min(room, pass === 0 ? 1 : -rest);
        if (sub > 0) {
          cents[i] = (cents[i] as number) - sub;
          rest += sub;
        }
      }
    }
  }
  return cents.map((c) => c / 100);
}
