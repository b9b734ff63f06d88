/**
 * Public shapes of the project-owned fake Slack (src/fakeslack): workspace state, recorded API calls,
 * deliveries and change notifications. Field names follow Slack's wire format (snake_case) so that what
 * the fake stores is what its Web API returns.
 */

export interface FakeUser {
  id: string;
  name: string;
  real_name: string;
  is_admin: boolean;
  is_owner: boolean;
  is_bot: boolean;
  tz: string;
  /** Bots only. */
  bot_id?: string;
}

export interface FakeChannel {
  id: string;
  name: string;
  is_im: boolean;
  is_private: boolean;
  /** For a DM: the human on the other side. */
  user?: string;
  /** Member user ids (the bot user is listed where the app was invited). */
  members: string[];
  created: number;
  topic?: string;
}

export interface FakeFileRef {
  id: string;
  name: string;
  title: string;
  mimetype: string;
  filetype: string;
  size: number;
  url_private: string;
  url_private_download: string;
  permalink: string;
  alt_txt?: string;
}

export interface FakeFile extends FakeFileRef {
  user: string;
  created: number;
  bytes?: Buffer;
  /** Channel ids the file was shared to by files.completeUploadExternal. */
  channels: string[];
  /** True once its bytes were posted to the upload URL. */
  uploaded: boolean;
  declared_length: number;
}

export interface FakeReaction {
  name: string;
  users: string[];
  count: number;
}

export interface FakeMessage {
  type: 'message';
  channel: string;
  ts: string;
  text: string;
  user?: string;
  bot_id?: string;
  app_id?: string;
  subtype?: string;
  blocks?: unknown[];
  thread_ts?: string;
  reply_count?: number;
  reply_users?: string[];
  latest_reply?: string;
  files?: FakeFileRef[];
  edited?: { user: string; ts: string };
  /** True while a chat.startStream message is still being appended to. */
  streaming?: boolean;
  /** Ephemeral messages are visible to this user only and never returned by the Web API. */
  ephemeral_to?: string;
  reactions?: FakeReaction[];
  client_msg_id?: string;
  metadata?: unknown;
  /** Set on messages posted through a slash command's response_url with response_type in_channel, etc. */
  via?: 'api' | 'response_url' | 'ack' | 'user' | 'stream' | 'upload';
}

export interface ThreadStatus {
  channel: string;
  thread_ts: string;
  status: string;
  loading_messages?: string[];
}

export interface ScheduledMessage {
  id: string;
  channel: string;
  post_at: number;
  text: string;
  blocks?: unknown[];
  thread_ts?: string;
  date_created: number;
}

export interface ApiCallRecord {
  /** Web API method, or `upload` / `response_url` for the non-API endpoints. */
  method: string;
  /** Arguments as received (token removed; JSON-string fields parsed). */
  args: Record<string, unknown>;
  status: number;
  ok: boolean;
  error?: string;
  at: number;
}

export interface FaultSpec {
  /** Web API method name, or `*` for every method. */
  method: string;
  /** HTTP status to answer with: 429 (with Retry-After) or a 5xx. Omit to answer 200 with `ok: false`. */
  status?: number;
  /** Seconds, sent as `Retry-After` with a 429. Default 1. */
  retryAfter?: number;
  /** Platform error code for an `ok: false` answer (e.g. `channel_not_found`). */
  error?: string;
  /** How many calls to fail; default 1. `Infinity` until cleared. */
  times?: number;
}

export type DeliveryKind = 'events_api' | 'slash_commands' | 'interactive';

export interface DeliveryRecord {
  /** Socket Mode envelope id (also used to name HTTP deliveries). */
  envelope_id: string;
  kind: DeliveryKind;
  transport: 'socket' | 'http';
  /** The payload: an event_callback body, a slash command, or an interactivity payload. */
  payload: Record<string, unknown>;
  /** event_id for events_api deliveries. */
  event_id?: string;
  attempts: number;
  acked: boolean;
  /** Milliseconds from first send to ack. */
  ack_ms?: number;
  /** What the app sent with its ack (Socket Mode payload or HTTP response body), if anything. */
  ack_payload?: unknown;
  /** HTTP status of the last attempt (HTTP transport). */
  http_status?: number;
}

export type FakeSlackChange =
  | { type: 'message_posted'; channel: string; ts: string; message: FakeMessage }
  | { type: 'message_updated'; channel: string; ts: string; message: FakeMessage }
  | { type: 'message_deleted'; channel: string; ts: string }
  | { type: 'status'; channel: string; thread_ts: string; status: string; loading_messages?: string[] }
  | { type: 'file_uploaded'; file: FakeFileRef }
  | { type: 'reaction_added'; channel: string; ts: string; name: string; user: string }
  | { type: 'suggested_prompts'; channel: string; thread_ts?: string; prompts: { title: string; message: string }[] }
  | { type: 'title'; channel: string; thread_ts: string; title: string }
  | { type: 'delivery'; delivery: DeliveryRecord }
  | { type: 'api_call'; call: ApiCallRecord }
  | { type: 'connection'; connected: number };

/** Minimal logger the fake writes to (a pino Logger fits). */
export interface FakeSlackLogger {
  debug(obj: unknown, msg?: string): void;
  info(obj: unknown, msg?: string): void;
  warn(obj: unknown, msg?: string): void;
}

export interface WorkspaceSeed {
  team: { id: string; name: string; domain: string };
  bot: { user_id: string; bot_id: string; app_id: string; name: string };
  users: FakeUser[];
  channels: FakeChannel[];
}
