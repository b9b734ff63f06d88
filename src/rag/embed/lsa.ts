/**
 * The offline embedder: latent semantic analysis (TF-IDF → randomised truncated SVD, fitted on the corpus at
 * index time and saved with the index) concatenated with hashed character trigrams. Domain synonyms enter
 * as concept tokens ("Facebook" and "Meta" both add `syn_meta`), and unknown query words are mapped to the
 * closest vocabulary word by trigram overlap, so typos still land. Deterministic for a seed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MixError } from '../../errors.js';
import { createRng } from '../../util/rng.js';
import { float32ToBytes, readFloat32, writeFileAtomic, writeJsonAtomic } from '../store/fs-util.js';
import { conceptTokens, tokenize } from '../text/tokenize.js';
import { fitBucketIdf, writeCharVector } from './char-ngrams.js';
import { randomizedSvd, type Csr } from './svd.js';
import { normalise, type Embedder, type EmbedderInfo } from './types.js';

export const LSA_MODEL = 'lsa-v1';
const MAX_VOCAB = 40_000;

export interface LsaOptions {
  dims?: number;
  charDims?: number;
  seed?: number;
  /** Share of the cosine carried by the LSA part (the rest by character n-grams). */
  lsaWeight?: number;
}

interface LsaMeta {
  model: string;
  k: number;
  charDims: number;
  lsaWeight: number;
  vocab: string[];
}

function terms(text: string): string[] {
  return [...tokenize(text), ...conceptTokens(text)];
}

function termCounts(ts: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of ts) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

function trigrams(w: string): Set<string> {
  const p = `#${w}#`;
  const s = new Set<string>();
  for (let i = 0; i + 3 <= p.length; i++) s.add(p.slice(i, i + 3));
  return s;
}

export class LsaEmbedder implements Embedder {
  readonly info: EmbedderInfo;
  private readonly index: Map<string, number>;
  private trigramIndex?: Map<string, number[]>;

  constructor(
    private readonly meta: LsaMeta,
    private readonly idf: Float32Array,
    /** vocabulary × k, row-major. */
    private readonly termVectors: Float32Array,
    private readonly charIdf: Float32Array,
  ) {
    this.info = { kind: 'lsa', model: meta.model, dims: meta.k + meta.charDims };
    this.index = new Map(meta.vocab.map((t, i) => [t, i]));
  }

  async embedDocuments(texts: string[]): Promise<Float32Array[]> {
    return texts.map((t) => this.embed(terms(t), t));
  }

  async embedQuery(text: string): Promise<Float32Array> {
    return this.embed(terms(text).map((t) => (this.index.has(t) ? t : (this.closestTerm(t) ?? t))), text);
  }

  /** Synchronous form used by the index build and benchmarks. */
  embedSync(text: string, query = false): Float32Array {
    const ts = terms(text);
    return this.embed(query ? ts.map((t) => (this.index.has(t) ? t : (this.closestTerm(t) ?? t))) : ts, text);
  }

  private embed(ts: string[], raw: string): Float32Array {
    const { k, charDims, lsaWeight } = this.meta;
    const out = new Float32Array(k + charDims);
    const counts = termCounts(ts);
    let norm = 0;
    const weights: [number, number][] = [];
    for (const [t, c] of counts) {
      const i = this.index.get(t);
      if (i === undefined) continue;
      const w = (1 + Math.log(c)) * this.idf[i]!;
      weights.push([i, w]);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [i, w] of weights) {
      const o = i * k;
      for (let j = 0; j < k; j++) out[j]! += (w / norm) * this.termVectors[o + j]!;
    }
    const lsa = normalise(out.subarray(0, k));
    const chars = out.subarray(k);
    writeCharVector(raw, this.charIdf, chars, 0);
    normalise(chars);
    const a = Math.sqrt(lsaWeight);
    const b = Math.sqrt(1 - lsaWeight);
    for (let j = 0; j < k; j++) lsa[j] = lsa[j]! * a;
    for (let j = 0; j < charDims; j++) chars[j] = chars[j]! * b;
    return normalise(out);
  }

