import type { WebClient } from '@slack/web-api';
import type { Answer } from '../agents/types.js';
import { answerMessage, type RerunRef } from './blocks/answer.js';
import { toFriendlyError } from './errors.js';
import { AnswerPresenter, type ThreadRef } from './presenter.js';
import { type SlackRuntime, sessionKey } from './runtime.js';
import { uploadAttachments } from './uploads.js';

export interface AnswerJob {
  thread: ThreadRef;
  question: string;
  /** ts of the user's message (absent for /mmm and follow-up buttons). */
  questionTs?: string;
  /** Regenerate: replace this answer message. */
  replaceTs?: string;
  replaceNotice?: string;
  /** Produces the answer; default: the analyst with the thread's session. */
  produce?: (hooks: { onStatus: (s: string) => void; onPartial: (t: string) => void }) => Promise<Answer>;
  rerun?: RerunRef;
}

/**
 * One answer in a thread: progress, the analyst (session = the thread), the Block Kit reply and its files.
 * Failures become a friendly message with an error id in the same place. Returns the answer's ts.
 */
export async function answerInThread(rt: SlackRuntime, client: WebClient, job: AnswerJob): Promise<string | undefined> {
  const { thread } = job;
  const presenter = new AnswerPresenter({
    client,
    thread,
    stream: rt.config.STREAM_ANSWERS,
    clock: rt.clock,
    logger: rt.logger,
    ...(job.replaceTs ? { replaceTs: job.replaceTs } : {}),
    ...(job.replaceNotice ? { replaceNotice: job.replaceNotice } : {}),
  });
  const key = sessionKey(thread.channel, thread.thread_ts);
  try {
    await presenter.begin();
    const hooks = { onStatus: (s: string) => presenter.status(s), onPartial: (t: string) => presenter.partial(t) };
    const answer = job.produce
      ? await job.produce(hooks)
      : await rt.analyst.ask(job.question, { sessionKey: key, userId: thread.user, ...hooks });
    const rerun = job.rerun ?? { kind: 'ask', q: job.question, ...(job.questionTs ? { qts: job.questionTs } : {}) };
    const message = answerMessage(answer, rerun);
    const ts = await presenter.finish(message);
    rt.threads.mark(thread.channel, thread.thread_ts);
    const files = [...answer.attachments, ...message.extraAttachments];
    if (files.length > 0) await attachFiles(rt, client, thread, files);
    rt.logger.info({ session: key, agent: answer.agent_used, sources: answer.sources.length, files: files.length }, 'answered');
    return ts;
  } catch (err) {
    const friendly = toFriendlyError(err, rt.logger, { session: key });
    return presenter.fail(friendly.text).catch((e: unknown) => {
      rt.logger.error({ errorId: friendly.errorId, err: (e as Error).message }, 'could not report the failure in Slack');
      return undefined;
    });
  }
}

/** Uploads an answer's files into its thread; a failure is reported in the thread, the answer stays. */
async function attachFiles(rt: SlackRuntime, client: WebClient, thread: ThreadRef, files: Answer['attachments']): Promise<void> {
  const where = { channel: thread.channel, thread_ts: thread.thread_ts };
  try {
    const result = await uploadAttachments(client, where, files, { dataDir: rt.dataDir, renderChart: rt.renderChart, logger: rt.logger });
    if (result.failed.length > 0) {
      await client.chat.postMessage({ ...where, text: `_I could not attach: ${result.failed.join(', ')}._` });
    }
  } catch (err) {
    const friendly = toFriendlyError(err, rt.logger, { step: 'upload', channel: thread.channel });
    await client.chat.postMessage({ ...where, text: friendly.text }).catch(() => undefined);
  }
}
