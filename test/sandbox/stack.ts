/**
 * The whole sandbox stack for tests: the fake Slack, the real Bolt app with the real offline analyst,
 * and the sandbox page — on free ports, over a private copy of the shared full test dataset
 * (brand data, creatives and search index; test/helpers/full-data.ts).
 */
import { rm } from 'node:fs/promises';
import { type AppConfig, loadConfig } from '../../src/config/index.js';
import { type FakeSlack, startFakeSlack } from '../../src/fakeslack/index.js';
import { silentLogger, type Logger } from '../../src/log/index.js';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import type { SlackBot } from '../../src/slack/index.js';
import { createProductionBot } from '../../src/slack/wiring.js';
import { fullDataCopy } from '../helpers/full-data.js';

/** Offline, quiet, no digest schedule, no Slack tokens: what `npm start` uses with no workspace. */
export function stackConfig(dataDir: string, overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    env: {},
    envFile: false,
    overrides: { DATA_DIR: dataDir, LOG_LEVEL: 'silent', DIGEST_ENABLED: 'false', LLM_PROVIDER: 'offline', EMBEDDER: 'lsa', ...overrides },
  });
}

export interface SandboxStack {
  slack: FakeSlack;
  bot: SlackBot;
  sandbox: Sandbox;
  dataDir: string;
  close(): Promise<void>;
}

/** Fake Slack + the production bot (real analyst, Socket Mode) + the sandbox page, on free ports. */
export async function startSandboxStack(options: { logger?: Logger; config?: Record<string, string> } = {}): Promise<SandboxStack> {
  const logger = options.logger ?? silentLogger();
  const dataDir = await fullDataCopy('mix-sandbox-');
  const config = stackConfig(dataDir, options.config);
  const slack = await startFakeSlack();
  const { bot } = await createProductionBot({
    config,
    logger,
    dataDir,
    slackApiUrl: slack.apiUrl,
    transport: { mode: 'socket', botToken: slack.botToken, appToken: slack.appToken },
    healthPort: false,
    startDigest: false,
  });
  await bot.start();
  const sandbox = await startSandbox({ slack, logger, port: 0 });
  return {
    slack,
    bot,
    sandbox,
    dataDir,
    async close(): Promise<void> {
      await sandbox.close();
      await bot.stop({ drainMs: 2000 });
      await slack.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
