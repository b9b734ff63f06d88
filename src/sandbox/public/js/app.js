// The sandbox page: keeps a copy of the fake workspace current over /ws, renders it like Slack's
// desktop client, and sends what the person does (messages, slash commands, button clicks) back.
import { Composer } from './composer.js';
import { Connection } from './connection.js';
import { $, nearBottom, patch, setHtml } from './dom.js';
import { escapeHtml } from './mrkdwn.js';
import { avatarHtml, introHtml, messageHtml, messageItems, statusHtml, wireLineHtml } from './render.js';
import { Store } from './store.js';

const store = new Store();
const params = new URLSearchParams(location.search);

const ui = {
  me: params.get('user') || localStorage.getItem('sandbox.user') || '',
  channel: params.get('channel') || localStorage.getItem('sandbox.channel') || '',
  thread: undefined,
  tick: 0,
  /** channel id → newest ts the viewer has seen there */
  seen: new Map(),
  dismissed: new Set(),
  wire: [],
  socketOpen: false,
  ready: false,
};

const connection = new Connection(onEvent, (open) => {
  ui.socketOpen = open;
  render();
});
const request = (body) => connection.request(body);

function onEvent(ev) {
  switch (ev.type) {
    case 'snapshot':
      store.load(ev);
      ui.wire = [...(ev.wire ?? [])];
      adoptDefaults();
      ui.ready = true;
      break;
    case 'message':
      store.upsert(ev.message);
      break;
    case 'deleted':
      store.remove(ev.channel, ev.ts);
      break;
    case 'status':
      store.setStatus(ev);
      break;
    case 'connection':
      store.connected = ev.connected;
      break;
    case 'notice':
      store.addNotice(ev, ui.me, Date.now());
      break;
    case 'wire':
      ui.wire.push(ev.entry);
      if (ui.wire.length > 300) ui.wire.shift();
      break;
    default:
      return;
  }
  render();
}

// ---- state helpers -------------------------------------------------------------------------------

function adoptDefaults() {
  const humans = store.humans();
  if (!store.users.has(ui.me) || store.users.get(ui.me).is_bot) ui.me = humans.find((u) => u.is_admin)?.id ?? humans[0]?.id ?? '';
  const { channels, dms } = store.sidebar(ui.me);
  const ok = [...channels, ...dms].some((c) => c.id === ui.channel);
  if (!ok) ui.channel = (channels.find((c) => c.name === 'marketing') ?? channels[0] ?? dms[0])?.id ?? '';
  if (ui.thread && !store.find(ui.channel, ui.thread)) ui.thread = undefined;
}

function mentionCtx() {
  return {
    userName: (id) => store.user(id)?.real_name,
    channelName: (id) => store.channels.get(id)?.name,
    selfId: ui.me,
  };
}

function channelLabel(c) {
  if (!c) return '';
  if (!c.is_im) return `${c.is_private ? '🔒' : '#'} ${c.name}`;
  return store.dmPartner(c, ui.me)?.real_name ?? 'Direct message';
}

function persist() {
  localStorage.setItem('sandbox.user', ui.me);
  localStorage.setItem('sandbox.channel', ui.channel);
  const url = new URL(location.href);
  url.searchParams.set('user', ui.me);
  url.searchParams.set('channel', ui.channel);
  history.replaceState(null, '', url);
}

// ---- rendering -----------------------------------------------------------------------------------

let frame = 0;
function render() {
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    draw();
  });
}

function draw() {
  if (!ui.ready) return;
  const ctx = mentionCtx();
  drawChrome();
  drawSidebar();
  drawChannel(ctx);
  drawThread(ctx);
  drawWire();
  persist();
}

function drawChrome() {
  $('#search-label').textContent = `Search ${store.team.name}`;
  $('#workspace-name').innerHTML = `${escapeHtml(store.team.name)} <span class="caret">▾</span>`;
  const select = $('#user-select');
  const options = store
    .humans()
    .map((u) => `<option value="${escapeHtml(u.id)}"${u.id === ui.me ? ' selected' : ''}>${escapeHtml(u.real_name)}${u.is_admin && !/admin/i.test(u.real_name) ? ' (admin)' : ''}</option>`)
    .join('');
  if (select._html !== options) {
    select.innerHTML = options;
    select._html = options;
  }
  select.value = ui.me;
  const me = store.user(ui.me);
  $('#me-avatar').innerHTML = me ? avatarHtml(store.author({ user: me.id }), 26) : '';
  const bot = $('#bot-state');
  bot.className = `sidebar-footer ${store.connected > 0 ? 'online' : 'offline'}`;
  bot.innerHTML = store.connected > 0 ? `<span class="presence on"></span>${escapeHtml(store.bot.name)} is connected` : `<span class="presence"></span>${escapeHtml(store.bot.name)} is offline`;
  const banner = $('#banner');
  const text = !ui.socketOpen
    ? 'Lost the connection to the sandbox server. Reconnecting…'
    : store.connected === 0
      ? `${escapeHtml(store.bot.name)} is not connected to this workspace yet: messages will wait until the app starts.`
      : '';
  banner.classList.toggle('hidden', !text);
  banner.innerHTML = text;
}

