import type { FakeUser } from '../types.js';
import { type MethodContext, type MethodHandler, SlackApiError, botChannel, json, required, str } from './context.js';

export function wireUser(ctx: MethodContext, u: FakeUser): Record<string, unknown> {
  const [first = '', ...rest] = u.real_name.split(' ');
  return {
    id: u.id,
    team_id: ctx.ws.team.id,
    name: u.name,
    deleted: false,
    real_name: u.real_name,
    tz: u.tz,
    tz_label: 'Greenwich Mean Time',
    tz_offset: 0,
    profile: {
      real_name: u.real_name,
      real_name_normalized: u.real_name,
      display_name: u.name,
      display_name_normalized: u.name,
      first_name: first,
      last_name: rest.join(' '),
      team: ctx.ws.team.id,
      ...(u.bot_id ? { bot_id: u.bot_id, api_app_id: ctx.ws.bot.app_id, always_active: true } : {}),
    },
    is_admin: u.is_admin,
    is_owner: u.is_owner,
    is_primary_owner: false,
    is_restricted: false,
    is_ultra_restricted: false,
    is_bot: u.is_bot,
    is_app_user: false,
    updated: 1_700_000_000,
  };
}

const authTest: MethodHandler = (ctx) => ({
  url: `${ctx.baseUrl()}/`,
  team: ctx.ws.team.name,
  user: ctx.ws.bot.name,
  team_id: ctx.ws.team.id,
  user_id: ctx.ws.bot.user_id,
  bot_id: ctx.ws.bot.bot_id,
  app_id: ctx.ws.bot.app_id,
  is_enterprise_install: false,
});

const usersInfo: MethodHandler = (ctx, args) => {
  const u = ctx.ws.users.get(required(args, 'user'));
  if (!u) throw new SlackApiError('user_not_found');
  return { user: wireUser(ctx, u) };
};

const usersList: MethodHandler = (ctx) => ({
  members: [...ctx.ws.users.values()].map((u) => wireUser(ctx, u)),
  response_metadata: { next_cursor: '' },
});

const reactionsAdd: MethodHandler = (ctx, args) => {
  const ch = botChannel(ctx, str(args, 'channel'));
  const name = required(args, 'name').replace(/:/g, '');
  const m = ctx.ws.find(ch.id, required(args, 'timestamp'));
  if (!m || m.ephemeral_to) throw new SlackApiError('message_not_found');
  const reactions = m.reactions ?? (m.reactions = []);
  let r = reactions.find((x) => x.name === name);
  if (r?.users.includes(ctx.ws.bot.user_id)) throw new SlackApiError('already_reacted');
  if (!r) reactions.push((r = { name, users: [], count: 0 }));
  r.users.push(ctx.ws.bot.user_id);
  r.count += 1;
  ctx.ws.emitChange({ type: 'reaction_added', channel: ch.id, ts: m.ts, name, user: ctx.ws.bot.user_id });
  ctx.ws.update(m);
  return {};
};

function requireAssistant(ctx: MethodContext): void {
  if (!ctx.features.assistantThreads) throw new SlackApiError('unknown_method');
}

const setStatus: MethodHandler = (ctx, args) => {
  requireAssistant(ctx);
  const ch = botChannel(ctx, required(args, 'channel_id'));
  const threadTs = required(args, 'thread_ts');
  const status = str(args, 'status') ?? '';
  const loading = json<string[]>(args, 'loading_messages');
  if (loading && (!Array.isArray(loading) || loading.length > 10)) throw new SlackApiError('invalid_arguments');
  ctx.ws.setStatus({ channel: ch.id, thread_ts: threadTs, status, ...(loading ? { loading_messages: loading } : {}) });
  return {};
};

const setSuggestedPrompts: MethodHandler = (ctx, args) => {
  requireAssistant(ctx);
  const ch = botChannel(ctx, required(args, 'channel_id'));
  const prompts = json<{ title: string; message: string }[]>(args, 'prompts');
  if (!Array.isArray(prompts) || prompts.length === 0 || prompts.length > 4) throw new SlackApiError('invalid_arguments');
  const threadTs = str(args, 'thread_ts');
  ctx.ws.emitChange({ type: 'suggested_prompts', channel: ch.id, ...(threadTs ? { thread_ts: threadTs } : {}), prompts });
  return {};
};

const setTitle: MethodHandler = (ctx, args) => {
  requireAssistant(ctx);
  const ch = botChannel(ctx, required(args, 'channel_id'));
  const threadTs = required(args, 'thread_ts');
  const title = required(args, 'title');
  ctx.ws.titles.set(`${ch.id}:${threadTs}`, title);
  ctx.ws.emitChange({ type: 'title', channel: ch.id, thread_ts: threadTs, title });
  return {};
};

const connectionsOpen: MethodHandler = (ctx) => ({ url: ctx.socketUrl() });

/** Methods that need the app-level (xapp-) token rather than the bot token. */
export const APP_TOKEN_METHODS = new Set(['apps.connections.open']);

export const miscMethods: Record<string, MethodHandler> = {
  'api.test': (_ctx, args) => ({ args }),
  'auth.test': authTest,
  'users.info': usersInfo,
  'users.list': usersList,
  'reactions.add': reactionsAdd,
  'assistant.threads.setStatus': setStatus,
  'assistant.threads.setSuggestedPrompts': setSuggestedPrompts,
  'assistant.threads.setTitle': setTitle,
  'apps.connections.open': connectionsOpen,
};
