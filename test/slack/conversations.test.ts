import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { feedbackPath } from '../../src/slack/index.js';
import { FAKE_IDS, type Harness, ScriptedAnalyst, TINY_PNG, answer, botReplies, mention, startHarness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const isAnswer = (threadTs: string) => (m: { thread_ts?: string; blocks?: unknown[]; user?: string }) =>
  m.thread_ts === threadTs && m.user === FAKE_IDS.botUser && JSON.stringify(m.blocks ?? []).includes('answer_actions');

describe('conversations', () => {
  it('answers a mention in its thread with the sources, an agent badge and feedback buttons', async () => {
    h = await startHarness();
    const q = await h.slack.postUserMessage({ user: FAKE_IDS.analyst, channel: 'marketing', text: mention('what did we spend on Meta in Q2?') });
    const reply = await h.slack.waitForMessage(isAnswer(q.ts), 5000);
    const blocks = JSON.stringify(reply.blocks);
    expect(blocks).toContain('raw/meta_ads.csv');
    expect(blocks).toContain('rows 120–151');
    expect(blocks).toContain('RAG analyst');
    expect(blocks).toContain('answer_feedback_up');
    expect(blocks).toContain('answer_regenerate');
    expect(h.analyst.calls[0]?.question).toBe('what did we spend on Meta in Q2?');
    expect(h.analyst.calls[0]?.options.sessionKey).toBe(`${FAKE_IDS.marketing}:${q.ts}`);
    // "is thinking" was shown through assistant.threads.setStatus and cleared by the reply.
    expect(h.slack.apiCalls('assistant.threads.setStatus').length).toBeGreaterThan(0);
    expect(h.slack.statuses()).toEqual([]);
  });

  it('answers DMs and un-mentioned replies in its own threads, nothing else', async () => {
    h = await startHarness();
    const dm = await h.slack.postUserMessage({ user: FAKE_IDS.admin, channel: FAKE_IDS.adminDm, text: 'ROI by channel?' });
    await h.slack.waitForMessage(isAnswer(dm.ts), 5000);

    const root = await h.slack.postUserMessage({ user: FAKE_IDS.analyst, channel: 'marketing', text: mention('spend on TV?') });
    await h.slack.waitForMessage(isAnswer(root.ts), 5000);
    const followUp = await h.slack.postUserMessage({ user: FAKE_IDS.admin, channel: 'marketing', text: 'and on radio?', thread_ts: root.ts });
    await h.slack.waitForMessage((m) => isAnswer(root.ts)(m) && Number(m.ts) > Number(followUp.ts), 5000);
    expect(h.analyst.calls.at(-1)?.options.sessionKey).toBe(`${FAKE_IDS.marketing}:${root.ts}`);

    const chatter = await h.slack.postUserMessage({ user: FAKE_IDS.analyst, channel: 'marketing', text: 'lunch?' });
    const other = await h.slack.postUserMessage({ user: FAKE_IDS.admin, channel: 'marketing', text: 'sure', thread_ts: chatter.ts });
    await Promise.all([chatter.delivered, other.delivered]);
    await new Promise((r) => setTimeout(r, 200));
    expect(botReplies(h, FAKE_IDS.marketing, chatter.ts)).toEqual([]);
    expect(h.analyst.calls).toHaveLength(3);
  });

  it("ignores other bots' messages and its own echoes", async () => {
    h = await startHarness();
    const other = await h.slack.postUserMessage({ user: '', botId: 'B0OTHERBOT', channel: FAKE_IDS.adminDm, text: 'I am a bot: what is the ROI?' });
    const mentioned = await h.slack.postUserMessage({ user: '', botId: 'B0OTHERBOT', channel: 'marketing', text: mention('ROI?') });
    await Promise.all([other.delivered, mentioned.delivered]);
    await new Promise((r) => setTimeout(r, 150));
    expect(h.analyst.calls).toHaveLength(0);
    // Its own answers come back as message events (as in Slack) and are not answered again.
    const q = await h.slack.postUserMessage({ user: FAKE_IDS.admin, channel: FAKE_IDS.adminDm, text: 'spend?' });
    await h.slack.waitForMessage(isAnswer(q.ts), 5000);
    await new Promise((r) => setTimeout(r, 150));
    expect(h.slack.deliveries().some((d) => (d.payload.event as { bot_id?: string } | undefined)?.bot_id === FAKE_IDS.botId)).toBe(true);
    expect(h.analyst.calls).toHaveLength(1);
  });

  it('answers a retried event once', async () => {
    h = await startHarness();
    const q = await h.slack.postUserMessage({ user: FAKE_IDS.admin, channel: FAKE_IDS.adminDm, text: 'total spend?' });
    await h.slack.waitForMessage(isAnswer(q.ts), 5000);
    await h.slack.redeliver(q.eventIds[0] as string, 'http_timeout');
    await new Promise((r) => setTimeout(r, 200));
    expect(h.analyst.calls).toHaveLength(1);
    expect(botReplies(h, FAKE_IDS.adminDm, q.ts).filter((m) => isAnswer(q.ts)(m))).toHaveLength(1);
  });

  it('survives a 429 from chat.postMessage by waiting Retry-After', async () => {
    h = await startHarness();
    h.slack.injectFault({ method: 'chat.postMessage', status: 429, retryAfter: 1 });
    const q = await h.slack.postUserMessage({ user: FAKE_IDS.admin, channel: FAKE_IDS.adminDm, text: 'total spend?' });
    await h.slack.waitForMessage(isAnswer(q.ts), 8000);
    expect(h.slack.apiCalls('chat.postMessage').some((c) => c.status === 429)).toBe(true);
  });

  it('streams partial text with chat.startStream/appendStream/stopStream, then draws the final blocks', async () => {
    const long = 'Paid social delivered most of the reach. '.repeat(20);
    const analyst = new ScriptedAnalyst(async (_q, o) => {
      o.onPartial?.(long.slice(0, 100));
      await new Promise((r) => setTimeout(r, 30));
      o.onPartial?.(long.slice(0, 600));
      return answer({ reply: long.trim() });
    });
    h = await startHarness({ analyst });
    const q = await h.slack.postUserMessage({ user: FAKE_IDS.analyst, channel: 'marketing', text: mention('reach?') });
    const reply = await h.slack.waitForMessage((m) => isAnswer(q.ts)(m) && !m.streaming && JSON.stringify(m.blocks).includes('Paid social'), 5000);
    expect(h.slack.apiCalls('chat.startStream')).toHaveLength(1);
    expect(h.slack.apiCalls('chat.startStream')[0]?.args.markdown_text ?? h.slack.apiCalls('chat.startStream')[0]?.args.chunks).toContain('Paid social');
    expect(h.slack.apiCalls('chat.startStream')[0]?.args.recipient_user_id).toBe(FAKE_IDS.analyst);
    expect(h.slack.apiCalls('chat.stopStream')).toHaveLength(1);
    expect(reply.blocks?.length).toBeGreaterThan(2);
    expect(botReplies(h, FAKE_IDS.marketing, q.ts)).toHaveLength(1);
  });

  it('falls back to post + update where streaming is not available', async () => {
    const analyst = new ScriptedAnalyst(async (_q, o) => {
      o.onPartial?.('First words');
      return answer({ reply: 'First words and the rest.' });
    });
    h = await startHarness({ analyst, fake: { features: { streaming: false, assistantThreads: false } } });
    const q = await h.slack.postUserMessage({ user: FAKE_IDS.analyst, channel: 'marketing', text: mention('reach?') });
    const reply = await h.slack.waitForMessage(isAnswer(q.ts), 5000);
    expect(reply.edited).toBeDefined();
    expect(botReplies(h, FAKE_IDS.marketing, q.ts)).toHaveLength(1);
    expect(JSON.stringify(reply.blocks)).toContain('the rest');
  });

  it('uploads asset PNGs and rendered charts together into the thread, with titles and alt text', async () => {
    const analyst = new ScriptedAnalyst(() =>
      answer({
        reply: 'Here are the Meta creatives for Terra and the ROI chart.',
        attachments: [
          { type: 'asset', path: 'assets/meta_story_terra.png', title: 'Meta story — Terra', altText: 'Story ad: Terra on a coast road' },
          { type: 'chart', spec: { kind: 'roi', title: 'ROI by channel', bars: [{ channel: 'meta', roi: 2.1 }] }, title: 'ROI by channel', altText: 'Meta 2.1x' },
        ],
      }),
    );
    h = await startHarness({ analyst });
    await mkdir(join(h.dataDir, 'assets'), { recursive: true });
    await writeFile(join(h.dataDir, 'assets/meta_story_terra.png'), TINY_PNG);
    const q = await h.slack.postUserMessage({ user: FAKE_IDS.analyst, channel: 'marketing', text: mention('show me the Terra creatives') });
    const files = await h.slack.waitForMessage((m) => m.thread_ts === q.ts && (m.files?.length ?? 0) > 0, 5000);
    expect(files.files?.map((f) => f.title)).toEqual(['Meta story — Terra', 'ROI by channel']);
    expect(files.files?.map((f) => f.alt_txt)).toEqual(['Story ad: Terra on a coast road', 'Meta 2.1x']);
    expect(h.slack.apiCalls('files.completeUploadExternal')).toHaveLength(1);
    expect(h.slack.file(files.files?.[0]?.id as string)?.bytes?.equals(TINY_PNG)).toBe(true);
  });

  it('keeps long answers within Block Kit limits and sends long tables as CSV', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => `| week ${i + 1} | ${1000 + i} |`);
    const reply = [`Weekly spend:`, '| week | spend |', '|---|---|', ...rows, '', 'word '.repeat(2000)].join('\n');
    h = await startHarness({ analyst: new ScriptedAnalyst(() => answer({ reply })) });
    const q = await h.slack.postUserMessage({ user: FAKE_IDS.admin, channel: FAKE_IDS.adminDm, text: 'weekly spend table' });
    const msg = await h.slack.waitForMessage(isAnswer(q.ts), 5000);
    expect(msg.blocks?.length).toBeLessThanOrEqual(50);
    const sections = (msg.blocks as { type: string; text?: { text: string } }[]).filter((b) => b.type === 'section');
    expect(sections.length).toBeGreaterThan(1);
    expect(sections.every((s) => (s.text?.text.length ?? 0) <= 3000)).toBe(true);
    const csv = await h.slack.waitForMessage((m) => m.thread_ts === q.ts && (m.files ?? []).some((f) => f.name.endsWith('.csv')), 5000);
    const bytes = h.slack.file(csv.files?.[0]?.id as string)?.bytes?.toString('utf8') ?? '';
    expect(bytes.split('\n').filter(Boolean)).toHaveLength(41);
  });

  it('records feedback clicks and regenerates an answer in place, keeping the session', async () => {
    let n = 0;
    h = await startHarness({ analyst: new ScriptedAnalyst(() => answer({ reply: `Answer number ${++n}` })) });
    const q = await h.slack.postUserMessage({ user: FAKE_IDS.analyst, channel: 'marketing', text: mention('cpm on meta?') });
    const first = await h.slack.waitForMessage(isAnswer(q.ts), 5000);
    await h.slack.clickButton({ user: FAKE_IDS.admin, message_ts: first.ts, action_id: 'answer_feedback_down' });
    await expect.poll(async () => readFile(feedbackPath(h!.dataDir), 'utf8').catch(() => ''), { timeout: 3000 }).toContain('"rating":"down"');
    const line = JSON.parse((await readFile(feedbackPath(h.dataDir), 'utf8')).trim()) as Record<string, string>;
    expect(line).toMatchObject({ user: FAKE_IDS.admin, channel: FAKE_IDS.marketing, message_ts: first.ts, rating: 'down', question: 'cpm on meta?' });

    await h.slack.clickButton({ user: FAKE_IDS.analyst, message_ts: first.ts, action_id: 'answer_regenerate' });
    await h.slack.waitForMessage((m) => m.ts === first.ts && JSON.stringify(m.blocks).includes('Answer number 2'), 5000);
    expect(h.analyst.calls.map((c) => c.options.sessionKey)).toEqual([`${FAKE_IDS.marketing}:${q.ts}`, `${FAKE_IDS.marketing}:${q.ts}`]);
    expect(h.analyst.calls[1]?.question).toBe('cpm on meta?');
    expect(botReplies(h, FAKE_IDS.marketing, q.ts).filter((m) => isAnswer(q.ts)(m))).toHaveLength(1);
  });

  it('turns a failure into a short friendly message with an error id, never a stack trace', async () => {
    h = await startHarness({
      analyst: new ScriptedAnalyst(() => {
        throw new Error('boom at /src/secret/path.ts:12 xoxb-123456-abcdef');
      }),
    });
    const q = await h.slack.postUserMessage({ user: FAKE_IDS.analyst, channel: 'marketing', text: mention('anything') });
    const msg = await h.slack.waitForMessage((m) => m.thread_ts === q.ts && m.user === FAKE_IDS.botUser && /error id/.test(m.text), 5000);
    expect(msg.text).toMatch(/error id `E-[0-9A-F]{6}`/);
    expect(JSON.stringify(msg)).not.toMatch(/boom|path\.ts|xoxb|at \//);
  });

  it('limits how fast one user can ask, politely and only to them', async () => {
    h = await startHarness({ config: { USER_RATE_LIMIT_PER_MINUTE: '1' } });
    const a = await h.slack.postUserMessage({ user: FAKE_IDS.analyst, channel: 'marketing', text: mention('one') });
    await h.slack.waitForMessage(isAnswer(a.ts), 5000);
    const b = await h.slack.postUserMessage({ user: FAKE_IDS.analyst, channel: 'marketing', text: mention('two') });
    const note = await h.slack.waitForMessage((m) => m.thread_ts === b.ts && m.ephemeral_to === FAKE_IDS.analyst, 5000);
    expect(note.text).toMatch(/1 questions a minute/);
    expect(h.analyst.calls).toHaveLength(1);
  });

  it('answers the messages of one thread one at a time, in order', async () => {
    const log: string[] = [];
    const analyst = new ScriptedAnalyst(async (q) => {
      log.push(`start ${q}`);
      await new Promise((r) => setTimeout(r, 80));
      log.push(`end ${q}`);
      return answer({ reply: q });
    });
    h = await startHarness({ analyst });
    const root = await h.slack.postUserMessage({ user: FAKE_IDS.admin, channel: FAKE_IDS.adminDm, text: 'first' });
    await h.slack.waitForMessage(isAnswer(root.ts), 5000);
    const r2 = await h.slack.postUserMessage({ user: FAKE_IDS.admin, channel: FAKE_IDS.adminDm, text: 'second', thread_ts: root.ts });
    const r3 = await h.slack.postUserMessage({ user: FAKE_IDS.admin, channel: FAKE_IDS.adminDm, text: 'third', thread_ts: root.ts });
    await Promise.all([r2.delivered, r3.delivered]);
    await h.slack.waitForMessage((m) => isAnswer(root.ts)(m) && JSON.stringify(m.blocks).includes('third'), 5000);
    expect(log).toEqual(['start first', 'end first', 'start second', 'end second', 'start third', 'end third']);
  });
});

describe('HTTP mode', () => {
  it('answers a mention delivered as a signed request and dedupes its retry', async () => {
    h = await startHarness({ mode: 'http' });
    const q = await h.slack.postUserMessage({ user: FAKE_IDS.analyst, channel: 'marketing', text: mention('spend?') });
    await h.slack.waitForMessage(isAnswer(q.ts), 5000);
    const [record] = await q.delivered;
    expect(record?.transport).toBe('http');
    await h.slack.redeliver(q.eventIds.at(-1) as string);
    await new Promise((r) => setTimeout(r, 200));
    expect(h.analyst.calls).toHaveLength(1);
    const health = await fetch(`http://127.0.0.1:${h.port}/health`);
    expect(await health.json()).toMatchObject({ ok: true, mode: 'http' });
  });
});