function drawSidebar() {
  const { channels, dms } = store.sidebar(ui.me);
  const item = (c, label, icon) => {
    const unread = c.id !== ui.channel && store.latestFromOthers(c.id, ui.me) > (ui.seen.get(c.id) ?? 0);
    return `<li data-key="${escapeHtml(c.id)}"><button type="button" class="sidebar-item${c.id === ui.channel ? ' active' : ''}${unread ? ' unread' : ''}" data-channel="${escapeHtml(c.id)}">${icon}<span class="label">${escapeHtml(label)}</span></button></li>`;
  };
  patch($('#channel-list'), channels.map((c) => ({ key: c.id, html: item(c, c.name, `<span class="hash">${c.is_private ? '🔒' : '#'}</span>`) })));
  patch(
    $('#dm-list'),
    dms.map((c) => {
      const partner = store.dmPartner(c, ui.me);
      const author = store.author({ user: partner?.id });
      const presence = partner?.is_bot ? `<span class="presence ${store.connected > 0 ? 'on' : ''}"></span>` : '';
      return { key: c.id, html: item(c, partner?.real_name ?? c.id, `<span class="dm-avatar">${avatarHtml(author, 20)}${presence}</span>`) };
    }),
  );
}

function drawChannel(ctx) {
  const c = store.channels.get(ui.channel);
  if (!c) return;
  $('#channel-title').innerHTML = c.is_im
    ? `${avatarHtml(store.author({ user: store.dmPartner(c, ui.me)?.id }), 24)}<span>${escapeHtml(channelLabel(c))}</span>`
    : `<span>${escapeHtml(channelLabel(c))}</span> <span class="caret">▾</span>`;
  $('#channel-topic').textContent = c.is_im ? '' : (c.topic ?? '');
  $('#member-count').innerHTML = c.is_im ? '' : `👥 ${c.members.length}`;
  composer.setPlaceholder(`Message ${c.is_im ? channelLabel(c) : `#${c.name}`}`);
  const list = $('#messages');
  const stick = list._stick !== false;
  const messages = store.channelMessages(c.id, ui.me).filter((m) => !ui.dismissed.has(m.ts));
  patch(list, [{ key: 'intro', html: introHtml(c, store, ui.me) }, ...messageItems(messages, { store, viewer: ui.me, ctx, tick: ui.tick })]);
  if (stick) list.scrollTop = list.scrollHeight;
  ui.seen.set(c.id, Math.max(ui.seen.get(c.id) ?? 0, store.latestFromOthers(c.id, ui.me)));
}

function drawThread(ctx) {
  const pane = $('#thread-pane');
  const root = ui.thread ? store.find(ui.channel, ui.thread) : undefined;
  pane.classList.toggle('hidden', !root);
  document.body.classList.toggle('thread-open', Boolean(root));
  if (!root) return;
  const c = store.channels.get(ui.channel);
  $('#thread-channel').textContent = c ? channelLabel(c) : '';
  const scroller = $('#thread-scroll');
  const stick = scroller._stick !== false;
  const all = store.threadMessages(ui.channel, root.ts, ui.me).filter((m) => !ui.dismissed.has(m.ts));
  const replies = all.filter((m) => m.ts !== root.ts);
  const opts = { store, viewer: ui.me, ctx, tick: ui.tick, inThread: true };
  patch($('#thread-root'), [{ key: `root-${root.ts}`, html: messageHtml(root, opts).replace(/data-key="[^"]*"/, `data-key="root-${escapeHtml(root.ts)}"`) }]);
  const count = replies.filter((m) => !m.ephemeral_to).length;
  $('#replies-divider').innerHTML = count ? `<span>${count} ${count === 1 ? 'reply' : 'replies'}</span>` : '';
  patch($('#thread-messages'), messageItems(replies, opts).filter((it) => !it.key.startsWith('day-')));
  const status = store.status(ui.channel, root.ts);
  setHtml($('#thread-status'), statusHtml(status, store.bot.name, ui.tick));
  threadComposer.setPlaceholder('Reply…');
  if (stick) scroller.scrollTop = scroller.scrollHeight;
}

function drawWire() {
  if ($('#wire-log').classList.contains('hidden')) return;
  const ol = $('#wire-entries');
  if (setHtml(ol, ui.wire.slice(-200).map(wireLineHtml).join(''))) ol.scrollTop = ol.scrollHeight;
}

// ---- actions -------------------------------------------------------------------------------------

async function sendText(text, threadTs) {
  const res = await request({ type: 'send', user: ui.me, channel: ui.channel, text, ...(threadTs ? { thread_ts: threadTs } : {}) });
  if (!res.ok) {
    store.addNotice({ channel: ui.channel, thread_ts: threadTs, text: `:warning: Your message could not be sent (${res.error}).` }, ui.me, Date.now());
    render();
  }
  const list = threadTs ? $('#thread-scroll') : $('#messages');
  requestAnimationFrame(() => (list.scrollTop = list.scrollHeight));
}

async function click(button) {
  const msg = button.closest('[data-ts]');
  if (!msg || button.classList.contains('loading')) return;
  if (button.dataset.url) window.open(button.dataset.url, '_blank', 'noopener');
  button.classList.add('loading');
  const res = await request({
    type: 'click',
    user: ui.me,
    channel: msg.dataset.channel,
    message_ts: msg.dataset.ts,
    action_id: button.dataset.actionId,
    ...(button.dataset.value !== undefined ? { value: button.dataset.value } : {}),
  });
  button.classList.remove('loading');
  if (res.ok && button.classList.contains('bk-icon-button')) button.classList.add('chosen');
  if (!res.ok) {
    store.addNotice({ channel: msg.dataset.channel, text: `:warning: That button did not work (${res.error}).` }, ui.me, Date.now());
    render();
  }
}

function openThread(ts) {
  ui.thread = ts;
  $('#thread-scroll')._stick = true;
  draw();
  const scroller = $('#thread-scroll');
  scroller.scrollTop = scroller.scrollHeight;
  threadComposer.focus();
}

function switchChannel(id) {
  if (id === ui.channel) return;
  ui.channel = id;
  ui.thread = undefined;
  $('#messages')._stick = true;
  draw();
  const list = $('#messages');
  list.scrollTop = list.scrollHeight;
  composer.focus();
}

const composer = new Composer($('#composer'), { store, viewer: () => ui.me, allowCommands: true, onSend: (t) => sendText(t) });
const threadComposer = new Composer($('#thread-composer'), { store, viewer: () => ui.me, allowCommands: true, onSend: (t) => sendText(t, ui.thread) });

document.addEventListener('click', (e) => {
  const t = e.target;
  const ch = t.closest('[data-channel].sidebar-item');
  if (ch) return switchChannel(ch.dataset.channel);
  const thread = t.closest('[data-open-thread]');
  if (thread) return openThread(thread.dataset.openThread);
  const action = t.closest('[data-action-id]');
  if (action) return void click(action);
  const dismiss = t.closest('[data-dismiss]');
  if (dismiss) {
    ui.dismissed.add(dismiss.dataset.dismiss);
    return draw();
  }
  const fill = t.closest('[data-fill]');
  if (fill) return composer.setText(fill.dataset.fill);
  const img = t.closest('img.zoomable');
  if (img) {
    $('#lightbox-img').src = img.src;
    $('#lightbox-title').textContent = img.alt;
    return $('#lightbox').classList.remove('hidden');
  }
  if (t.closest('#lightbox')) return $('#lightbox').classList.add('hidden');
  return undefined;
});

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') $('#lightbox').classList.add('hidden');
});

$('#thread-close').addEventListener('click', () => {
  ui.thread = undefined;
  draw();
});
$('#user-select').addEventListener('change', (e) => {
  ui.me = e.target.value;
  const c = store.channels.get(ui.channel);
  if (!c || !c.members.includes(ui.me)) {
    ui.channel = '';
    ui.thread = undefined;
  }
  adoptDefaults();
  draw();
});
$('#wire-toggle').addEventListener('click', () => {
  $('#wire-log').classList.toggle('hidden');
  draw();
});
$('#wire-close').addEventListener('click', () => $('#wire-log').classList.add('hidden'));
// Images change the height of the list after it was scrolled: keep the newest message in view.
document.addEventListener(
  'load',
  (e) => {
    if (e.target.tagName !== 'IMG') return;
    for (const list of [$('#messages'), $('#thread-scroll')]) if (list.contains(e.target) && list._stick !== false) list.scrollTop = list.scrollHeight;
  },
  true,
);
for (const list of [$('#messages'), $('#thread-scroll')]) list.addEventListener('scroll', () => (list._stick = nearBottom(list)));

// The "is thinking…" line cycles through its loading messages.
setInterval(() => {
  if (store.statuses.size === 0) return;
  ui.tick += 1;
  render();
}, 2500);

connection.connect();
