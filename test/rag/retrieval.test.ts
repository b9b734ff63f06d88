import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MixError } from '../../src/errors.js';
import { buildIndex, checkIndex, openRetriever, type HybridRetriever } from '../../src/rag/index.js';
import { fixtureCopy, offlineConfig } from './helpers/fixture-data.js';
import { startQdrantFake, type QdrantFake } from './helpers/qdrant-fake.js';

describe('index build and hybrid retrieval (embedded store)', () => {
  const dir = fixtureCopy();
  const config = offlineConfig();
  let retriever: HybridRetriever;

  beforeAll(async () => {
    const report = await buildIndex({ dataDir: dir, config });
    expect(report.collections.map((c) => [c.name, c.status])).toEqual([
      ['text_documents', 'built'],
      ['campaign_assets', 'built'],
    ]);
    retriever = await openRetriever({ dataDir: dir, config });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers a channel-metric-month question with that channel’s month documents', async () => {
    const hits = await retriever.searchText('Meta CPM in March', { topK: 3 });
    expect(hits).toHaveLength(3);
    for (const h of hits) {
      expect(h.metadata.source).toBe('raw/meta_ads.csv');
      expect(h.metadata.date_from).toMatch(/^2024-03/);
    }
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[2]!.score);
    expect(hits[0]!.ranks?.vector ?? hits[0]!.ranks?.keyword).toBeDefined();
    expect(hits[0]!.similarity).toBeGreaterThan(0.3);
    expect(hits[0]!.similarity).toBeLessThanOrEqual(1);
  });

  it('is deterministic: a second build of the same data writes the same bytes', async () => {
    const other = fixtureCopy();
    await buildIndex({ dataDir: other, config });
    for (const f of ['manifest.json', 'text_documents/chunks.json', 'text_documents/vectors.f32', 'text_documents/keyword.json', 'text_documents/lsa-terms.f32', 'campaign_assets/vectors.f32']) {
      expect(readFileSync(join(other, 'index', f)).equals(readFileSync(join(dir, 'index', f))), f).toBe(true);
    }
    rmSync(other, { recursive: true, force: true });
  });

  it('finds the contract clause and cites it', async () => {
    const [top] = await retriever.searchText('how much notice do we need to give Northstar to cancel', { topK: 1, category: 'contracts' });
    expect(top!.metadata.source).toBe('raw/contracts/tv_airtime_northstar.md');
    expect(top!.metadata.locator).toMatch(/^clause 4\./);
  });

  it('reaches synonyms and typos through the vector side where keywords alone fail', async () => {
    const kw = await retriever.searchText('television termination', { topK: 3, mode: 'keyword' });
    expect(kw.some((h) => h.metadata.clause === '4.1' || h.metadata.clause === '4.2')).toBe(false);
    const vec = await retriever.searchText('television termination', { topK: 3, mode: 'vector' });
    expect(vec.some((h) => h.metadata.clause?.toString().startsWith('4.'))).toBe(true);
    const typo = await retriever.searchText('competiter spnding', { topK: 3, mode: 'hybrid' });
    expect(typo[0]!.metadata.source).toBe('raw/competitor_spend.csv');
  });

  it('applies filters before ranking (a filtered query still fills top-k)', async () => {
    const hits = await retriever.searchText('Meta CPM in March', { topK: 4, channel: 'Television' });
    expect(hits).toHaveLength(4);
    expect(hits.every((h) => h.metadata.channel === 'tv')).toBe(true);
    const sales = await retriever.searchText('Meta CPM in March', { topK: 3, category: ['sales'], vehicleModel: 'the coupe' });
    expect(sales.length).toBeGreaterThan(0);
    expect(sales.every((h) => h.metadata.category === 'sales' && h.metadata.vehicle_model === 'vento')).toBe(true);
  });

  it('searches creatives with their image path', async () => {
    const hits = await retriever.searchAssets('show me the TikTok creatives for the saloon', { topK: 2 });
    expect(hits[0]!.metadata.image_path).toBe('assets/tiktok/tiktok_lumen_video_01.png');
    const meta = await retriever.searchAssets('story ad', { channel: 'instagram', topK: 5 });
    expect(meta.every((h) => h.metadata.channel === 'meta')).toBe(true);
  });

  it('lists a channel: summaries first, recent months next, then its creatives', async () => {
    const hits = await retriever.filterByChannel('TV', { topK: 8 });
    expect(hits[0]!.metadata.granularity).toBe('file-summary');
    expect(hits.every((h) => h.metadata.channel === 'tv')).toBe(true);
    const months = hits.filter((h) => h.metadata.granularity === 'month').map((h) => String(h.metadata.date_to));
    expect(months).toEqual([...months].sort().reverse());
    expect(hits.some((h) => h.metadata.category === 'assets')).toBe(true);
  });

  it('rejects unknown channels, models and empty queries with friendly errors', async () => {
    for (const p of [
      retriever.searchText('spend', { channel: 'myspace' }),
      retriever.searchText('spend', { vehicleModel: 'tractor' }),
      retriever.searchText('   '),
      retriever.filterByChannel('carrier pigeon'),
    ]) {
      const err = await p.catch((e: unknown) => e);
      expect(MixError.is(err, 'INPUT_INVALID')).toBe(true);
      expect((err as MixError).userMessage.length).toBeGreaterThan(10);
    }
  });

  it('is incremental: unchanged files skip, a changed file rebuilds and --check reports staleness', async () => {
    const again = await buildIndex({ dataDir: dir, config });
    expect(again.collections.every((c) => c.status === 'up-to-date')).toBe(true);
    appendFileSync(join(dir, 'raw/competitor_spend.csv'), '2024-04-08,Voltara,123456\n');
    const check = await checkIndex({ dataDir: dir, config });
    const text = check.collections.find((c) => c.name === 'text_documents')!;
    expect(text.stale).toBe(true);
    expect(text.changedFiles).toEqual(['raw/competitor_spend.csv']);
    const rebuilt = await buildIndex({ dataDir: dir, config, only: 'text' });
    expect(rebuilt.collections).toHaveLength(1);
    expect(rebuilt.collections[0]).toMatchObject({ name: 'text_documents', status: 'built', changedFiles: ['raw/competitor_spend.csv'] });
    expect((await checkIndex({ dataDir: dir, config })).collections.every((c) => !c.stale)).toBe(true);
  });
});

