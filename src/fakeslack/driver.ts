/**
 * What people do in the fake workspace (post, run a slash command, click a button), turned into the
 * events, commands and interactivity payloads Slack would deliver to the app.
 */
import type { Deliverer } from './delivery.js';
import { blockActionsPayload, eventCallback, messageEvent, richTextBlocks, slashCommandPayload } from './payloads.js';
import { applyResponse, RESPONSE_URL_TTL_MS, type ResponseTarget } from './response-url.js';
import type { DeliveryRecord, FakeChannel, FakeMessage, FakeUser } from './types.js';
import type { Workspace } from './workspace.js';

export interface DriverCore {
  ws: Workspace;
  deliverer: Deliverer;
  baseUrl(): string;
  responseTargets: Map<string, ResponseTarget>;
  /** Bot event subscriptions (manifest `bot_events`). */
  botEvents: Set<string>;
}

export interface PostUserMessageInput {
  user: string;
  /** Channel id or name (`marketing`, `#marketing`). */
  channel: string;
  text: string;
  thread_ts?: string;
  /** Post as another bot (message with `bot_id`, subtype `bot_message`). */
  botId?: string;
}

export interface PostedUserMessage {
  message: FakeMessage;
  ts: string;
  channel: string;
  /** event_ids of the events this message produced (message, app_mention). */
  eventIds: string[];
  /** Resolves when every delivery was acked (or gave up). */
  delivered: Promise<DeliveryRecord[]>;
}

export function requireUser(ws: Workspace, id: string): FakeUser {
  const u = ws.users.get(id);
  if (!u) throw new Error(`fake slack: no user ${id}`);
  return u;
}

export function requireChannel(ws: Workspace, idOrName: string): FakeChannel {
  const ch = ws.channel(idOrName);
  if (!ch) throw new Error(`fake slack: no channel ${idOrName}`);
  return ch;
}

const SUBSCRIPTION: Record<'im' | 'channel' | 'group', string> = { im: 'message.im', channel: 'message.channels', group: 'message.groups' };

/** Delivers the message events Slack would send the app for a message (if it is in the channel). */
export function deliverMessageEvents(core: DriverCore, m: FakeMessage, ch: FakeChannel): { eventIds: string[]; delivered: Promise<DeliveryRecord[]> } {
  const { ws } = core;
  if (!ch.members.includes(ws.bot.user_id)) return { eventIds: [], delivered: Promise.resolve([]) };
  const kinds: ('message' | 'app_mention')[] = [];
  const type = ch.is_im ? 'im' : ch.is_private ? 'group' : 'channel';
  if (core.botEvents.has(SUBSCRIPTION[type])) kinds.push('message');
  if (!ch.is_im && m.user !== ws.bot.user_id && m.text.includes(`<@${ws.bot.user_id}>`) && core.botEvents.has('app_mention')) {
    kinds.push('app_mention');
  }
  const eventTime = Math.floor(Number(m.ts));
  const jobs = kinds.map((kind) => {
    const eventId = ws.nextId('Ev');
    const body = eventCallback(messageEvent(m, ch, ws.team, kind), { eventId, eventTime }, ws.team, ws.bot);
    return { eventId, job: core.deliverer.deliver('events_api', body, eventId) };
  });
  return { eventIds: jobs.map((j) => j.eventId), delivered: Promise.all(jobs.map((j) => j.job)) };
}

export function postUserMessage(core: DriverCore, input: PostUserMessageInput): PostedUserMessage {
  const { ws } = core;
  const ch = requireChannel(ws, input.channel);
  if (!input.botId) {
    requireUser(ws, input.user);
    if (!ch.members.includes(input.user)) throw new Error(`fake slack: ${input.user} is not in ${ch.name}`);
  }
  const root = input.thread_ts ? ws.find(ch.id, input.thread_ts) : undefined;
  if (input.thread_ts && !root) throw new Error(`fake slack: no thread ${input.thread_ts} in ${ch.name}`);
  const ts = ws.nextTs();
  const message: FakeMessage = {
    type: 'message',
    channel: ch.id,
    ts,
    text: input.text,
    via: 'user',
    ...(input.botId
      ? { bot_id: input.botId, subtype: 'bot_message' }
      : { user: input.user, client_msg_id: clientMsgId(ws.nextId('')), blocks: richTextBlocks(input.text, ws.nextId('b')) }),
    ...(root ? { thread_ts: root.thread_ts ?? root.ts } : {}),
  };
  ws.add(message);
  const { eventIds, delivered } = deliverMessageEvents(core, message, ch);
  return { message, ts, channel: ch.id, eventIds, delivered };
}

