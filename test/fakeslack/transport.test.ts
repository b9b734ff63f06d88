import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel, SocketModeReceiver } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { FAKE_IDS, type FakeSlack, startFakeSlack } from '../../src/fakeslack/index.js';

const mention = (text: string): string => `<@${FAKE_IDS.botUser}> ${text}`;
const quiet = { logLevel: LogLevel.ERROR };

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.reverse()) await fn();
  cleanup = [];
});

async function fake(options: Parameters<typeof startFakeSlack>[0] = {}): Promise<FakeSlack> {
  const slack = await startFakeSlack(options);
  cleanup.push(() => slack.close());
  return slack;
}

function socketApp(slack: FakeSlack): InstanceType<typeof App> {
  const app = new App({ token: slack.botToken, appToken: slack.appToken, socketMode: true, ...quiet, clientOptions: { slackApiUrl: slack.apiUrl } });
  cleanup.push(() => app.stop().then(() => undefined));
  return app;
}

async function httpApp(slack: FakeSlack, signingSecret = slack.signingSecret): Promise<{ app: InstanceType<typeof App>; server: Server }> {
  const receiver = new HTTPReceiver({ signingSecret, ...quiet });
  const app = new App({ token: slack.botToken, receiver, ...quiet, clientOptions: { slackApiUrl: slack.apiUrl } });
  const server = createServer(receiver.requestListener);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  slack.setRequestUrl(`http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`);
  cleanup.push(() => new Promise((r) => server.close(() => r())));
  return { app, server };
}

describe('Socket Mode', () => {
  it('connects, delivers an app_mention and receives the threaded reply', async () => {
    const slack = await fake();
    const app = socketApp(slack);
    app.event('app_mention', async ({ event, say }) => {
      await say({ text: `echo: ${event.text}`, thread_ts: event.ts });
    });
    await app.start();
    expect(slack.socketConnections).toBe(1);
    const posted = await slack.postUserMessage({ user: FAKE_IDS.analyst, channel: 'marketing', text: mention('hi') });
    const reply = await slack.waitForMessage((m) => m.thread_ts === posted.ts && m.user === FAKE_IDS.botUser, 5000);
    expect(reply.text).toContain('echo:');
    const records = await posted.delivered;
    expect(records.every((r) => r.acked && r.transport === 'socket')).toBe(true);
  });

  it('redelivers an envelope that was not acked, with retry_attempt', async () => {
    const slack = await fake({ ackTimeoutMs: 150, retryDelaysMs: [0, 0] });
    const open = await new WebClient(slack.appToken, { slackApiUrl: slack.apiUrl }).apps.connections.open({});
    const ws = new WebSocket(String(open.url));
    const seen: { envelope_id: string; retry_attempt?: number; type: string }[] = [];
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { envelope_id: string; retry_attempt?: number; type: string };
      seen.push(msg);
      // Ack only the second attempt.
      if (msg.type === 'events_api' && msg.retry_attempt === 1) ws.send(JSON.stringify({ envelope_id: msg.envelope_id }));
    });
    cleanup.push(async () => ws.close());
    await new Promise((r) => ws.once('open', r));
    const posted = await slack.postUserMessage({ user: FAKE_IDS.admin, channel: FAKE_IDS.adminDm, text: 'hello' });
    const [record] = await posted.delivered;
    expect(seen[0]?.type).toBe('hello');
    expect(seen.filter((m) => m.type === 'events_api').map((m) => m.retry_attempt)).toEqual([0, 1]);
    expect(record?.acked).toBe(true);
    expect(record?.attempts).toBe(2);
  });

  it('asks the app to reconnect with a disconnect message, and Bolt reconnects', async () => {
    const slack = await fake();
    // Bolt waits clientPingTimeout × failures before reconnecting; 1 s keeps the test short.
    const receiver = new SocketModeReceiver({
      appToken: slack.appToken,
      clientPingTimeout: 1000,
      ...quiet,
      installerOptions: { clientOptions: { slackApiUrl: slack.apiUrl } },
    });
    const app = new App({ token: slack.botToken, receiver, ...quiet, clientOptions: { slackApiUrl: slack.apiUrl } });
    cleanup.push(() => app.stop().then(() => undefined));
    await app.start();
    const opens = slack.apiCalls('apps.connections.open').length;
    slack.disconnectSockets('refresh_requested');
    await expect.poll(() => slack.apiCalls('apps.connections.open').length, { timeout: 5000 }).toBe(opens + 1);
    await expect.poll(() => slack.socketConnections, { timeout: 5000 }).toBe(1);
  });
});

