/**
 * The bridge between sandbox pages and the fake Slack: what a person does on the page goes through the
 * fake's driver (so the app receives the same events, commands and block_actions real Slack sends), and
 * every change in the fake workspace is pushed to the open pages.
 */
import type { DeliveryRecord, FakeSlack, FakeSlackChange } from '../fakeslack/index.js';
import type { Logger } from '../log/index.js';
import { encodeMessageText, mentionedUsers, parseComposer, type SlashCommandSpec } from './compose.js';
import { type ClientRequest, clientRequest, type ServerEvent, type WireEntry } from './protocol.js';
import { type ClientSnapshot, clientChannel, clientMessage, clientUser } from './view.js';

/** Something that can receive server events (an open page's WebSocket). */
export interface Peer {
  send(event: ServerEvent): void;
}

export interface BridgeOptions {
  commands: readonly SlashCommandSpec[];
  logger: Logger;
  /** Milliseconds clock for wire-log times; default Date.now. */
  clock?: () => number;
}

/** A request refused before it reached Slack (unknown user, not a member…): reported to the page. */
class Refused extends Error {}

/** Wire-log lines kept for pages that open later. */
const WIRE_HISTORY = 200;

export class SandboxBridge {
  private readonly peers = new Set<Peer>();
  private readonly wire: WireEntry[] = [];
  private readonly onChange = (change: FakeSlackChange): void => {
    const event = this.toEvent(change);
    if (!event) return;
    if (event.type === 'wire') {
      this.wire.push(event.entry);
      if (this.wire.length > WIRE_HISTORY) this.wire.shift();
    }
    for (const p of this.peers) p.send(event);
  };

  constructor(
    private readonly slack: FakeSlack,
    private readonly options: BridgeOptions,
  ) {
    // What happened before the bridge existed (the app's start-up calls) opens the wire log.
    const earlier = [
      ...slack.apiCalls().map((c) => apiCallEntry(c.method, c.ok, c.error, c.at)),
      ...slack.deliveries().map((d) => deliveryEntry(d, this.now())),
    ].sort((a, b) => a.at - b.at);
    this.wire.push(...earlier.slice(-WIRE_HISTORY));
    slack.on('change', this.onChange);
  }

  /** Registers a page and sends it the whole workspace. */
  join(peer: Peer): void {
    this.peers.add(peer);
    peer.send({ type: 'snapshot', ...this.snapshot() });
  }

  leave(peer: Peer): void {
    this.peers.delete(peer);
  }

  get pageCount(): number {
    return this.peers.size;
  }

  snapshot(): ClientSnapshot {
    const ws = this.slack.workspace;
    const origin = this.slack.baseUrl;
    const channels = this.slack.channels();
    return {
      team: { ...ws.team },
      bot: { user_id: ws.bot.user_id, bot_id: ws.bot.bot_id, name: ws.users.get(ws.bot.user_id)?.real_name ?? ws.bot.name },
      users: this.slack.users().map(clientUser),
      channels: channels.map(clientChannel),
      messages: channels.flatMap((c) => this.slack.allMessages(c.id)).map((m) => clientMessage(m, origin)),
      statuses: this.slack.statuses(),
      commands: this.options.commands,
      connected: this.slack.socketConnections,
      wire: [...this.wire],
    };
  }

  /** Handles one raw request from a page; always answers it with a `result`. */
  async handle(raw: unknown, peer: Peer): Promise<void> {
    const parsed = clientRequest.safeParse(raw);
    if (!parsed.success) {
      const rid = (raw as { id?: unknown } | null)?.id;
      peer.send({ type: 'result', id: typeof rid === 'string' ? rid : '', ok: false, error: 'invalid_request' });
      return;
    }
    const req = parsed.data;
    try {
      if (req.type === 'send') await this.send(req, peer);
      else await this.click(req, peer);
      peer.send({ type: 'result', id: req.id, ok: true });
    } catch (err) {
      const error = err instanceof Refused ? err.message : 'internal_error';
      if (!(err instanceof Refused)) this.options.logger.warn({ err: (err as Error).message, request: req.type }, 'sandbox request failed');
      peer.send({ type: 'result', id: req.id, ok: false, error });
    }
  }

  private now(): number {
    return (this.options.clock ?? Date.now)();
  }

  close(): void {
    this.slack.off('change', this.onChange);
    this.peers.clear();
  }

  private member(userId: string, channelId: string): { botInChannel: boolean } {
    const user = this.slack.workspace.users.get(userId);
    if (!user || user.is_bot) throw new Refused('user_not_found');
    const ch = this.slack.workspace.channels.get(channelId);
    if (!ch) throw new Refused('channel_not_found');
    if (!ch.members.includes(userId)) throw new Refused('not_in_channel');
    return { botInChannel: ch.members.includes(this.slack.workspace.bot.user_id) };
  }

