/**
 * Rolling-origin cross-validation on Gram matrices: fold k trains on weeks [0, trainEnd_k) and is scored
 * on the following `horizon` weeks. Swapping one media column updates one row of every fold's Gram in a
 * single pass over the weeks, so scoring a hyper-parameter candidate costs a few Cholesky solves.
 */
import { gramOf, solveGram } from './solver.js';

export interface Fold {
  trainEnd: number;
  testEnd: number;
}

/** Folds ending at the last week; the horizon shrinks on short tables so every fold trains on ≥ half. */
export function rollingFolds(n: number, folds = 4, horizon = 13): Fold[] {
  const h = Math.max(2, Math.min(horizon, Math.floor((n * 0.5) / folds)));
  const out: Fold[] = [];
  for (let k = folds; k >= 1; k--) out.push({ trainEnd: n - k * h, testEnd: n - (k - 1) * h });
  return out;
}

export interface CvContext {
  cols: Float64Array[];
  y: Float64Array;
  penalty: number[];
  nonNeg: boolean[];
  prior?: number[];
  /** Extra penalty-weight multipliers (calibrated channels get a stronger pull to their prior). */
  penaltyBoost?: number[];
}

export class FoldGrams {
  readonly p: number;
  private readonly G: Float64Array[];
  private readonly c: Float64Array[];
  private readonly scratchG: Float64Array;
  private readonly scratchC: Float64Array;
  private readonly maxEnd: number;
  /** Active-set warm starts, one per fold. */
  private readonly hints: Uint8Array[];

  constructor(
    private readonly ctx: CvContext,
    readonly folds: Fold[],
  ) {
    this.p = ctx.cols.length;
    this.G = [];
    this.c = [];
    for (const f of folds) {
      const g = gramOf(ctx.cols, ctx.y, 0, f.trainEnd);
      this.G.push(g.G);
      this.c.push(g.c);
    }
    this.scratchG = new Float64Array(this.p * this.p);
    this.scratchC = new Float64Array(this.p);
    this.maxEnd = Math.max(...folds.map((f) => f.trainEnd));
    this.hints = folds.map(() => new Uint8Array(this.p));
  }

  private penalties(): number[] {
    const boost = this.ctx.penaltyBoost;
    return this.ctx.penalty.map((v, i) => v * (boost ? (boost[i] as number) : 1));
  }

  /** Dot products of `z` with every column (column j replaced by z) over each fold's training prefix. */
  private prefixDots(j: number, z: Float64Array): { dots: Float64Array[]; zy: number[] } {
    const p = this.p;
    const acc = new Float64Array(p);
    let accY = 0;
    const dots: Float64Array[] = [];
    const zy: number[] = [];
    const ends = this.folds.map((f) => f.trainEnd);
    let k = 0;
    const { cols, y } = this.ctx;
    for (let t = 0; t <= this.maxEnd; t++) {
      while (k < ends.length && ends[k] === t) {
        dots.push(acc.slice());
        zy.push(accY);
        k++;
      }
      if (t === this.maxEnd) break;
      const zt = z[t] as number;
      for (let m = 0; m < p; m++) acc[m] = (acc[m] as number) + zt * (m === j ? zt : ((cols[m] as Float64Array)[t] as number));
      accY += zt * (y[t] as number);
    }
    return { dots, zy };
  }

  /**
   * Out-of-sample sum of squared errors over all folds with column j replaced by `z` (or as is when j < 0).
   * `onFit` sees each fold's coefficients (calibration terms are scored by the caller).
   */
  score(j: number, z: Float64Array | null, lambda: number, onFit?: (b: Float64Array, fold: number) => void): number {
    const p = this.p;
    const pen = this.penalties();
    const dots = j >= 0 && z ? this.prefixDots(j, z) : null;
    let sse = 0;
    for (let f = 0; f < this.folds.length; f++) {
      const fold = this.folds[f] as Fold;
      const G = this.scratchG;
      const c = this.scratchC;
      G.set(this.G[f] as Float64Array);
      c.set(this.c[f] as Float64Array);
      if (dots && z) {
        const d = dots.dots[f] as Float64Array;
        for (let m = 0; m < p; m++) {
          G[j * p + m] = d[m] as number;
          G[m * p + j] = d[m] as number;
        }
        c[j] = dots.zy[f] as number;
      }
      const b = solveGram(G, c, p, {
        lambdaN: lambda * fold.trainEnd,
        penalty: pen,
        nonNeg: this.ctx.nonNeg,
        prior: this.ctx.prior,
      }, this.hints[f]);
      const { cols, y } = this.ctx;
      if (fold.testEnd === fold.trainEnd) {
        // In-sample fold: SSE = y'y − 2 b'c + b'Gb over the training rows.
        let yy = 0;
        for (let t = 0; t < fold.trainEnd; t++) yy += (y[t] as number) ** 2;
        let q = yy;
        for (let m = 0; m < p; m++) {
          q -= 2 * (b[m] as number) * (c[m] as number);
          for (let k = 0; k < p; k++) q += (b[m] as number) * (G[m * p + k] as number) * (b[k] as number);
        }
        sse += q;
      }
      for (let t = fold.trainEnd; t < fold.testEnd; t++) {
        let yhat = 0;
        for (let m = 0; m < p; m++) {
          const col = m === j && z ? z : (cols[m] as Float64Array);
          yhat += (b[m] as number) * (col[t] as number);
        }
        sse += ((y[t] as number) - yhat) ** 2;
      }
      if (onFit) onFit(b, f);
    }
    return sse;
  }

  /** Makes column j = z permanent in every fold's Gram. */
  commit(j: number, z: Float64Array): void {
    const { dots, zy } = this.prefixDots(j, z);
    const p = this.p;
    for (let f = 0; f < this.folds.length; f++) {
      const G = this.G[f] as Float64Array;
      const d = dots[f] as Float64Array;
      for (let m = 0; m < p; m++) {
        G[j * p + m] = d[m] as number;
        G[m * p + j] = d[m] as number;
      }
      (this.c[f] as Float64Array)[j] = zy[f] as number;
    }
    this.ctx.cols[j] = z;
  }

  /** Number of test weeks over all folds. */
  testWeeks(): number {
    return this.folds.reduce((s, f) => s + (f.testEnd === f.trainEnd ? f.trainEnd : f.testEnd - f.trainEnd), 0);
  }
}