/** A UUID-shaped id built from a counter (deterministic, like the rest of the fake). */
function clientMsgId(counter: string): string {
  const hex = counter.replace(/\D/g, '').padStart(32, '0').slice(-32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
}

function newResponseUrl(core: DriverCore, target: Omit<ResponseTarget, 'uses' | 'expiresAt'>): string {
  const id = core.ws.nextId('R');
  core.responseTargets.set(id, { ...target, uses: 0, expiresAt: core.ws.now() + RESPONSE_URL_TTL_MS });
  return `${core.baseUrl()}/response/${id}`;
}

export interface SlashCommandInput {
  user: string;
  channel: string;
  command: string;
  text?: string;
}

export interface SlashCommandResult {
  delivery: DeliveryRecord;
  acked: boolean;
  ackMs?: number;
  responseUrl: string;
}

export async function slashCommand(core: DriverCore, input: SlashCommandInput, onBotMessage: (m: FakeMessage) => void): Promise<SlashCommandResult> {
  const { ws } = core;
  const user = requireUser(ws, input.user);
  const ch = requireChannel(ws, input.channel);
  const responseUrl = newResponseUrl(core, { kind: 'command', channel: ch.id, user: user.id });
  const payload = slashCommandPayload(
    { user, channel: ch, command: input.command, text: input.text ?? '', responseUrl, triggerId: ws.nextId('trig-') },
    ws.team,
    ws.bot,
  );
  const delivery = await core.deliverer.deliver('slash_commands', payload);
  applyAckPayload(core, responseUrl, delivery.ack_payload, onBotMessage);
  return { delivery, acked: delivery.acked, ...(delivery.ack_ms !== undefined ? { ackMs: delivery.ack_ms } : {}), responseUrl };
}

/** An ack that carries a message (`ack({text})`) is shown like a response_url message. */
function applyAckPayload(core: DriverCore, responseUrl: string, payload: unknown, onBotMessage: (m: FakeMessage) => void): void {
  if (!payload || typeof payload !== 'object') return;
  const body = payload as Record<string, unknown>;
  if (typeof body.text !== 'string' && !Array.isArray(body.blocks)) return;
  const target = core.responseTargets.get(responseUrl.split('/').pop() ?? '');
  if (target) applyResponse(core.ws, target, body, onBotMessage);
}

export interface ClickButtonInput {
  user: string;
  message_ts: string;
  action_id: string;
  /** Defaults to the button's own value. */
  value?: string;
  channel?: string;
}

/** Finds an interactive element by action_id in a message's blocks (actions, context_actions, accessories). */
export function findElement(blocks: unknown[] | undefined, actionId: string): { element: Record<string, unknown>; blockId: string } | undefined {
  for (const raw of blocks ?? []) {
    const b = raw as Record<string, unknown>;
    const candidates = [...(Array.isArray(b.elements) ? b.elements : []), ...(b.accessory ? [b.accessory] : [])] as Record<string, unknown>[];
    const el = candidates.find((e) => e && e.action_id === actionId);
    if (el) return { element: el, blockId: typeof b.block_id === 'string' ? b.block_id : 'block' };
  }
  return undefined;
}

export async function clickButton(core: DriverCore, input: ClickButtonInput): Promise<DeliveryRecord> {
  const { ws } = core;
  const user = requireUser(ws, input.user);
  const message = input.channel ? ws.find(requireChannel(ws, input.channel).id, input.message_ts) : ws.findAnywhere(input.message_ts);
  if (!message) throw new Error(`fake slack: no message ${input.message_ts}`);
  const found = findElement(message.blocks, input.action_id);
  if (!found) throw new Error(`fake slack: message ${input.message_ts} has no element ${input.action_id}`);
  const ch = requireChannel(ws, message.channel);
  const el = found.element;
  const action: Record<string, unknown> = {
    type: el.type,
    action_id: input.action_id,
    ...(el.text ? { text: el.text } : {}),
    ...(input.value ?? el.value ? { value: input.value ?? el.value } : {}),
    ...(el.style ? { style: el.style } : {}),
  };
  const responseUrl = newResponseUrl(core, {
    kind: 'action',
    channel: ch.id,
    user: user.id,
    messageTs: message.ts,
    ...(message.thread_ts ? { threadTs: message.thread_ts } : {}),
  });
  const payload = blockActionsPayload(
    { user, channel: ch, message, action, blockId: found.blockId, responseUrl, triggerId: ws.nextId('trig-'), actionTs: ws.nextTs() },
    ws.team,
    ws.bot,
  );
  return core.deliverer.deliver('interactive', payload);
}
