import type { FakeChannel } from '../types.js';
import {
  type MethodContext,
  type MethodHandler,
  SlackApiError,
  botChannel,
  required,
  str,
  wireMessage,
} from './context.js';

export function wireChannel(ctx: MethodContext, ch: FakeChannel): Record<string, unknown> {
  const base = {
    id: ch.id,
    created: ch.created,
    is_archived: false,
    is_org_shared: false,
    context_team_id: ctx.ws.team.id,
  };
  if (ch.is_im) return { ...base, is_im: true, is_channel: false, is_group: false, is_private: true, user: ch.user, is_user_deleted: false };
  return {
    ...base,
    name: ch.name,
    name_normalized: ch.name,
    is_channel: !ch.is_private,
    is_group: ch.is_private,
    is_im: false,
    is_mpim: false,
    is_private: ch.is_private,
    is_general: false,
    is_shared: false,
    is_ext_shared: false,
    is_member: ch.members.includes(ctx.ws.bot.user_id),
    num_members: ch.members.length,
    topic: { value: ch.topic ?? '', creator: '', last_set: 0 },
    purpose: { value: '', creator: '', last_set: 0 },
  };
}

/** Cursor pagination over an array: cursor = offset as a string. */
function page<T>(items: T[], limitArg: string | undefined, cursor: string | undefined): { items: T[]; next: string } {
  const limit = Math.min(Math.max(Number(limitArg ?? 100) || 100, 1), 1000);
  const start = cursor ? Number(Buffer.from(cursor, 'base64').toString('utf8')) || 0 : 0;
  const slice = items.slice(start, start + limit);
  const nextStart = start + slice.length;
  return { items: slice, next: nextStart < items.length ? Buffer.from(String(nextStart)).toString('base64') : '' };
}

const info: MethodHandler = (ctx, args) => {
  const ch = botChannel(ctx, str(args, 'channel'), false);
  if (ch.is_private && !ch.members.includes(ctx.ws.bot.user_id)) throw new SlackApiError('channel_not_found');
  return { channel: wireChannel(ctx, ch) };
};

const members: MethodHandler = (ctx, args) => {
  const ch = botChannel(ctx, str(args, 'channel'), false);
  const p = page(ch.members, str(args, 'limit'), str(args, 'cursor'));
  return { members: p.items, response_metadata: { next_cursor: p.next } };
};

const history: MethodHandler = (ctx, args) => {
  const ch = botChannel(ctx, str(args, 'channel'));
  const oldest = Number(str(args, 'oldest') ?? 0);
  const latest = Number(str(args, 'latest') ?? Infinity);
  const msgs = ctx.ws
    .history(ch.id)
    .filter((m) => Number(m.ts) >= oldest && Number(m.ts) <= latest)
    .reverse();
  const p = page(msgs, str(args, 'limit'), str(args, 'cursor'));
  return { messages: p.items.map(wireMessage), has_more: p.next !== '', response_metadata: { next_cursor: p.next } };
};

const replies: MethodHandler = (ctx, args) => {
  const ch = botChannel(ctx, str(args, 'channel'));
  const ts = required(args, 'ts');
  const target = ctx.ws.find(ch.id, ts);
  if (!target || target.ephemeral_to) throw new SlackApiError('thread_not_found');
  const root = target.thread_ts ?? target.ts;
  const p = page(ctx.ws.thread(ch.id, root), str(args, 'limit'), str(args, 'cursor'));
  return { messages: p.items.map(wireMessage), has_more: p.next !== '', response_metadata: { next_cursor: p.next } };
};

const list: MethodHandler = (ctx, args) => {
  const types = (str(args, 'types') ?? 'public_channel').split(',');
  const chans = [...ctx.ws.channels.values()].filter(
    (c) =>
      (c.is_im && types.includes('im')) ||
      (!c.is_im && !c.is_private && types.includes('public_channel')) ||
      (!c.is_im && c.is_private && types.includes('private_channel') && c.members.includes(ctx.ws.bot.user_id)),
  );
  const p = page(chans, str(args, 'limit'), str(args, 'cursor'));
  return { channels: p.items.map((c) => wireChannel(ctx, c)), response_metadata: { next_cursor: p.next } };
};

const open: MethodHandler = (ctx, args) => {
  const users = (str(args, 'users') ?? '').split(',').filter(Boolean);
  if (users.length !== 1) throw new SlackApiError('invalid_arguments');
  const user = users[0] as string;
  if (!ctx.ws.users.has(user)) throw new SlackApiError('user_not_found');
  return { channel: { id: ctx.ws.dmWith(user).id } };
};

const join: MethodHandler = (ctx, args) => {
  const ch = botChannel(ctx, str(args, 'channel'), false);
  if (ch.is_private || ch.is_im) throw new SlackApiError('method_not_supported_for_channel_type');
  if (!ch.members.includes(ctx.ws.bot.user_id)) ch.members.push(ctx.ws.bot.user_id);
  return { channel: wireChannel(ctx, ch) };
};

export const conversationMethods: Record<string, MethodHandler> = {
  'conversations.info': info,
  'conversations.members': members,
  'conversations.history': history,
  'conversations.replies': replies,
  'conversations.list': list,
  'conversations.open': open,
  'conversations.join': join,
};
