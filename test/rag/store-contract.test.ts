/**
 * One contract, two stores: the embedded store and Qdrant (through the real @qdrant/js-client-rest
 * against an in-process fake of Qdrant's REST API) must behave the same.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MixError } from '../../src/errors.js';
import { EmbeddedVectorStore } from '../../src/rag/store/embedded.js';
import { QdrantVectorStore } from '../../src/rag/store/qdrant.js';
import type { VectorRecord, VectorStore } from '../../src/rag/store/types.js';
import type { DocCategory } from '../../src/rag/types.js';
import { createRng } from '../../src/util/rng.js';
import { startQdrantFake, type QdrantFake } from './helpers/qdrant-fake.js';

const DIMS = 16;
const CHANNELS = ['meta', 'google', 'tv', 'radio'];
const CATEGORIES: DocCategory[] = ['digital', 'digital', 'traditional', 'traditional'];

function unit(v: Float32Array): Float32Array {
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
}

/** 120 random unit vectors; radio points are placed far from the probe so a post-filter would drop them. */
function records(): VectorRecord[] {
  const rng = createRng(7);
  return Array.from({ length: 120 }, (_, i) => {
    const c = i % 4;
    const v = new Float32Array(DIMS).map(() => rng.normal());
    if (CHANNELS[c] === 'radio') v[0] = -Math.abs(v[0]!) - 5;
    return {
      id: `doc-${String(i).padStart(3, '0')}`,
      vector: unit(v),
      metadata: { source: `raw/${CHANNELS[c]}.csv`, category: CATEGORIES[c]!, channel: CHANNELS[c]!, ...(i % 3 === 0 ? { vehicle_model: 'terra' } : {}) },
      text: `text ${i}`,
    };
  });
}

const probe = unit(new Float32Array(DIMS).map((_, j) => (j === 0 ? 5 : 0.1)));
const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, j) => s + x * b[j]!, 0);

interface Harness {
  make(): VectorStore;
  cleanup(): Promise<void>;
  fake?: QdrantFake;
}

const harnesses: [string, () => Promise<Harness>][] = [
  [
    'embedded',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'store-'));
      return { make: () => new EmbeddedVectorStore(dir), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  ],
  [
    'qdrant',
    async () => {
      const fake = await startQdrantFake({ apiKey: 'test-key' });
      return {
        fake,
        make: () => new QdrantVectorStore({ url: fake.url, apiKey: 'test-key' }),
        cleanup: () => fake.close(),
      };
    },
  ],
];

