import type { FakeChannel, FakeMessage } from '../types.js';
import type { Workspace } from '../workspace.js';

/** Which optional platform features the fake offers (turn off to exercise an app's fallbacks). */
export interface FakeSlackFeatures {
  /** assistant.threads.* */
  assistantThreads: boolean;
  /** chat.startStream / appendStream / stopStream */
  streaming: boolean;
}

export interface MethodContext {
  ws: Workspace;
  /** e.g. http://127.0.0.1:PORT (no trailing slash). */
  baseUrl(): string;
  features: FakeSlackFeatures;
  /** A fresh Socket Mode URL (apps.connections.open). */
  socketUrl(): string;
  /** Called after the bot posts a visible message, so the fake can echo it as a message event. */
  onBotMessage(message: FakeMessage): void;
}

export type Args = Record<string, unknown>;
export type MethodResult = Record<string, unknown>;
export type MethodHandler = (ctx: MethodContext, args: Args) => MethodResult | Promise<MethodResult>;

/** An `ok: false` answer with a Slack error code. */
export class SlackApiError extends Error {
  constructor(
    readonly error: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(error);
  }
}

export function str(args: Args, key: string): string | undefined {
  const v = args[key];
  if (v === undefined || v === null || v === '') return undefined;
  return String(v);
}

export function required(args: Args, key: string): string {
  const v = str(args, key);
  if (v === undefined) throw new SlackApiError('invalid_arguments', { response_metadata: { messages: [`[ERROR] missing required field: ${key}`] } });
  return v;
}

/** Slack sends structured arguments as JSON strings in form bodies. */
export function json<T>(args: Args, key: string): T | undefined {
  const v = args[key];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') return v as T;
  try {
    return JSON.parse(v) as T;
  } catch {
    throw new SlackApiError('invalid_arguments', { response_metadata: { messages: [`[ERROR] ${key} is not valid JSON`] } });
  }
}

/** Resolves a channel id or name the bot can see; `not_in_channel` where it was not invited. */
export function botChannel(ctx: MethodContext, idOrName: string | undefined, needMember = true): FakeChannel {
  if (!idOrName) throw new SlackApiError('channel_not_found');
  const ch = ctx.ws.channel(idOrName);
  if (!ch) throw new SlackApiError('channel_not_found');
  if (needMember && !ch.members.includes(ctx.ws.bot.user_id)) throw new SlackApiError('not_in_channel');
  return ch;
}

/** The root ts of the thread a `thread_ts` points into (Slack accepts a reply's ts too). */
export function rootOf(ctx: MethodContext, channel: string, threadTs: string | undefined): string | undefined {
  if (!threadTs) return undefined;
  const target = ctx.ws.find(channel, threadTs);
  return target?.thread_ts && target.thread_ts !== target.ts ? target.thread_ts : threadTs;
}

/** The message shape the Web API returns (internal fields dropped). */
export function wireMessage(m: FakeMessage): Record<string, unknown> {
  const { channel: _c, ephemeral_to: _e, via: _v, streaming: _s, ...rest } = m;
  return rest;
}

export function botMessage(ctx: MethodContext, fields: Partial<FakeMessage> & { channel: string }): FakeMessage {
  return {
    type: 'message',
    ts: ctx.ws.nextTs(),
    text: '',
    user: ctx.ws.bot.user_id,
    bot_id: ctx.ws.bot.bot_id,
    app_id: ctx.ws.bot.app_id,
    via: 'api',
    ...fields,
  };
}
