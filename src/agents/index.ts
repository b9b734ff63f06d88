/**
 * The brain the Slack app and the CLIs call: `createAnalyst({ config, dataDir, logger })` wires the real
 * retriever, metrics engine, MMM service, session store and (if keyed) language model; the returned
 * analyst answers questions (`ask`) and `/mmm` commands (`runMmmCommand`).
 */
import { resolve } from 'node:path';
import type { AppConfig } from '../config/index.js';
import type { Logger } from '../log/index.js';
import type { AnalystDeps } from './deps.js';
import { runMmmCommandWith } from './mmm-command/run.js';
import { Orchestrator } from './orchestrator.js';
import { selectProvider } from './providers/select.js';
import { FileSessionStore } from './sessions/file-store.js';
import { loadServices } from './services.js';
import type { Analyst, Answer, AskOptions } from './types.js';

export type { Analyst, Answer, AskOptions, Attachment, Source, AgentName, Intent } from './types.js';
export type { AnalystDeps } from './deps.js';
export type { SessionStore, Session } from './sessions/types.js';
export { FileSessionStore } from './sessions/file-store.js';
export { MemorySessionStore } from './sessions/memory-store.js';
export { parseMmmCommand, MMM_USAGE, type MmmCommand } from './mmm-command/parse.js';
export { toolSpecs } from './tools/toolbox.js';

/** An Analyst that also runs `/mmm` commands. */
export interface MixAnalyst extends Analyst {
  /** `/mmm optimize 2.5M 0.2 lock tv`, `/mmm roi tv`, `/mmm help`… (text with or without the `/mmm`). */
  runMmmCommand(text: string, options: AskOptions): Promise<Answer>;
  /** 'offline', 'anthropic' or 'openai'. */
  readonly provider: string;
}

/** Builds an analyst from explicit dependencies (tests and the evaluation use this). */
export function createAnalystFromDeps(deps: AnalystDeps): MixAnalyst {
  const orchestrator = new Orchestrator(deps);
  return {
    provider: deps.provider?.name ?? 'offline',
    ask: (question, options) => orchestrator.ask(question, options),
    runMmmCommand: (text, options) => runMmmCommandWith(deps, text, options),
  };
}

export interface CreateAnalystOptions {
  config: AppConfig;
  /** Defaults to config.DATA_DIR. */
  dataDir?: string;
  logger: Logger;
  /** Defaults to the wall clock. */
  clock?: () => Date;
}

/** The production wiring. Missing data, index or model degrade to friendly messages, never a crash. */
export async function createAnalyst(options: CreateAnalystOptions): Promise<MixAnalyst> {
  const { config, logger } = options;
  const dataDir = resolve(options.dataDir ?? config.DATA_DIR);
  const clock = options.clock ?? (() => new Date());
  const services = await loadServices({ config, dataDir, logger });
  const sessionStore = new FileSessionStore({
    dir: resolve(dataDir, 'state', 'sessions'),
    clock,
    logger,
    ttlHours: config.SESSION_TTL_HOURS,
    maxTurns: config.SESSION_MAX_TURNS,
    maxCount: config.SESSION_MAX_COUNT,
  });
  // Load the CSV tables now rather than on the first question (seconds on a cold start).
  const t0 = performance.now();
  try {
    services.metrics.queryMetrics({ metric: 'spend' });
  } catch {
    // unavailable metrics explain themselves when asked
  }
  logger.debug({ ms: Math.round(performance.now() - t0) }, 'metric tables warmed');
  const provider = selectProvider(config, logger);
  logger.info({ provider: provider?.name ?? 'offline', model: provider?.model, dataDir }, 'analyst ready');
  return createAnalystFromDeps({
    ...services,
    clock,
    logger,
    sessionStore,
    provider,
    dataDir,
    limits: { maxSteps: config.AGENT_MAX_STEPS, timeoutMs: config.AGENT_TIMEOUT_MS, maxTokens: config.AGENT_MAX_TOKENS },
  });
}
