import { EventEmitter } from 'node:events';
import type {
  FakeChannel,
  FakeFile,
  FakeMessage,
  FakeSlackChange,
  FakeUser,
  ScheduledMessage,
  ThreadStatus,
  WorkspaceSeed,
} from './types.js';

/**
 * The fake workspace's state: users, channels, messages (with threads), files, statuses and scheduled
 * messages. Every mutation emits a `change` so the sandbox page can follow along.
 */
export class Workspace extends EventEmitter {
  readonly team: WorkspaceSeed['team'];
  readonly bot: WorkspaceSeed['bot'];
  readonly users = new Map<string, FakeUser>();
  readonly channels = new Map<string, FakeChannel>();
  readonly files = new Map<string, FakeFile>();
  readonly statuses = new Map<string, ThreadStatus>();
  readonly titles = new Map<string, string>();
  readonly scheduled = new Map<string, ScheduledMessage>();
  private readonly byChannel = new Map<string, FakeMessage[]>();
  private lastTsMicros = 0;
  private idCounter = 0;

  constructor(
    seed: WorkspaceSeed,
    private readonly clock: () => number,
  ) {
    super();
    this.team = seed.team;
    this.bot = seed.bot;
    for (const u of seed.users) this.users.set(u.id, u);
    for (const c of seed.channels) this.channels.set(c.id, c);
  }

  emitChange(change: FakeSlackChange): void {
    this.emit('change', change);
  }

  now(): number {
    return this.clock();
  }

  /** A Slack timestamp from the clock, strictly increasing ("1700000000.000123"). */
  nextTs(): string {
    const micros = Math.max(Math.floor(this.clock() * 1000), this.lastTsMicros + 1);
    this.lastTsMicros = micros;
    const s = Math.floor(micros / 1_000_000);
    return `${s}.${String(micros % 1_000_000).padStart(6, '0')}`;
  }

  /** Sequential ids with a Slack-like prefix (F…, Ev…, Q…). */
  nextId(prefix: string): string {
    this.idCounter += 1;
    return `${prefix}${String(this.idCounter).padStart(8, '0')}`;
  }

  channel(idOrName: string): FakeChannel | undefined {
    const key = idOrName.replace(/^#/, '');
    return this.channels.get(key) ?? [...this.channels.values()].find((c) => c.name === key && !c.is_im);
  }

  /** The DM between the bot and a user (opened on demand, like conversations.open). */
  dmWith(userId: string): FakeChannel {
    const existing = [...this.channels.values()].find((c) => c.is_im && c.user === userId);
    if (existing) return existing;
    const ch: FakeChannel = {
      id: `D${userId.slice(1)}DM`,
      name: userId,
      is_im: true,
      is_private: true,
      user: userId,
      members: [userId, this.bot.user_id],
      created: Math.floor(this.clock() / 1000),
    };
    this.channels.set(ch.id, ch);
    return ch;
  }

  isMember(channelId: string, userId: string): boolean {
    return this.channels.get(channelId)?.members.includes(userId) ?? false;
  }

  list(channelId: string): FakeMessage[] {
    let list = this.byChannel.get(channelId);
    if (!list) {
      list = [];
      this.byChannel.set(channelId, list);
    }
    return list;
  }

  find(channelId: string, ts: string): FakeMessage | undefined {
    return this.byChannel.get(channelId)?.find((m) => m.ts === ts);
  }

  findAnywhere(ts: string): FakeMessage | undefined {
    for (const list of this.byChannel.values()) {
      const m = list.find((x) => x.ts === ts);
      if (m) return m;
    }
    return undefined;
  }

  /** Adds a message; a reply updates its root's thread fields and clears the thread's status. */
  add(message: FakeMessage): FakeMessage {
    this.list(message.channel).push(message);
    if (message.thread_ts && message.thread_ts !== message.ts && !message.ephemeral_to) {
      const root = this.find(message.channel, message.thread_ts);
      if (root) {
        root.thread_ts = root.ts;
        root.reply_count = (root.reply_count ?? 0) + 1;
        root.latest_reply = message.ts;
        const who = message.user ?? message.bot_id;
        if (who && !(root.reply_users ?? []).includes(who)) root.reply_users = [...(root.reply_users ?? []), who];
        this.emitChange({ type: 'message_updated', channel: root.channel, ts: root.ts, message: root });
      }
    }
    if (message.user === this.bot.user_id && !message.ephemeral_to) {
      this.clearStatus(message.channel, message.thread_ts ?? message.ts);
    }
    this.emitChange({ type: 'message_posted', channel: message.channel, ts: message.ts, message });
    return message;
  }

  update(message: FakeMessage): void {
    this.emitChange({ type: 'message_updated', channel: message.channel, ts: message.ts, message });
  }

  remove(channelId: string, ts: string): boolean {
    const list = this.byChannel.get(channelId);
    const idx = list?.findIndex((m) => m.ts === ts) ?? -1;
    if (!list || idx < 0) return false;
    const [removed] = list.splice(idx, 1);
    if (removed?.thread_ts && removed.thread_ts !== removed.ts) {
      const root = this.find(channelId, removed.thread_ts);
      if (root && root.reply_count) {
        root.reply_count -= 1;
        this.update(root);
      }
    }
    this.emitChange({ type: 'message_deleted', channel: channelId, ts });
    return true;
  }

  /** Top-level messages (thread roots and plain posts) of a channel, oldest first. */
  history(channelId: string, viewer?: string): FakeMessage[] {
    return this.list(channelId).filter(
      (m) => (!m.thread_ts || m.thread_ts === m.ts) && visibleTo(m, viewer),
    );
  }

  /** A thread: its root followed by the replies, oldest first. */
  thread(channelId: string, threadTs: string, viewer?: string): FakeMessage[] {
    return this.list(channelId).filter(
      (m) => (m.ts === threadTs || m.thread_ts === threadTs) && visibleTo(m, viewer),
    );
  }

  setStatus(status: ThreadStatus): void {
    const key = `${status.channel}:${status.thread_ts}`;
    if (status.status === '') this.statuses.delete(key);
    else this.statuses.set(key, status);
    this.emitChange({ type: 'status', ...status });
  }

  clearStatus(channel: string, threadTs: string): void {
    const key = `${channel}:${threadTs}`;
    if (!this.statuses.has(key)) return;
    this.statuses.delete(key);
    this.emitChange({ type: 'status', channel, thread_ts: threadTs, status: '' });
  }
}

/** Ephemeral messages are visible to their user only; `viewer` undefined means the Web API view. */
function visibleTo(m: FakeMessage, viewer: string | undefined): boolean {
  if (!m.ephemeral_to) return true;
  return viewer !== undefined && (viewer === '*' || viewer === m.ephemeral_to);
}
