/**
 * The sandbox server and its bridge, driven over a real WebSocket the way the page drives them, with a
 * small Bolt app on the other side of the fake Slack (the full app is exercised by browser.test.ts).
 */
import { App, LogLevel } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { FAKE_IDS, type FakeSlack, startFakeSlack } from '../../src/fakeslack/index.js';
import { silentLogger } from '../../src/log/index.js';
import { type Sandbox, type ServerEvent, startSandbox } from '../../src/sandbox/index.js';
import type { ClientSnapshot } from '../../src/sandbox/view.js';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** A page's side of /ws: collects events, sends requests and waits for what it expects. */
class PageClient {
  readonly events: ServerEvent[] = [];
  private waiters: { match: (e: ServerEvent) => boolean; resolve: (e: ServerEvent) => void }[] = [];
  private counter = 0;

  constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const event = JSON.parse(String(data)) as ServerEvent;
      this.events.push(event);
      this.waiters = this.waiters.filter((w) => (w.match(event) ? (w.resolve(event), false) : true));
    });
  }

  static async open(url: string, headers: Record<string, string> = {}): Promise<PageClient> {
    const ws = new WebSocket(url.replace(/^http/, 'ws') + 'ws', { headers });
    const client = new PageClient(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return client;
  }

  next<T extends ServerEvent>(match: (e: ServerEvent) => e is T, timeoutMs?: number): Promise<T>;
  next(match: (e: ServerEvent) => boolean, timeoutMs?: number): Promise<ServerEvent>;
  next(match: (e: ServerEvent) => boolean, timeoutMs = 5000): Promise<ServerEvent> {
    const seen = this.events.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching event; got ${this.events.map((e) => e.type).join(',')}`)), timeoutMs);
      this.waiters.push({ match, resolve: (e) => (clearTimeout(timer), resolve(e)) });
    });
  }

  async request(body: Record<string, unknown>): Promise<Extract<ServerEvent, { type: 'result' }>> {
    const id = `t${++this.counter}`;
    const result = this.next((e): e is Extract<ServerEvent, { type: 'result' }> => e.type === 'result' && e.id === id);
    this.ws.send(JSON.stringify({ id, ...body }));
    return result;
  }

  close(): void {
    this.ws.close();
  }
}

const isMessage = (pred: (m: Extract<ServerEvent, { type: 'message' }>['message']) => boolean) => (e: ServerEvent) => e.type === 'message' && pred(e.message);

describe('sandbox bridge', () => {
  let slack: FakeSlack;
  let app: App;
  let sandbox: Sandbox;
  let page: PageClient;
  const seen: { kind: string; body: Record<string, unknown> }[] = [];

  beforeEach(async () => {
    seen.length = 0;
    slack = await startFakeSlack({ ackTimeoutMs: 400, retryDelaysMs: [] });
    app = new App({ token: slack.botToken, appToken: slack.appToken, socketMode: true, logLevel: LogLevel.ERROR, clientOptions: { slackApiUrl: slack.apiUrl } });
    app.event('app_mention', async ({ event, client }) => {
      seen.push({ kind: 'mention', body: event as unknown as Record<string, unknown> });
      const thread = event.thread_ts ?? event.ts;
      await client.assistant.threads.setStatus({ channel_id: event.channel, thread_ts: thread, status: 'is thinking…' });
      await client.chat.postMessage({
        channel: event.channel,
        thread_ts: thread,
        text: 'answer',
        blocks: [
          { type: 'section', text: { type: 'mrkdwn', text: '*answer*' } },
          { type: 'actions', elements: [{ type: 'button', action_id: 'good', text: { type: 'plain_text', text: 'Helpful' }, value: 'q1' }, { type: 'button', action_id: 'unhandled', text: { type: 'plain_text', text: 'No handler' } }] },
        ],
      });
    });
    app.command('/mmm', async ({ command, ack }) => {
      seen.push({ kind: 'command', body: command as unknown as Record<string, unknown> });
      await ack({ response_type: 'ephemeral', text: `running ${command.text}` });
    });
    app.action('good', async ({ ack, body, respond }) => {
      seen.push({ kind: 'action', body: body as unknown as Record<string, unknown> });
      await ack();
      await respond({ response_type: 'ephemeral', replace_original: false, text: 'thanks' });
    });
    await app.start();
    sandbox = await startSandbox({ slack, logger: silentLogger(), port: 0, commands: [{ command: '/mmm' }, { command: '/reindex' }] });
    page = await PageClient.open(sandbox.url);
  });

  afterEach(async () => {
    page.close();
    await sandbox.close();
    await app.stop();
    await slack.close();
  });

  it('sends the whole workspace on connect', async () => {
    const snap = (await page.next((e) => e.type === 'snapshot')) as ClientSnapshot & { type: 'snapshot' };
    expect(snap.team.name).toBe('Halden Motors (sandbox)');
    expect(snap.bot).toEqual({ user_id: FAKE_IDS.botUser, bot_id: FAKE_IDS.botId, name: 'Mix Analyst' });
    expect(snap.channels.map((c) => c.name)).toEqual(expect.arrayContaining(['marketing', 'mmm-digest']));
    expect(snap.users.find((u) => u.id === FAKE_IDS.admin)?.is_admin).toBe(true);
    expect(snap.commands.map((c) => c.command)).toEqual(['/mmm', '/reindex']);
    expect(snap.connected).toBe(1);
    // The wire log already holds the app's start-up calls (auth.test, apps.connections.open).
    expect(snap.wire.map((w) => w.label)).toEqual(expect.arrayContaining(['auth.test', 'apps.connections.open']));
    expect(sandbox.bridge.pageCount).toBe(1);
  });

  it('posts a message with an @mention as the app_mention Slack would send, and streams back the threaded answer', async () => {
    const result = await page.request({ type: 'send', user: FAKE_IDS.analyst, channel: FAKE_IDS.marketing, text: '@Mix Analyst what is our ROI by channel?' });
    expect(result.ok).toBe(true);
    const question = await page.next(isMessage((m) => m.user === FAKE_IDS.analyst));
    const ts = (question as Extract<ServerEvent, { type: 'message' }>).message.ts;
    await page.next((e) => e.type === 'status' && e.thread_ts === ts && e.status === 'is thinking…');
    const reply = await page.next(isMessage((m) => m.thread_ts === ts && m.user === FAKE_IDS.botUser));
    expect((reply as Extract<ServerEvent, { type: 'message' }>).message.blocks).toHaveLength(2);
    await page.next(isMessage((m) => m.ts === ts && m.reply_count === 1));
    await page.next((e) => e.type === 'status' && e.thread_ts === ts && e.status === '');
    expect(seen[0]?.body.text).toBe(`<@${FAKE_IDS.botUser}> what is our ROI by channel?`);
    expect(seen[0]?.body.user).toBe(FAKE_IDS.analyst);
    // The wire log shows the delivery in and the Web API calls out.
    await page.next((e) => e.type === 'wire' && e.entry.direction === 'in' && e.entry.label === 'events_api · app_mention' && e.entry.ok);
    await page.next((e) => e.type === 'wire' && e.entry.direction === 'out' && e.entry.label === 'chat.postMessage');
  });

  it('replies in a thread with thread_ts', async () => {
    const root = await slack.postUserMessage({ user: FAKE_IDS.admin, channel: 'marketing', text: 'root' });
    await page.request({ type: 'send', user: FAKE_IDS.admin, channel: FAKE_IDS.marketing, text: 'in the thread', thread_ts: root.ts });
    const reply = slack.messages('marketing', root.ts).find((m) => m.text === 'in the thread');
    expect(reply?.thread_ts).toBe(root.ts);
  });

  it('runs slash commands through the fake (the ack text shows only to the user), and refuses unknown ones like Slack', async () => {
    expect((await page.request({ type: 'send', user: FAKE_IDS.admin, channel: FAKE_IDS.marketing, text: '/mmm optimize 2M' })).ok).toBe(true);
    expect(seen.find((s) => s.kind === 'command')?.body).toMatchObject({ command: '/mmm', text: 'optimize 2M', user_id: FAKE_IDS.admin, channel_id: FAKE_IDS.marketing });
    const ack = await page.next(isMessage((m) => m.text === 'running optimize 2M'));
    expect((ack as Extract<ServerEvent, { type: 'message' }>).message.ephemeral_to).toBe(FAKE_IDS.admin);

    await page.request({ type: 'send', user: FAKE_IDS.admin, channel: FAKE_IDS.marketing, text: '/giphy cats' });
    const note = await page.next((e) => e.type === 'notice');
    expect(note).toMatchObject({ channel: FAKE_IDS.marketing, text: expect.stringContaining('`/giphy` is not a valid command') });
  });

  it('reports a slash command the app does not acknowledge as Slack does', async () => {
    await page.request({ type: 'send', user: FAKE_IDS.admin, channel: FAKE_IDS.marketing, text: '/reindex' });
    expect(await page.next((e) => e.type === 'notice')).toMatchObject({ text: '`/reindex` failed with the error "operation_timeout"' });
  });

  it('turns button clicks into block_actions with the value, and notes a click the app never acknowledges', async () => {
    await page.request({ type: 'send', user: FAKE_IDS.admin, channel: FAKE_IDS.marketing, text: '@Mix Analyst hi' });
    const reply = (await page.next(isMessage((m) => m.user === FAKE_IDS.botUser && !!m.blocks))) as Extract<ServerEvent, { type: 'message' }>;
    const click = { type: 'click', user: FAKE_IDS.admin, channel: FAKE_IDS.marketing, message_ts: reply.message.ts };
    expect((await page.request({ ...click, action_id: 'good' })).ok).toBe(true);
    const body = seen.find((s) => s.kind === 'action')?.body as { actions: { action_id: string; value: string }[]; user: { id: string } };
    expect(body.actions[0]).toMatchObject({ action_id: 'good', value: 'q1' });
    expect(body.user.id).toBe(FAKE_IDS.admin);
    await page.next(isMessage((m) => m.text === 'thanks' && m.ephemeral_to === FAKE_IDS.admin && m.thread_ts === reply.message.thread_ts));

    await page.request({ ...click, action_id: 'unhandled' });
    expect(await page.next((e) => e.type === 'notice')).toMatchObject({ text: expect.stringContaining('did not respond') });
    expect((await page.request({ ...click, action_id: 'no_such_button' })).error).toContain('has no element no_such_button');
  });

  it('refuses bad requests without touching Slack', async () => {
    expect((await page.request({ type: 'send', user: FAKE_IDS.botUser, channel: FAKE_IDS.marketing, text: 'hi' })).error).toBe('user_not_found');
    expect((await page.request({ type: 'send', user: FAKE_IDS.admin, channel: 'C0NOPE', text: 'hi' })).error).toBe('channel_not_found');
    expect((await page.request({ type: 'send', user: FAKE_IDS.admin, channel: FAKE_IDS.analystDm, text: 'hi' })).error).toBe('not_in_channel');
    expect((await page.request({ type: 'send', user: FAKE_IDS.admin, channel: FAKE_IDS.marketing, text: '  ' })).error).toBe('no_text');
    expect((await page.request({ type: 'delete_everything' })).error).toBe('invalid_request');
    page.ws.send('not json');
    expect(await page.next((e) => e.type === 'result' && e.error === 'invalid_json')).toBeTruthy();
    expect(slack.allMessages('marketing')).toHaveLength(0);
  });

  it('notes a mention of the app in a channel it was not invited to', async () => {
    await page.request({ type: 'send', user: FAKE_IDS.admin, channel: FAKE_IDS.random, text: '@Mix Analyst are you there?' });
    expect(await page.next((e) => e.type === 'notice')).toMatchObject({ channel: FAKE_IDS.random, text: expect.stringContaining("not in this channel") });
    expect(seen).toHaveLength(0);
  });

  it('serves uploaded files from the fake with relative URLs, and streamed text as it grows', async () => {
    const web = new WebClient(slack.botToken, { slackApiUrl: slack.apiUrl });
    const root = await slack.postUserMessage({ user: FAKE_IDS.admin, channel: 'marketing', text: 'charts please' });
    await web.filesUploadV2({ channel_id: FAKE_IDS.marketing, thread_ts: root.ts, file_uploads: [{ file: PNG, filename: 'roi.png', title: 'ROI by channel' }] });
    const shared = (await page.next(isMessage((m) => !!m.files?.length))) as Extract<ServerEvent, { type: 'message' }>;
    const file = shared.message.files![0]!;
    expect(file.url_private).toMatch(/^\/files\/F\w+\/roi\.png$/);
    const res = await fetch(new URL(file.url_private, sandbox.url));
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await fetch(new URL('/files/F_NOPE/x.png', sandbox.url))).status).toBe(404);

    const start = (await web.apiCall('chat.startStream', { channel: FAKE_IDS.marketing, thread_ts: root.ts, markdown_text: 'CPM', recipient_user_id: FAKE_IDS.admin, recipient_team_id: FAKE_IDS.team })) as unknown as { ts: string };
    await page.next(isMessage((m) => m.ts === start.ts && m.streaming === true && m.is_stream === true && m.text === 'CPM'));
    await web.apiCall('chat.appendStream', { channel: FAKE_IDS.marketing, ts: start.ts, markdown_text: ' was £7.64' });
    await page.next(isMessage((m) => m.ts === start.ts && m.text === 'CPM was £7.64'));
    await web.apiCall('chat.stopStream', { channel: FAKE_IDS.marketing, ts: start.ts });
    await page.next(isMessage((m) => m.ts === start.ts && m.streaming === false));
  });

  it('serves the page and its fonts, and nothing outside the public folder', async () => {
    const html = await fetch(sandbox.url);
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(await html.text()).toContain('<script type="module" src="/js/app.js">');
    const emoji = await (await fetch(new URL('/vendor/emoji/400.css', sandbox.url))).text();
    expect(emoji).toContain('Noto Color Emoji');
    expect(emoji).not.toContain('woff2');
    expect((await fetch(new URL('/vendor/lato/files/lato-latin-400-normal.woff2', sandbox.url))).status).toBe(200);
    expect((await fetch(new URL('/js/..%2f..%2fserver.ts', sandbox.url))).status).toBe(404);
    expect((await fetch(new URL('/vendor/lato/..%2f..%2f..%2fpackage.json', sandbox.url))).status).toBe(404);
    expect(await (await fetch(new URL('/health', sandbox.url))).json()).toEqual({ ok: true, service: 'sandbox', bot_connected: true });
  });

  it('refuses WebSockets opened by pages of other sites', async () => {
    await expect(PageClient.open(sandbox.url, { Origin: 'http://evil.example' })).rejects.toThrow();
    const ok = await PageClient.open(sandbox.url, { Origin: sandbox.url.replace(/\/$/, '') });
    ok.close();
  });
});
