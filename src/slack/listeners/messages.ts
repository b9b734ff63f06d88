import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { answerInThread } from '../conversation.js';
import { type SlackRuntime, sessionKey } from '../runtime.js';

export interface IncomingMessage {
  channel: string;
  user: string;
  text: string;
  ts: string;
  thread_ts?: string;
  team?: string;
  isIm: boolean;
}

export const SUGGESTED_PROMPTS = [
  { title: 'Spend by channel', message: 'What did we spend per channel last quarter?' },
  { title: 'ROI by channel', message: 'What is our ROI by channel?' },
  { title: 'Creatives', message: 'Show me the Meta creatives for the Terra launch' },
  { title: 'Budget optimisation', message: 'How should we split a £2M budget next quarter?' },
];

export function stripMention(text: string, botUserId: string | undefined): string {
  const re = botUserId ? new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g') : /<@[UW][A-Z0-9]+(\|[^>]*)?>/g;
  return text.replace(re, ' ').replace(/\s+/g, ' ').trim();
}

const GREETING =
  "Hi! I'm your media analyst. Ask me about spend, reach, ROI, contracts or creatives — e.g. _\"what did we pay per thousand impressions on Meta in Q2?\"_ — or try `/mmm help`.";

/**
 * A user's message the bot should answer: dedupe (Slack retries, mention + message pairs), per-user rate
 * limit, then the answer is queued on the thread's session so a thread is answered in order.
 */
export async function handleUserMessage(
  rt: SlackRuntime,
  client: WebClient,
  msg: IncomingMessage,
  meta: { eventId?: string; botUserId?: string },
): Promise<void> {
  if (!rt.dedupe.firstTime(`msg:${msg.channel}:${msg.ts}`, meta.eventId ? `ev:${meta.eventId}` : undefined)) {
    rt.logger.debug({ channel: msg.channel, ts: msg.ts, eventId: meta.eventId }, 'duplicate delivery ignored');
    return;
  }
  const threadTs = msg.thread_ts ?? msg.ts;
  const thread = { channel: msg.channel, thread_ts: threadTs, user: msg.user, isIm: msg.isIm, ...(msg.team ? { team: msg.team } : {}) };
  const question = stripMention(msg.text, meta.botUserId);
  if (!question) {
    await client.chat.postMessage({ channel: msg.channel, thread_ts: threadTs, text: GREETING });
    rt.threads.mark(msg.channel, threadTs);
    return;
  }
  const waitMs = rt.limiter.take(msg.user);
  if (waitMs > 0) {
    const seconds = Math.ceil(waitMs / 1000);
    await client.chat.postEphemeral({
      channel: msg.channel,
      user: msg.user,
      thread_ts: threadTs,
      text: `You're asking faster than I can answer (${rt.config.USER_RATE_LIMIT_PER_MINUTE} questions a minute). Try again in ${seconds} s.`,
    });
    return;
  }
  void rt.track(rt.queue.run(sessionKey(msg.channel, threadTs), () => answerInThread(rt, client, { thread, question, questionTs: msg.ts })));
}

interface RawMessageEvent {
  type: string;
  subtype?: string;
  bot_id?: string;
  user?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  channel: string;
  channel_type?: string;
  team?: string;
  hidden?: boolean;
}

/** Subtypes that are still a person talking (a file with a comment, a reply also sent to the channel). */
const HUMAN_SUBTYPES = new Set(['file_share', 'thread_broadcast']);

export function registerMessageListeners(app: App, rt: SlackRuntime): void {
  app.event('app_mention', async ({ event, client, context, body }) => {
    if (event.bot_id || !event.user) return;
    await handleUserMessage(
      rt,
      client,
      { channel: event.channel, user: event.user, text: event.text, ts: event.ts, isIm: false, ...(event.thread_ts ? { thread_ts: event.thread_ts } : {}), ...(event.team ? { team: event.team } : {}) },
      { eventId: (body as { event_id?: string }).event_id, botUserId: context.botUserId },
    );
  });

  app.event('message', async ({ event, client, context, body }) => {
    const ev = event as unknown as RawMessageEvent;
    if (ev.hidden || ev.bot_id || !ev.user || (ev.subtype && !HUMAN_SUBTYPES.has(ev.subtype))) return;
    const text = ev.text ?? '';
    const isIm = ev.channel_type === 'im';
    if (!isIm) {
      // Mentions arrive as app_mention too; only un-mentioned replies in the bot's threads are handled here.
      if (context.botUserId && text.includes(`<@${context.botUserId}`)) return;
      if (!ev.thread_ts || ev.thread_ts === ev.ts) return;
      if (!(await rt.threads.participates(client, ev.channel, ev.thread_ts, context.botUserId, context.botId))) return;
    }
    await handleUserMessage(
      rt,
      client,
      { channel: ev.channel, user: ev.user, text, ts: ev.ts, isIm, ...(ev.thread_ts ? { thread_ts: ev.thread_ts } : {}), ...(ev.team ? { team: ev.team } : {}) },
      { eventId: (body as { event_id?: string }).event_id, botUserId: context.botUserId },
    );
  });

  // Agent messaging view: when someone opens the bot's Messages tab, pin a few starting prompts.
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'messages') return;
    await client.assistant.threads
      .setSuggestedPrompts({ channel_id: event.channel, prompts: SUGGESTED_PROMPTS, title: 'Try asking' } as never)
      .catch((err: unknown) => rt.logger.debug({ err: (err as Error).message }, 'setSuggestedPrompts unavailable'));
  });
}
