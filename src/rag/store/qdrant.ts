/**
 * Qdrant through @qdrant/js-client-rest: collections created with the embedder's vector size and cosine
 * distance, keyword payload indexes on the filter fields, batched upserts, filters pushed down to the
 * server (the filter is part of the query, so ranking happens only among matching points).
 *
 * Zero-downtime rebuilds: the name the app searches (`campaign_assets`) is a Qdrant alias. A rebuild
 * fills a new physical collection (`campaign_assets__<stamp>`) while searches keep hitting the old one,
 * then moves the alias in one atomic alias update and drops the old collection. A failed rebuild drops
 * only its half-built collection, so the live index is never lost. A plain collection under the alias's
 * name (indexes built before aliases) is replaced once, at the first rebuild.
 */
import { createHash, randomBytes } from 'node:crypto';
import { QdrantClient } from '@qdrant/js-client-rest';
import { MixError } from '../../errors.js';
import type { ChunkMetadata } from '../types.js';
import type { CollectionInfo, VectorFilter, VectorHit, VectorRecord, VectorStore } from './types.js';

export const PAYLOAD_INDEXES = ['category', 'channel', 'vehicle_model', 'creative_type', 'source'] as const;
const BATCH = 256;

export interface QdrantStoreOptions {
  url: string;
  apiKey?: string;
  /** Per-request timeout, ms. */
  timeoutMs?: number;
  /** Suffix of a rebuild's physical collection (default: the time in base 36 + 6 random hex digits); injected by tests. */
  stamp?: () => string;
}

/** Physical collections behind alias `name` are `name__<stamp>`. */
export const physicalPrefix = (name: string) => `${name}__`;

