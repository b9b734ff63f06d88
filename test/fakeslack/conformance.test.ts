import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_IDS, type FakeSlack, startFakeSlack } from '../../src/fakeslack/index.js';
import { conformance, loadSkeleton } from './skeleton.js';

/** Calls the fake's Web API exactly as @slack/web-api does (form-encoded POST, bearer token). */
async function call(slack: FakeSlack, method: string, args: Record<string, unknown>, token = slack.botToken): Promise<Record<string, unknown>> {
  const form = new URLSearchParams();
  for (const [k, v] of Object.entries(args)) form.set(k, typeof v === 'string' ? v : JSON.stringify(v));
  const res = await fetch(`${slack.apiUrl}${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  return (await res.json()) as Record<string, unknown>;
}

describe('fake Slack responses have the shapes of real Slack (java-slack-sdk samples)', () => {
  let slack: FakeSlack;
  let rootTs = '';
  beforeAll(async () => {
    slack = await startFakeSlack();
    rootTs = (await slack.postUserMessage({ user: FAKE_IDS.admin, channel: FAKE_IDS.adminDm, text: 'root question' })).ts;
  });
  afterAll(async () => slack.close());

  const expectShape = (body: Record<string, unknown>, skeleton: string, extra: string[] = []): void => {
    expect(body.ok, JSON.stringify(body)).toBe(true);
    expect(conformance(body, loadSkeleton('api', skeleton), '$', extra)).toEqual([]);
  };

  it('auth.test, users.info, conversations.info', async () => {
    expectShape(await call(slack, 'auth.test', {}), 'auth.test');
    const user = await call(slack, 'users.info', { user: FAKE_IDS.admin });
    expectShape(user, 'users.info');
    expect((user.user as { is_admin: boolean }).is_admin).toBe(true);
    expectShape(await call(slack, 'conversations.info', { channel: FAKE_IDS.marketing }), 'conversations.info');
    // The sample was recorded on channels; IM objects also carry `user` and `is_user_deleted` (Slack's IM object docs).
    expectShape(await call(slack, 'conversations.info', { channel: FAKE_IDS.adminDm }), 'conversations.info', [
      '$.channel.user',
      '$.channel.is_user_deleted',
    ]);
  });

  it('apps.connections.open takes the app-level token only', async () => {
    expectShape(await call(slack, 'apps.connections.open', {}, slack.appToken), 'apps.connections.open');
    expect((await call(slack, 'apps.connections.open', {})).error).toBe('not_allowed_token_type');
  });

  it('assistant.threads.*, reactions.add, chat.postEphemeral, chat.getPermalink', async () => {
    const c = { channel_id: FAKE_IDS.adminDm, thread_ts: rootTs };
    expectShape(await call(slack, 'assistant.threads.setStatus', { ...c, status: 'is thinking…' }), 'assistant.threads.setStatus');
    expectShape(
      await call(slack, 'assistant.threads.setSuggestedPrompts', { ...c, prompts: [{ title: 'ROI', message: 'ROI by channel?' }] }),
      'assistant.threads.setSuggestedPrompts',
    );
    expectShape(await call(slack, 'assistant.threads.setTitle', { ...c, title: 'ROI' }), 'assistant.threads.setTitle');
    expectShape(await call(slack, 'reactions.add', { channel: FAKE_IDS.adminDm, timestamp: rootTs, name: 'eyes' }), 'reactions.add');
    expectShape(
      await call(slack, 'chat.postEphemeral', { channel: FAKE_IDS.marketing, user: FAKE_IDS.analyst, text: 'only you' }),
      'chat.postEphemeral',
    );
    expectShape(await call(slack, 'chat.getPermalink', { channel: FAKE_IDS.adminDm, message_ts: rootTs }), 'chat.getPermalink');
  });

  it('chat.startStream / appendStream / stopStream', async () => {
    const start = await call(slack, 'chat.startStream', { channel: FAKE_IDS.adminDm, thread_ts: rootTs, markdown_text: 'Hel' });
    expectShape(start, 'chat.startStream');
    expectShape(await call(slack, 'chat.appendStream', { channel: FAKE_IDS.adminDm, ts: start.ts, markdown_text: 'lo' }), 'chat.appendStream');
    const stop = await call(slack, 'chat.stopStream', { channel: FAKE_IDS.adminDm, ts: start.ts, chunks: [{ type: 'markdown_text', text: '!' }] });
    // The java sample predates stopStream returning the message; @slack/web-api's ChatStopStreamResponse has channel, ts, message.
    expectShape(stop, 'chat.stopStream', ['$.channel', '$.ts', '$.message']);
    expect(slack.messages(FAKE_IDS.adminDm, rootTs).at(-1)?.text).toBe('Hello!');
  });

  it('files.getUploadURLExternal, upload URL, files.completeUploadExternal', async () => {
    const bytes = Buffer.from('\x89PNG fake image bytes');
    const url = await call(slack, 'files.getUploadURLExternal', { filename: 'roi.png', length: String(bytes.length), alt_txt: 'ROI chart' });
    expectShape(url, 'files.getUploadURLExternal');
    const up = await fetch(String(url.upload_url), { method: 'POST', body: bytes });
    expect(up.status).toBe(200);
    const done = await call(slack, 'files.completeUploadExternal', {
      files: [{ id: url.file_id, title: 'ROI by channel' }],
      channel_id: FAKE_IDS.adminDm,
      thread_ts: rootTs,
    });
    expectShape(done, 'files.completeUploadExternal');
    const served = await fetch(((done.files as { url_private: string }[])[0] as { url_private: string }).url_private);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('chat.scheduleMessage, chat.scheduledMessages.list, chat.deleteScheduledMessage', async () => {
    const postAt = Math.floor(Date.now() / 1000) + 3600;
    const s = await call(slack, 'chat.scheduleMessage', { channel: FAKE_IDS.digest, post_at: String(postAt), text: 'digest' });
    expect(s.ok).toBe(true);
    expectShape(await call(slack, 'chat.scheduledMessages.list', {}), 'chat.scheduledMessages.list');
    expectShape(await call(slack, 'chat.deleteScheduledMessage', { channel: FAKE_IDS.digest, scheduled_message_id: s.scheduled_message_id }), 'chat.deleteScheduledMessage');
  });

  it('event payloads match AppMentionPayload / MessagePayload', async () => {
    // No app is connected: the deliveries are recorded (unacked) with their payloads.
    const fast = await startFakeSlack({ connectWaitMs: 10, retryDelaysMs: [] });
    const p2 = await fast.postUserMessage({ user: FAKE_IDS.analyst, channel: 'marketing', text: `<@${FAKE_IDS.botUser}> ROI?` });
    const records = await p2.delivered;
    await fast.close();
    expect(p2.eventIds).toHaveLength(2);
    expect(records.every((r) => !r.acked)).toBe(true);
    const byType = Object.fromEntries(records.map((r) => [(r.payload.event as { type: string }).type, r.payload]));
    expect(Object.keys(byType).sort()).toEqual(['app_mention', 'message']);
    // Event blocks are rich_text (the samples' block union lacks it), so compare the envelope and event fields.
    const strip = (p: Record<string, unknown>): Record<string, unknown> => ({ ...p, event: { ...(p.event as object), blocks: undefined } });
    expect(conformance(strip(byType.app_mention as Record<string, unknown>), loadSkeleton('events', 'AppMentionPayload'))).toEqual([]);
    expect(conformance(strip(byType.message as Record<string, unknown>), loadSkeleton('events', 'MessagePayload'))).toEqual([]);
  });
});
