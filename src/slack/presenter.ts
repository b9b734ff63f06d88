import type { ChatStreamer, WebClient } from '@slack/web-api';
import type { Logger } from '../log/index.js';
import { type AnswerMessage, type KnownBlock, noticeBlocks } from './blocks/answer.js';

export interface ThreadRef {
  channel: string;
  thread_ts: string;
  user: string;
  team?: string;
  isIm: boolean;
}

export interface PresenterOptions {
  client: WebClient;
  thread: ThreadRef;
  /** STREAM_ANSWERS: show partial text as it is generated. */
  stream: boolean;
  clock: () => number;
  logger: Logger;
  /** Replace this message instead of posting a new one (Regenerate, a /mmm result's root message). */
  replaceTs?: string;
  /** What the replaced message says while working; default "Regenerating this answer…". */
  replaceNotice?: string;
  /** Minimum time between progress edits (status, placeholder, post + update). */
  minUpdateMs?: number;
  /** A single partial starts a stream only if the answer is not done this soon (default 400 ms), so
   * one-shot answers are posted once instead of streamed. A second partial starts it at once. */
  streamDelayMs?: number;
}

type Mode = 'idle' | 'status' | 'placeholder' | 'streaming' | 'updating';

const LOADING = ['Reading the data…', 'Checking the sources…', 'Crunching numbers…'];

/**
 * Shows one answer's life in a thread: "is thinking" status (assistant.threads.setStatus, else a
 * placeholder message), streamed text (chat.startStream/appendStream/stopStream, else post + update),
 * then the final Block Kit message — or a friendly failure in the same place.
 */
export class AnswerPresenter {
  private mode: Mode = 'idle';
  private messageTs?: string;
  private placeholderTs?: string;
  private streamer?: ChatStreamer;
  private streamed = '';
  private lastEdit = -Infinity;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly minUpdateMs: number;
  private streamTimer: NodeJS.Timeout | undefined;
  private pendingPartial: string | undefined;
  private finished = false;

  constructor(private readonly o: PresenterOptions) {
    this.minUpdateMs = o.minUpdateMs ?? 1000;
  }

  private get where(): { channel: string; thread_ts: string } {
    return { channel: this.o.thread.channel, thread_ts: this.o.thread.thread_ts };
  }

  /** Runs Slack calls one after another; a failed progress edit is logged and never fails the answer. */
  private enqueue(label: string, fn: () => Promise<unknown>): Promise<void> {
    const next = this.queue.then(fn).catch((err: unknown) => this.o.logger.warn({ err: (err as Error).message, step: label }, 'progress update failed'));
    this.queue = next;
    return next.then(() => undefined);
  }

  async begin(status = 'is thinking…'): Promise<void> {
    const { client } = this.o;
    if (this.o.replaceTs) {
      this.messageTs = this.o.replaceTs;
      this.mode = 'placeholder';
      await this.enqueue('regenerate', () =>
        client.chat.update({ channel: this.where.channel, ts: this.o.replaceTs as string, text: 'Regenerating…', blocks: noticeBlocks(this.o.replaceNotice ?? '_:arrows_counterclockwise: Regenerating this answer…_') }),
      );
      return;
    }
    try {
      await client.assistant.threads.setStatus({ channel_id: this.where.channel, thread_ts: this.where.thread_ts, status, loading_messages: LOADING });
      this.mode = 'status';
    } catch {
      // Not an assistant-enabled surface: fall back to a placeholder message that we edit.
      const res = await client.chat.postMessage({ ...this.where, text: 'Working on it…', blocks: noticeBlocks('_:hourglass_flowing_sand: Working on it…_') });
      this.placeholderTs = res.ts;
      this.messageTs = res.ts;
      this.mode = 'placeholder';
    }
  }

  /** A short progress note ("Searching contracts…"). */
  status(text: string): void {
    if (!this.due()) return;
    const { client } = this.o;
    if (this.mode === 'status') {
      void this.enqueue('status', () => client.assistant.threads.setStatus({ channel_id: this.where.channel, thread_ts: this.where.thread_ts, status: text }));
    } else if (this.mode === 'placeholder' && this.messageTs) {
      const ts = this.messageTs;
      void this.enqueue('placeholder', () => client.chat.update({ channel: this.where.channel, ts, text, blocks: noticeBlocks(`_:hourglass_flowing_sand: ${text}_`) }));
    }
  }

