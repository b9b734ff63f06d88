/**
 * Slack latencies, end to end through the fake Slack with the real bot and analyst on DATA_DIR (Socket Mode):
 * slash-command ack, time to the first progress sign, time to the final answer, time to a /mmm chart.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { cp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../src/config/index.js';
import { FAKE_IDS, type FakeMessage, startFakeSlack } from '../../src/fakeslack/index.js';
import { silentLogger } from '../../src/log/index.js';
import { createProductionBot } from '../../src/slack/wiring.js';
import type { BenchFigure } from './types.js';
import { percentile } from './util.js';

const QUESTIONS = [
  'what did we spend on Meta in Q2 2025?',
  'total TV spend in 2024?',
  'cost per test drive by channel in 2025',
  'show me the TikTok creatives for the Vento launch',
  'what is the cancellation period in the TV contract?',
];

const isFinal = (threadTs: string) => (m: FakeMessage) =>
  m.thread_ts === threadTs && m.user === FAKE_IDS.botUser && !m.streaming && JSON.stringify(m.blocks ?? []).includes('answer_actions');

export async function run(): Promise<BenchFigure[]> {
  const source = resolve(loadConfig().DATA_DIR);
  if (!existsSync(join(source, 'index', 'manifest.json'))) {
    return [{ name: 'skipped', value: 0, unit: '', note: `no data or index in ${source}: run npm run generate && npm run index` }];
  }
  // Work on a copy: sessions and state are written inside the data dir.
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-slack-'));
  await cp(source, dataDir, { recursive: true });
  const slack = await startFakeSlack();
  const config = loadConfig({ env: {}, envFile: false, overrides: { DATA_DIR: dataDir, LOG_LEVEL: 'silent', DIGEST_ENABLED: 'false' } });
  const { bot } = await createProductionBot({
    config,
    logger: silentLogger(),
    dataDir,
    slackApiUrl: slack.apiUrl,
    healthPort: false,
    transport: { mode: 'socket', botToken: slack.botToken, appToken: slack.appToken },
  });
  await bot.start();
  const acks: number[] = [];
  const firstSign: number[] = [];
  const answers: number[] = [];
  const charts: number[] = [];
  try {
    for (let round = 0; round < 2; round++) {
      for (const [i, text] of QUESTIONS.entries()) {
        const t0 = performance.now();
        const channel = i % 2 === 0 ? 'marketing' : FAKE_IDS.adminDm;
        const user = channel === 'marketing' ? FAKE_IDS.analyst : FAKE_IDS.admin;
        const q = await slack.postUserMessage({ user, channel, text: channel === 'marketing' ? `<@${FAKE_IDS.botUser}> ${text}` : text });
        const signs = new Promise<number>((res) => {
          const on = (): void => {
            if (slack.statuses().some((s) => s.thread_ts === q.ts) || slack.messages(channel, q.ts).length > 1) {
              slack.off('change', on);
              res(performance.now() - t0);
            }
          };
          slack.on('change', on);
        });
        await slack.waitForMessage(isFinal(q.ts), 60_000);
        answers.push(performance.now() - t0);
        firstSign.push(await Promise.race([signs, Promise.resolve(performance.now() - t0)]));
      }
      for (const text of ['optimize 2000000', 'roi']) {
        const seen = new Set(slack.allMessages('marketing').map((m) => m.ts));
        const t0 = performance.now();
        const res = await slack.slashCommand({ user: FAKE_IDS.analyst, channel: 'marketing', command: '/mmm', text });
        acks.push(res.ackMs ?? Number.NaN);
        await slack.waitForMessage((m: FakeMessage) => m.channel === FAKE_IDS.marketing && !seen.has(m.ts) && (m.files ?? []).length > 0, 60_000);
        charts.push(performance.now() - t0);
      }
    }
  } finally {
    await bot.stop({ drainMs: 10_000 });
    await slack.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  const s = (xs: number[]) => [...xs].sort((a, b) => a - b);
  return [
    { name: 'slash command ack p95', value: percentile(s(acks), 95), unit: 'ms', target: '< 3000 ms (Slack)' },
    { name: 'first progress sign p50', value: percentile(s(firstSign), 50), unit: 'ms', target: '< 1000 ms' },
    { name: 'question → final answer p50', value: percentile(s(answers), 50), unit: 'ms', note: `${answers.length} questions, offline analyst` },
    { name: 'question → final answer p95', value: percentile(s(answers), 95), unit: 'ms', target: '< 10000 ms' },
    { name: '/mmm → chart in thread p50', value: percentile(s(charts), 50), unit: 'ms', target: '< 10000 ms' },
  ];
}
