/**
 * The sandbox page's WebSocket protocol (`/ws`). The page sends what a person does; the server answers
 * each request with a `result` and pushes the workspace's changes to every open page.
 */
import { z } from 'zod';
import type { ThreadStatus } from '../fakeslack/index.js';
import type { ClientMessage, ClientSnapshot } from './view.js';

const id = z.string().min(1).max(64);
const slackId = z.string().regex(/^[A-Z0-9]{2,32}$/);
const ts = z.string().regex(/^\d{1,12}\.\d{1,9}$/);

/** The person typed something into a composer (a message, a reply, or a slash command). */
export const sendRequest = z.object({
  id,
  type: z.literal('send'),
  user: slackId,
  channel: slackId,
  text: z.string().max(40_000),
  thread_ts: ts.optional(),
});

/** The person clicked a button (actions, accessory, feedback buttons, icon button) on a message. */
export const clickRequest = z.object({
  id,
  type: z.literal('click'),
  user: slackId,
  channel: slackId,
  message_ts: ts,
  action_id: z.string().min(1).max(255),
  value: z.string().max(2000).optional(),
});

export const clientRequest = z.discriminatedUnion('type', [sendRequest, clickRequest]);
export type ClientRequest = z.infer<typeof clientRequest>;

/** One line of the wire log: what Slack delivered to the app, or what the app called. */
export interface WireEntry {
  direction: 'in' | 'out';
  /** `events_api · app_mention`, `slash_commands · /mmm`, `chat.postMessage`, … */
  label: string;
  ok: boolean;
  detail?: string;
  /** Milliseconds clock of the bridge when it saw the line. */
  at: number;
}

export type ServerEvent =
  | ({ type: 'snapshot' } & ClientSnapshot)
  | { type: 'message'; message: ClientMessage }
  | { type: 'deleted'; channel: string; ts: string }
  | ({ type: 'status' } & ThreadStatus)
  | { type: 'connection'; connected: number }
  | { type: 'wire'; entry: WireEntry }
  /** Slackbot-style note for the one page that caused it ("/foo is not a valid command"). */
  | { type: 'notice'; channel: string; thread_ts?: string; text: string }
  | { type: 'result'; id: string; ok: boolean; error?: string };
