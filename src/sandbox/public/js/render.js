// Messages, avatars, thread summaries and channel intros as HTML strings. Pure (no DOM): the page
// patches these into the document keyed by `data-key`.
import { renderBlocks, renderFiles } from './blocks.js';
import { escapeHtml, renderMarkdown, renderMrkdwn } from './mrkdwn.js';

const AVATAR_COLOURS = ['#e8912d', '#2bac76', '#4a154b', '#1264a3', '#e01e5a', '#36c5f0', '#8b3a8f', '#c25b16', '#0b7a75'];

function hash(s) {
  let h = 0;
  for (const ch of String(s)) h = (h * 31 + ch.codePointAt(0)) >>> 0;
  return h;
}

export function initials(name) {
  const words = String(name).replace(/\(.*?\)/g, '').trim().split(/\s+/).filter(Boolean);
  return ((words[0]?.[0] ?? '?') + (words[1]?.[0] ?? '')).toUpperCase();
}

/** A square avatar: the app's and Slackbot's images, initials on a colour for people. */
export function avatarHtml(author, size = 36) {
  const style = `width:${size}px;height:${size}px`;
  if (author.isApp) return `<img class="avatar" style="${style}" src="/img/mix-analyst.svg" alt="">`;
  if (author.isSlackbot) return `<img class="avatar" style="${style}" src="/img/slackbot.svg" alt="">`;
  const colour = AVATAR_COLOURS[hash(author.id) % AVATAR_COLOURS.length];
  return `<span class="avatar avatar-initials" style="${style};background:${colour};font-size:${Math.round(size * 0.4)}px">${escapeHtml(initials(author.name))}</span>`;
}

export function tsDate(ts) {
  return new Date(Number(ts) * 1000);
}

export function formatTime(ts) {
  return tsDate(ts).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
}

/** "Today", "Yesterday" or "Monday, June 3rd" (Slack's day dividers). */
export function dayLabel(ts, now = new Date()) {
  const d = tsDate(ts);
  const day = (x) => new Date(x.getFullYear(), x.getMonth(), x.getDate()).getTime();
  const diff = Math.round((day(now) - day(d)) / 86_400_000);
  if (diff === 0) return 'Today';
  if (diff === 1) return 'Yesterday';
  const n = d.getDate();
  const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  return `${d.toLocaleDateString('en-US', { weekday: 'long', month: 'long' })} ${n}${suffix}`;
}

