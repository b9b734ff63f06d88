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

interface Chunk {
  type: string;
  text?: string;
}

/** Text carried by `markdown_text` and/or `markdown_text` chunks (task/plan chunks carry no text here). */
function streamedText(args: Args): string {
  const direct = str(args, 'markdown_text') ?? '';
  const chunks = json<Chunk[]>(args, 'chunks') ?? [];
  if (!Array.isArray(chunks)) throw new SlackApiError('invalid_arguments');
  const fromChunks = chunks.filter((c) => c.type === 'markdown_text' && typeof c.text === 'string').map((c) => c.text).join('');
  const text = direct + fromChunks;
  if (text.length > BLOCK_LIMITS.markdownText) throw new SlackApiError('msg_too_long');
  return text;
}

function requireFeature(ctx: MethodContext): void {
  if (!ctx.features.streaming) throw new SlackApiError('unknown_method');
}

function streamingMessage(ctx: MethodContext, args: Args): FakeMessage {
  const ch = botChannel(ctx, str(args, 'channel'));
  const m = ctx.ws.find(ch.id, required(args, 'ts'));
  if (!m || m.user !== ctx.ws.bot.user_id) throw new SlackApiError('message_not_found');
  if (!m.streaming) throw new SlackApiError('message_not_in_streaming_state');
  return m;
}

const startStream: MethodHandler = (ctx, args) => {
  requireFeature(ctx);
  const ch = botChannel(ctx, str(args, 'channel'));
  const threadTs = rootOf(ctx, ch.id, str(args, 'thread_ts'));
  if (!threadTs) throw new SlackApiError('invalid_arguments', { response_metadata: { messages: ['[ERROR] thread_ts is required'] } });
  if (!ch.is_im && (!str(args, 'recipient_user_id') || !str(args, 'recipient_team_id'))) {
    throw new SlackApiError('invalid_arguments', {
      response_metadata: { messages: ['[ERROR] recipient_user_id and recipient_team_id are required outside DMs'] },
    });
  }
  const message = botMessage(ctx, { channel: ch.id, thread_ts: threadTs, text: streamedText(args), streaming: true, via: 'stream' });
  ctx.ws.add(message);
  return { channel: ch.id, ts: message.ts };
};

const appendStream: MethodHandler = (ctx, args) => {
  requireFeature(ctx);
  const m = streamingMessage(ctx, args);
  const more = streamedText(args);
  if (!more) throw new SlackApiError('invalid_arguments', { response_metadata: { messages: ['[ERROR] markdown_text or chunks required'] } });
  if (m.text.length + more.length > BLOCK_LIMITS.markdownText) throw new SlackApiError('msg_too_long');
  m.text += more;
  ctx.ws.update(m);
  return { channel: m.channel, ts: m.ts };
};

const stopStream: MethodHandler = (ctx, args) => {
  requireFeature(ctx);
  const m = streamingMessage(ctx, args);
  m.text += streamedText(args);
  const blocks = json<unknown[]>(args, 'blocks');
  const problem = checkBlocks(blocks);
  if (problem) throw new SlackApiError('invalid_blocks', { errors: [problem] });
  if (blocks) m.blocks = blocks;
  m.streaming = false;
  ctx.ws.update(m);
  ctx.ws.clearStatus(m.channel, m.thread_ts ?? m.ts);
  ctx.onBotMessage(m);
  return { channel: m.channel, ts: m.ts, message: wireMessage(m) };
};

export const streamMethods: Record<string, MethodHandler> = {
  'chat.startStream': startStream,
  'chat.appendStream': appendStream,
  'chat.stopStream': stopStream,
};
