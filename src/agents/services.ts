/**
 * Opens the retriever, the metrics engine and the MMM service for the analyst. Each that cannot load
 * (no data yet, no index, a failed fit) is replaced by a stand-in whose every call throws the loader's
 * friendly MixError, so the analyst still answers what it can and explains the rest.
 */
import type { AppConfig } from '../config/index.js';
import { asMixError, type MixError } from '../errors.js';
import type { Logger } from '../log/index.js';
import { loadMmmService } from '../mmm/index.js';
import type { MmmService } from '../mmm/service-types.js';
import { createMetricsEngine, openRetriever } from '../rag/index.js';
import type { MetricsEngine, Retriever } from '../rag/types.js';

export interface Services {
  retriever: Retriever;
  metrics: MetricsEngine;
  mmm: MmmService;
}

/** An object whose every method throws `error`. */
export function unavailable<T extends object>(error: MixError, methods: (keyof T)[]): T {
  const out: Record<string, () => never> = {};
  for (const m of methods) {
    out[m as string] = () => {
      throw error;
    };
  }
  return out as unknown as T;
}

export async function loadServices(options: { config: AppConfig; dataDir: string; logger: Logger }): Promise<Services> {
  const { config, dataDir, logger } = options;
  const [retriever, mmm] = await Promise.all([
    openRetriever({ dataDir, config, logger }).catch((err: unknown) => {
      const e = asMixError(err);
      logger.warn({ code: e.code, err: e.message }, 'search index unavailable; document and creative questions will explain how to build it');
      const failed = unavailable<Retriever>(e, ['searchText', 'searchAssets', 'filterByChannel']);
      // Async methods: reject rather than throw synchronously.
      return {
        searchText: async () => failed.searchText(''),
        searchAssets: async () => failed.searchAssets(''),
        filterByChannel: async () => failed.filterByChannel(''),
      } satisfies Retriever;
    }),
    loadMmmService({ dataDir, seed: config.SEED, logger }).catch((err: unknown) => {
      const e = asMixError(err);
      logger.warn({ code: e.code, err: e.message }, 'marketing-mix model unavailable');
      return unavailable<MmmService>(e, ['summary', 'roi', 'optimize', 'curves', 'scenario', 'diagnostics']);
    }),
  ]);
  let metrics: MetricsEngine;
  try {
    metrics = createMetricsEngine(dataDir);
  } catch (err) {
    const e = asMixError(err);
    logger.warn({ code: e.code, err: e.message }, 'metrics engine unavailable');
    metrics = unavailable<MetricsEngine>(e, ['queryMetrics']);
  }
  return { retriever, metrics, mmm };
}
