import type { App, RespondFn, SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { answerMessage, noticeBlocks } from '../blocks/answer.js';
import { MMM_HELP, REFUSAL, parseMmmCommand } from '../commands.js';
import { listLiftTests } from '../calibrate-op.js';
import { answerInThread } from '../conversation.js';
import type { DigestScheduler } from '../digest.js';
import { toFriendlyError } from '../errors.js';
import { type SlackRuntime, sessionKey } from '../runtime.js';
import type { OpReport } from '../types.js';

async function safeRespond(rt: SlackRuntime, respond: RespondFn, message: Parameters<RespondFn>[0]): Promise<void> {
  try {
    await respond(message);
  } catch (err) {
    rt.logger.warn({ err: (err as Error).message }, 'response_url post failed');
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function reportText(title: string, report: OpReport, ms: number): string {
  const stats = Object.entries(report.stats ?? {})
    .map(([k, v]) => `• ${k}: *${typeof v === 'number' ? v.toLocaleString('en-GB') : v}*`)
    .join('\n');
  return `:white_check_mark: ${title} in ${seconds(ms)}.\n${report.summary}${stats ? `\n${stats}` : ''}`;
}

/**
 * Admin operations rebuild (reindex, regenerate, calibrate) or read (digest) the model the app answers from,
 * so they take turns on one lock: two reloads at once could swap in the older model last.
 */
const ANALYST_LOCK = 'analyst';

/** An admin-only operation: permission check, one at a time, timed, reported to the admin. */
async function adminOp(
  rt: SlackRuntime,
  client: WebClient,
  command: SlashCommand,
  respond: RespondFn,
  op: { name: string; what: string; running: string; done: string; run: () => Promise<OpReport> },
): Promise<void> {
  if (!(await rt.admins.isAdmin(client, command.user_id))) {
    rt.logger.info({ user: command.user_id, op: op.name }, 'admin command refused');
    await safeRespond(rt, respond, { response_type: 'ephemeral', text: REFUSAL(op.what) });
    return;
  }
  const running = rt.busy.get(ANALYST_LOCK);
  if (running) {
    await safeRespond(rt, respond, {
      response_type: 'ephemeral',
      text: `A ${running} is already running — try again when it has finished (it reports to whoever started it).`,
    });
    return;
  }
  rt.busy.set(ANALYST_LOCK, op.name);
  const started = rt.clock();
  try {
    await safeRespond(rt, respond, { response_type: 'ephemeral', text: `:hourglass_flowing_sand: ${op.running}` });
    const report = await op.run();
    const ms = rt.clock() - started;
    rt.logger.info({ op: op.name, ms, stats: report.stats }, 'admin operation done');
    await safeRespond(rt, respond, { response_type: 'ephemeral', text: reportText(op.done, report, ms) });
  } catch (err) {
    await safeRespond(rt, respond, { response_type: 'ephemeral', text: toFriendlyError(err, rt.logger, { op: op.name }).text });
  } finally {
    rt.busy.delete(ANALYST_LOCK);
  }
}

/**
 * `/mmm optimize …` and friends: the result is posted in the channel as a new thread (chart in the
 * thread, follow-ups continue the session there). With `private`, or in a channel the app was not
 * invited to (where it never posts), the result goes to the user alone through response_url.
 */
async function runMmm(rt: SlackRuntime, client: WebClient, command: SlashCommand, respond: RespondFn, text: string, privately: boolean): Promise<void> {
  const label = `/mmm ${text}`;
  let notInvited = false;
  if (!privately) {
    let rootTs: string | undefined;
    try {
      const root = await client.chat.postMessage({
        channel: command.channel_id,
        text: `${label} for <@${command.user_id}>`,
        blocks: noticeBlocks(`_:hourglass_flowing_sand: Working on \`${label}\` for <@${command.user_id}>…_`),
      });
      rootTs = root.ts;
    } catch (err) {
      notInvited = true;
      rt.logger.info({ channel: command.channel_id, err: (err as Error).message }, 'cannot post in channel; answering the user privately');
    }
    if (rootTs) {
      const thread = { channel: command.channel_id, thread_ts: rootTs, user: command.user_id, isIm: command.channel_id.startsWith('D'), team: command.team_id };
      const key = sessionKey(command.channel_id, rootTs);
      await rt.queue.run(key, () =>
        answerInThread(rt, client, {
          thread,
          question: label,
          replaceTs: rootTs,
          replaceNotice: `_:hourglass_flowing_sand: Working on \`${label}\` for <@${command.user_id}>…_`,
          rerun: { kind: 'mmm', q: text },
          produce: (hooks) => rt.runMmmCommand(text, { sessionKey: key, userId: command.user_id, onStatus: hooks.onStatus }),
        }),
      );
      return;
    }
  }
  try {
    const answer = await rt.runMmmCommand(text, { sessionKey: `${command.channel_id}:cmd:${command.user_id}`, userId: command.user_id });
    const message = answerMessage(answer, { kind: 'mmm', q: text });
    const note = notInvited
      ? '_Only you can see this: I am not a member of this channel. Invite me with `/invite @Mix Analyst` to share results and charts here._'
      : answer.attachments.some((a) => a.type !== 'csv')
        ? '_Charts are posted only in channels I am in — run it without `private` to share the result and its chart._'
        : undefined;
    // No buttons in a response_url reply: there is no thread to regenerate into.
    const blocks = message.blocks.filter((b) => b.type !== 'actions');
    if (note) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: note }] });
    await safeRespond(rt, respond, { response_type: 'ephemeral', text: message.text, blocks });
  } catch (err) {
    await safeRespond(rt, respond, { response_type: 'ephemeral', text: toFriendlyError(err, rt.logger, { command: label }).text });
  }
}

