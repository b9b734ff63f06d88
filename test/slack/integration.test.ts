/**
 * End to end: the real Bolt app with the real offline analyst, charts and MMM on the shared test dataset,
 * through the fake Slack — over Socket Mode and over signed HTTP.
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_IDS } from '../../src/fakeslack/index.js';
import { isAnswerIn, startEnv, stopEnv, type Env } from './helpers/real-bot.js';
import { slackDataCopy } from './helpers/real-data.js';

const mention = (text: string): string => `<@${FAKE_IDS.botUser}> ${text}`;
let dataDir = '';
beforeAll(async () => {
  dataDir = await slackDataCopy();
}, 300_000);
afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('Socket Mode, real analyst', () => {
  let env: Env;
  beforeAll(async () => {
    env = await startEnv('socket', dataDir);
  }, 60_000);
  afterAll(async () => stopEnv(env));

  it('answers a mention in the thread with its sources', async () => {
    const q = await env.slack.postUserMessage({ user: FAKE_IDS.analyst, channel: 'marketing', text: mention('what did we spend on Meta in Q2 2025?') });
    const reply = await env.slack.waitForMessage(isAnswerIn(q.ts), 30_000);
    const blocks = JSON.stringify(reply.blocks);
    expect(blocks).toMatch(/£[\d.,]+K/);
    expect(blocks).toContain('raw/meta_ads.csv');
    expect(blocks).toMatch(/rows \d+/);
    expect(blocks).toContain('RAG analyst');
  });

  it('uploads the matching creatives as PNGs for an asset question', async () => {
    const q = await env.slack.postUserMessage({ user: FAKE_IDS.analyst, channel: 'marketing', text: mention('show me the TikTok creatives for the Vento launch') });
    await env.slack.waitForMessage(isAnswerIn(q.ts), 30_000);
    const upload = await env.slack.waitForMessage((m) => m.thread_ts === q.ts && (m.files?.length ?? 0) > 0, 30_000);
    expect(upload.files!.length).toBeGreaterThan(0);
    for (const f of upload.files!) {
      expect(f.mimetype).toBe('image/png');
      expect(f.alt_txt?.length).toBeGreaterThan(10);
      const bytes = env.slack.file(f.id)?.bytes;
      expect(bytes?.subarray(1, 4).toString()).toBe('PNG');
    }
  });

  it('`/mmm optimize 2000000` acks within 3 s and posts the result with a chart', async () => {
    const res = await env.slack.slashCommand({ user: FAKE_IDS.analyst, channel: 'marketing', command: '/mmm', text: 'optimize 2000000' });
    expect(res.acked).toBe(true);
    expect(res.ackMs).toBeLessThan(3000);
    const root = await env.slack.waitForMessage((m) => !m.thread_ts && m.channel === FAKE_IDS.marketing && JSON.stringify(m.blocks ?? []).includes('answer_actions'), 60_000);
    expect(JSON.stringify(root.blocks)).toContain('MMM analyst');
    const chart = await env.slack.waitForMessage((m) => m.thread_ts === root.ts && (m.files ?? []).some((f) => f.mimetype === 'image/png'), 60_000);
    expect(env.slack.file(chart.files![0]!.id)!.bytes!.length).toBeGreaterThan(5000);
  });

  it('refuses `/reindex` to a non-admin', async () => {
    await env.slack.slashCommand({ user: FAKE_IDS.analyst, channel: 'marketing', command: '/reindex' });
    const refusal = await env.slack.waitForMessage((m) => m.ephemeral_to === FAKE_IDS.analyst && /only workspace admins/.test(m.text), 10_000);
    expect(refusal.text).toContain('rebuild the index');
  });

  it('answers a retried event once and survives a 429', async () => {
    // The next Web API call of the answer (whichever it is) is rate-limited once.
    env.slack.injectFault({ method: '*', status: 429, retryAfter: 1 });
    const q = await env.slack.postUserMessage({ user: FAKE_IDS.admin, channel: FAKE_IDS.adminDm, text: 'total TV spend in 2024?' });
    await env.slack.redeliver(q.eventIds[0]!, 'timeout');
    await env.slack.waitForMessage(isAnswerIn(q.ts), 30_000);
    await new Promise((r) => setTimeout(r, 300));
    const answers = env.slack.messages(FAKE_IDS.adminDm, q.ts).filter(isAnswerIn(q.ts));
    expect(answers).toHaveLength(1);
    expect(env.slack.apiCalls().some((c) => c.status === 429)).toBe(true);
  });
});

describe('HTTP mode, real analyst', () => {
  let env: Env;
  beforeAll(async () => {
    env = await startEnv('http', dataDir);
  }, 60_000);
  afterAll(async () => stopEnv(env));

  it('answers a mention and a slash command delivered as signed requests', async () => {
    const q = await env.slack.postUserMessage({ user: FAKE_IDS.analyst, channel: 'marketing', text: mention('what did we spend on Google Ads in 2024?') });
    const reply = await env.slack.waitForMessage(isAnswerIn(q.ts), 30_000);
    expect(JSON.stringify(reply.blocks)).toContain('raw/');
    expect((await q.delivered).every((d) => d.transport === 'http' && d.acked)).toBe(true);
    const res = await env.slack.slashCommand({ user: FAKE_IDS.analyst, channel: 'marketing', command: '/mmm', text: 'roi' });
    expect(res.ackMs).toBeLessThan(3000);
    await env.slack.waitForMessage((m) => !m.thread_ts && m.channel === FAKE_IDS.marketing && JSON.stringify(m.blocks ?? []).includes('MMM analyst'), 60_000);
  });
});

describe('weekly digest, real model', () => {
  it('posts once per week on a fake clock, with the ROI chart', async () => {
    let now = Date.parse('2026-03-02T09:00:30Z'); // a Monday, 09:00 London (GMT)
    const env = await startEnv('socket', dataDir, () => now);
    try {
      expect(await env.bot.digest!.tick()).toBe('posted');
      now += 2 * 3600_000;
      expect(await env.bot.digest!.tick()).toBe('already_posted');
      now = Date.parse('2026-03-09T09:01:00Z');
      expect(await env.bot.digest!.tick()).toBe('posted');
      const posts = env.slack.messages('mmm-digest').filter((m) => JSON.stringify(m.blocks ?? []).includes('Weekly channel-ROI digest'));
      expect(posts).toHaveLength(2);
      const charts = env.slack.messages('mmm-digest').filter((m) => (m.files ?? []).some((f) => f.mimetype === 'image/png'));
      expect(charts.length).toBeGreaterThanOrEqual(2);
    } finally {
      await stopEnv(env);
    }
  });
});
