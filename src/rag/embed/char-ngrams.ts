/**
 * Hashed character trigrams of each word ("#tik", "tik", "ikt"…) folded into a fixed number of buckets,
 * weighted by the inverse document frequency of each bucket. Gives typo and spacing tolerance
 * ("tik tok", "configurater") that whole-word matching cannot.
 */
import { normaliseText } from '../synonyms.js';

export const CHAR_NGRAM = 3;

function fnv1a(s: string): number {
  let h = 2166136261 >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h >>> 0;
}

/** Trigrams of the words of a text, padded at word edges; digits-only words are skipped. */
export function charNgrams(text: string): string[] {
  const out: string[] = [];
  for (const w of normaliseText(text).split(/[ .]/)) {
    if (w.length < 2 || /^\d+$/.test(w)) continue;
    const padded = `#${w}#`;
    for (let i = 0; i + CHAR_NGRAM <= padded.length; i++) out.push(padded.slice(i, i + CHAR_NGRAM));
  }
  return out;
}

/** Bucket and sign of each trigram (signed hashing keeps collisions unbiased). */
export function bucketCounts(text: string, dims: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (const g of charNgrams(text)) {
    const h = fnv1a(g);
    const b = h % dims;
    const sign = (h >>> 31) & 1 ? -1 : 1;
    counts.set(b, (counts.get(b) ?? 0) + sign);
  }
  return counts;
}

/** Inverse document frequency per bucket, from the corpus. */
export function fitBucketIdf(texts: string[], dims: number): Float32Array {
  const df = new Float64Array(dims);
  for (const t of texts) for (const b of bucketCounts(t, dims).keys()) df[b]! += 1;
  const idf = new Float32Array(dims);
  for (let b = 0; b < dims; b++) idf[b] = Math.log((texts.length + 1) / (df[b]! + 1)) + 1;
  return idf;
}

/** Unnormalised char-n-gram vector of a text written into `out` at `offset`. */
export function writeCharVector(text: string, idf: Float32Array, out: Float32Array, offset: number): void {
  for (const [b, c] of bucketCounts(text, idf.length)) {
    const tf = Math.sign(c) * (1 + Math.log(Math.abs(c) || 1));
    if (c !== 0) out[offset + b] = tf * idf[b]!;
  }
}
