/**
 * Production wiring of the Slack app: the real analyst (agents), charts, index builder and data
 * generator behind the app factory's injected interfaces. `npm start` and the sandbox both use it.
 */
import { resolve } from 'node:path';
import { createAnalyst, type MixAnalyst } from '../agents/index.js';
import type { Answer, AskOptions } from '../agents/types.js';
import { renderChart } from '../charts/index.js';
import type { AppConfig } from '../config/index.js';
import { generateAll } from '../data/generate-all.js';
import type { Logger } from '../log/index.js';
import { readLiftTestsFile } from '../mmm/index.js';
import { buildIndex, type IndexReport } from '../rag/index.js';
import { type CreateSlackAppOptions, type SlackBot, createSlackApp } from './app.js';
import { runCalibration } from './calibrate-op.js';
import type { AdminOps, OpReport } from './types.js';

/** An analyst whose implementation can be replaced while the app runs (after a reindex or regenerate). */
export class LiveAnalyst {
  constructor(private current: MixAnalyst) {}

  swap(next: MixAnalyst): void {
    this.current = next;
  }

  get provider(): string {
    return this.current.provider;
  }

  ask(question: string, options: AskOptions): Promise<Answer> {
    return this.current.ask(question, options);
  }

  runMmmCommand(text: string, options: AskOptions): Promise<Answer> {
    return this.current.runMmmCommand(text, options);
  }
}

function indexStats(report: IndexReport): Record<string, number> {
  const stats: Record<string, number> = {};
  for (const c of report.collections) {
    stats[`${c.name} chunks`] = c.chunks;
    stats[`${c.name} files`] = c.files;
  }
  return stats;
}

export interface AdminOpsOptions {
  config: AppConfig;
  dataDir: string;
  logger: Logger;
  live: LiveAnalyst;
}

/**
 * /reindex rebuilds the index (forced) and reloads the analyst so it searches the new one;
 * /mmm regenerate writes fresh synthetic data for a seed, rebuilds the index, and reloads the analyst,
 * which refits the marketing-mix model on the new data; /mmm calibrate edits the lift-test file and reloads
 * (the file is part of the fit's cache key, so the model refits with it).
 */
export function createAdminOps(o: AdminOpsOptions): AdminOps {
  const reload = async (): Promise<void> => {
    o.live.swap(await createAnalyst({ config: o.config, dataDir: o.dataDir, logger: o.logger }));
  };
  return {
    async reindex(): Promise<OpReport> {
      const report = await buildIndex({ dataDir: o.dataDir, config: o.config, logger: o.logger, force: true });
      await reload();
      const chunks = report.collections.reduce((a, c) => a + c.chunks, 0);
      const files = report.collections.reduce((a, c) => a + c.files, 0);
      return { summary: `${chunks.toLocaleString('en-GB')} chunks from ${files} files in the ${report.store} store.`, stats: indexStats(report) };
    },
    async regenerate(seed?: number): Promise<OpReport> {
      const s = seed ?? o.config.SEED;
      const gen = await generateAll({ dataDir: o.dataDir, seed: s, logger: o.logger });
      const index = await buildIndex({ dataDir: o.dataDir, config: o.config, logger: o.logger, force: true });
      const t0 = performance.now();
      await reload();
      const fitMs = Math.round(performance.now() - t0);
      const skipped = gen.skipped.map((x) => x.name).join(', ');
      return {
        summary: `Seed ${s}: data regenerated, index rebuilt, model refitted.${skipped ? ` (Skipped: ${skipped}.)` : ''}`,
        stats: { ...indexStats(index), 'generate ms': Object.values(gen.ms).reduce((a, b) => a + b, 0), 'model load ms': fitMs },
      };
    },
    calibrate: (change) => runCalibration({ dataDir: o.dataDir, seed: o.config.SEED, logger: o.logger, reload }, change),
    liftTests: () => readLiftTestsFile(o.dataDir),
  };
}

export interface StartBotOptions
  extends Partial<Pick<CreateSlackAppOptions, 'transport' | 'slackApiUrl' | 'healthPort' | 'clock' | 'startDigest' | 'stateNamespace'>> {
  config: AppConfig;
  logger: Logger;
  dataDir?: string;
}

/** Builds the real analyst and ops, then the Slack app; call `start()` on the result. */
export async function createProductionBot(options: StartBotOptions): Promise<{ bot: SlackBot; analyst: LiveAnalyst }> {
  const { config, logger } = options;
  const dataDir = resolve(options.dataDir ?? config.DATA_DIR);
  const live = new LiveAnalyst(await createAnalyst({ config, dataDir, logger }));
  const bot = createSlackApp({
    config,
    logger,
    dataDir,
    analyst: live,
    runMmmCommand: (text, o) => live.runMmmCommand(text, o),
    renderChart: (spec) => renderChart(spec),
    ops: createAdminOps({ config, dataDir, logger, live }),
    ...(options.transport ? { transport: options.transport } : {}),
    ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}),
    ...(options.healthPort !== undefined ? { healthPort: options.healthPort } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.startDigest !== undefined ? { startDigest: options.startDigest } : {}),
    ...(options.stateNamespace ? { stateNamespace: options.stateNamespace } : {}),
  });
  return { bot, analyst: live };
}
