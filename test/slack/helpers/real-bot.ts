/** The real Bolt app with the real analyst on a test dataset, wired to a fresh fake Slack (Socket Mode or signed HTTP). */
import { loadConfig } from '../../../src/config/index.js';
import { FAKE_IDS, type FakeMessage, type FakeSlack, startFakeSlack } from '../../../src/fakeslack/index.js';
import { silentLogger } from '../../../src/log/index.js';
import type { SlackBot } from '../../../src/slack/index.js';
import { createProductionBot } from '../../../src/slack/wiring.js';

/** The final answer: Block Kit text sections plus the answer buttons (not a progress or streaming state). */
export const isAnswerIn = (threadTs: string) => (m: FakeMessage) =>
  m.thread_ts === threadTs &&
  m.user === FAKE_IDS.botUser &&
  !m.streaming &&
  JSON.stringify(m.blocks ?? []).includes('answer_actions') &&
  (m.blocks ?? []).some((b) => (b as { type: string }).type === 'section');

export interface Env {
  slack: FakeSlack;
  bot: SlackBot;
  dataDir: string;
}

export async function startEnv(mode: 'socket' | 'http', dataDir: string, clock?: () => number): Promise<Env> {
  const slack = await startFakeSlack();
  const config = loadConfig({ env: {}, envFile: false, overrides: { DATA_DIR: dataDir, LOG_LEVEL: 'silent', DIGEST_CHANNEL: 'mmm-digest' } });
  const { bot } = await createProductionBot({
    config,
    logger: silentLogger(),
    dataDir,
    slackApiUrl: slack.apiUrl,
    startDigest: false,
    healthPort: false,
    ...(clock ? { clock } : {}),
    transport:
      mode === 'socket'
        ? { mode: 'socket', botToken: slack.botToken, appToken: slack.appToken }
        : { mode: 'http', botToken: slack.botToken, signingSecret: slack.signingSecret, port: 0, host: '127.0.0.1' },
  });
  const started = await bot.start();
  if (mode === 'http') slack.setRequestUrl(`http://127.0.0.1:${started.port}/slack/events`);
  return { slack, bot, dataDir };
}

export async function stopEnv(env: Env | undefined): Promise<void> {
  if (!env) return;
  await env.bot.stop({ drainMs: 10_000 });
  await env.slack.close();
}
