// The page's copy of the fake workspace, kept current by the server's events. Pure (no DOM).

export const SLACKBOT = { id: 'USLACKBOT', name: 'slackbot', real_name: 'Slackbot', is_admin: false, is_bot: true };

const byTs = (a, b) => Number(a.ts) - Number(b.ts);

export class Store {
  constructor() {
    this.team = { id: '', name: 'Workspace', domain: '' };
    this.bot = { user_id: '', bot_id: '', name: 'App' };
    this.users = new Map();
    this.channels = new Map();
    /** channel id → Map(ts → message) */
    this.messages = new Map();
    /** `${channel}:${thread_ts}` → status */
    this.statuses = new Map();
    this.commands = [];
    this.connected = 0;
    this.localCounter = 0;
  }

  load(snapshot) {
    this.team = snapshot.team;
    this.bot = snapshot.bot;
    this.users = new Map(snapshot.users.map((u) => [u.id, u]));
    this.channels = new Map(snapshot.channels.map((c) => [c.id, c]));
    // Notes shown only in this page (Slackbot-style) survive a reload of the snapshot.
    const local = [...this.messages.values()].flatMap((m) => [...m.values()]).filter((m) => m.local);
    this.messages = new Map();
    for (const m of [...snapshot.messages, ...local]) this.upsert(m);
    this.statuses = new Map(snapshot.statuses.map((s) => [`${s.channel}:${s.thread_ts}`, s]));
    this.commands = snapshot.commands;
    this.connected = snapshot.connected;
  }

  upsert(message) {
    let list = this.messages.get(message.channel);
    if (!list) this.messages.set(message.channel, (list = new Map()));
    list.set(message.ts, message);
  }

  remove(channel, ts) {
    this.messages.get(channel)?.delete(ts);
  }

  setStatus(status) {
    const key = `${status.channel}:${status.thread_ts}`;
    if (status.status) this.statuses.set(key, status);
    else this.statuses.delete(key);
  }

  status(channel, threadTs) {
    return this.statuses.get(`${channel}:${threadTs}`);
  }

  /** A Slackbot note only this page sees ("/foo is not a valid command"). */
  addNotice({ channel, thread_ts, text }, viewer, nowMs) {
    this.localCounter += 1;
    const ts = `${Math.floor(nowMs / 1000)}.${String(900000 + this.localCounter).padStart(6, '0')}`;
    const m = { type: 'message', channel, ts, text, user: SLACKBOT.id, ephemeral_to: viewer, local: true, ...(thread_ts ? { thread_ts } : {}) };
    this.upsert(m);
    return m;
  }

  find(channel, ts) {
    return this.messages.get(channel)?.get(ts);
  }

  user(id) {
    return id === SLACKBOT.id ? SLACKBOT : this.users.get(id);
  }

  /** Who wrote a message: a person, this app, Slackbot, or another bot. */
  author(m) {
    if (m.user) {
      const u = this.user(m.user);
      if (u) return { id: u.id, name: u.real_name || u.name, isBot: u.is_bot, isApp: m.user === this.bot.user_id, isSlackbot: u.id === SLACKBOT.id };
      return { id: m.user, name: m.user, isBot: false, isApp: false, isSlackbot: false };
    }
    return { id: m.bot_id ?? 'bot', name: m.username ?? 'bot', isBot: true, isApp: false, isSlackbot: false };
  }

  visibleTo(m, viewer) {
    return !m.ephemeral_to || m.ephemeral_to === viewer;
  }

  /** Top-level messages of a channel as `viewer` sees them, oldest first. */
  channelMessages(channel, viewer) {
    return [...(this.messages.get(channel)?.values() ?? [])]
      .filter((m) => (!m.thread_ts || m.thread_ts === m.ts || m.subtype === 'thread_broadcast') && this.visibleTo(m, viewer))
      .sort(byTs);
  }

  /** A thread's root and replies as `viewer` sees them, oldest first. */
  threadMessages(channel, threadTs, viewer) {
    return [...(this.messages.get(channel)?.values() ?? [])]
      .filter((m) => (m.ts === threadTs || m.thread_ts === threadTs) && this.visibleTo(m, viewer))
      .sort(byTs);
  }

  /** Channels in the sidebar for `viewer`: public/private channels they are in, and their DMs. */
  sidebar(viewer) {
    const all = [...this.channels.values()];
    const channels = all.filter((c) => !c.is_im && c.members.includes(viewer)).sort((a, b) => a.name.localeCompare(b.name));
    const dms = all.filter((c) => c.is_im && c.members.includes(viewer));
    return { channels, dms };
  }

  /** The other side of a DM (for `viewer`). */
  dmPartner(channel, viewer) {
    const id = channel.members.find((m) => m !== viewer) ?? channel.user;
    return this.user(id);
  }

  humans() {
    return [...this.users.values()].filter((u) => !u.is_bot);
  }

  /** Newest message ts in a channel (replies included) from someone other than `viewer`. */
  latestFromOthers(channel, viewer) {
    let latest = 0;
    for (const m of this.messages.get(channel)?.values() ?? []) {
      if (m.user !== viewer && this.visibleTo(m, viewer) && !m.local) latest = Math.max(latest, Number(m.ts));
    }
    return latest;
  }
}
