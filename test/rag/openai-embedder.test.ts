import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MixError } from '../../src/errors.js';
import { OpenAiEmbedder } from '../../src/rag/embed/openai.js';
import { buildIndex, openRetriever } from '../../src/rag/index.js';
import { fixtureCopy, offlineConfig } from './helpers/fixture-data.js';
import { fakeVector, startOpenAiFake, type OpenAiFake } from './helpers/openai-fake.js';

describe('OpenAI embedder (real SDK against a wire-format fake)', () => {
  let fake: OpenAiFake;
  beforeAll(async () => {
    fake = await startOpenAiFake(8);
  });
  afterAll(async () => fake.close());

  it('batches inputs, decodes base64 vectors in input order and records the dimensions', async () => {
    const e = new OpenAiEmbedder({ apiKey: 'sk-test-1234567890abcdef', baseURL: fake.baseURL, model: 'text-embedding-3-small', batchSize: 2 });
    fake.calls.length = 0;
    const texts = ['a', 'b', 'c', 'd', 'e'];
    const vs = await e.embedDocuments(texts);
    expect(fake.calls.map((c) => c.input)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(fake.calls[0]!.encoding_format).toBe('base64');
    expect(fake.calls[0]!.auth).toBe('Bearer sk-test-1234567890abcdef');
    const expected = fakeVector('c', 8);
    const n = Math.hypot(...expected);
    expected.forEach((x, i) => expect(vs[2]![i]).toBeCloseTo(x / n, 5));
    expect(e.info).toEqual({ kind: 'openai', model: 'text-embedding-3-small', dims: 8 });
  });

  it('retries a 429 with backoff and succeeds', async () => {
    const e = new OpenAiEmbedder({ apiKey: 'sk-test', baseURL: fake.baseURL, model: 'text-embedding-3-small' });
    fake.failNext(429, 2);
    fake.calls.length = 0;
    const v = await e.embedQuery('retry me');
    expect(v).toHaveLength(8);
    expect(fake.calls).toHaveLength(1);
  });

  it('gives up after the retries with RATE_LIMITED and a friendly message', async () => {
    const e = new OpenAiEmbedder({ apiKey: 'sk-test', baseURL: fake.baseURL, model: 'text-embedding-3-small', maxRetries: 1 });
    fake.failNext(429, 5);
    const err = await e.embedQuery('nope').catch((x: unknown) => x);
    expect(MixError.is(err, 'RATE_LIMITED')).toBe(true);
    fake.failNext(429, 0);
  });

  it('builds an index with OpenAI vectors, re-embeds only changed chunks, and refuses an LSA config on it', async () => {
    const dir = fixtureCopy();
    const config = offlineConfig({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseURL });
    fake.calls.length = 0;
    const first = await buildIndex({ dataDir: dir, config, only: 'text' });
    expect(first.collections[0]!.embedder).toEqual({ kind: 'openai', model: 'text-embedding-3-small', dims: 8 });
    const sent = fake.calls.reduce((s, c) => s + c.input.length, 0);
    expect(sent).toBe(first.collections[0]!.chunks);

    appendFileSync(join(dir, 'raw/economic_indicators.csv'), '2024-04-01,-15,5,139.9\n');
    fake.calls.length = 0;
    const second = await buildIndex({ dataDir: dir, config, only: 'text' });
    const resent = fake.calls.reduce((s, c) => s + c.input.length, 0);
    expect(second.collections[0]!.reusedVectors).toBe(second.collections[0]!.chunks - resent);
    expect(resent).toBeLessThan(6);

    const retriever = await openRetriever({ dataDir: dir, config });
    expect((await retriever.searchText('economic indicators', { topK: 2 })).length).toBe(2);
    const err = await openRetriever({ dataDir: dir, config: offlineConfig({ EMBEDDER: 'lsa' }) }).catch((x: unknown) => x);
    expect(MixError.is(err, 'EMBEDDING_MISMATCH')).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});
