/** `openRetriever`: loads the index built by `buildIndex` (chunks, keyword index, query embedder, store). */
import { join } from 'node:path';
import type { AppConfig } from '../config/schema.js';
import { MixError } from '../errors.js';
import { silentLogger, type Logger } from '../log/logger.js';
import { readChunks } from './build-index.js';
import { loadQueryEmbedder } from './embed/factory.js';
import { indexDirOf, requireManifest } from './index-manifest.js';
import { COLLECTIONS, type CollectionName } from './ingest/corpus.js';
import { KeywordIndex } from './keyword/keyword-index.js';
import { HybridRetriever, type CollectionHandle } from './search/retriever.js';
import { createVectorStore } from './store/factory.js';
import type { VectorStore } from './store/types.js';

export interface OpenRetrieverOptions {
  dataDir: string;
  config: AppConfig;
  logger?: Logger;
  /** Override for tests and benchmarks. */
  store?: VectorStore;
}

export async function openRetriever(opts: OpenRetrieverOptions): Promise<HybridRetriever> {
  const logger = opts.logger ?? silentLogger();
  const indexDir = indexDirOf(opts.dataDir);
  const manifest = requireManifest(indexDir);
  const store = opts.store ?? createVectorStore(opts.config, indexDir);
  if (store.kind !== manifest.store) {
    throw new MixError('INDEX_MISSING', `The index was built into the ${manifest.store} store but the config uses ${store.kind}`, {
      userMessage: `The search index lives in the ${manifest.store} vector store, but the app is now configured for ${store.kind}. Run \`npm run index\` (or /reindex) to rebuild it there.`,
    });
  }
  const handles = new Map<CollectionName, CollectionHandle>();
  for (const name of COLLECTIONS) {
    const recorded = manifest.collections[name];
    if (!recorded) continue;
    const dir = join(indexDir, name);
    const keyword = KeywordIndex.load(dir);
    const chunks = readChunks(dir);
    if (!keyword || chunks.length !== recorded.count) {
      throw new MixError('INDEX_STALE', `Collection ${name} is incomplete on disk`, {
        userMessage: 'The search index is incomplete. Run `npm run index` (or /reindex) to rebuild it.',
      });
    }
    const embedder = await loadQueryEmbedder(opts.config, dir, recorded.embedder);
    if (store.kind === 'qdrant') {
      const info = await store.info(name);
      if (!info.exists) {
        throw new MixError('INDEX_MISSING', `Qdrant has no collection ${name}`, {
          userMessage: 'The Qdrant collections are missing. Run `npm run index` (or /reindex).',
        });
      }
      if (info.dims !== recorded.embedder.dims) {
        throw new MixError('EMBEDDING_MISMATCH', `Qdrant collection ${name} has ${info.dims}-dim vectors, the embedder makes ${recorded.embedder.dims}`, {
          userMessage: 'The vector database holds vectors from a different embedding model. Run /reindex (or `npm run index`).',
        });
      }
    }
    handles.set(name, { name, chunks, byId: new Map(chunks.map((c) => [c.id, c])), keyword, embedder });
  }
  logger.debug({ collections: [...handles.keys()], store: store.kind }, 'retriever opened');
  return new HybridRetriever(store, handles, opts.dataDir, logger);
}
