/**
 * The keyword side of hybrid search: flexsearch over the same chunks (our tokenizer on both sides, so
 * campaign ids and clause numbers match exactly), persisted beside the vectors as flexsearch's export.
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

export class KeywordIndex {
  private constructor(private readonly index: Index) {}

  /** Indexes texts under their position (0..n-1). */
  static build(texts: string[]): KeywordIndex {
    const index = new Index(OPTIONS);
    texts.forEach((t, i) => index.add(i, tokenize(t).join(' ')));
    return new KeywordIndex(index);
  }

  /** Positions of the matching texts, best first; documents matching more query terms rank higher. */
  search(query: string, limit: number): number[] {
    const q = tokenize(query).join(' ');
    if (!q) return [];
    return this.index.search(q, { limit, suggest: true }) as number[];
  }

  save(dir: string): void {
    const data: Record<string, string> = {};
    void this.index.export((key: string, value: string) => {
      data[key] = value;
    });
    writeJsonAtomic(join(dir, 'keyword.json'), data);
  }

  static load(dir: string): KeywordIndex | undefined {
    const path = join(dir, 'keyword.json');
    if (!existsSync(path)) return undefined;
    const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
    const index = new Index(OPTIONS);
    for (const [key, value] of Object.entries(data)) index.import(key, value);
    return new KeywordIndex(index);
  }
}
