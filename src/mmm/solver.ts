/**
 * Ridge with non-negativity on chosen coefficients, solved from the Gram matrix (X'WX, X'Wy) by an active
 * set over Cholesky solves. Hand-written because the hyper-parameter search runs tens of thousands of fits
 * on ~25 columns: updating one Gram column and re-solving costs ~20 µs, which no general library here
 * offers (ml-regression's ridge has neither bounds nor a Gram interface; src/mmm/ridge.ts is the
 * coordinate-descent equivalent on raw columns).
 *
 * Minimises  Σ w_i (y_i − x_i·b)² + lambdaN · Σ_j pen_j (b_j − prior_j)²   s.t. b_j ≥ 0 for j in `nonNeg`.
 */

export interface SolveOptions {
  lambdaN: number;
  penalty: ArrayLike<number>;
  nonNeg: ArrayLike<boolean>;
  prior?: ArrayLike<number>;
}

/** In-place Cholesky of the k×k leading block of `a` (row-major, stride k). Returns false if not PD. */
function cholesky(a: Float64Array, k: number): boolean {
  for (let j = 0; j < k; j++) {
    let d = a[j * k + j] as number;
    for (let m = 0; m < j; m++) d -= (a[j * k + m] as number) ** 2;
    if (d <= 1e-12) return false;
    const l = Math.sqrt(d);
    a[j * k + j] = l;
    for (let i = j + 1; i < k; i++) {
      let s = a[i * k + j] as number;
      for (let m = 0; m < j; m++) s -= (a[i * k + m] as number) * (a[j * k + m] as number);
      a[i * k + j] = s / l;
    }
  }
  return true;
}

function cholSolve(l: Float64Array, k: number, b: Float64Array): void {
  for (let i = 0; i < k; i++) {
    let s = b[i] as number;
    for (let m = 0; m < i; m++) s -= (l[i * k + m] as number) * (b[m] as number);
    b[i] = s / (l[i * k + i] as number);
  }
  for (let i = k - 1; i >= 0; i--) {
    let s = b[i] as number;
    for (let m = i + 1; m < k; m++) s -= (l[m * k + i] as number) * (b[m] as number);
    b[i] = s / (l[i * k + i] as number);
  }
}

/** Reusable buffers for one problem size (the search solves thousands of same-sized systems). */
class Workspace {
  readonly A: Float64Array;
  readonly rhs: Float64Array;
  readonly sub: Float64Array;
  readonly r: Float64Array;
  readonly free: Int32Array;
  readonly inFree: Uint8Array;
  constructor(readonly p: number) {
    this.A = new Float64Array(p * p);
    this.rhs = new Float64Array(p);
    this.sub = new Float64Array(p * p);
    this.r = new Float64Array(p);
    this.free = new Int32Array(p);
    this.inFree = new Uint8Array(p);
  }
}

const workspaces = new Map<number, Workspace>();
function workspace(p: number): Workspace {
  let w = workspaces.get(p);
  if (!w) {
    w = new Workspace(p);
    workspaces.set(p, w);
  }
  return w;
}

/** Solves the sub-system on the free set (others fixed at 0) into `out`; false if not positive definite. */
function solveFree(ws: Workspace, k: number, out: Float64Array): boolean {
  const { A, rhs, sub, r, free, p } = ws;
  for (let a = 0; a < k; a++) {
    const i = free[a] as number;
    r[a] = rhs[i] as number;
    for (let b = 0; b <= a; b++) {
      const v = A[i * p + (free[b] as number)] as number;
      sub[a * k + b] = v;
      sub[b * k + a] = v;
    }
  }
  if (!cholesky(sub, k)) return false;
  cholSolve(sub, k, r);
  out.fill(0);
  for (let a = 0; a < k; a++) out[free[a] as number] = r[a] as number;
  return true;
}

function rebuildFree(ws: Workspace): number {
  let k = 0;
  for (let i = 0; i < ws.p; i++) if (ws.inFree[i]) ws.free[k++] = i;
  return k;
}

/**
 * `G` is the p×p Gram matrix (row-major), `c` = X'Wy. Returns the coefficients. Lawson–Hanson style active
 * set, warm-started from `hint` (1 = coefficient held at its bound of 0 last time; updated in place), and
 * finished by projected coordinate sweeps so the result satisfies the KKT conditions even if the active
 * set stalls.
 */