export function dayKey(ts) {
  const d = tsDate(ts);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

function reactionsHtml(m, viewer) {
  if (!m.reactions?.length) return '';
  return `<div class="reactions">${m.reactions
    .map((r) => `<span class="reaction${r.users?.includes(viewer) ? ' mine' : ''}" title=":${escapeHtml(r.name)}:">${renderMrkdwn(`:${r.name}:`)} <span class="count">${r.count}</span></span>`)
    .join('')}</div>`;
}

/** "Mix Analyst is thinking…", cycling through loading_messages with `tick`. */
export function statusText(status, appName, tick = 0) {
  const options = [status.status, ...(status.loading_messages ?? [])].filter(Boolean);
  const text = options[tick % options.length] ?? status.status;
  return /^(is|are)\b/.test(text) ? `${appName} ${text}` : text;
}

export function statusHtml(status, appName, tick = 0) {
  if (!status) return '';
  return `<div class="thread-status"><span class="dots"><i></i><i></i><i></i></span><span class="thread-status-text">${escapeHtml(statusText(status, appName, tick))}</span></div>`;
}

function threadSummaryHtml(m, store) {
  if (!m.reply_count) return '';
  const people = (m.reply_users ?? []).slice(0, 5).map((id) => {
    const author = id === store.bot.bot_id ? store.author({ user: store.bot.user_id }) : store.author({ user: id });
    return avatarHtml(author, 24);
  });
  const last = m.latest_reply ? `<span class="last-reply">Last reply ${dayLabel(m.latest_reply).toLowerCase() === 'today' ? 'today' : dayLabel(m.latest_reply)} at ${formatTime(m.latest_reply)}</span>` : '';
  return `<button type="button" class="thread-summary" data-open-thread="${escapeHtml(m.ts)}">${people.join('')}<span class="reply-count">${m.reply_count} ${m.reply_count === 1 ? 'reply' : 'replies'}</span>${last}<span class="view-thread">View thread</span></button>`;
}

/**
 * What a message shows: its blocks (the text is then only the notification fallback), or its mrkdwn
 * text. A streamed message (chat.startStream) shows its Markdown text with the blocks stopStream added,
 * until a chat.update turns it into an ordinary message.
 */
export function messageBody(m, ctx = {}) {
  const tail = m.edited && !m.streaming ? '<span class="edited">(edited)</span>' : '';
  const cursor = m.streaming ? '<span class="stream-cursor"></span>' : '';
  if (m.is_stream && !m.edited) {
    // The cursor sits at the end of the last paragraph, where the next words will appear.
    const text = m.text ? renderMarkdown(m.text) : '';
    const withCursor = cursor && /<\/div>$/.test(text) ? text.replace(/<\/div>$/, `${cursor}</div>`) : text + cursor;
    return `<div class="bk-markdown">${withCursor}</div>${renderBlocks(m.blocks, ctx)}`;
  }
  if (m.blocks?.length) return renderBlocks(m.blocks, ctx, tail);
  return `<div class="bk-text">${m.text ? renderMrkdwn(m.text, ctx) : ''}${tail}${cursor}</div>`;
}

/**
 * One message. `opts`: store, viewer, compact (a follow-up by the same author), inThread (rendered in
 * the thread pane: no thread summary), tick (status animation), ctx (mrkdwn mention names).
 */
export function messageHtml(m, opts) {
  const { store, viewer, compact = false, inThread = false, tick = 0, ctx = {} } = opts;
  const author = store.author(m);
  const ephemeral = Boolean(m.ephemeral_to);
  const body = messageBody(m, ctx);
  const classes = ['msg', compact && !ephemeral ? 'compact' : '', ephemeral ? 'ephemeral' : '', author.isBot ? 'from-bot' : '', m.streaming ? 'streaming' : '']
    .filter(Boolean)
    .join(' ');
  const header = compact && !ephemeral
    ? ''
    : `<div class="msg-header"><span class="msg-author">${escapeHtml(author.name)}</span>${author.isBot ? '<span class="app-badge">APP</span>' : ''}<span class="msg-time" title="${escapeHtml(tsDate(m.ts).toString())}">${formatTime(m.ts)}</span></div>`;
  const gutter = compact && !ephemeral ? `<span class="hover-time">${formatTime(m.ts).replace(/\s?[AP]M$/, '')}</span>` : avatarHtml(author);
  const isRoot = !m.thread_ts || m.thread_ts === m.ts;
  const status = isRoot && !inThread ? statusHtml(store.status(m.channel, m.ts), store.bot.name, tick) : '';
  const summary = isRoot && !inThread ? threadSummaryHtml(m, store) : '';
  const ephemeralLabel = ephemeral ? '<div class="ephemeral-label"><span class="eye">👁</span> Only visible to you</div>' : '';
  const dismiss = ephemeral ? `<button type="button" class="dismiss" data-dismiss="${escapeHtml(m.ts)}">Dismiss message</button>` : '';
  const replyAction = !inThread && !ephemeral && isRoot ? `<button type="button" class="msg-action" data-open-thread="${escapeHtml(m.ts)}" title="Reply in thread">💬</button>` : '';
  return `<div class="${classes}" data-key="m-${escapeHtml(m.ts)}" data-ts="${escapeHtml(m.ts)}" data-channel="${escapeHtml(m.channel)}">${ephemeralLabel}<div class="msg-row"><div class="msg-gutter">${gutter}</div><div class="msg-content">${header}<div class="msg-body">${body}</div>${renderFiles(m.files)}${reactionsHtml(m, viewer)}${summary}${status}${dismiss}</div></div>${replyAction ? `<div class="msg-actions">${replyAction}</div>` : ''}</div>`;
}

/** Same author within five minutes, nothing in between: Slack drops the avatar and name. */
export function isFollowUp(prev, m) {
  if (!prev || prev.ephemeral_to || m.ephemeral_to) return false;
  if ((prev.user ?? prev.bot_id) !== (m.user ?? m.bot_id)) return false;
  if (prev.reply_count) return false;
  return Number(m.ts) - Number(prev.ts) < 300 && dayKey(prev.ts) === dayKey(m.ts);
}

/** A message list with day dividers and follow-up grouping, as `[{key, html}]` for patching. */
export function messageItems(messages, opts) {
  const items = [];
  let prev;
  for (const m of messages) {
    if (!prev || dayKey(prev.ts) !== dayKey(m.ts)) {
      items.push({ key: `day-${dayKey(m.ts)}`, html: `<div class="day-divider" data-key="day-${dayKey(m.ts)}"><span>${escapeHtml(dayLabel(m.ts))}</span></div>` });
      prev = undefined;
    }
    items.push({ key: `m-${m.ts}`, html: messageHtml(m, { ...opts, compact: isFollowUp(prev, m) }) });
    prev = m;
  }
  return items;
}

/** The top of a conversation: what it is, and example questions to try (the app's own examples). */
export function introHtml(c, store, viewer) {
  const bot = store.bot;
  const botHere = c.members.includes(bot.user_id);
  const examples = ['@Mix Analyst what did we pay per thousand impressions on Meta in Q2 2025?', '@Mix Analyst show me the TikTok creatives for the Vento launch', '/mmm optimize 2M', '/mmm roi', '/reindex'].map((t) =>
    c.is_im ? t.replace(/^@Mix Analyst /, '') : t,
  );
  const chips = botHere
    ? `<div class="try"><span class="try-label">Try it:</span>${examples.map((t) => `<button type="button" class="try-chip" data-fill="${escapeHtml(t)}">${escapeHtml(t)}</button>`).join('')}</div>`
    : `<div class="try muted">${escapeHtml(bot.name)} is not in this channel, so it will not see messages here — as in Slack before the app is invited.</div>`;
  if (c.is_im) {
    const partner = store.dmPartner(c, viewer);
    return `<div class="intro" data-key="intro">${avatarHtml(store.author({ user: partner?.id }), 72)}<h2>${escapeHtml(partner?.real_name ?? '')}</h2><p>This conversation is just between you and <b>${escapeHtml(partner?.real_name ?? '')}</b>. Ask a question and the answer arrives in a thread.</p>${chips}</div>`;
  }
  return `<div class="intro" data-key="intro"><h2># ${escapeHtml(c.name)}</h2><p>This is the very beginning of the <span class="mention channel-mention">#${escapeHtml(c.name)}</span> channel.${c.topic ? ` ${escapeHtml(c.topic)}.` : ''}</p>${chips}</div>`;
}

/** One wire-log line: time, direction, what, outcome. */
export function wireLineHtml(e) {
  const time = new Date(e.at).toLocaleTimeString('en-GB');
  return `<li class="${e.ok ? 'ok' : 'fail'} ${e.direction}"><span class="wire-time">${time}</span><span class="wire-dir">${e.direction === 'in' ? '▸ app' : '◂ api'}</span><span class="wire-label">${escapeHtml(e.label)}</span><span class="wire-detail">${escapeHtml(e.detail ?? (e.ok ? 'ok' : 'failed'))}</span></li>`;
}
