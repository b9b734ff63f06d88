/**
 * Partial F-test for a feature group in the (log) baseline regression on the training days: does adding
 * the group's columns reduce the residual sum of squares by more than chance would? Near-OLS solves on
 * standardised columns through the shared Gram solver; the F distribution's CDF comes from @stdlib.
 */
import fCdf from '@stdlib/stats-base-dists-f-cdf';
import { gramOf, solveGram } from '../solver.js';

function rss(cols: readonly Float64Array[], y: Float64Array, rows: number): number {
  // centre and scale so one tiny ridge term is enough to keep collinear columns solvable
  const z = cols.map((c) => {
    let m = 0;
    for (let t = 0; t < rows; t++) m += c[t] as number;
    m /= rows;
    let v = 0;
    for (let t = 0; t < rows; t++) v += ((c[t] as number) - m) ** 2;
    const s = Math.sqrt(v / rows) || 1;
    return Float64Array.from({ length: rows }, (_, t) => ((c[t] as number) - m) / s);
  });
  let ym = 0;
  for (let t = 0; t < rows; t++) ym += y[t] as number;
  ym /= rows;
  const yc = Float64Array.from({ length: rows }, (_, t) => (y[t] as number) - ym);
  const p = z.length;
  if (p === 0) return yc.reduce((a, v) => a + v * v, 0);
  const { G, c } = gramOf(z, yc, 0, rows);
  const b = solveGram(G, c, p, { lambdaN: 1e-6 * rows, penalty: new Float64Array(p).fill(1), nonNeg: new Array<boolean>(p).fill(false) });
  let s = 0;
  for (let t = 0; t < rows; t++) {
    let f = 0;
    for (let j = 0; j < p; j++) f += (b[j] as number) * ((z[j] as Float64Array)[t] as number);
    s += ((yc[t] as number) - f) ** 2;
  }
  return s;
}

export interface GroupTest {
  f: number;
  df1: number;
  df2: number;
  pValue: number;
}

/** Tests the columns flagged in `inGroup` against the model with all other columns, on rows [0, rows). */
export function partialFTest(cols: readonly Float64Array[], inGroup: readonly boolean[], y: Float64Array, rows: number): GroupTest {
  const df1 = inGroup.filter(Boolean).length;
  const df2 = rows - cols.length - 1;
  if (df1 === 0 || df2 <= 0) return { f: 0, df1, df2, pValue: 1 };
  const full = rss(cols, y, rows);
  const reduced = rss(cols.filter((_, j) => !inGroup[j]), y, rows);
  const f = Math.max(0, (reduced - full) / df1) / (full / df2);
  return { f, df1, df2, pValue: 1 - fCdf(f, df1, df2) };
}
