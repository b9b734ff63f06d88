/** `npm run index -- --check`: per collection, whether the index exists and which files changed since. */
import type { AppConfig } from '../config/schema.js';
import { collectionsFor, planCollection, PIPELINE_VERSION } from './build-index.js';
import { resolveEmbedderKind } from './embed/factory.js';
import type { EmbedderInfo } from './embed/types.js';
import { indexDirOf, readManifest } from './index-manifest.js';
import type { CollectionName } from './ingest/corpus.js';
import { createVectorStore } from './store/factory.js';
import type { VectorStore } from './store/types.js';

export interface IndexCheck {
  indexDir: string;
  store: 'embedded' | 'qdrant';
  collections: {
    name: CollectionName;
    built: boolean;
    count: number;
    storeCount: number;
    embedder?: EmbedderInfo;
    stale: boolean;
    reasons: string[];
    changedFiles: string[];
    removedFiles: string[];
  }[];
}

export async function checkIndex(opts: { dataDir: string; config: AppConfig; only?: 'text' | 'assets'; store?: VectorStore }): Promise<IndexCheck> {
  const indexDir = indexDirOf(opts.dataDir);
  const store = opts.store ?? createVectorStore(opts.config, indexDir);
  const manifest = readManifest(indexDir);
  const kind = resolveEmbedderKind(opts.config);
  const collections: IndexCheck['collections'] = [];
  for (const name of collectionsFor(opts.only)) {
    const prev = manifest?.store === store.kind ? manifest.collections[name] : undefined;
    const plan = planCollection(opts.dataDir, name, prev);
    const info = await store.info(name);
    const reasons: string[] = [];
    if (!prev) reasons.push(manifest && manifest.store !== store.kind ? `built into ${manifest.store}, config uses ${store.kind}` : 'not built');
    if (prev && prev.pipeline !== PIPELINE_VERSION) reasons.push(`built by indexing code ${prev.pipeline ?? 'v1'}, current is ${PIPELINE_VERSION}`);
    if (prev && plan.changed.length) reasons.push(`${plan.changed.length} file(s) new or changed`);
    if (plan.removed.length) reasons.push(`${plan.removed.length} file(s) removed`);
    if (prev && prev.embedder.kind !== kind) reasons.push(`built with ${prev.embedder.kind}, config asks for ${kind}`);
    if (prev && (!info.exists || info.count !== prev.count)) reasons.push('vector store out of step with the manifest');
    collections.push({
      name,
      built: Boolean(prev),
      count: prev?.count ?? 0,
      storeCount: info.count,
      ...(prev ? { embedder: prev.embedder } : {}),
      stale: reasons.length > 0 && !(plan.files.length === 0 && !prev),
      reasons,
      changedFiles: plan.changed,
      removedFiles: plan.removed,
    });
  }
  return { indexDir, store: store.kind, collections };
}
