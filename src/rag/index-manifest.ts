/** The index manifest (`<dataDir>/index/manifest.json`): what each collection was built from and with. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MixError } from '../errors.js';
import type { EmbedderInfo } from './embed/types.js';
import type { CollectionName } from './ingest/corpus.js';
import { writeJsonAtomic } from './store/fs-util.js';

export const INDEX_VERSION = 1;

export interface CollectionManifest {
  /** Version of the chunking/embedding code that built it (see PIPELINE_VERSION). */
  pipeline?: string;
  embedder: EmbedderInfo;
  count: number;
  files: Record<string, { hash: string; chunks: number }>;
}

export interface IndexManifest {
  version: number;
  store: 'embedded' | 'qdrant';
  collections: Partial<Record<CollectionName, CollectionManifest>>;
}

export function indexDirOf(dataDir: string): string {
  return join(dataDir, 'index');
}

export function readManifest(indexDir: string): IndexManifest | undefined {
  const path = join(indexDir, 'manifest.json');
  if (!existsSync(path)) return undefined;
  const m = JSON.parse(readFileSync(path, 'utf8')) as IndexManifest;
  if (m.version !== INDEX_VERSION) return undefined;
  return m;
}

export function requireManifest(indexDir: string): IndexManifest {
  const m = readManifest(indexDir);
  if (!m || Object.keys(m.collections).length === 0) {
    throw new MixError('INDEX_MISSING', `No search index in ${indexDir}`, {
      userMessage: 'The search index has not been built yet. Run `npm run index` (or /reindex) first.',
    });
  }
  return m;
}

export function writeManifest(indexDir: string, m: IndexManifest): void {
  writeJsonAtomic(join(indexDir, 'manifest.json'), m);
}