  /** Partial answer text so far (cumulative). */
  partial(textSoFar: string): void {
    if (!this.o.stream || !textSoFar) return;
    if (this.mode === 'streaming' && textSoFar.startsWith(this.streamed)) {
      const delta = textSoFar.slice(this.streamed.length);
      this.streamed = textSoFar;
      if (delta) void this.enqueue('append', async () => this.streamer?.append({ markdown_text: delta }));
      return;
    }
    if (this.mode === 'status' || (this.mode === 'placeholder' && !this.o.replaceTs)) {
      const second = this.pendingPartial !== undefined;
      this.pendingPartial = textSoFar;
      if (second) this.beginStream();
      else this.streamTimer = setTimeout(() => this.beginStream(), this.o.streamDelayMs ?? 400);
      return;
    }
    if (!this.due()) return;
    void this.enqueue('update', () => this.postOrUpdate(textSoFar, noticeBlocks(textSoFar)));
  }

  private beginStream(): void {
    clearTimeout(this.streamTimer);
    this.streamTimer = undefined;
    const text = this.pendingPartial;
    if (this.finished || text === undefined || this.mode === 'streaming') return;
    this.mode = 'streaming';
    this.streamed = text;
    void this.enqueue('start stream', () => this.startStream(text));
  }

  private async startStream(text: string): Promise<void> {
    const { client, thread } = this.o;
    try {
      this.streamer = client.chatStream({
        ...this.where,
        ...(thread.isIm ? {} : { recipient_user_id: thread.user, ...(thread.team ? { recipient_team_id: thread.team } : {}) }),
      });
      // A ChatStreamer buffers up to 256 characters; passing `chunks` flushes the first words at once.
      await this.streamer.append({ markdown_text: text, chunks: [] });
      this.messageTs = this.streamer.ts;
      if (this.placeholderTs) await client.chat.delete({ channel: this.where.channel, ts: this.placeholderTs });
      this.placeholderTs = undefined;
    } catch (err) {
      this.o.logger.info({ err: (err as Error).message }, 'streaming unavailable; falling back to post + update');
      this.streamer = undefined;
      this.mode = 'updating';
      await this.postOrUpdate(this.streamed, noticeBlocks(this.streamed));
    }
  }

  private async postOrUpdate(text: string, blocks: KnownBlock[]): Promise<string> {
    const { client } = this.o;
    if (this.messageTs) {
      await client.chat.update({ channel: this.where.channel, ts: this.messageTs, text, blocks });
      return this.messageTs;
    }
    const res = await client.chat.postMessage({ ...this.where, text, blocks });
    this.messageTs = res.ts;
    return res.ts as string;
  }

  private settle(): void {
    this.finished = true;
    clearTimeout(this.streamTimer);
    this.streamTimer = undefined;
  }

  private due(): boolean {
    const now = this.o.clock();
    if (now - this.lastEdit < this.minUpdateMs) return false;
    this.lastEdit = now;
    return true;
  }

  /** Shows the final answer; returns the ts of the answer message. */
  async finish(message: AnswerMessage): Promise<string> {
    this.settle();
    await this.queue;
    if (this.mode === 'streaming' && this.streamer?.ts) {
      const rest = message.shownReply.startsWith(this.streamed) ? message.shownReply.slice(this.streamed.length) : '';
      await this.streamer.stop({ ...(rest ? { markdown_text: rest } : {}), blocks: message.trailerBlocks });
      const ts = this.streamer.ts;
      // Streams render Markdown; the final message is re-drawn in Block Kit so mrkdwn and sections are exact.
      await this.o.client.chat.update({ channel: this.where.channel, ts, text: message.text, blocks: message.blocks });
      return ts;
    }
    return this.postOrUpdate(message.text, message.blocks);
  }

  /** Shows a failure where the answer would have been. */
  async fail(text: string): Promise<string> {
    this.settle();
    await this.queue;
    const blocks = noticeBlocks(text);
    if (this.mode === 'streaming' && this.streamer?.ts) {
      await this.streamer.stop({ markdown_text: '\n\n(stopped)' }).catch(() => undefined);
    }
    return this.postOrUpdate(text, blocks);
  }
}
