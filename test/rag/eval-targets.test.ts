/**
 * The retrieval evaluation's expected targets exist in an index of freshly generated data: a renamed value in the
 * generator (a creative type, a file) must fail here, not show up later as a retrieval miss or a refused eval.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingTargets, parseQuestions } from '../../eval/retrieval-scoring.js';
import { readChunks } from '../../src/rag/build-index.js';
import { indexDirOf } from '../../src/rag/index-manifest.js';
import { ensureAnalystData } from '../agents/helpers/analyst-data.js';

describe('retrieval eval targets', () => {
  it.each(['eval/questions.yml', 'eval/questions-holdout.yml'])('every target in %s matches a chunk of the seed-42 index', async (file) => {
    const dataDir = await ensureAnalystData();
    const chunks = {
      text: readChunks(join(indexDirOf(dataDir), 'text_documents')),
      assets: readChunks(join(indexDirOf(dataDir), 'campaign_assets')),
    };
    const questions = parseQuestions(readFileSync(file, 'utf8'));
    expect(questions.length).toBeGreaterThan(10);
    expect(missingTargets(questions, chunks)).toEqual([]);
  }, 240_000);

  it('names a target that matches nothing', () => {
    const q = parseQuestions('questions:\n  - { id: x1, category: assets, collection: assets, question: a spread, expect: [{ creative_type: magazine_double_page_spread }] }\n');
    expect(missingTargets(q, { text: [], assets: [] })).toEqual(['x1: {"creative_type":"magazine_double_page_spread"}']);
  });
});
