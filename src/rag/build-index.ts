/**
 * `buildIndex`: ingest → chunk → embed → vector store + keyword index, per collection, under
 * `<dataDir>/index/`. Incremental: a collection whose files, embedder and store are unchanged is left alone;
 * otherwise unchanged files keep their chunks (and, for paid embedders, their vectors). The manifest is
 * written last, so an interrupted build never looks complete.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../config/schema.js';
import { MixError } from '../errors.js';
import { silentLogger, type Logger } from '../log/logger.js';
import { embedWithCache } from './embed/cache.js';
import { createBuildEmbedder, resolveEmbedderKind, saveEmbedder } from './embed/factory.js';
import type { EmbedderInfo } from './embed/types.js';
import { indexDirOf, readManifest, writeManifest, INDEX_VERSION, type CollectionManifest, type IndexManifest } from './index-manifest.js';
import { chunkFile, COLLECTIONS, discoverSources, hashFile, type CollectionName, type SourceFile } from './ingest/corpus.js';
import { KeywordIndex } from './keyword/keyword-index.js';
import { createVectorStore } from './store/factory.js';
import { writeJsonAtomic } from './store/fs-util.js';
import type { VectorStore } from './store/types.js';
import type { Chunk } from './types.js';

/**
 * Bumped whenever chunking, tokenising or embedding changes what an index holds, so an unchanged data
 * file is still re-indexed by new code.
 */
export const PIPELINE_VERSION = 'rag-7';

export interface BuildIndexOptions {
  dataDir: string;
  config: AppConfig;
  logger?: Logger;
  only?: 'text' | 'assets';
  /** Rebuild even when nothing changed. */
  force?: boolean;
  /** Monotonic clock in ms for timings (defaults to performance.now). */
  now?: () => number;
  /** Override for tests and benchmarks. */
  store?: VectorStore;
}

export interface CollectionReport {
  name: CollectionName;
  status: 'built' | 'up-to-date' | 'empty';
  files: number;
  changedFiles: string[];
  removedFiles: string[];
  chunks: number;
  embedder?: EmbedderInfo;
  reusedVectors: number;
  timings: { chunkMs: number; embedMs: number; storeMs: number; keywordMs: number; totalMs: number };
}

export interface IndexReport {
  indexDir: string;
  store: 'embedded' | 'qdrant';
  collections: CollectionReport[];
  totalMs: number;
}

export function collectionsFor(only: BuildIndexOptions['only']): CollectionName[] {
  if (only === 'text') return ['text_documents'];
  if (only === 'assets') return ['campaign_assets'];
  return [...COLLECTIONS];
}

