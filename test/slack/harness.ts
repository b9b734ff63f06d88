import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Analyst, Answer, AskOptions } from '../../src/agents/types.js';
import { type AppConfig, loadConfig } from '../../src/config/index.js';
import { FAKE_IDS, type FakeSlack, type FakeSlackOptions, startFakeSlack } from '../../src/fakeslack/index.js';
import { silentLogger } from '../../src/log/index.js';
import { type CreateSlackAppOptions, type SlackBot, createSlackApp } from '../../src/slack/index.js';
import type { AdminOps, MmmCommandRunner, RenderChart } from '../../src/slack/types.js';

export { FAKE_IDS };

/** Admin ops without calibration behind them, for tests about other commands. */
export const noCalibration: Pick<AdminOps, 'calibrate' | 'liftTests'> = {
  calibrate: async () => ({ summary: 'calibrated' }),
  liftTests: async () => [],
};
export const mention = (text: string): string => `<@${FAKE_IDS.botUser}> ${text}`;

/** A 1×1 PNG: what a chart renderer returns, minus the drawing. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

export function answer(partial: Partial<Answer> = {}): Answer {
  return {
    reply: 'Meta spend in Q2 2024 was *£1.24M*.',
    sources: [{ file: 'raw/meta_ads.csv', locator: 'rows 120–151' }],
    attachments: [],
    agent_used: 'rag_analyst',
    session_id: 's',
    follow_ups: [],
    intent: 'data_lookup',
    ...partial,
  };
}

/** An Analyst implementation that records its calls and answers from a function. */
export class ScriptedAnalyst implements Analyst {
  readonly calls: { question: string; options: AskOptions }[] = [];
  constructor(private readonly respond: (question: string, options: AskOptions) => Promise<Answer> | Answer = () => answer()) {}
  async ask(question: string, options: AskOptions): Promise<Answer> {
    this.calls.push({ question, options });
    return this.respond(question, options);
  }
}

export interface Harness {
  slack: FakeSlack;
  bot: SlackBot;
  config: AppConfig;
  dataDir: string;
  analyst: ScriptedAnalyst;
  /** HTTP mode: the app's port (events and /health). */
  port?: number;
  close(): Promise<void>;
}

export interface HarnessOptions {
  mode?: 'socket' | 'http';
  analyst?: ScriptedAnalyst;
  runMmmCommand?: MmmCommandRunner;
  ops?: AdminOps;
  renderChart?: RenderChart;
  config?: Partial<Record<keyof AppConfig, string>>;
  fake?: FakeSlackOptions;
  clock?: () => number;
  dataDir?: string;
  app?: Partial<CreateSlackAppOptions>;
}

/** The real Bolt app against the fake Slack, over Socket Mode or signed HTTP. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const slack = await startFakeSlack(options.fake);
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'mix-slack-')));
  const ownDataDir = !options.dataDir;
  const config = loadConfig({
    env: {},
    envFile: false,
    overrides: { DATA_DIR: dataDir, LOG_LEVEL: 'silent', DIGEST_ENABLED: 'false', ...options.config },
  });
  const analyst = options.analyst ?? new ScriptedAnalyst();
  const mode = options.mode ?? 'socket';
  const bot = createSlackApp({
    config,
    logger: silentLogger(),
    analyst,
    runMmmCommand: options.runMmmCommand ?? (async () => answer({ agent_used: 'mmm_analyst', reply: 'MMM result' })),
    renderChart: options.renderChart ?? (async () => TINY_PNG),
    ops: options.ops ?? { reindex: async () => ({ summary: 'reindexed' }), regenerate: async () => ({ summary: 'regenerated' }), ...noCalibration },
    dataDir,
    slackApiUrl: slack.apiUrl,
    clientOptions: { retryConfig: { retries: 3, minTimeout: 50, maxTimeout: 2000 } },
    ...(options.clock ? { clock: options.clock } : {}),
    transport:
      mode === 'socket'
        ? { mode: 'socket', botToken: slack.botToken, appToken: slack.appToken }
        : { mode: 'http', botToken: slack.botToken, signingSecret: slack.signingSecret, port: 0, host: '127.0.0.1' },
    ...options.app,
  });
  const started = await bot.start();
  if (mode === 'http') slack.setRequestUrl(`http://127.0.0.1:${started.port}/slack/events`);
  return {
    slack,
    bot,
    config,
    dataDir,
    analyst,
    ...(started.port !== undefined ? { port: started.port } : {}),
    async close() {
      await bot.stop({ drainMs: 5000 });
      await slack.close();
      if (ownDataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The bot's messages in a thread (root excluded). */
export function botReplies(h: Harness, channel: string, threadTs: string): ReturnType<FakeSlack['messages']> {
  return h.slack.messages(channel, threadTs).filter((m) => m.user === FAKE_IDS.botUser && m.ts !== threadTs);
}
