import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeywordIndex } from '../../src/rag/keyword/keyword-index.js';
import { reciprocalRankFusion } from '../../src/rag/search/fusion.js';
import { routeCategories, routeChannel } from '../../src/rag/search/routing.js';
import { scoreQuestion, aggregate, matchesTarget, type Question } from '../../eval/retrieval-scoring.js';
import type { Chunk } from '../../src/rag/types.js';

const docs = [
  'website analytics bounce rate sessions for the family SUV',
  'outdoor sites rate per site for the family SUV',
  'outdoor sites rate per site for the family SUV in London',
  'radio spots rate per spot',
];

describe('keyword index (BM25 over flexsearch postings)', () => {
  const kw = KeywordIndex.build(docs);

  it('ranks the rare term above the common ones', () => {
    expect(kw.search('bounce rate for the family SUV site', 10)[0]).toBe(0);
  });

  it('returns only documents sharing a term and survives a save/load round trip', () => {
    expect(kw.search('radio', 10)).toEqual([3]);
    expect(kw.search('zeppelin', 10)).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'kw-'));
    kw.save(dir);
    const loaded = KeywordIndex.load(dir)!;
    expect(loaded.search('bounce rate for the family SUV site', 10)).toEqual(kw.search('bounce rate for the family SUV site', 10));
    rmSync(dir, { recursive: true, force: true });
  });

  it('weights synonym terms below the user’s words', () => {
    expect(kw.search('spots', 10, 'website')[0]).toBe(3);
  });
});

describe('fusion and routing', () => {
  it('fuses ranked lists by reciprocal rank', () => {
    const fused = reciprocalRankFusion([{ ids: ['a', 'b', 'c'] }, { ids: ['b', 'c'] }]);
    expect(fused.map((x) => x.id)).toEqual(['b', 'c', 'a']);
    expect(fused[0]!.score).toBeCloseTo(1 / 62 + 1 / 61, 10);
    expect(reciprocalRankFusion([{ ids: ['a'] }, { ids: ['b'], weight: 2 }])[0]!.id).toBe('b');
  });

  it('routes contractual, funnel and market questions to their categories', () => {
    expect(routeCategories('What is the cancellation period with Skyline?')).toEqual(['contracts']);
    expect(routeCategories('How many test drives did the saloon get?')).toEqual(['sales']);
    expect(routeCategories('How much are competitors spending?')).toEqual(['context']);
    expect(routeCategories('Meta CPM in March')).toEqual([]);
  });

  it('routes a query naming exactly one channel to it', () => {
    expect(routeChannel('video views on the short-form video app')).toBe('tiktok');
    expect(routeChannel('Facebook reach for the saloon')).toBe('meta');
    expect(routeChannel('TV versus radio spend')).toBeUndefined();
    expect(routeChannel('units sold in Scotland')).toBeUndefined();
  });
});

describe('evaluation scoring', () => {
  const chunk = (id: string, metadata: Chunk['metadata'], text = ''): Chunk => ({ id, text, metadata });
  const hits = [
    chunk('a', { source: 'raw/meta_ads.csv', category: 'digital', date_from: '2025-02-01', date_to: '2025-02-28' }),
    chunk('b', { source: 'raw/contracts/x.md', category: 'contracts', clause: '9.2' }),
    chunk('c', { source: 'raw/meta_ads.csv', category: 'digital', date_from: '2025-03-03', date_to: '2025-03-31', campaign_id: 'HM-META-TERRA-25Q1' }),
  ];

  it('matches months by overlap, clauses by section and other fields exactly', () => {
    expect(matchesTarget(hits[2]!, { source: 'raw/meta_ads.csv', month: '2025-03' })).toBe(true);
    expect(matchesTarget(hits[0]!, { source: 'raw/meta_ads.csv', month: '2025-03' })).toBe(false);
    expect(matchesTarget(hits[1]!, { source: 'raw/contracts/x.md', clause: '9' })).toBe(true);
    expect(matchesTarget(hits[1]!, { source: 'raw/contracts/x.md', clause: '9.1' })).toBe(false);
    expect(matchesTarget(hits[2]!, { source: 'raw/meta_ads.csv', campaign_id: 'hm-meta-terra-25q1' })).toBe(true);
  });

  it('scores rank, hit@5, reciprocal rank and recall', () => {
    const q: Question = { id: 'x', category: 'c', question: 'q', expect: [{ source: 'raw/meta_ads.csv', month: '2025-03' }, { source: 'raw/contracts/x.md' }] };
    const s = scoreQuestion(q, hits);
    expect(s).toEqual({ rank: 2, hitAt5: 1, rr: 0.5, recallAt10: 1 });
    const miss = scoreQuestion({ ...q, expect: [{ source: 'raw/tv.csv' }] }, hits);
    expect(miss).toEqual({ rank: 0, hitAt5: 0, rr: 0, recallAt10: 0 });
    expect(aggregate([s, miss])).toEqual({ n: 2, hitAt5: 0.5, mrr: 0.25, recallAt10: 0.5 });
  });
});
