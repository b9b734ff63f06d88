import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTIONS, decodeRerun } from '../blocks/answer.js';
import { answerInThread } from '../conversation.js';
import { toFriendlyError } from '../errors.js';
import { recordFeedback } from '../feedback.js';
import type { ThreadRef } from '../presenter.js';
import { type SlackRuntime, sessionKey } from '../runtime.js';

/** Where a clicked answer lives: its channel, its thread root and the message itself. */
function locate(body: BlockAction): { channel: string; messageTs: string; threadTs: string } | undefined {
  const channel = body.container?.channel_id ?? body.channel?.id;
  const messageTs = body.container?.message_ts ?? body.message?.ts;
  if (!channel || !messageTs) return undefined;
  const threadTs = (body.container?.thread_ts as string | undefined) ?? (body.message?.thread_ts as string | undefined) ?? messageTs;
  return { channel, messageTs, threadTs };
}

function threadRef(body: BlockAction, where: { channel: string; threadTs: string }): ThreadRef {
  return {
    channel: where.channel,
    thread_ts: where.threadTs,
    user: body.user.id,
    isIm: where.channel.startsWith('D'),
    ...(body.team?.id ? { team: body.team.id } : {}),
  };
}

export function registerActions(app: App, rt: SlackRuntime): void {
  for (const [actionId, rating] of [
    [ACTIONS.feedbackUp, 'up'],
    [ACTIONS.feedbackDown, 'down'],
  ] as const) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, action, respond }) => {
      await ack();
      const where = locate(body);
      const ref = decodeRerun(action.value);
      const context = body.message?.blocks?.find((b: { block_id?: string }) => b.block_id === 'answer_sources') as
        | { elements?: { text?: string }[] }
        | undefined;
      const agent = context?.elements?.[0]?.text?.replace(/[:*]/g, '').trim();
      try {
        await recordFeedback(rt.dataDir, {
          at: new Date(rt.clock()).toISOString(),
          user: body.user.id,
          channel: where?.channel ?? '',
          ...(where && where.threadTs !== where.messageTs ? { thread_ts: where.threadTs } : {}),
          message_ts: where?.messageTs ?? '',
          rating,
          ...(agent ? { agent } : {}),
          ...(ref ? { question: ref.q } : {}),
        });
        rt.logger.info({ rating, user: body.user.id, channel: where?.channel }, 'feedback recorded');
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: rating === 'up' ? 'Thanks — glad it helped. :thumbsup:' : "Thanks for telling me — I've noted it. Try *Regenerate* or rephrase the question.",
        });
      } catch (err) {
        rt.logger.warn({ err: (err as Error).message }, 'feedback not recorded');
      }
    });
  }

  app.action<BlockAction<ButtonAction>>(ACTIONS.regenerate, async ({ ack, body, action, client }) => {
    await ack();
    const where = locate(body);
    const ref = decodeRerun(action.value);
    if (!where || !ref) return;
    const thread = threadRef(body, where);
    const key = sessionKey(where.channel, where.threadTs);
    void rt.track(
      rt.queue.run(key, () =>
        answerInThread(rt, client, {
          thread,
          question: ref.kind === 'mmm' ? `/mmm ${ref.q}` : ref.q,
          replaceTs: where.messageTs,
          rerun: ref,
          ...(ref.qts ? { questionTs: ref.qts } : {}),
          ...(ref.kind === 'mmm'
            ? { produce: (hooks) => rt.runMmmCommand(ref.q, { sessionKey: key, userId: body.user.id, onStatus: hooks.onStatus }) }
            : {}),
        }),
      ),
    );
  });

  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ACTIONS.followUp}_\\d+$`), async ({ ack, body, action, client }) => {
    await ack();
    const where = locate(body);
    const question = action.value ?? '';
    if (!where || !question) return;
    const thread = threadRef(body, where);
    const key = sessionKey(where.channel, where.threadTs);
    void rt.track(
      rt.queue.run(key, async () => {
        try {
          // Say who asked, so the thread reads like a conversation.
          await client.chat.postMessage({ channel: where.channel, thread_ts: where.threadTs, text: `_<@${body.user.id}> asked:_ ${question}` });
        } catch (err) {
          toFriendlyError(err, rt.logger, { step: 'follow-up echo' });
        }
        return answerInThread(rt, client, { thread, question });
      }),
    );
  });
}