describe('signed HTTP delivery', () => {
  it('delivers events, slash commands and button clicks that Bolt verifies', async () => {
    const slack = await fake();
    const { app } = await httpApp(slack);
    let retryNums: (number | undefined)[] = [];
    app.event('message', async ({ event, client, context }) => {
      retryNums.push(context.retryNum);
      if ('text' in event && event.text === 'hello') {
        await client.chat.postMessage({
          channel: event.channel,
          text: 'hi',
          blocks: [{ type: 'actions', elements: [{ type: 'button', action_id: 'ok', text: { type: 'plain_text', text: 'OK' }, value: 'v1' }] }],
        });
      }
    });
    app.command('/mmm', async ({ ack, command }) => ack({ text: `got ${command.text}` }));
    const clicks: string[] = [];
    app.action('ok', async ({ ack, body, respond }) => {
      await ack();
      clicks.push((body as { actions: { value: string }[] }).actions[0]?.value ?? '');
      await respond({ text: 'thanks', replace_original: true });
    });
    const posted = await slack.postUserMessage({ user: FAKE_IDS.admin, channel: FAKE_IDS.adminDm, text: 'hello' });
    const bot = await slack.waitForMessage((m) => m.user === FAKE_IDS.botUser && m.text === 'hi', 5000);
    expect((await posted.delivered)[0]?.transport).toBe('http');

    const cmd = await slack.slashCommand({ user: FAKE_IDS.admin, channel: 'marketing', command: '/mmm', text: 'help' });
    expect(cmd.acked).toBe(true);
    expect(slack.messages('marketing').some((m) => m.text === 'got help' && m.ephemeral_to === FAKE_IDS.admin)).toBe(true);

    await slack.clickButton({ user: FAKE_IDS.admin, message_ts: bot.ts, action_id: 'ok' });
    expect(clicks).toEqual(['v1']);
    await slack.waitForMessage((m) => m.ts === bot.ts && m.text === 'thanks', 3000);

    retryNums = [];
    await slack.redeliver(posted.eventIds[0] as string);
    expect(retryNums).toEqual([1]);
  });

  it('is refused by Bolt when the signature is wrong', async () => {
    const slack = await fake({ retryDelaysMs: [] });
    await httpApp(slack, 'another-secret');
    const posted = await slack.postUserMessage({ user: FAKE_IDS.admin, channel: FAKE_IDS.adminDm, text: 'hello' });
    const [record] = await posted.delivered;
    expect(record?.acked).toBe(false);
    expect(record?.http_status).toBe(401);
  });
});

describe('Web API behaviour', () => {
  it('answers 429 with Retry-After, which @slack/web-api honours', async () => {
    const slack = await fake();
    slack.injectFault({ method: 'chat.postMessage', status: 429, retryAfter: 1 });
    const client = new WebClient(slack.botToken, { slackApiUrl: slack.apiUrl, logLevel: LogLevel.ERROR });
    const started = Date.now();
    const res = await client.chat.postMessage({ channel: 'marketing', text: 'after the wait' });
    expect(res.ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(slack.apiCalls('chat.postMessage').map((c) => c.status)).toEqual([429, 200]);
  });

  it('fails 5xx as told and then recovers', async () => {
    const slack = await fake();
    slack.injectFault({ method: '*', status: 503, times: 1 });
    const client = new WebClient(slack.botToken, { slackApiUrl: slack.apiUrl, logLevel: LogLevel.ERROR, retryConfig: { retries: 2, minTimeout: 10, maxTimeout: 20 } });
    expect((await client.auth.test()).ok).toBe(true);
    expect(slack.apiCalls('auth.test').map((c) => c.status)).toEqual([503, 200]);
  });

  it('enforces tokens, membership and Block Kit limits like Slack', async () => {
    const slack = await fake();
    const client = new WebClient(slack.botToken, { slackApiUrl: slack.apiUrl, logLevel: LogLevel.ERROR });
    await expect(new WebClient('xoxb-wrong', { slackApiUrl: slack.apiUrl, logLevel: LogLevel.ERROR }).auth.test()).rejects.toMatchObject({
      data: { error: 'invalid_auth' },
    });
    await expect(client.chat.postMessage({ channel: 'random', text: 'x' })).rejects.toMatchObject({ data: { error: 'not_in_channel' } });
    const tooMany = Array.from({ length: 51 }, () => ({ type: 'divider' }));
    await expect(client.chat.postMessage({ channel: 'marketing', text: 'x', blocks: tooMany })).rejects.toMatchObject({ data: { error: 'invalid_blocks' } });
    const longSection = [{ type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(3001) } }];
    await expect(client.chat.postMessage({ channel: 'marketing', text: 'x', blocks: longSection })).rejects.toMatchObject({ data: { error: 'invalid_blocks' } });
    const posted = await slack.postUserMessage({ user: FAKE_IDS.analyst, channel: 'marketing', text: 'mine' });
    await expect(client.chat.update({ channel: 'marketing', ts: posted.ts, text: 'edited' })).rejects.toMatchObject({ data: { error: 'cant_update_message' } });
  });

  it('sends no events from a channel the app was not invited to', async () => {
    const slack = await fake();
    const posted = await slack.postUserMessage({ user: FAKE_IDS.analyst, channel: 'random', text: mention('are you here?') });
    expect(posted.eventIds).toEqual([]);
  });

  it('limits a response_url to 5 uses', async () => {
    const slack = await fake({ ackTimeoutMs: 100, connectWaitMs: 10 });
    const cmd = await slack.slashCommand({ user: FAKE_IDS.analyst, channel: 'marketing', command: '/mmm', text: '' });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await fetch(cmd.responseUrl, { method: 'POST', body: JSON.stringify({ text: `r${i}` }), headers: { 'Content-Type': 'application/json' } });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 404]);
    expect(slack.messages('marketing', undefined, FAKE_IDS.analyst).filter((m) => m.via === 'response_url')).toHaveLength(5);
    expect(slack.messages('marketing', undefined, FAKE_IDS.admin).filter((m) => m.via === 'response_url')).toHaveLength(0);
  });
});