/** Qdrant ids are unsigned ints or UUIDs; ours are strings, so derive a stable UUID from each. */
export function pointId(id: string): string {
  const h = createHash('sha1').update(id).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

type Condition = { key: string; match: { value: string } | { any: string[] } };

export function toQdrantFilter(f: VectorFilter | undefined): { must: Condition[] } | undefined {
  if (!f) return undefined;
  const must: Condition[] = [];
  if (f.category?.length) must.push({ key: 'category', match: { any: f.category } });
  if (f.source?.length) must.push({ key: 'source', match: { any: f.source } });
  for (const key of ['channel', 'vehicle_model', 'creative_type', 'campaign_id'] as const) {
    const v = f[key];
    if (v !== undefined) must.push({ key, match: { value: v } });
  }
  return must.length ? { must } : undefined;
}

function wrap(err: unknown, what: string): MixError {
  if (err instanceof MixError) return err;
  const data = (err as { data?: { status?: { error?: string } } }).data;
  const message = data?.status?.error ?? (err instanceof Error ? err.message : String(err));
  if (/dimension/i.test(message)) {
    return new MixError('EMBEDDING_MISMATCH', `Qdrant ${what}: ${message}`, {
      userMessage: 'The vector database holds vectors of a different size than the embedder makes. Run /reindex (or `npm run index`).',
      cause: err,
    });
  }
  return new MixError('PROVIDER_ERROR', `Qdrant ${what} failed: ${message}`, {
    userMessage: 'The vector database (Qdrant) did not answer as expected. Check QDRANT_URL and that the server is up.',
    cause: err,
  });
}

function toHit(p: { id: string | number; score?: number; payload?: Record<string, unknown> | null }): VectorHit {
  const { chunk_id, text: _text, ...metadata } = (p.payload ?? {}) as Record<string, unknown>;
  return { id: String(chunk_id ?? p.id), score: p.score ?? 0, metadata: metadata as unknown as ChunkMetadata };
}

export class QdrantVectorStore implements VectorStore {
  readonly kind = 'qdrant' as const;
  private readonly client: QdrantClient;
  private readonly stamp: () => string;

  constructor(options: QdrantStoreOptions) {
    this.stamp = options.stamp ?? (() => `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`);
    this.client = new QdrantClient({
      url: options.url,
      ...(options.apiKey ? { apiKey: options.apiKey } : {}),
      timeout: options.timeoutMs ?? 30_000,
      // The version probe runs unawaited and warns on the console; compatibility is pinned in package.json.
      checkCompatibility: false,
    });
  }

  async replaceCollection(name: string, dims: number, records: VectorRecord[]): Promise<void> {
    const physical = `${physicalPrefix(name)}${this.stamp()}`;
    try {
      await this.fill(physical, dims, records);
    } catch (err) {
      // The live alias still points at the previous collection: drop only what this rebuild made.
      await this.client.deleteCollection(physical).catch(() => undefined);
      throw wrap(err, `writing collection ${name}`);
    }
    try {
      const previous = await this.aliasTarget(name);
      if (previous === undefined && (await this.client.collectionExists(name)).exists) {
        // An index from before aliases: a collection cannot share its name with an alias.
        await this.client.deleteCollection(name);
      }
      await this.client.updateCollectionAliases({
        actions: [
          ...(previous !== undefined ? [{ delete_alias: { alias_name: name } }] : []),
          { create_alias: { collection_name: physical, alias_name: name } },
        ],
      });
      // Drop the previous collection and any left behind by rebuilds that died before switching.
      const { collections } = await this.client.getCollections();
      for (const c of collections) {
        if (c.name !== physical && c.name.startsWith(physicalPrefix(name))) await this.client.deleteCollection(c.name);
      }
    } catch (err) {
      throw wrap(err, `switching collection ${name}`);
    }
  }

  /** Creates `physical` with its payload indexes and upserts every record in batches. */
  private async fill(physical: string, dims: number, records: VectorRecord[]): Promise<void> {
    await this.client.createCollection(physical, { vectors: { size: dims, distance: 'Cosine' } });
    for (const field of PAYLOAD_INDEXES) {
      await this.client.createPayloadIndex(physical, { field_name: field, field_schema: 'keyword', wait: true });
    }
    for (let i = 0; i < records.length; i += BATCH) {
      const points = records.slice(i, i + BATCH).map((r) => {
        if (r.vector.length !== dims) throw new MixError('EMBEDDING_MISMATCH', `Vector ${r.id} has ${r.vector.length} dims, expected ${dims}`);
        return {
          id: pointId(r.id),
          vector: Array.from(r.vector),
          payload: { ...r.metadata, chunk_id: r.id, ...(r.text !== undefined ? { text: r.text } : {}) },
        };
      });
      await this.client.upsert(physical, { wait: true, points });
    }
  }

  /** The collection alias `name` points at, if the alias exists. */
  private async aliasTarget(name: string): Promise<string | undefined> {
    const { aliases } = await this.client.getAliases();
    return aliases.find((a) => a.alias_name === name)?.collection_name;
  }

  async search(name: string, vector: Float32Array, options: { topK: number; filter?: VectorFilter }): Promise<VectorHit[]> {
    const filter = toQdrantFilter(options.filter);
    try {
      const res = await this.client.query(name, {
        query: Array.from(vector),
        limit: options.topK,
        with_payload: true,
        ...(filter ? { filter } : {}),
      });
      return res.points.map(toHit);
    } catch (err) {
      throw wrap(err, `search in ${name}`);
    }
  }

  /** Pages through every matching point, then orders by chunk id, so `limit` cuts the same list as the embedded store. */
  async scroll(name: string, options: { filter?: VectorFilter; limit: number }): Promise<VectorHit[]> {
    const filter = toQdrantFilter(options.filter);
    const hits: VectorHit[] = [];
    try {
      let offset: string | number | Record<string, unknown> | null | undefined;
      do {
        const res = await this.client.scroll(name, {
          limit: BATCH,
          with_payload: true,
          ...(filter ? { filter } : {}),
          ...(offset !== undefined && offset !== null ? { offset: offset as string | number } : {}),
        });
        hits.push(...res.points.map(toHit));
        offset = res.next_page_offset;
      } while (offset !== undefined && offset !== null && hits.length < 100_000);
    } catch (err) {
      throw wrap(err, `scroll in ${name}`);
    }
    return hits.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, options.limit);
  }

  async info(name: string): Promise<CollectionInfo> {
    try {
      const target = (await this.aliasTarget(name)) ?? ((await this.client.collectionExists(name)).exists ? name : undefined);
      if (target === undefined) return { exists: false, count: 0, dims: 0 };
      const c = await this.client.getCollection(target);
      const vectors = c.config.params.vectors as { size?: number } | undefined;
      return { exists: true, count: c.points_count ?? 0, dims: vectors?.size ?? 0 };
    } catch (err) {
      throw wrap(err, `reading collection ${name}`);
    }
  }
}
