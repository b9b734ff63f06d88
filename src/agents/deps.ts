import type { Logger } from '../log/index.js';
import type { MmmService } from '../mmm/service-types.js';
import type { MetricsEngine, Retriever } from '../rag/types.js';
import type { DatasetInventory } from './providers/prompts.js';
import type { LlmProvider, LoopLimits } from './providers/types.js';
import type { SessionStore } from './sessions/types.js';

/** Everything the analyst composes; `createAnalyst` wires real ones, tests pass real modules on test data. */
export interface AnalystDeps {
  retriever: Retriever;
  metrics: MetricsEngine;
  mmm: MmmService;
  clock: () => Date;
  logger: Logger;
  sessionStore: SessionStore;
  /** A language model driving the tools; null = the offline planner. */
  provider: LlmProvider | null;
  /** Absolute data dir (asset paths, contracts and CSVs for reconciliation). */
  dataDir: string;
  /** Bounds of the LLM tool loop. */
  limits?: LoopLimits;
  /** What is on disk, for the LLM system prompts (computed from dataDir when absent). */
  inventory?: DatasetInventory;
  /** Turns of history sent to a language model. */
  historyTurns?: number;
}
