/**
 * Hybrid retrieval: vector search (store) and keyword search (flexsearch) over the same chunks, both
 * restricted by the metadata filters BEFORE ranking, fused with reciprocal rank fusion.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { MMM_CHANNELS, VEHICLE_MODELS } from '../../data/brand/catalog.js';
import { MixError } from '../../errors.js';
import type { Logger } from '../../log/logger.js';
import type { Embedder } from '../embed/types.js';
import type { CollectionName } from '../ingest/corpus.js';
import type { KeywordIndex } from '../keyword/keyword-index.js';
import { matchesFilter, type VectorFilter, type VectorStore } from '../store/types.js';
import { normaliseChannel, normaliseVehicleModel } from '../synonyms.js';
import type { AssetSearchOptions, Chunk, DocCategory, Retriever, SearchHit, SearchMode, TextSearchOptions } from '../types.js';
import { reciprocalRankFusion } from './fusion.js';
import { expandQuery, synonymTerms } from './query-expansion.js';
import { routeCategories, routeChannel } from './routing.js';

export interface CollectionHandle {
  name: CollectionName;
  chunks: Chunk[];
  byId: Map<string, Chunk>;
  keyword: KeywordIndex;
  embedder: Embedder;
}

export interface SearchRequest {
  topK?: number;
  filter?: VectorFilter;
  mode?: SearchMode;
  expand?: boolean;
}

const CATEGORIES: readonly DocCategory[] = ['digital', 'traditional', 'sales', 'contracts', 'context', 'assets', 'dictionary'];
const DEFAULT_TOP_K = 5;
const MAX_TOP_K = 100;

export function channelFilter(channel: string | undefined): string | undefined {
  if (channel === undefined || channel === '') return undefined;
  const c = normaliseChannel(channel);
  if (!c) {
    throw new MixError('INPUT_INVALID', `Unknown channel "${channel}"`, {
      userMessage: `I don't know the channel "${channel}". Channels: ${MMM_CHANNELS.join(', ')}.`,
    });
  }
  return c;
}

export function modelFilter(model: string | undefined): string | undefined {
  if (model === undefined || model === '') return undefined;
  const m = normaliseVehicleModel(model);
  if (!m) {
    throw new MixError('INPUT_INVALID', `Unknown vehicle model "${model}"`, {
      userMessage: `I don't know the model "${model}". Models: ${VEHICLE_MODELS.map((v) => v.name).join(', ')}.`,
    });
  }
  return m;
}

function categoryFilter(category: DocCategory | DocCategory[] | undefined): DocCategory[] | undefined {
  if (category === undefined) return undefined;
  const list = Array.isArray(category) ? category : [category];
  for (const c of list) {
    if (!CATEGORIES.includes(c)) {
      throw new MixError('INPUT_INVALID', `Unknown category "${c}"`, { userMessage: `Categories are: ${CATEGORIES.join(', ')}.` });
    }
  }
  return list.length ? list : undefined;
}

export class HybridRetriever implements Retriever {
  constructor(
    private readonly store: VectorStore,
    private readonly collections: Map<CollectionName, CollectionHandle>,
    private readonly dataDir: string,
    private readonly logger: Logger,
  ) {}

  private handle(name: CollectionName): CollectionHandle {
    const h = this.collections.get(name);
    if (!h) {
      throw new MixError('INDEX_MISSING', `Collection ${name} is not in the index`, {
        userMessage: `The ${name === 'campaign_assets' ? 'creative assets' : 'documents'} index has not been built. Run \`npm run index\` (or /reindex).`,
      });
    }
    return h;
  }

  /** Ranked hits of one collection; `mode` picks vector, keyword or both fused. */
  async search(name: CollectionName, query: string, req: SearchRequest = {}): Promise<SearchHit[]> {
    const q = query.trim();
    if (!q) throw new MixError('INPUT_INVALID', 'Empty search query', { userMessage: 'What should I search for?' });
    const h = this.handle(name);
    const topK = Math.min(Math.max(1, req.topK ?? DEFAULT_TOP_K), MAX_TOP_K);
    const mode = req.mode ?? 'hybrid';
    // Deep candidate lists: fusion needs a document's rank on both sides, and a cut at 40 hides the second.
    const pool = Math.max(topK * 10, 100);
    const lists: { ids: string[]; weight: number }[] = [];
    const ranks = new Map<string, { vector?: number; keyword?: number }>();
    const similarity = new Map<string, number>();

    // One keyword ranking over the whole collection; each list below takes its filtered prefix.
    const expand = req.expand ?? mode === 'hybrid';
    const keywordRanking = h.keyword.search(expand ? expandQuery(q) : q, h.chunks.length, expand ? synonymTerms(q) : '');
    const keywordIds = (filter: VectorFilter | undefined) => {
      const ids: string[] = [];
      for (const pos of keywordRanking) {
        const c = h.chunks[pos];
        if (c && matchesFilter(c.metadata, filter)) ids.push(c.id);
        if (ids.length >= pool) break;
      }
      return ids;
    };

    if (mode !== 'keyword') {
      const vector = await h.embedder.embedQuery(q);
      const hits = await this.store.search(name, vector, { topK: pool, ...(req.filter ? { filter: req.filter } : {}) });
      lists.push({ ids: hits.map((x) => x.id), weight: 1 });
      hits.forEach((x, i) => {
        ranks.set(x.id, { ...ranks.get(x.id), vector: i + 1 });
        similarity.set(x.id, x.score);
      });
      if (mode === 'vector') return this.toHits(h, hits.slice(0, topK).map((x) => ({ id: x.id, score: x.score })), ranks, similarity);
      // Routed list: the same query inside the categories it points at (contracts for "cancellation"…).
      if (name === 'text_documents') {
        const routes: VectorFilter[] = req.filter?.category ? [] : routeCategories(q).map((category) => ({ ...req.filter, category: [category] }));
        const channel = req.filter?.channel ? undefined : routeChannel(q);
        if (channel) routes.push({ ...req.filter, channel });
        for (const filter of routes) {
          const routed = await this.store.search(name, vector, { topK: pool, filter });
          for (const x of routed) if (!similarity.has(x.id)) similarity.set(x.id, x.score);
          const fused = reciprocalRankFusion([{ ids: routed.map((x) => x.id) }, { ids: keywordIds(filter) }]);
          lists.push({ ids: fused.map((x) => x.id), weight: 1 });
        }
      }
    }
    {
      const ids = keywordIds(req.filter);
      lists.push({ ids, weight: 1 });
      ids.forEach((id, i) => ranks.set(id, { ...ranks.get(id), keyword: i + 1 }));
      if (mode === 'keyword') return this.toHits(h, ids.slice(0, topK).map((id, i) => ({ id, score: 1 / (i + 1) })), ranks, similarity);
    }
    return this.toHits(h, reciprocalRankFusion(lists).slice(0, topK), ranks, similarity);
  }

  private toHits(
    h: CollectionHandle,
    ranked: { id: string; score: number }[],
    ranks: Map<string, { vector?: number; keyword?: number }>,
    similarity: Map<string, number>,
  ): SearchHit[] {
    const out: SearchHit[] = [];
    for (const { id, score } of ranked) {
      const c = h.byId.get(id);
      if (!c) {
        this.logger.warn({ id, collection: h.name }, 'vector store returned an id missing from chunks.json; reindex advised');
        continue;
      }
      const sim = similarity.get(id);
      out.push({
        ...c,
        metadata: this.withImageFile(c.metadata),
        score,
        ...(ranks.has(id) ? { ranks: ranks.get(id)! } : {}),
        ...(sim !== undefined ? { similarity: Math.max(0, Math.round(sim * 1e4) / 1e4) } : {}),
      });
    }
    return out;
  }

  private withImageFile(meta: Chunk['metadata']): Chunk['metadata'] {
    const p = meta.image_path;
    if (!p) return meta;
    const candidates = isAbsolute(p) ? [p] : [join(this.dataDir, p), join(this.dataDir, 'assets', p), resolve(p)];
    const file = candidates.find((c) => existsSync(c));
    return file ? { ...meta, image_file: resolve(file) } : meta;
  }

  async searchText(query: string, options: TextSearchOptions = {}): Promise<SearchHit[]> {
    const category = categoryFilter(options.category);
    const channel = channelFilter(options.channel);
    const model = modelFilter(options.vehicleModel);
    const filter: VectorFilter = {
      ...(category ? { category } : {}),
      ...(channel ? { channel } : {}),
      ...(model ? { vehicle_model: model } : {}),
      ...(options.campaignId ? { campaign_id: options.campaignId } : {}),
    };
    return this.search('text_documents', query, {
      filter,
      ...(options.topK ? { topK: options.topK } : {}),
      ...(options.mode ? { mode: options.mode } : {}),
      ...(options.expand !== undefined ? { expand: options.expand } : {}),
    });
  }

  async searchAssets(query: string, options: AssetSearchOptions = {}): Promise<SearchHit[]> {
    const channel = channelFilter(options.channel);
    const model = modelFilter(options.vehicleModel);
    const filter: VectorFilter = {
      ...(channel ? { channel } : {}),
      ...(model ? { vehicle_model: model } : {}),
      ...(options.creativeType ? { creative_type: options.creativeType } : {}),
      ...(options.campaignId ? { campaign_id: options.campaignId } : {}),
    };
    return this.search('campaign_assets', query, {
      filter,
      ...(options.topK ? { topK: options.topK } : {}),
      ...(options.mode ? { mode: options.mode } : {}),
      ...(options.expand !== undefined ? { expand: options.expand } : {}),
    });
  }

  /** A channel's file summaries, then its latest monthly documents, then a few of its creatives. */
  async filterByChannel(channel: string, options: { topK?: number } = {}): Promise<SearchHit[]> {
    const ch = channelFilter(channel)!;
    const topK = Math.min(Math.max(1, options.topK ?? 10), MAX_TOP_K);
    const text = this.handle('text_documents');
    const docs = (await this.store.scroll('text_documents', { filter: { channel: ch }, limit: 100_000 }))
      .map((x) => text.byId.get(x.id))
      .filter((c): c is Chunk => Boolean(c));
    const summaries = docs.filter((c) => c.metadata.granularity === 'file-summary' || c.metadata.category === 'contracts' && c.metadata.locator === 'whole document');
    const recent = docs
      .filter((c) => c.metadata.granularity === 'month')
      .sort((a, b) => String(b.metadata.date_to ?? '').localeCompare(String(a.metadata.date_to ?? '')) || a.id.localeCompare(b.id));
    let assets: Chunk[] = [];
    const assetHandle = this.collections.get('campaign_assets');
    if (assetHandle) {
      assets = (await this.store.scroll('campaign_assets', { filter: { channel: ch }, limit: 3 }))
        .map((x) => assetHandle.byId.get(x.id))
        .filter((c): c is Chunk => Boolean(c));
    }
    const textSlots = Math.max(topK - assets.length, Math.ceil(topK / 2));
    const picked = [...summaries, ...recent].slice(0, textSlots);
    const all = [...picked, ...assets].slice(0, topK);
    if (all.length === 0) {
      throw new MixError('NOT_FOUND', `No documents for channel ${ch}`, { userMessage: `I have no data for ${ch} in the index.` });
    }
    return all.map((c, i) => ({ ...c, metadata: this.withImageFile(c.metadata), score: 1 / (i + 1) }));
  }
}