export function readChunks(dir: string): Chunk[] {
  const path = join(dir, 'chunks.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Chunk[]) : [];
}

interface Plan {
  files: SourceFile[];
  hashes: Map<string, string>;
  changed: string[];
  removed: string[];
}

export function planCollection(dataDir: string, name: CollectionName, prev: CollectionManifest | undefined): Plan {
  const files = discoverSources(dataDir).filter((f) => f.collection === name);
  const hashes = new Map(files.map((f) => [f.source, hashFile(f.abs)]));
  const changed = files.filter((f) => prev?.files[f.source]?.hash !== hashes.get(f.source)).map((f) => f.source);
  const removed = Object.keys(prev?.files ?? {}).filter((s) => !hashes.has(s));
  return { files, hashes, changed, removed };
}

async function buildCollection(
  name: CollectionName,
  opts: BuildIndexOptions,
  store: VectorStore,
  manifest: IndexManifest,
  log: Logger,
  now: () => number,
): Promise<CollectionReport> {
  const t0 = now();
  const indexDir = indexDirOf(opts.dataDir);
  const dir = join(indexDir, name);
  const prev = manifest.store === store.kind ? manifest.collections[name] : undefined;
  const plan = planCollection(opts.dataDir, name, prev);
  const kind = resolveEmbedderKind(opts.config);
  const timings = { chunkMs: 0, embedMs: 0, storeMs: 0, keywordMs: 0, totalMs: 0 };
  const base = { name, files: plan.files.length, changedFiles: plan.changed, removedFiles: plan.removed, reusedVectors: 0 };

  if (plan.files.length === 0) {
    if (name === 'text_documents') {
      throw new MixError('DATA_MISSING', `No data files under ${join(opts.dataDir, 'raw')}`, {
        userMessage: 'There is no data to index yet. Run `npm run generate` first.',
      });
    }
    log.warn({ collection: name }, 'no asset manifest found; asset search will be empty');
    delete manifest.collections[name];
    return { ...base, status: 'empty', chunks: 0, timings };
  }

  if (!opts.force && prev && prev.pipeline === PIPELINE_VERSION && plan.changed.length === 0 && plan.removed.length === 0 && prev.embedder.kind === kind) {
    const info = await store.info(name);
    if (info.exists && info.count === prev.count && info.dims === prev.embedder.dims) {
      return { ...base, status: 'up-to-date', chunks: prev.count, embedder: prev.embedder, timings: { ...timings, totalMs: now() - t0 } };
    }
  }

  let t = now();
  const previous = prev && prev.pipeline === PIPELINE_VERSION ? readChunks(dir) : [];
  const chunks: Chunk[] = [];
  for (const f of plan.files) {
    const unchanged = !plan.changed.includes(f.source);
    const kept = unchanged ? previous.filter((c) => c.metadata.source === f.source) : [];
    chunks.push(...(kept.length > 0 ? kept : chunkFile(f)));
  }
  timings.chunkMs = now() - t;

  t = now();
  const texts = chunks.map((c) => c.text);
  const embedder = await createBuildEmbedder(opts.config, texts);
  const { vectors, reused } = await embedWithCache(embedder, texts, dir);
  timings.embedMs = now() - t;

  t = now();
  const dims = vectors[0]?.length ?? embedder.info.dims;
  await store.replaceCollection(
    name,
    dims,
    chunks.map((c, i) => ({ id: c.id, vector: vectors[i]!, metadata: c.metadata, text: c.text })),
  );
  timings.storeMs = now() - t;

  t = now();
  KeywordIndex.build(texts).save(dir);
  timings.keywordMs = now() - t;

  saveEmbedder(embedder, dir);
  writeJsonAtomic(join(dir, 'chunks.json'), chunks);
  const perFile = new Map<string, number>();
  for (const c of chunks) perFile.set(c.metadata.source, (perFile.get(c.metadata.source) ?? 0) + 1);
  manifest.collections[name] = {
    pipeline: PIPELINE_VERSION,
    embedder: { ...embedder.info, dims },
    count: chunks.length,
    files: Object.fromEntries(plan.files.map((f) => [f.source, { hash: plan.hashes.get(f.source)!, chunks: perFile.get(f.source) ?? 0 }])),
  };
  timings.totalMs = now() - t0;
  log.info({ collection: name, chunks: chunks.length, ms: Math.round(timings.totalMs) }, 'collection indexed');
  return { ...base, status: 'built', chunks: chunks.length, embedder: { ...embedder.info, dims }, reusedVectors: reused, timings };
}

export async function buildIndex(opts: BuildIndexOptions): Promise<IndexReport> {
  const now = opts.now ?? (() => performance.now());
  const t0 = now();
  const log = opts.logger ?? silentLogger();
  const indexDir = indexDirOf(opts.dataDir);
  const store = opts.store ?? createVectorStore(opts.config, indexDir);
  const previous = readManifest(indexDir);
  const manifest: IndexManifest =
    previous && previous.store === store.kind
      ? previous
      : { version: INDEX_VERSION, store: store.kind, collections: {} };
  const reports: CollectionReport[] = [];
  for (const name of collectionsFor(opts.only)) {
    reports.push(await buildCollection(name, opts, store, manifest, log, now));
  }
  writeManifest(indexDir, manifest);
  return { indexDir, store: store.kind, collections: reports, totalMs: now() - t0 };
}
