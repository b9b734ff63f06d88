/**
 * The default vector store: every vector in one Float32Array per collection, searched exactly. At a few
 * thousand chunks an exact cosine scan takes about a millisecond and is always right, so an approximate
 * index (HNSW) would add build time and recall loss for nothing. Persisted as `vectors.f32` + `points.json`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MixError } from '../../errors.js';
import type { ChunkMetadata } from '../types.js';
import { float32ToBytes, readFloat32, writeFileAtomic, writeJsonAtomic } from './fs-util.js';
import { matchesFilter, type CollectionInfo, type VectorFilter, type VectorHit, type VectorRecord, type VectorStore } from './types.js';

interface Loaded {
  dims: number;
  ids: string[];
  metadata: ChunkMetadata[];
  vectors: Float32Array;
}

export class EmbeddedVectorStore implements VectorStore {
  readonly kind = 'embedded' as const;
  private readonly loaded = new Map<string, Loaded>();

  constructor(private readonly dir: string) {}

  private paths(name: string) {
    return { points: join(this.dir, name, 'points.json'), vectors: join(this.dir, name, 'vectors.f32') };
  }

  async replaceCollection(name: string, dims: number, records: VectorRecord[]): Promise<void> {
    const vectors = new Float32Array(records.length * dims);
    records.forEach((r, i) => {
      if (r.vector.length !== dims) {
        throw new MixError('EMBEDDING_MISMATCH', `Vector ${r.id} has ${r.vector.length} dims, collection ${name} expects ${dims}`);
      }
      vectors.set(r.vector, i * dims);
    });
    const p = this.paths(name);
    writeFileAtomic(p.vectors, float32ToBytes(vectors));
    writeJsonAtomic(p.points, { dims, ids: records.map((r) => r.id), metadata: records.map((r) => r.metadata) });
    this.loaded.set(name, { dims, ids: records.map((r) => r.id), metadata: records.map((r) => r.metadata), vectors });
  }

  private load(name: string): Loaded | undefined {
    const cached = this.loaded.get(name);
    if (cached) return cached;
    const p = this.paths(name);
    if (!existsSync(p.points) || !existsSync(p.vectors)) return undefined;
    const meta = JSON.parse(readFileSync(p.points, 'utf8')) as Omit<Loaded, 'vectors'>;
    const vectors = readFloat32(p.vectors);
    if (vectors.length !== meta.ids.length * meta.dims) {
      throw new MixError('INDEX_STALE', `Collection ${name} is corrupt (${vectors.length} floats for ${meta.ids.length} points)`, {
        userMessage: 'The search index looks damaged. Run `npm run index` (or /reindex) to rebuild it.',
      });
    }
    const loaded = { ...meta, vectors };
    this.loaded.set(name, loaded);
    return loaded;
  }

  private require(name: string): Loaded {
    const l = this.load(name);
    if (!l) {
      throw new MixError('INDEX_MISSING', `Collection ${name} does not exist in ${this.dir}`, {
        userMessage: 'The search index has not been built yet. Run `npm run index` first.',
      });
    }
    return l;
  }

  async search(name: string, vector: Float32Array, options: { topK: number; filter?: VectorFilter }): Promise<VectorHit[]> {
    const c = this.require(name);
    if (vector.length !== c.dims) {
      throw new MixError('EMBEDDING_MISMATCH', `Query has ${vector.length} dims, collection ${name} has ${c.dims}`, {
        userMessage: 'The search index was built with a different embedding model. Run /reindex (or `npm run index`).',
      });
    }
    // Score every passing point, then sort once: at a few thousand points this beats a heap.
    const d = c.dims;
    const idx: number[] = [];
    const scores = new Float64Array(c.ids.length);
    for (let i = 0; i < c.ids.length; i++) {
      if (!matchesFilter(c.metadata[i]!, options.filter)) continue;
      let s = 0;
      const o = i * d;
      for (let j = 0; j < d; j++) s += c.vectors[o + j]! * vector[j]!;
      scores[i] = s;
      idx.push(i);
    }
    idx.sort((a, b) => scores[b]! - scores[a]! || a - b);
    return idx.slice(0, options.topK).map((i) => ({ id: c.ids[i]!, score: scores[i]!, metadata: c.metadata[i]! }));
  }

  async scroll(name: string, options: { filter?: VectorFilter; limit: number }): Promise<VectorHit[]> {
    const c = this.require(name);
    const out: VectorHit[] = [];
    const order = c.ids.map((id, i) => [id, i] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [id, i] of order) {
      if (out.length >= options.limit) break;
      if (matchesFilter(c.metadata[i]!, options.filter)) out.push({ id, score: 0, metadata: c.metadata[i]! });
    }
    return out;
  }

  async info(name: string): Promise<CollectionInfo> {
    const c = this.load(name);
    return c ? { exists: true, count: c.ids.length, dims: c.dims } : { exists: false, count: 0, dims: 0 };
  }
}