describe('index errors', () => {
  it('a missing index is INDEX_MISSING with a hint to run npm run index', async () => {
    const dir = fixtureCopy();
    const err = await openRetriever({ dataDir: dir, config: offlineConfig() }).catch((e: unknown) => e);
    expect(MixError.is(err, 'INDEX_MISSING')).toBe(true);
    expect((err as MixError).userMessage).toMatch(/npm run index/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('an index built with another embedder is EMBEDDING_MISMATCH with a hint to /reindex', async () => {
    const dir = fixtureCopy();
    await buildIndex({ dataDir: dir, config: offlineConfig(), only: 'assets' });
    const manifestPath = join(dir, 'index/manifest.json');
    const m = JSON.parse(readFileSync(manifestPath, 'utf8'));
    m.collections.campaign_assets.embedder = { kind: 'openai', model: 'text-embedding-3-small', dims: 1536 };
    writeFileSync(manifestPath, JSON.stringify(m));
    const err = await openRetriever({ dataDir: dir, config: offlineConfig() }).catch((e: unknown) => e);
    expect(MixError.is(err, 'EMBEDDING_MISMATCH')).toBe(true);
    expect((err as MixError).userMessage).toMatch(/reindex/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('no data at all is DATA_MISSING pointing at npm run generate', async () => {
    const dir = fixtureCopy();
    rmSync(join(dir, 'raw'), { recursive: true });
    const err = await buildIndex({ dataDir: dir, config: offlineConfig() }).catch((e: unknown) => e);
    expect(MixError.is(err, 'DATA_MISSING')).toBe(true);
    expect((err as MixError).userMessage).toMatch(/npm run generate/);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('the same pipeline on Qdrant (in-process fake)', () => {
  let fake: QdrantFake;
  const dir = fixtureCopy();
  beforeAll(async () => {
    fake = await startQdrantFake();
  });
  afterAll(async () => {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds both collections in Qdrant and returns the same top hits as the embedded store', async () => {
    const embeddedDir = fixtureCopy();
    await buildIndex({ dataDir: embeddedDir, config: offlineConfig() });
    const embedded = await openRetriever({ dataDir: embeddedDir, config: offlineConfig() });
    const config = offlineConfig({ QDRANT_URL: fake.url });
    const report = await buildIndex({ dataDir: dir, config });
    expect(report.store).toBe('qdrant');
    // The names the app searches are aliases of the collections the build filled.
    const behind = (alias: string) => fake.collections.get(fake.aliases.get(alias) ?? '');
    expect(behind('text_documents')?.points.size).toBe(report.collections[0]!.chunks);
    expect(behind('campaign_assets')?.size).toBe(report.collections[1]!.embedder!.dims);
    const q = await openRetriever({ dataDir: dir, config });
    for (const query of ['Meta CPM in March', 'cancellation notice', 'units sold in scotland']) {
      const a = (await q.searchText(query, { topK: 5 })).map((h) => h.id);
      const b = (await embedded.searchText(query, { topK: 5 })).map((h) => h.id);
      expect(a).toEqual(b);
    }
    const filtered = await q.searchText('spend', { topK: 3, channel: 'google' });
    expect(filtered.every((h) => h.metadata.channel === 'google')).toBe(true);
    rmSync(embeddedDir, { recursive: true, force: true });
  });

  it('an index built for the embedded store is not silently used against Qdrant', async () => {
    const other = fixtureCopy();
    await buildIndex({ dataDir: other, config: offlineConfig(), only: 'assets' });
    const err = await openRetriever({ dataDir: other, config: offlineConfig({ QDRANT_URL: fake.url }) }).catch((e: unknown) => e);
    expect(MixError.is(err, 'INDEX_MISSING')).toBe(true);
    rmSync(other, { recursive: true, force: true });
  });
});
