/** Embedded store by default; Qdrant when `QDRANT_URL` is set. */
import type { AppConfig } from '../../config/schema.js';
import { EmbeddedVectorStore } from './embedded.js';
import { QdrantVectorStore } from './qdrant.js';
import type { VectorStore } from './types.js';

export function createVectorStore(config: Pick<AppConfig, 'QDRANT_URL' | 'QDRANT_API_KEY'>, indexDir: string): VectorStore {
  if (config.QDRANT_URL) {
    return new QdrantVectorStore({ url: config.QDRANT_URL, ...(config.QDRANT_API_KEY ? { apiKey: config.QDRANT_API_KEY } : {}) });
  }
  return new EmbeddedVectorStore(indexDir);
}