  /** The vocabulary word sharing the most trigrams with an unknown word (Dice ≥ 0.5), for typos. */
  closestTerm(word: string): string | undefined {
    if (word.length < 4 || word.startsWith('syn_') || /\d/.test(word)) return undefined;
    if (!this.trigramIndex) {
      this.trigramIndex = new Map();
      this.meta.vocab.forEach((t, i) => {
        if (t.startsWith('syn_') || t.length < 3) return;
        for (const g of trigrams(t)) {
          const list = this.trigramIndex!.get(g) ?? [];
          list.push(i);
          this.trigramIndex!.set(g, list);
        }
      });
    }
    const grams = trigrams(word);
    const shared = new Map<number, number>();
    for (const g of grams) for (const i of this.trigramIndex.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    let best: string | undefined;
    let bestScore = 0.5;
    for (const [i, n] of shared) {
      const t = this.meta.vocab[i]!;
      const dice = (2 * n) / (grams.size + t.length);
      if (dice > bestScore || (dice === bestScore && best !== undefined && t < best)) {
        bestScore = dice;
        best = t;
      }
    }
    return best;
  }

  save(dir: string): void {
    const { vocab, ...rest } = this.meta;
    writeJsonAtomic(join(dir, 'lsa-model.json'), { ...rest, vocab });
    writeFileAtomic(join(dir, 'lsa-idf.f32'), float32ToBytes(this.idf));
    writeFileAtomic(join(dir, 'lsa-terms.f32'), float32ToBytes(this.termVectors));
    writeFileAtomic(join(dir, 'lsa-char-idf.f32'), float32ToBytes(this.charIdf));
  }

  static load(dir: string): LsaEmbedder {
    const path = join(dir, 'lsa-model.json');
    if (!existsSync(path)) {
      throw new MixError('INDEX_MISSING', `No LSA model in ${dir}`, {
        userMessage: 'The search index is missing its embedding model. Run `npm run index` to rebuild it.',
      });
    }
    const meta = JSON.parse(readFileSync(path, 'utf8')) as LsaMeta;
    return new LsaEmbedder(meta, readFloat32(join(dir, 'lsa-idf.f32')), readFloat32(join(dir, 'lsa-terms.f32')), readFloat32(join(dir, 'lsa-char-idf.f32')));
  }
}

/** Fits the LSA space and the character-trigram weights on a corpus. */
export function fitLsa(texts: string[], options: LsaOptions = {}): LsaEmbedder {
  const docs = texts.map((t) => termCounts(terms(t)));
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const vocab = [...df.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_VOCAB)
    .map(([t]) => t)
    .sort();
  const index = new Map(vocab.map((t, i) => [t, i]));
  const n = texts.length;
  const idf = new Float32Array(vocab.length);
  vocab.forEach((t, i) => (idf[i] = Math.log((n + 1) / ((df.get(t) ?? 0) + 1)) + 1));

  const indptr = new Int32Array(n + 1);
  const idx: number[] = [];
  const vals: number[] = [];
  docs.forEach((d, r) => {
    const row: [number, number][] = [];
    let norm = 0;
    for (const [t, c] of d) {
      const i = index.get(t);
      if (i === undefined) continue;
      const w = (1 + Math.log(c)) * idf[i]!;
      row.push([i, w]);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    row.sort((a, b) => a[0] - b[0]);
    for (const [i, w] of row) {
      idx.push(i);
      vals.push(w / norm);
    }
    indptr[r + 1] = idx.length;
  });
  const csr: Csr = { rows: n, cols: vocab.length, indptr, indices: Int32Array.from(idx), values: Float64Array.from(vals) };
  const wanted = Math.max(1, Math.min(options.dims ?? 256, n - 1, vocab.length - 1));
  const svd = randomizedSvd(csr, wanted, createRng(options.seed ?? 42).fork('lsa'));
  const k = Math.max(1, svd.k);
  const termVectors = new Float32Array(vocab.length * k);
  for (let i = 0; i < svd.v.length; i++) termVectors[i] = svd.v[i]!;
  const charDims = options.charDims ?? 256;
  const meta: LsaMeta = { model: LSA_MODEL, k, charDims, lsaWeight: options.lsaWeight ?? 0.8, vocab };
  return new LsaEmbedder(meta, idf, termVectors, fitBucketIdf(texts, charDims));
}
