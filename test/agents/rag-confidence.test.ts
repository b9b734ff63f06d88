/** Retrieval confidence: rank agreement of the fused lists, with the vector similarity as an absolute floor. */
import { describe, expect, it } from 'vitest';
import { confidenceCaveat, hitConfidence } from '../../src/agents/tools/rag-tools.js';
import type { SearchHit } from '../../src/rag/types.js';

function hit(ranks: SearchHit['ranks'], similarity?: number): SearchHit {
  return { id: 'c1', text: 'clause', score: 0.03, metadata: { source: 'raw/contracts/x.md', category: 'contracts' }, ...(ranks ? { ranks } : {}), ...(similarity !== undefined ? { similarity } : {}) } as SearchHit;
}

describe('retrieval confidence', () => {
  it('is the agreement of the two ranked lists', () => {
    expect(hitConfidence(hit({ vector: 1, keyword: 1 }))).toBe(1);
    expect(hitConfidence(hit({ vector: 1 }))).toBe(0.5);
    expect(hitConfidence(hit({ vector: 4, keyword: 4 }))).toBe(0.5);
  });

  it('warns on a weak match by rank, or by similarity when the lists agree on an off-topic chunk', () => {
    expect(confidenceCaveat([hit({ vector: 1, keyword: 1 }, 0.62)], 'documents')).toEqual([]);
    expect(confidenceCaveat([hit({ vector: 9 }, 0.62)], 'documents')[0]).toMatch(/Low retrieval confidence \(17%\)/);
    expect(confidenceCaveat([hit({ vector: 1, keyword: 2 }, 0.05)], 'documents')[0]).toMatch(/similarity 0\.05/);
    expect(confidenceCaveat([hit({ vector: 1, keyword: 2 })], 'documents')).toEqual([]);
    expect(confidenceCaveat([], 'creatives')[0]).toMatch(/No creatives matched/);
  });
});
