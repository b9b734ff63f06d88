import type { AppConfig } from '../config/index.js';
import type { Logger } from '../log/index.js';
import { AdminCheck } from './admin.js';
import { ThreadMemory } from './threads.js';
import type { AdminOps, MmmCommandRunner, RenderChart, SlackAppDeps } from './types.js';
import { Deduper } from './util/dedupe.js';
import { KeyedQueue } from './util/keyed-queue.js';
import { UserRateLimiter } from './util/rate-limit.js';
import type { Analyst } from '../agents/types.js';

/** The app's long-lived state and services, shared by every listener. */
export interface SlackRuntime {
  config: AppConfig;
  logger: Logger;
  analyst: Analyst;
  runMmmCommand: MmmCommandRunner;
  renderChart: RenderChart;
  ops: AdminOps;
  clock: () => number;
  dataDir: string;
  dedupe: Deduper;
  limiter: UserRateLimiter;
  /** One queue per thread (session): messages of a thread are answered in order. */
  queue: KeyedQueue;
  admins: AdminCheck;
  threads: ThreadMemory;
  /** Admin operations in progress: lock → the running op's name (listeners/commands.ts). */
  busy: Map<string, string>;
  /** Work started after an ack, awaited on graceful shutdown. */
  track<T>(work: Promise<T>): Promise<T>;
  drain(): Promise<void>;
}

export function createRuntime(deps: SlackAppDeps): SlackRuntime {
  const clock = deps.clock ?? Date.now;
  const inFlight = new Set<Promise<unknown>>();
  return {
    config: deps.config,
    logger: deps.logger,
    analyst: deps.analyst,
    runMmmCommand: deps.runMmmCommand,
    renderChart: deps.renderChart,
    ops: deps.ops,
    clock,
    dataDir: deps.dataDir ?? deps.config.DATA_DIR,
    dedupe: new Deduper(clock),
    limiter: new UserRateLimiter(deps.config.USER_RATE_LIMIT_PER_MINUTE, clock),
    queue: new KeyedQueue(),
    admins: new AdminCheck(deps.config.ADMIN_USER_IDS, clock, deps.logger),
    threads: new ThreadMemory(clock),
    busy: new Map(),
    track<T>(work: Promise<T>): Promise<T> {
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work)).catch(() => undefined);
      return work;
    },
    async drain(): Promise<void> {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}

export function sessionKey(channel: string, threadTs: string): string {
  return `${channel}:${threadTs}`;
}