export function registerCommands(app: App, rt: SlackRuntime, digest: DigestScheduler | undefined): void {
  app.command('/mmm', async ({ command, ack, respond, client }) => {
    const cmd = parseMmmCommand(command.text);
    switch (cmd.kind) {
      case 'help':
        await ack({ response_type: 'ephemeral', text: MMM_HELP });
        return;
      case 'invalid':
        await ack({ response_type: 'ephemeral', text: cmd.message });
        return;
      case 'regenerate':
        await ack();
        void rt.track(
          adminOp(rt, client, command, respond, {
            name: 'regenerate',
            what: 'regenerate the data',
            running: `Regenerating the synthetic data${cmd.seed !== undefined ? ` (seed ${cmd.seed})` : ''}, refitting the model and reindexing — this takes a minute.`,
            done: 'Data regenerated, model refitted and index rebuilt',
            run: () => rt.ops.regenerate(cmd.seed),
          }),
        );
        return;
      case 'digest_now':
        await ack();
        void rt.track(
          adminOp(rt, client, command, respond, {
            name: 'digest',
            what: 'post the digest',
            running: 'Posting the channel-ROI digest…',
            done: 'Digest posted',
            run: async () => {
              if (!digest) return { summary: 'The digest is turned off (`DIGEST_ENABLED=false`).' };
              const posted = await digest.runNow();
              return { summary: `Posted to <#${posted.channel}>.` };
            },
          }),
        );
        return;
      case 'calibrate_list':
        await ack();
        void rt.track(
          (async () => {
            try {
              await safeRespond(rt, respond, { response_type: 'ephemeral', text: listLiftTests(await rt.ops.liftTests()) });
            } catch (err) {
              await safeRespond(rt, respond, { response_type: 'ephemeral', text: toFriendlyError(err, rt.logger, { command: '/mmm calibrate' }).text });
            }
          })(),
        );
        return;
      case 'calibrate_add':
      case 'calibrate_remove': {
        await ack();
        const change = cmd.kind === 'calibrate_add' ? { add: cmd.test } : { remove: cmd.index };
        void rt.track(
          adminOp(rt, client, command, respond, {
            name: 'calibrate',
            what: "change the model's calibration",
            running: `${cmd.kind === 'calibrate_add' ? 'Recording the lift test' : 'Removing the lift test'} and refitting the model…`,
            done: 'Calibration updated',
            run: () => rt.ops.calibrate(change),
          }),
        );
        return;
      }
      case 'run':
        await ack();
        void rt.track(runMmm(rt, client, command, respond, cmd.text, cmd.privately));
        return;
    }
  });

  app.command('/reindex', async ({ command, ack, respond, client }) => {
    await ack();
    void rt.track(
      adminOp(rt, client, command, respond, {
        name: 'reindex',
        what: 'rebuild the index',
        running: 'Rebuilding the retrieval index…',
        done: 'Index rebuilt',
        run: () => rt.ops.reindex(),
      }),
    );
  });
}
