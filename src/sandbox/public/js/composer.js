// The message composer: Enter sends, Shift+Enter breaks the line, `@` suggests people and apps, `/`
// suggests the app's slash commands, the toolbar wraps the selection in mrkdwn markers.
import { escapeHtml } from './mrkdwn.js';
import { avatarHtml } from './render.js';

/** What the text before the caret is asking to complete: `@na` → people, `/mm` at the start → commands. */
export function completionQuery(text, caret) {
  const before = text.slice(0, caret);
  const cmd = /^\/([\w-]*)$/.exec(before);
  if (cmd) return { kind: 'command', query: cmd[1].toLowerCase(), start: 0 };
  const at = /(^|\s)@([\p{L}\p{N} ._-]{0,30})$/u.exec(before);
  if (at && !/\s$/.test(at[2])) return { kind: 'user', query: at[2].toLowerCase(), start: before.length - at[2].length - 1 };
  return undefined;
}

/** People and apps whose name starts (or a word of it starts) with the query. */
export function matchUsers(users, query) {
  const q = query.trim().toLowerCase();
  return users.filter((u) => {
    const names = [u.real_name, u.name].map((n) => String(n).toLowerCase());
    return !q || names.some((n) => n.startsWith(q) || n.split(/[\s._-]+/).some((w) => w.startsWith(q)));
  });
}

export function matchCommands(commands, query) {
  return commands.filter((c) => c.command.slice(1).startsWith(query));
}

export class Composer {
  /**
   * @param {HTMLFormElement} form
   * @param {{ store: import('./store.js').Store, viewer: () => string, onSend: (text: string) => Promise<void>, allowCommands: boolean }} options
   */
  constructor(form, options) {
    this.form = form;
    this.input = form.querySelector('textarea');
    this.popup = form.querySelector('.autocomplete');
    this.options = options;
    this.items = [];
    this.active = 0;
    this.query = undefined;
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.input.addEventListener('input', () => this.refresh());
    this.input.addEventListener('click', () => this.refresh());
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.send();
    });
    form.querySelectorAll('[data-wrap]').forEach((b) => b.addEventListener('click', () => this.wrap(b.dataset.wrap)));
    form.querySelectorAll('[data-prefix]').forEach((b) => b.addEventListener('click', () => this.prefix(b.dataset.prefix)));
    form.querySelectorAll('[data-insert]').forEach((b) => b.addEventListener('click', () => this.insert(b.dataset.insert)));
    this.popup.addEventListener('mousedown', (e) => {
      const li = e.target.closest('[data-index]');
      if (!li) return;
      e.preventDefault();
      this.choose(Number(li.dataset.index));
    });
  }

  setPlaceholder(text) {
    this.input.placeholder = text;
  }

  setText(text) {
    this.input.value = text;
    this.input.focus();
    this.input.setSelectionRange(text.length, text.length);
    this.autosize();
    this.refresh();
  }

  focus() {
    this.input.focus();
  }

  async send() {
    const text = this.input.value;
    if (!text.trim()) return;
    this.input.value = '';
    this.autosize();
    this.close();
    await this.options.onSend(text);
  }

  onKey(e) {
    if (!this.popup.classList.contains('hidden') && this.items.length) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        this.active = (this.active + (e.key === 'ArrowDown' ? 1 : this.items.length - 1)) % this.items.length;
        this.draw();
        return;
      }
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        this.choose(this.active);
        return;
      }
      if (e.key === 'Escape') {
        this.close();
        return;
      }
    }
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      void this.send();
    }
    setTimeout(() => this.autosize(), 0);
  }

  autosize() {
    this.input.style.height = 'auto';
    this.input.style.height = `${Math.min(this.input.scrollHeight, 200)}px`;
  }

  refresh() {
    const q = completionQuery(this.input.value, this.input.selectionStart ?? this.input.value.length);
    if (!q || (q.kind === 'command' && !this.options.allowCommands)) return this.close();
    const { store } = this.options;
    const me = this.options.viewer();
    if (q.kind === 'user') {
      this.items = matchUsers([...store.users.values()], q.query).slice(0, 8).map((u) => ({
        insert: `@${u.is_bot ? u.real_name : u.real_name.replace(/\s*\(.*\)$/, '')} `,
        html: `${avatarHtml(store.author({ user: u.id }), 20)}<span class="ac-name">${escapeHtml(u.real_name)}</span>${u.is_bot ? '<span class="app-badge">APP</span>' : ''}${u.id === me ? '<span class="ac-hint">you</span>' : ''}`,
      }));
    } else {
      this.items = matchCommands(store.commands, q.query).map((c) => ({
        insert: `${c.command} `,
        cls: 'ac-cmd',
        html: `<span class="ac-cmd-row"><span class="ac-command">${escapeHtml(c.command)}</span>${c.usage_hint ? `<span class="ac-usage" title="${escapeHtml(c.usage_hint)}">${escapeHtml(c.usage_hint)}</span>` : ''}</span><span class="ac-desc">${escapeHtml(c.description ?? '')}</span>`,
      }));
    }
    this.query = q;
    this.active = 0;
    if (this.items.length === 0) return this.close();
    this.draw();
  }

  draw() {
    const title = this.query?.kind === 'command' ? (this.query.query ? `Commands matching “/${escapeHtml(this.query.query)}”` : 'Slash commands') : 'People and apps';
    this.popup.innerHTML = `<div class="ac-title">${title}</div><ul>${this.items
      .map((it, i) => `<li data-index="${i}" class="${[it.cls, i === this.active ? 'active' : ''].filter(Boolean).join(' ')}">${it.html}</li>`)
      .join('')}</ul>`;
    this.popup.classList.remove('hidden');
  }

  close() {
    this.popup.classList.add('hidden');
    this.items = [];
  }

  choose(i) {
    const it = this.items[i];
    if (!it || !this.query) return;
    const caret = this.input.selectionStart ?? this.input.value.length;
    const v = this.input.value;
    this.input.value = v.slice(0, this.query.start) + it.insert + v.slice(caret);
    const pos = this.query.start + it.insert.length;
    this.input.setSelectionRange(pos, pos);
    this.close();
    this.input.focus();
  }

  wrap(marker) {
    const { selectionStart: a, selectionEnd: b, value } = this.input;
    this.input.value = `${value.slice(0, a)}${marker}${value.slice(a, b)}${marker}${value.slice(b)}`;
    this.input.focus();
    this.input.setSelectionRange(a + marker.length, b + marker.length);
  }

  prefix(p) {
    const { selectionStart: a, value } = this.input;
    const lineStart = value.lastIndexOf('\n', a - 1) + 1;
    this.input.value = value.slice(0, lineStart) + p + value.slice(lineStart);
    this.input.focus();
  }

  insert(text) {
    const { selectionStart: a, value } = this.input;
    const before = value.slice(0, a);
    const sep = text === '/' ? '' : before && !/\s$/.test(before) ? ' ' : '';
    if (text === '/') this.input.value = `/${value}`;
    else this.input.value = `${before}${sep}${text}${value.slice(a)}`;
    const pos = text === '/' ? 1 : a + sep.length + text.length;
    this.input.focus();
    this.input.setSelectionRange(pos, pos);
    this.refresh();
  }
}
