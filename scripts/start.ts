/**
 * `npm start`: connects Mix Analyst to Slack — a real workspace when SLACK_BOT_TOKEN plus SLACK_APP_TOKEN
 * (Socket Mode) or SLACK_SIGNING_SECRET (HTTP) are set, otherwise the built-in fake Slack with the sandbox
 * page (a Slack-like web page on http://localhost:PORT) and a terminal chat. Generates the data and builds
 * the index first when they are missing. The first log line says which.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, type AppConfig } from '../src/config/index.js';
import { asMixError } from '../src/errors.js';
import { createLogger, type Logger } from '../src/log/index.js';
import { MMM_FILES, summarizeDataset } from '../src/data/brand/index.js';
import { generateAll } from '../src/data/generate-all.js';
import { generatorFingerprint, readGeneratorStamp, staleReason } from '../src/data/generator-stamp.js';
import { buildIndex, checkIndex } from '../src/rag/index.js';
import { type FakeSlack, startFakeSlack } from '../src/fakeslack/index.js';
import { createProductionBot } from '../src/slack/wiring.js';
import { type Sandbox, startSandbox } from '../src/sandbox/index.js';
import type { SlackBot } from '../src/slack/index.js';
import { startTerminalChat } from './start/terminal-chat.js';

const HOW_TO_CONNECT =
  'To use a real workspace: create a Slack app from manifest.yml, then set SLACK_BOT_TOKEN and SLACK_APP_TOKEN in .env (README, "Slack app").';

function realSlackMode(config: AppConfig): 'socket' | 'http' | undefined {
  if (!config.SLACK_BOT_TOKEN) return undefined;
  if (config.SLACK_APP_TOKEN) return 'socket';
  return config.SLACK_SIGNING_SECRET ? 'http' : undefined;
}

async function ensureData(config: AppConfig, logger: Logger): Promise<void> {
  const synthetic = existsSync(join(config.DATA_DIR, MMM_FILES.groundTruth));
  // Synthetic data (it has the generator's ground truth) made by another generator build or seed is made again.
  const stale = synthetic && config.DATA_REFRESH ? staleReason(readGeneratorStamp(config.DATA_DIR), { fingerprint: generatorFingerprint(), seed: config.SEED }) : undefined;
  if (!synthetic || stale) {
    if (stale) logger.info({ dataDir: config.DATA_DIR }, `Regenerating the synthetic dataset: ${stale} (DATA_REFRESH=false keeps it).`);
    else logger.info({ dataDir: config.DATA_DIR, seed: config.SEED }, 'No data yet: generating the synthetic dataset (about a minute)…');
    const report = await generateAll({ dataDir: config.DATA_DIR, seed: config.SEED, logger });
    for (const s of report.skipped) logger.warn({ generator: s.name }, `skipped: ${s.reason}`);
  }
  logger.info(await summarizeDataset(config.DATA_DIR));
}

async function ensureIndex(config: AppConfig, logger: Logger): Promise<void> {
  const check = await checkIndex({ dataDir: config.DATA_DIR, config });
  if (check.collections.every((c) => c.built && !c.stale)) return;
  logger.info('Building the search index…');
  const report = await buildIndex({ dataDir: config.DATA_DIR, config, logger });
  logger.info({ chunks: report.collections.reduce((a, c) => a + c.chunks, 0), ms: Math.round(report.totalMs) }, 'Index ready');
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL, format: config.LOG_FORMAT });
  const mode = realSlackMode(config);
  if (mode === 'socket') logger.info('Mix Analyst: connecting to your Slack workspace in Socket Mode.');
  else if (mode === 'http') logger.info(`Mix Analyst: serving your Slack workspace over HTTP on port ${config.PORT} (/slack/events).`);
  else logger.info(`Mix Analyst: no Slack tokens set — running against the built-in fake Slack. ${HOW_TO_CONNECT}`);

  await ensureData(config, logger);
  await ensureIndex(config, logger);

  let fake: FakeSlack | undefined;
  let sandbox: Sandbox | undefined;
  let bot: SlackBot;
  let stopChat: (() => void) | undefined;
  if (mode) {
    ({ bot } = await createProductionBot({ config, logger, ...(mode === 'socket' ? { healthPort: config.PORT } : {}) }));
    const started = await bot.start();
    logger.info(`Mix Analyst is live in Slack${started.port ? ` (health: http://localhost:${started.port}/health)` : ''}. Mention it in a channel or DM it.`);
  } else {
    fake = await startFakeSlack({ logger: logger.child({ component: 'fake-slack' }) });
    ({ bot } = await createProductionBot({
      config,
      logger,
      slackApiUrl: fake.apiUrl,
      transport: { mode: 'socket', botToken: fake.botToken, appToken: fake.appToken },
      healthPort: false,
      stateNamespace: 'sandbox',
    }));
    await bot.start();
    logger.info({ fakeSlack: fake.baseUrl }, 'Mix Analyst is running against the fake Slack.');
    sandbox = await startSandbox({ slack: fake, logger: logger.child({ component: 'sandbox' }), port: config.PORT, host: config.SANDBOX_HOST });
    logger.info(`Open ${sandbox.browserUrl} to use Mix Analyst in a Slack-like page (no workspace needed).`);
    if (process.stdin.isTTY) {
      // Keep the chat readable: routine info lines are hidden while it runs (LOG_LEVEL=debug shows them).
      if (config.LOG_LEVEL === 'info') logger.level = 'warn';
      stopChat = startTerminalChat(fake);
    } else logger.info('Not a terminal: no chat prompt. Ctrl+C to stop.');
  }

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Shutting down: finishing answers in flight…');
    stopChat?.();
    void bot
      .stop()
      .then(() => sandbox?.close())
      .then(() => fake?.close())
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err) => {
  process.stderr.write(`start: ${asMixError(err).userMessage}\n`);
  process.exit(1);
});

