/**
 * Public API of the retrieval layer (what the agents call):
 * - `buildIndex({ dataDir, config, logger?, only? })` → IndexReport
 * - `openRetriever({ dataDir, config, logger? })` → Retriever (searchText, searchAssets, filterByChannel)
 * - `createMetricsEngine(dataDir)` → MetricsEngine (queryMetrics: exact numbers with row citations)
 */
export { buildIndex, type BuildIndexOptions, type CollectionReport, type IndexReport } from './build-index.js';
export { checkIndex, type IndexCheck } from './check-index.js';
export { openRetriever, type OpenRetrieverOptions } from './open-retriever.js';
export { HybridRetriever } from './search/retriever.js';
export { createMetricsEngine, CsvMetricsEngine, METRICS } from './metrics/engine.js';
export { normaliseChannel, normaliseVehicleModel, CHANNEL_ALIASES, SYNONYM_GROUPS } from './synonyms.js';
export type { Embedder, EmbedderInfo, EmbedderKind } from './embed/types.js';
export type { VectorStore, VectorFilter, VectorHit } from './store/types.js';
export * from './types.js';
