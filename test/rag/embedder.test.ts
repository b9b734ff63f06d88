import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Matrix, SingularValueDecomposition } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { fitLsa, LsaEmbedder } from '../../src/rag/embed/lsa.js';
import { randomizedSvd, type Csr } from '../../src/rag/embed/svd.js';
import { createRng } from '../../src/util/rng.js';

const cos = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);

function denseToCsr(m: number[][]): Csr {
  const indptr = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of m) {
    row.forEach((v, j) => {
      if (v !== 0) {
        indices.push(j);
        values.push(v);
      }
    });
    indptr.push(indices.length);
  }
  return { rows: m.length, cols: m[0]!.length, indptr: Int32Array.from(indptr), indices: Int32Array.from(indices), values: Float64Array.from(values) };
}

describe('randomised truncated SVD', () => {
  it('recovers the top singular values and subspace of a sparse matrix', () => {
    const rng = createRng(3);
    const m = Array.from({ length: 60 }, () => Array.from({ length: 40 }, () => (rng.next() < 0.3 ? rng.uniform(0, 2) : 0)));
    const exact = new SingularValueDecomposition(new Matrix(m), { autoTranspose: true });
    const svd = randomizedSvd(denseToCsr(m), 5, createRng(1), { powerIterations: 3 });
    expect(svd.k).toBe(5);
    svd.singular.forEach((s, i) => expect(s).toBeCloseTo(exact.diagonal[i]!, 2));
    // Each right singular vector matches the exact one up to sign.
    for (let j = 0; j < 5; j++) {
      let d = 0;
      for (let i = 0; i < 40; i++) d += svd.v[i * svd.k + j]! * exact.rightSingularVectors.get(i, j);
      expect(Math.abs(d)).toBeCloseTo(1, 2);
    }
  });
});

const corpus = [
  'Meta Facebook and Instagram campaign spend, impressions and CPM for the family SUV in March',
  'Meta Instagram story ads for young families, spend and clicks in April',
  'Google Ads paid search campaign for the coupé SUV, clicks and cost per click',
  'Google search keywords brand and generic, conversions for the Vento',
  'TV airtime contract with the satellite broadcaster, cancellation notice of 28 days',
  'TV airtime GRPs delivered versus contracted by the broadcaster each week',
  'Vehicle sales by dealer and region, units sold and revenue for the saloon',
  'Test drives booked at dealers for the premium saloon, by region',
  'Configurator sessions and completed builds on the website',
  'Competitor spend estimates on TV and digital by rival brand',
];

describe('offline LSA embedder', () => {
  const e = fitLsa(corpus, { dims: 6, charDims: 64 });
  const docs = corpus.map((t) => e.embedSync(t));
  const best = (q: string) => {
    const v = e.embedSync(q, true);
    return docs.map((d, i) => [cos(d, v), i] as const).sort((a, b) => b[0] - a[0])[0]![1];
  };

  it('records its dimensions and returns unit vectors', () => {
    expect(e.info).toEqual({ kind: 'lsa', model: 'lsa-v1', dims: 6 + 64 });
    expect(Math.hypot(...docs[0]!)).toBeCloseTo(1, 5);
  });

  it('is deterministic for a seed', () => {
    const again = fitLsa(corpus, { dims: 6, charDims: 64 });
    expect(Array.from(again.embedSync(corpus[3]!))).toEqual(Array.from(docs[3]!));
  });

  it('matches synonyms a keyword search would miss', () => {
    // "television" and "termination" never occur in the corpus: the synonym table carries them.
    expect(best('television termination terms')).toBe(4);
    expect(best('how much did we pay per thousand on fb')).toBe(0);
  });

  it('tolerates typos through the vocabulary and character trigrams', () => {
    expect(e.closestTerm('configurat')).toBe('configur');
    expect(best('configurater sesions')).toBe(8);
    expect(best('competiter spnd')).toBe(9);
  });

  it('saves and loads the fitted model exactly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lsa-'));
    e.save(dir);
    const loaded = LsaEmbedder.load(dir);
    expect(loaded.info).toEqual(e.info);
    expect(Array.from(loaded.embedSync('saloon test drives', true))).toEqual(Array.from(e.embedSync('saloon test drives', true)));
    rmSync(dir, { recursive: true, force: true });
  });
});
