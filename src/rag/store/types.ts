/** The vector-store seam: an embedded exact-cosine store (default) or Qdrant (`QDRANT_URL`). */
import type { ChunkMetadata } from '../types.js';

/** Metadata pre-filters, applied before ranking (never after a top-k cut). */
export interface VectorFilter {
  category?: string[];
  channel?: string;
  vehicle_model?: string;
  creative_type?: string;
  campaign_id?: string;
  source?: string[];
}

export interface VectorRecord {
  id: string;
  vector: Float32Array;
  metadata: ChunkMetadata;
  /** Stored as payload where the store keeps text (Qdrant); the embedded store keeps metadata only. */
  text?: string;
}

export interface VectorHit {
  id: string;
  score: number;
  metadata: ChunkMetadata;
}

export interface CollectionInfo {
  exists: boolean;
  count: number;
  dims: number;
}

export interface VectorStore {
  readonly kind: 'embedded' | 'qdrant';
  /** Replaces a collection's points (creating it with the right vector size). */
  replaceCollection(name: string, dims: number, records: VectorRecord[]): Promise<void>;
  /** Cosine top-k among the points that pass the filter. */
  search(name: string, vector: Float32Array, options: { topK: number; filter?: VectorFilter }): Promise<VectorHit[]>;
  /** Points that pass the filter, in id order, up to `limit`. */
  scroll(name: string, options: { filter?: VectorFilter; limit: number }): Promise<VectorHit[]>;
  info(name: string): Promise<CollectionInfo>;
}

export function matchesFilter(meta: ChunkMetadata, f: VectorFilter | undefined): boolean {
  if (!f) return true;
  if (f.category && f.category.length > 0 && !f.category.includes(meta.category)) return false;
  if (f.source && f.source.length > 0 && !f.source.includes(meta.source)) return false;
  if (f.channel !== undefined && meta.channel !== f.channel) return false;
  if (f.vehicle_model !== undefined && meta.vehicle_model !== f.vehicle_model) return false;
  if (f.creative_type !== undefined && meta.creative_type !== f.creative_type) return false;
  if (f.campaign_id !== undefined && meta.campaign_id !== f.campaign_id) return false;
  return true;
}
