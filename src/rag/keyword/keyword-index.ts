/**
 * The keyword side of hybrid search: flexsearch over the same chunks (our tokenizer on both sides, so
 * campaign ids and clause numbers match exactly), persisted beside the vectors as flexsearch's export.
 * flexsearch ranks by where a term sits in a document, not by how rare it is, so it serves as the
 * inverted index and the ranking is BM25 (binary term frequency, length-normalised) over its postings:
 * "bounce rate" must outrank documents that merely share the common word "rate".
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Index } from 'flexsearch';
import { writeJsonAtomic } from '../store/fs-util.js';
import { tokenize } from '../text/tokenize.js';

const OPTIONS = {
  tokenize: 'strict' as const,
  resolution: 9,
  encode: (s: string) => s.split(' ').filter(Boolean),
};

const K1 = 1.2;
/** Low length normalisation: chunk length reflects how many values a table group lists, not topicality. */
const B = 0.3;
/** Weight of synonym-expansion terms relative to the user's own words. */
export const SYNONYM_WEIGHT = 0.3;

interface Persisted {
  lengths: number[];
  flexsearch: Record<string, string>;
}

export class KeywordIndex {
  private readonly avgLength: number;

  private constructor(
    private readonly index: Index,
    /** Token count of each document, for BM25 length normalisation. */
    private readonly lengths: number[],
  ) {
    this.avgLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
  }

  /** Indexes texts under their position (0..n-1). */
  static build(texts: string[]): KeywordIndex {
    const index = new Index(OPTIONS);
    const lengths = texts.map((t, i) => {
      const tokens = tokenize(t);
      index.add(i, tokens.join(' '));
      return tokens.length;
    });
    return new KeywordIndex(index, lengths);
  }

  /** Positions of the texts containing any query term, best BM25 score first; `synonyms` count at a low weight. */
  search(query: string, limit: number, synonyms = ''): number[] {
    const n = this.lengths.length;
    const scores = new Map<number, number>();
    const weights = new Map<string, number>();
    for (const t of tokenize(synonyms)) weights.set(t, SYNONYM_WEIGHT);
    for (const t of tokenize(query)) weights.set(t, 1);
    for (const [term, weight] of weights) {
      const postings = this.index.search(term, { limit: n }) as number[];
      if (postings.length === 0) continue;
      const idf = Math.log(1 + (n - postings.length + 0.5) / (postings.length + 0.5));
      for (const id of postings) {
        const norm = 1 + K1 * (1 - B + (B * (this.lengths[id] ?? this.avgLength)) / this.avgLength);
        scores.set(id, (scores.get(id) ?? 0) + (weight * idf * (K1 + 1)) / norm);
      }
    }
    return [...scores.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([id]) => id);
  }

  save(dir: string): void {
    const flexsearch: Record<string, string> = {};
    // flexsearch calls the handler synchronously for an in-memory index.
    void this.index.export((key: string, value: string) => {
      flexsearch[key] = value;
    });
    writeJsonAtomic(join(dir, 'keyword.json'), { lengths: this.lengths, flexsearch } satisfies Persisted);
  }

  static load(dir: string): KeywordIndex | undefined {
    const path = join(dir, 'keyword.json');
    if (!existsSync(path)) return undefined;
    const data = JSON.parse(readFileSync(path, 'utf8')) as Persisted;
    if (!Array.isArray(data.lengths) || !data.flexsearch) return undefined;
    const index = new Index(OPTIONS);
    for (const [key, value] of Object.entries(data.flexsearch)) index.import(key, value);
    return new KeywordIndex(index, data.lengths);
  }
}