describe.each(harnesses)('VectorStore contract: %s', (_name, setup) => {
  let h: Harness;
  let store: VectorStore;
  const recs = records();

  beforeAll(async () => {
    h = await setup();
    store = h.make();
  });
  afterAll(async () => h.cleanup());

  it('reports a missing collection without throwing', async () => {
    expect(await store.info('nothing_here')).toEqual({ exists: false, count: 0, dims: 0 });
  });

  it('creates a collection with the vector size and counts its points', async () => {
    await store.replaceCollection('text_documents', DIMS, recs);
    expect(await store.info('text_documents')).toEqual({ exists: true, count: 120, dims: DIMS });
  });

  it('ranks by exact cosine, best first', async () => {
    const hits = await store.search('text_documents', probe, { topK: 5 });
    const expected = recs
      .map((r) => [r.id, dot(r.vector, probe)] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5);
    expect(hits.map((x) => x.id)).toEqual(expected.map(([id]) => id));
    hits.forEach((x, i) => expect(x.score).toBeCloseTo(expected[i]![1], 4));
    expect(hits[0]!.metadata.source).toMatch(/^raw\//);
  });

  it('filters before ranking: the far-away channel still fills top-k', async () => {
    const hits = await store.search('text_documents', probe, { topK: 5, filter: { channel: 'radio' } });
    expect(hits).toHaveLength(5);
    expect(hits.every((x) => x.metadata.channel === 'radio')).toBe(true);
    const unfiltered = await store.search('text_documents', probe, { topK: 30 });
    expect(unfiltered.some((x) => x.metadata.channel === 'radio')).toBe(false);
  });

  it('combines category (any of) and vehicle-model filters', async () => {
    const hits = await store.search('text_documents', probe, { topK: 100, filter: { category: ['traditional'], vehicle_model: 'terra' } });
    const expected = recs.filter((r) => r.metadata.category === 'traditional' && r.metadata.vehicle_model === 'terra');
    expect(hits.map((x) => x.id).sort()).toEqual(expected.map((r) => r.id).sort());
  });

  it('scrolls the matching points in id order', async () => {
    const all = await store.scroll('text_documents', { filter: { channel: 'tv' }, limit: 1000 });
    expect(all).toHaveLength(30);
    expect(all.map((x) => x.id)).toEqual([...all.map((x) => x.id)].sort());
    const firstFive = await store.scroll('text_documents', { filter: { channel: 'tv' }, limit: 5 });
    expect(firstFive.map((x) => x.id)).toEqual(all.slice(0, 5).map((x) => x.id));
  });

  it('persists: a new client sees the same collection', async () => {
    const again = h.make();
    expect((await again.info('text_documents')).count).toBe(120);
    expect((await again.search('text_documents', probe, { topK: 3 })).map((x) => x.id)).toEqual(
      (await store.search('text_documents', probe, { topK: 3 })).map((x) => x.id),
    );
  });

  it('replaces a collection (new size) and rejects queries of the old size', async () => {
    const small = recs.slice(0, 10).map((r) => ({ ...r, vector: unit(r.vector.slice(0, 8)) }));
    await store.replaceCollection('text_documents', 8, small);
    expect(await store.info('text_documents')).toEqual({ exists: true, count: 10, dims: 8 });
    const err = await store.search('text_documents', probe, { topK: 3 }).catch((e: unknown) => e);
    expect(MixError.is(err, 'EMBEDDING_MISMATCH')).toBe(true);
  });

  it('refuses vectors of the wrong size on write', async () => {
    const bad = [{ ...recs[0]!, vector: new Float32Array(3) }];
    const err = await store.replaceCollection('other', 8, bad).catch((e: unknown) => e);
    expect(MixError.is(err, 'EMBEDDING_MISMATCH')).toBe(true);
  });
});

describe('Qdrant specifics', () => {
  let fake: QdrantFake;
  beforeAll(async () => {
    fake = await startQdrantFake();
  });
  afterAll(async () => fake.close());

  let n = 0;
  const stamped = () => new QdrantVectorStore({ url: fake.url, stamp: () => `v${++n}` });

  it('upserts in batches, indexes category and channel as keywords, pushes filters down', async () => {
    const store = stamped();
    const many = Array.from({ length: 600 }, (_, i) => ({ ...records()[i % 120]!, id: `p-${i}` }));
    await store.replaceCollection('campaign_assets', DIMS, many);
    const physical = fake.aliases.get('campaign_assets')!;
    expect(physical).toMatch(/^campaign_assets__v\d+$/);
    const puts = fake.requests.filter((r) => r.method === 'PUT' && /\/points\?/.test(r.path));
    expect(puts).toHaveLength(3);
    expect(puts.every((r) => r.path.includes('wait=true'))).toBe(true);
    const indexes = fake.requests.filter((r) => r.method === 'PUT' && r.path.startsWith(`/collections/${physical}/index`));
    const fields = indexes.map((r) => (r.body as { field_name: string }).field_name);
    expect(fields).toEqual(expect.arrayContaining(['category', 'channel']));
    expect(indexes.every((r) => (r.body as { field_schema: string }).field_schema === 'keyword')).toBe(true);
    const created = fake.requests.find((r) => r.method === 'PUT' && r.path === `/collections/${physical}`);
    expect(created?.body).toEqual({ vectors: { size: DIMS, distance: 'Cosine' } });

    fake.requests.length = 0;
    await store.search('campaign_assets', probe, { topK: 3, filter: { channel: 'tv', category: ['traditional'] } });
    const q = fake.requests.find((r) => r.path.endsWith('/points/query'));
    expect((q?.body as { filter: unknown }).filter).toEqual({
      must: [
        { key: 'category', match: { any: ['traditional'] } },
        { key: 'channel', match: { value: 'tv' } },
      ],
    });
    expect((q?.body as { limit: number }).limit).toBe(3);
  });

  it('rebuilds behind an alias: searches never see a missing or half-filled collection, the old one is dropped', async () => {
    const store = stamped();
    const first = records().slice(0, 40);
    await store.replaceCollection('docs_swap', DIMS, first);
    const before = fake.aliases.get('docs_swap')!;
    // Hold the rebuild's first upsert: mid-rebuild, the name still answers from the old collection.
    const held = fake.holdNext((method, path) => method === 'PUT' && path.startsWith('/collections/docs_swap__') && path.endsWith('/points'));
    const second = records().slice(40, 100);
    const rebuilding = store.replaceCollection('docs_swap', DIMS, second);
    await held.reached;
    expect(fake.aliases.get('docs_swap')).toBe(before);
    expect(await stamped().info('docs_swap')).toEqual({ exists: true, count: 40, dims: DIMS });
    expect(await stamped().search('docs_swap', probe, { topK: 100 })).toHaveLength(40);
    held.release();
    await rebuilding;
    const after = fake.aliases.get('docs_swap')!;
    expect(after).not.toBe(before);
    expect(fake.collections.has(before)).toBe(false);
    expect([...fake.collections.keys()].filter((k) => k.startsWith('docs_swap__'))).toEqual([after]);
    expect(await store.info('docs_swap')).toEqual({ exists: true, count: 60, dims: DIMS });
    const hits = await store.search('docs_swap', probe, { topK: 100 });
    expect(new Set(hits.map((h) => h.id))).toEqual(new Set(second.map((r) => r.id)));
  });

  it('keeps serving the old index when a rebuild fails, and removes the half-built collection', async () => {
    const store = stamped();
    await store.replaceCollection('docs_fail', DIMS, records().slice(0, 30));
    const live = fake.aliases.get('docs_fail')!;
    // An upsert into the new collection fails mid-rebuild.
    fake.failNext(500, 1, (method, path) => method === 'PUT' && /^\/collections\/docs_fail__v\d+\/points$/.test(path) && path !== `/collections/${live}/points`);
    const many = Array.from({ length: 300 }, (_, i) => ({ ...records()[i % 120]!, id: `f-${i}` }));
    const err = await store.replaceCollection('docs_fail', DIMS, many).catch((e: unknown) => e);
    expect(MixError.is(err, 'PROVIDER_ERROR')).toBe(true);
    expect(fake.aliases.get('docs_fail')).toBe(live);
    expect([...fake.collections.keys()].filter((k) => k.startsWith('docs_fail__'))).toEqual([live]);
    expect(await store.info('docs_fail')).toEqual({ exists: true, count: 30, dims: DIMS });
    expect(await store.search('docs_fail', probe, { topK: 5 })).toHaveLength(5);
  });

  it('moves an index built before aliases (a plain collection under the name) behind an alias', async () => {
    const legacy = records().slice(0, 10);
    // Build the old layout by hand through the REST API: a collection named exactly like the index.
    const put = (path: string, body: unknown) =>
      fetch(`${fake.url}${path}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    await put('/collections/docs_legacy', { vectors: { size: DIMS, distance: 'Cosine' } });
    await put('/collections/docs_legacy/points?wait=true', {
      points: legacy.map((r, i) => ({ id: i + 1, vector: Array.from(r.vector), payload: { ...r.metadata, chunk_id: r.id } })),
    });
    const store = stamped();
    expect(await store.info('docs_legacy')).toEqual({ exists: true, count: 10, dims: DIMS });
    await store.replaceCollection('docs_legacy', DIMS, records().slice(0, 25));
    expect(fake.collections.has('docs_legacy')).toBe(false);
    expect(fake.aliases.get('docs_legacy')).toMatch(/^docs_legacy__v\d+$/);
    expect(await store.info('docs_legacy')).toEqual({ exists: true, count: 25, dims: DIMS });
  });

  it('turns server failures into a PROVIDER_ERROR naming Qdrant', async () => {
    const store = new QdrantVectorStore({ url: fake.url });
    fake.failNext(503);
    const err = await store.search('campaign_assets', probe, { topK: 3 }).catch((e: unknown) => e);
    expect(MixError.is(err, 'PROVIDER_ERROR')).toBe(true);
    expect((err as MixError).userMessage).toMatch(/Qdrant/);
  });
});
