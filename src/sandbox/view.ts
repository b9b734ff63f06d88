/**
 * What the sandbox page sees of the fake workspace: plain JSON views of users, channels, messages and
 * statuses, with the fake's file URLs made relative so the browser fetches them through the sandbox.
 */
import type { FakeChannel, FakeMessage, FakeUser, ThreadStatus } from '../fakeslack/index.js';
import type { SlashCommandSpec } from './compose.js';
import type { WireEntry } from './protocol.js';

export interface ClientUser {
  id: string;
  name: string;
  real_name: string;
  is_admin: boolean;
  is_bot: boolean;
}

export interface ClientChannel {
  id: string;
  name: string;
  is_im: boolean;
  is_private: boolean;
  user?: string;
  members: string[];
  topic?: string;
}

/**
 * A message as the page renders it (the fake's message with internal plumbing dropped). `is_stream`
 * marks a chat.startStream message: its text is standard Markdown, followed by its blocks.
 */
export type ClientMessage = Omit<FakeMessage, 'via' | 'client_msg_id' | 'metadata'> & { is_stream?: true };

export interface ClientSnapshot {
  team: { id: string; name: string; domain: string };
  bot: { user_id: string; bot_id: string; name: string };
  users: ClientUser[];
  channels: ClientChannel[];
  /** Every message of every channel, thread replies and ephemerals included (the page filters by viewer). */
  messages: ClientMessage[];
  statuses: ThreadStatus[];
  commands: readonly SlashCommandSpec[];
  /** Socket Mode connections of the app: 0 means the bot is not running. */
  connected: number;
  /** The latest wire-log lines (deliveries in, Web API calls out), oldest first. */
  wire: WireEntry[];
}

export function clientUser(u: FakeUser): ClientUser {
  return { id: u.id, name: u.name, real_name: u.real_name, is_admin: u.is_admin || u.is_owner, is_bot: u.is_bot };
}

export function clientChannel(c: FakeChannel): ClientChannel {
  return {
    id: c.id,
    name: c.name,
    is_im: c.is_im,
    is_private: c.is_private,
    ...(c.user ? { user: c.user } : {}),
    members: [...c.members],
    ...(c.topic ? { topic: c.topic } : {}),
  };
}

/** Replaces `origin` at the start of any string in a JSON value (file URLs, image_url, slack_file.url). */
export function relativizeUrls<T>(value: T, origin: string): T {
  if (!origin) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.startsWith(`${origin}/`) ? v.slice(origin.length) : v;
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

export function clientMessage(m: FakeMessage, origin: string): ClientMessage {
  const { via, client_msg_id: _cid, metadata: _meta, ...rest } = m;
  return relativizeUrls(via === 'stream' ? { ...rest, is_stream: true as const } : rest, origin);
}
