/**
 * Randomised truncated SVD (Halko, Martinsson & Tropp 2011) of a sparse TF-IDF matrix. The sparse
 * products are hand-written over typed arrays because ml-matrix has no sparse type and a dense
 * documents × vocabulary matrix would not fit; the small dense eigenproblems go to ml-matrix.
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import type { Rng } from '../../util/rng.js';

/** Compressed sparse rows: row r holds values[indptr[r]..indptr[r+1]) at columns indices[…]. */
export interface Csr {
  rows: number;
  cols: number;
  indptr: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

/** Dense row-major matrix. */
interface Dense {
  rows: number;
  cols: number;
  data: Float64Array;
}

/** A (rows×cols sparse) · X (cols×l dense). */
function mul(a: Csr, x: Dense): Dense {
  const l = x.cols;
  const out = new Float64Array(a.rows * l);
  for (let r = 0; r < a.rows; r++) {
    const o = r * l;
    for (let p = a.indptr[r]!; p < a.indptr[r + 1]!; p++) {
      const v = a.values[p]!;
      const xo = a.indices[p]! * l;
      for (let j = 0; j < l; j++) out[o + j]! += v * x.data[xo + j]!;
    }
  }
  return { rows: a.rows, cols: l, data: out };
}

/** Aᵀ (cols×rows) · Y (rows×l dense). */
function mulT(a: Csr, y: Dense): Dense {
  const l = y.cols;
  const out = new Float64Array(a.cols * l);
  for (let r = 0; r < a.rows; r++) {
    const yo = r * l;
    for (let p = a.indptr[r]!; p < a.indptr[r + 1]!; p++) {
      const v = a.values[p]!;
      const o = a.indices[p]! * l;
      for (let j = 0; j < l; j++) out[o + j]! += v * y.data[yo + j]!;
    }
  }
  return { rows: a.cols, cols: l, data: out };
}

/** Xᵀ X (l×l). */
function gram(x: Dense): Matrix {
  const l = x.cols;
  const g = new Float64Array(l * l);
  for (let r = 0; r < x.rows; r++) {
    const o = r * l;
    for (let i = 0; i < l; i++) {
      const xi = x.data[o + i]!;
      if (xi === 0) continue;
      const gi = i * l;
      for (let j = i; j < l; j++) g[gi + j]! += xi * x.data[o + j]!;
    }
  }
  const m = new Matrix(l, l);
  for (let i = 0; i < l; i++) for (let j = i; j < l; j++) m.set(i, j, g[i * l + j]!).set(j, i, g[i * l + j]!);
  return m;
}

/** Eigenpairs of a symmetric matrix, largest first, dropping those below `tol` × the largest. */
function topEigen(m: Matrix, tol: number): { values: number[]; vectors: Matrix } {
  const e = new EigenvalueDecomposition(m, { assumeSymmetric: true });
  const order = e.realEigenvalues.map((v, i) => [v, i] as const).sort((a, b) => b[0] - a[0]);
  const max = Math.max(order[0]?.[0] ?? 0, 0);
  const keep = order.filter(([v]) => v > max * tol);
  const vecs = new Matrix(m.rows, keep.length);
  keep.forEach(([, idx], c) => {
    for (let r = 0; r < m.rows; r++) vecs.set(r, c, e.eigenvectorMatrix.get(r, idx));
  });
  return { values: keep.map(([v]) => v), vectors: vecs };
}

/** X · W · diag(scale) for a dense X and a small ml-matrix W. */
function project(x: Dense, w: Matrix, scale: number[]): Dense {
  const k = w.columns;
  const l = x.cols;
  const wd = new Float64Array(l * k);
  for (let i = 0; i < l; i++) for (let j = 0; j < k; j++) wd[i * k + j] = w.get(i, j) * scale[j]!;
  const out = new Float64Array(x.rows * k);
  for (let r = 0; r < x.rows; r++) {
    const xo = r * l;
    const o = r * k;
    for (let i = 0; i < l; i++) {
      const xi = x.data[xo + i]!;
      if (xi === 0) continue;
      const wo = i * k;
      for (let j = 0; j < k; j++) out[o + j]! += xi * wd[wo + j]!;
    }
  }
  return { rows: x.rows, cols: k, data: out };
}

/**
 * Orthonormal basis of the column space of X by modified Gram–Schmidt, run twice ("twice is enough")
 * for stability; columns that vanish (rank loss) are dropped. Hand-written because an eigen- or QR
 * decomposition through ml-matrix's element accessors costs ~0.7 s per call at this size.
 */
function orthonormalise(x: Dense): Dense {
  const n = x.rows;
  const cols: Float64Array[] = [];
  for (let j = 0; j < x.cols; j++) {
    const c = new Float64Array(n);
    for (let r = 0; r < n; r++) c[r] = x.data[r * x.cols + j]!;
    const norm0 = Math.sqrt(c.reduce((s, v) => s + v * v, 0));
    for (let pass = 0; pass < 2; pass++) {
      for (const q of cols) {
        let d = 0;
        for (let r = 0; r < n; r++) d += q[r]! * c[r]!;
        for (let r = 0; r < n; r++) c[r]! -= d * q[r]!;
      }
    }
    const norm = Math.sqrt(c.reduce((s, v) => s + v * v, 0));
    if (norm <= 1e-10 * Math.max(norm0, 1e-300)) continue;
    for (let r = 0; r < n; r++) c[r] = c[r]! / norm;
    cols.push(c);
  }
  const l = cols.length;
  const data = new Float64Array(n * l);
  cols.forEach((c, j) => {
    for (let r = 0; r < n; r++) data[r * l + j] = c[r]!;
  });
  return { rows: n, cols: l, data };
}

export interface TruncatedSvd {
  /** Right singular vectors, vocabulary × k, row-major. */
  v: Float64Array;
  singular: number[];
  k: number;
}

/** The top-k right singular vectors of A. */
export function randomizedSvd(a: Csr, k: number, rng: Rng, options: { oversample?: number; powerIterations?: number } = {}): TruncatedSvd {
  const l = Math.min(k + (options.oversample ?? 10), a.rows, a.cols);
  const omega = new Float64Array(a.cols * l);
  for (let i = 0; i < omega.length; i++) omega[i] = rng.normal();
  let q = orthonormalise(mul(a, { rows: a.cols, cols: l, data: omega }));
  // Power iterations sharpen the spectrum; only the small documents-side basis is re-orthonormalised.
  for (let it = 0; it < (options.powerIterations ?? 1); it++) q = orthonormalise(mul(a, mulT(a, q)));
  // B = Qᵀ A; with Z = Aᵀ Q = Bᵀ, B Bᵀ = Zᵀ Z, and V = Z W Σ⁻¹.
  const z = mulT(a, q);
  const { values, vectors } = topEigen(gram(z), 1e-12);
  const kk = Math.min(k, values.length);
  if (kk === 0) return { v: new Float64Array(0), singular: [], k: 0 };
  const sigma = values.slice(0, kk).map(Math.sqrt);
  const w = vectors.subMatrix(0, vectors.rows - 1, 0, kk - 1);
  const v = project(z, w, sigma.map((s) => 1 / s));
  return { v: v.data, singular: sigma, k: kk };
}
