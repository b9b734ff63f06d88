import { BLOCK_LIMITS, checkBlocks } from '../block-limits.js';
import type { FakeMessage } from '../types.js';
import {
  type Args,
  type MethodContext,
  type MethodHandler,
  SlackApiError,
  botChannel,
  botMessage,
  json,
  required,
  rootOf,
  str,
  wireMessage,
} from './context.js';

/** Validates text/blocks the way chat.postMessage does. */
export function messageContent(args: Args, requireSome = true): { text: string; blocks?: unknown[] } {
  const text = str(args, 'text') ?? '';
  const blocks = json<unknown[]>(args, 'blocks');
  const attachments = json<unknown[]>(args, 'attachments');
  if (requireSome && !text && (!blocks || blocks.length === 0) && !attachments) throw new SlackApiError('no_text');
  if (text.length > BLOCK_LIMITS.messageText) throw new SlackApiError('msg_too_long');
  const problem = checkBlocks(blocks);
  if (problem) throw new SlackApiError('invalid_blocks', { errors: [problem], response_metadata: { messages: [`[ERROR] ${problem}`] } });
  return blocks ? { text, blocks } : { text };
}

function ownMessage(ctx: MethodContext, channel: string, ts: string, errorIfNotOwn: string): FakeMessage {
  const m = ctx.ws.find(channel, ts);
  if (!m || m.ephemeral_to) throw new SlackApiError('message_not_found');
  if (m.user !== ctx.ws.bot.user_id) throw new SlackApiError(errorIfNotOwn);
  return m;
}

const postMessage: MethodHandler = (ctx, args) => {
  const ch = botChannel(ctx, str(args, 'channel'));
  const content = messageContent(args);
  const threadTs = rootOf(ctx, ch.id, str(args, 'thread_ts'));
  const metadata = json<unknown>(args, 'metadata');
  const message = botMessage(ctx, {
    channel: ch.id,
    ...content,
    ...(threadTs ? { thread_ts: threadTs } : {}),
    ...(metadata ? { metadata } : {}),
  });
  ctx.ws.add(message);
  ctx.onBotMessage(message);
  return { channel: ch.id, ts: message.ts, message: wireMessage(message) };
};

const update: MethodHandler = (ctx, args) => {
  const ch = botChannel(ctx, str(args, 'channel'));
  const m = ownMessage(ctx, ch.id, required(args, 'ts'), 'cant_update_message');
  const content = messageContent(args, false);
  // Slack keeps the previous blocks when `blocks` is omitted and the text when only blocks change.
  if (str(args, 'text') !== undefined) m.text = content.text;
  if (content.blocks) m.blocks = content.blocks;
  if (!m.text && (!m.blocks || m.blocks.length === 0)) throw new SlackApiError('no_text');
  m.edited = { user: ctx.ws.bot.user_id, ts: ctx.ws.nextTs() };
  ctx.ws.update(m);
  return { channel: ch.id, ts: m.ts, text: m.text, message: wireMessage(m) };
};

const del: MethodHandler = (ctx, args) => {
  const ch = botChannel(ctx, str(args, 'channel'));
  const ts = required(args, 'ts');
  ownMessage(ctx, ch.id, ts, 'cant_delete_message');
  ctx.ws.remove(ch.id, ts);
  return { channel: ch.id, ts };
};

const postEphemeral: MethodHandler = (ctx, args) => {
  const ch = botChannel(ctx, str(args, 'channel'));
  const user = required(args, 'user');
  if (!ctx.ws.users.has(user)) throw new SlackApiError('user_not_found');
  if (!ch.members.includes(user)) throw new SlackApiError('user_not_in_channel');
  const content = messageContent(args);
  const threadTs = rootOf(ctx, ch.id, str(args, 'thread_ts'));
  const message = botMessage(ctx, { channel: ch.id, ...content, ephemeral_to: user, ...(threadTs ? { thread_ts: threadTs } : {}) });
  ctx.ws.add(message);
  return { message_ts: message.ts };
};

const getPermalink: MethodHandler = (ctx, args) => {
  const ch = botChannel(ctx, str(args, 'channel'), false);
  const ts = required(args, 'message_ts');
  if (!ctx.ws.find(ch.id, ts)) throw new SlackApiError('message_not_found');
  return { channel: ch.id, permalink: `${ctx.baseUrl()}/archives/${ch.id}/p${ts.replace('.', '')}` };
};

const MAX_SCHEDULE_SECONDS = 120 * 24 * 3600;

const scheduleMessage: MethodHandler = (ctx, args) => {
  const ch = botChannel(ctx, str(args, 'channel'));
  const postAt = Number(required(args, 'post_at'));
  const nowSec = Math.floor(ctx.ws.now() / 1000);
  if (!Number.isFinite(postAt)) throw new SlackApiError('invalid_time');
  if (postAt <= nowSec) throw new SlackApiError('time_in_past');
  if (postAt - nowSec > MAX_SCHEDULE_SECONDS) throw new SlackApiError('time_too_far');
  const content = messageContent(args);
  const id = ctx.ws.nextId('Q');
  const threadTs = str(args, 'thread_ts');
  ctx.ws.scheduled.set(id, {
    id,
    channel: ch.id,
    post_at: postAt,
    date_created: nowSec,
    ...content,
    ...(threadTs ? { thread_ts: threadTs } : {}),
  });
  return {
    channel: ch.id,
    scheduled_message_id: id,
    post_at: postAt,
    message: { type: 'message', text: content.text, blocks: content.blocks, user: ctx.ws.bot.user_id, bot_id: ctx.ws.bot.bot_id },
  };
};

const scheduledList: MethodHandler = (ctx, args) => {
  const channel = str(args, 'channel');
  const list = [...ctx.ws.scheduled.values()]
    .filter((s) => !channel || s.channel === channel)
    .map((s) => ({ id: s.id, channel_id: s.channel, post_at: s.post_at, date_created: s.date_created, text: s.text }));
  return { scheduled_messages: list, response_metadata: { next_cursor: '' } };
};

const deleteScheduled: MethodHandler = (ctx, args) => {
  const id = required(args, 'scheduled_message_id');
  if (!ctx.ws.scheduled.delete(id)) throw new SlackApiError('invalid_scheduled_message_id');
  return {};
};

export const chatMethods: Record<string, MethodHandler> = {
  'chat.postMessage': postMessage,
  'chat.update': update,
  'chat.delete': del,
  'chat.postEphemeral': postEphemeral,
  'chat.getPermalink': getPermalink,
  'chat.scheduleMessage': scheduleMessage,
  'chat.scheduledMessages.list': scheduledList,
  'chat.deleteScheduledMessage': deleteScheduled,
};
