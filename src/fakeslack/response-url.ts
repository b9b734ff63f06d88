import { checkBlocks } from './block-limits.js';
import type { FakeMessage } from './types.js';
import type { Workspace } from './workspace.js';

export interface ResponseTarget {
  kind: 'command' | 'action';
  channel: string;
  user: string;
  /** The message holding the clicked button (actions). */
  messageTs?: string;
  threadTs?: string;
  uses: number;
  expiresAt: number;
}

/** Slack allows 5 responses within 30 minutes per response_url. */
export const RESPONSE_URL_MAX_USES = 5;
export const RESPONSE_URL_TTL_MS = 30 * 60 * 1000;

/**
 * Applies a message sent to a response_url (or carried by an ack): in_channel posts for everyone,
 * otherwise an ephemeral message to the user; `replace_original` / `delete_original` act on the message
 * whose button was clicked.
 */
export function applyResponse(
  ws: Workspace,
  target: ResponseTarget,
  body: Record<string, unknown>,
  onBotMessage: (m: FakeMessage) => void,
): { status: number; text: string } {
  const original = target.messageTs ? ws.find(target.channel, target.messageTs) : undefined;
  if (body.delete_original === true || body.delete_original === 'true') {
    if (original) ws.remove(original.channel, original.ts);
    return { status: 200, text: 'ok' };
  }
  const text = typeof body.text === 'string' ? body.text : '';
  const blocks = Array.isArray(body.blocks) ? (body.blocks as unknown[]) : undefined;
  if (!text && !blocks) return { status: 400, text: 'no_text' };
  const problem = checkBlocks(blocks);
  if (problem) return { status: 400, text: 'invalid_blocks' };
  if ((body.replace_original === true || body.replace_original === 'true') && original) {
    original.text = text;
    if (blocks) original.blocks = blocks;
    else delete original.blocks;
    original.edited = { user: ws.bot.user_id, ts: ws.nextTs() };
    ws.update(original);
    return { status: 200, text: 'ok' };
  }
  const inChannel = body.response_type === 'in_channel';
  const threadTs = typeof body.thread_ts === 'string' ? body.thread_ts : target.kind === 'action' ? target.threadTs : undefined;
  const message: FakeMessage = {
    type: 'message',
    channel: target.channel,
    ts: ws.nextTs(),
    text,
    user: ws.bot.user_id,
    bot_id: ws.bot.bot_id,
    app_id: ws.bot.app_id,
    via: 'response_url',
    ...(blocks ? { blocks } : {}),
    ...(threadTs ? { thread_ts: threadTs } : {}),
    ...(inChannel ? {} : { ephemeral_to: target.user }),
  };
  ws.add(message);
  if (inChannel) onBotMessage(message);
  return { status: 200, text: 'ok' };
}