  private async send(req: Extract<ClientRequest, { type: 'send' }>, peer: Peer): Promise<void> {
    const { botInChannel } = this.member(req.user, req.channel);
    const note = (text: string): void =>
      peer.send({ type: 'notice', channel: req.channel, ...(req.thread_ts ? { thread_ts: req.thread_ts } : {}), text });
    const input = parseComposer(req.text, this.options.commands);
    if (input.kind === 'empty') throw new Refused('no_text');
    if (input.kind === 'unknown_command') {
      note(
        `\`${input.command}\` is not a valid command. In Slack, all messages that start with the "/" character are interpreted as commands.\n` +
          'If you are trying to send a message and not run a command, try preceding the "/" with an empty space.',
      );
      return;
    }
    if (input.kind === 'command') {
      const result = await this.slack.slashCommand({ user: req.user, channel: req.channel, command: input.command, text: input.text });
      if (!result.acked) note(`\`${input.command}\` failed with the error "operation_timeout"`);
      return;
    }
    const text = encodeMessageText(input.text, this.slack.users(), this.slack.channels());
    const bot = this.slack.workspace.bot.user_id;
    try {
      await this.slack.postUserMessage({ user: req.user, channel: req.channel, text, ...(req.thread_ts ? { thread_ts: req.thread_ts } : {}) });
    } catch (err) {
      throw new Refused((err as Error).message.replace(/^fake slack: /, ''));
    }
    if (!botInChannel && mentionedUsers(text).includes(bot)) {
      note(`You mentioned <@${bot}>, but they're not in this channel. Invite the app to the channel to talk to it here.`);
    }
  }

  private async click(req: Extract<ClientRequest, { type: 'click' }>, peer: Peer): Promise<void> {
    this.member(req.user, req.channel);
    let delivery: DeliveryRecord;
    try {
      delivery = await this.slack.clickButton({
        user: req.user,
        channel: req.channel,
        message_ts: req.message_ts,
        action_id: req.action_id,
        ...(req.value !== undefined ? { value: req.value } : {}),
      });
    } catch (err) {
      throw new Refused((err as Error).message.replace(/^fake slack: /, ''));
    }
    if (!delivery.acked) {
      const message = this.slack.workspace.find(req.channel, req.message_ts);
      peer.send({
        type: 'notice',
        channel: req.channel,
        ...(message?.thread_ts ? { thread_ts: message.thread_ts } : {}),
        text: ':warning: The app did not respond to that click (no acknowledgement within 3 seconds).',
      });
    }
  }

  private toEvent(change: FakeSlackChange): ServerEvent | undefined {
    switch (change.type) {
      case 'message_posted':
      case 'message_updated':
        return { type: 'message', message: clientMessage(change.message, this.slack.baseUrl) };
      case 'message_deleted':
        return { type: 'deleted', channel: change.channel, ts: change.ts };
      case 'status': {
        const { type: _t, ...status } = change;
        return { type: 'status', ...status };
      }
      case 'connection':
        return { type: 'connection', connected: change.connected };
      case 'delivery':
        return { type: 'wire', entry: deliveryEntry(change.delivery, this.now()) };
      case 'api_call':
        return { type: 'wire', entry: apiCallEntry(change.call.method, change.call.ok, change.call.error, this.now()) };
      default:
        return undefined;
    }
  }
}

export function apiCallEntry(method: string, ok: boolean, error: string | undefined, at: number): WireEntry {
  return { direction: 'out', label: method, ok, at, ...(error ? { detail: error } : {}) };
}

/** A delivery as one wire-log line: `events_api · app_mention`, `slash_commands · /mmm optimize 2M`, … */
export function deliveryEntry(d: DeliveryRecord, at: number): WireEntry {
  const p = d.payload as Record<string, unknown>;
  let what = '';
  if (d.kind === 'events_api') what = String((p.event as Record<string, unknown> | undefined)?.type ?? '');
  else if (d.kind === 'slash_commands') what = `${String(p.command ?? '')} ${String(p.text ?? '')}`.trim();
  else {
    const action = (p.actions as Record<string, unknown>[] | undefined)?.[0];
    what = `${String(p.type ?? '')} ${String(action?.action_id ?? '')}`.trim();
  }
  return {
    direction: 'in',
    label: `${d.kind} · ${what}`,
    ok: d.acked,
    at,
    detail: d.acked ? `acked in ${d.ack_ms ?? 0} ms via ${d.transport}` : `not acked after ${d.attempts} attempt(s)`,
  };
}