export function solveGram(
  G: Float64Array,
  c: Float64Array,
  p: number,
  opts: SolveOptions,
  hint?: Uint8Array,
): Float64Array {
  const ws = workspace(p);
  const { A, rhs, inFree } = ws;
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < p; j++) A[i * p + j] = G[i * p + j] as number;
    const pen = opts.lambdaN * (opts.penalty[i] as number);
    A[i * p + i] = (A[i * p + i] as number) + pen + 1e-10;
    rhs[i] = (c[i] as number) + pen * (opts.prior ? (opts.prior[i] as number) : 0);
    inFree[i] = hint && opts.nonNeg[i] && hint[i] ? 0 : 1;
  }
  const b = new Float64Array(p);
  let converged = false;
  for (let iter = 0; iter < 3 * p; iter++) {
    const k = rebuildFree(ws);
    if (!solveFree(ws, k, b)) break;
    let worst = -1;
    for (let a = 0; a < k; a++) {
      const j = ws.free[a] as number;
      if (opts.nonNeg[j] && (b[j] as number) < 0 && (worst < 0 || (b[j] as number) < (b[worst] as number))) worst = j;
    }
    if (worst >= 0) {
      // Drop the most negative bounded coefficient; re-solve.
      inFree[worst] = 0;
      continue;
    }
    // Bounded coefficients at zero: would the objective improve by letting one go positive?
    let best = -1;
    let bestGrad = 1e-9;
    for (let j = 0; j < p; j++) {
      if (inFree[j]) continue;
      let g = rhs[j] as number;
      for (let m = 0; m < p; m++) g -= (A[j * p + m] as number) * (b[m] as number);
      if (g > bestGrad) {
        bestGrad = g;
        best = j;
      }
    }
    if (best < 0) {
      converged = true;
      break;
    }
    inFree[best] = 1;
  }
  if (!converged) {
    // Fallback polish: projected coordinate descent on the quadratic.
    for (let sweep = 0; sweep < 200; sweep++) {
      let maxDelta = 0;
      for (let j = 0; j < p; j++) {
        let g = rhs[j] as number;
        for (let m = 0; m < p; m++) if (m !== j) g -= (A[j * p + m] as number) * (b[m] as number);
        let nb = g / (A[j * p + j] as number);
        if (opts.nonNeg[j] && nb < 0) nb = 0;
        maxDelta = Math.max(maxDelta, Math.abs(nb - (b[j] as number)));
        b[j] = nb;
      }
      if (maxDelta < 1e-10) break;
    }
  }
  if (hint) for (let j = 0; j < p; j++) hint[j] = opts.nonNeg[j] && (b[j] as number) <= 0 ? 1 : 0;
  return b;
}

/** Gram matrix and X'Wy of column-major `cols` over rows [from, to), optional row weights. */
export function gramOf(
  cols: readonly Float64Array[],
  y: ArrayLike<number>,
  from: number,
  to: number,
  weights?: ArrayLike<number>,
): { G: Float64Array; c: Float64Array; wsum: number } {
  const p = cols.length;
  const G = new Float64Array(p * p);
  const c = new Float64Array(p);
  let wsum = 0;
  for (let t = from; t < to; t++) wsum += weights ? (weights[t] as number) : 1;
  for (let i = 0; i < p; i++) {
    const ci = cols[i] as Float64Array;
    for (let j = 0; j <= i; j++) {
      const cj = cols[j] as Float64Array;
      let s = 0;
      if (weights) for (let t = from; t < to; t++) s += (weights[t] as number) * (ci[t] as number) * (cj[t] as number);
      else for (let t = from; t < to; t++) s += (ci[t] as number) * (cj[t] as number);
      G[i * p + j] = s;
      G[j * p + i] = s;
    }
    let s = 0;
    if (weights) for (let t = from; t < to; t++) s += (weights[t] as number) * (ci[t] as number) * (y[t] as number);
    else for (let t = from; t < to; t++) s += (ci[t] as number) * (y[t] as number);
    c[i] = s;
  }
  return { G, c, wsum };
}
