/**
 * Qdrant through @qdrant/js-client-rest: collections created with the embedder's vector size and cosine
 * distance, keyword payload indexes on the filter fields, batched upserts, filters pushed down to the
 * server (the filter is part of the query, so ranking happens only among matching points).
 */
import { createHash } from 'node:crypto';
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
}

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

  constructor(options: QdrantStoreOptions) {
    this.client = new QdrantClient({
      url: options.url,
      ...(options.apiKey ? { apiKey: options.apiKey } : {}),
      timeout: options.timeoutMs ?? 30_000,
      // The version probe runs unawaited and warns on the console; compatibility is pinned in package.json.
      checkCompatibility: false,
    });
  }

  async replaceCollection(name: string, dims: number, records: VectorRecord[]): Promise<void> {
    try {
      const { exists } = await this.client.collectionExists(name);
      if (exists) await this.client.deleteCollection(name);
      await this.client.createCollection(name, { vectors: { size: dims, distance: 'Cosine' } });
      for (const field of PAYLOAD_INDEXES) {
        await this.client.createPayloadIndex(name, { field_name: field, field_schema: 'keyword', wait: true });
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
        await this.client.upsert(name, { wait: true, points });
      }
    } catch (err) {
      throw wrap(err, `writing collection ${name}`);
    }
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
      const { exists } = await this.client.collectionExists(name);
      if (!exists) return { exists: false, count: 0, dims: 0 };
      const c = await this.client.getCollection(name);
      const vectors = c.config.params.vectors as { size?: number } | undefined;
      return { exists: true, count: c.points_count ?? 0, dims: vectors?.size ?? 0 };
    } catch (err) {
      throw wrap(err, `reading collection ${name}`);
    }
  }
}
