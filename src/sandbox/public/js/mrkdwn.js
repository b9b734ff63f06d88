// Slack mrkdwn (and standard markdown for `markdown` blocks) → safe HTML strings. Pure functions, no
// DOM, so the same code renders in the page and is unit-tested in Node. Hand-written because Slack's
// mrkdwn is its own dialect (`*bold*`, `<url|label>`, `<@U…>`) that markdown libraries do not parse.
import { emojiFor } from './emoji.js';

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s) {
  return String(s ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Slack escapes `& < >` in message text; undo that before escaping for HTML. */
export function decodeSlackEntities(s) {
  return String(s ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Only http(s) and mailto links become anchors; anything else (javascript:, data:) stays text. */
export function safeUrl(url) {
  const u = String(url ?? '').trim();
  if (/^(https?:\/\/|mailto:)/i.test(u)) return u;
  if (/^\/(?!\/)/.test(u)) return u;
  return undefined;
}

function link(url, labelHtml) {
  const safe = safeUrl(url);
  if (!safe) return labelHtml;
  return `<a class="link" href="${escapeHtml(safe)}" target="_blank" rel="noopener noreferrer">${labelHtml}</a>`;
}

// Placeholders (private-use characters) hold already-rendered HTML while the text around them is styled.
const OPEN = '\uE000';
const CLOSE = '\uE001';

function stash(store, html) {
  store.push(html);
  return `${OPEN}${store.length - 1}${CLOSE}`;
}

function unstash(text, store) {
  let out = text;
  // Placeholders may nest (a styled link label); resolve until none is left.
  for (let i = 0; i < 5 && out.includes(OPEN); i++) {
    out = out.replace(/\uE000(\d+)\uE001/g, (_, n) => store[Number(n)] ?? '');
  }
  return out;
}

function emojiHtml(text) {
  return text.replace(/:([a-z0-9_+'-]+(?:::skin-tone-\d)?):/g, (whole, code) => {
    const e = emojiFor(code);
    return e ? `<span class="emoji" title=":${escapeHtml(code)}:">${e}</span>` : whole;
  });
}

/** `*bold*`, `_italic_`, `~strike~` with Slack's rule: markers sit at word edges, not inside words. */
function styleSpans(text, marks) {
  let out = text;
  for (const [mark, tag] of marks) {
    const m = mark.replace(/\*/g, '\\*');
    const re = new RegExp(`(?<![\\p{L}\\p{N}${m}])${m}(?![\\s${m}])([^\\n]*?[^\\s${m}])${m}(?![\\p{L}\\p{N}${m}])`, 'gu');
    out = out.replace(re, (_, inner) => `<${tag}>${inner}</${tag}>`);
  }
  return out;
}

const MRKDWN_MARKS = [
  ['*', 'b'],
  ['_', 'i'],
  ['~', 's'],
];

/** A `<…>` construct: user/channel mentions, broadcasts, dates and links. */
function angle(body, ctx, store) {
  const [target, label] = splitOnce(body, '|');
  if (target.startsWith('@')) {
    const id = target.slice(1);
    const name = label ?? ctx.userName?.(id) ?? id;
    const self = ctx.selfId && id === ctx.selfId ? ' mention-self' : '';
    return stash(store, `<span class="mention${self}" data-user="${escapeHtml(id)}">@${escapeHtml(decodeSlackEntities(name))}</span>`);
  }
  if (target.startsWith('#')) {
    const id = target.slice(1);
    const name = label ?? ctx.channelName?.(id) ?? id;
    return stash(store, `<span class="mention channel-mention">#${escapeHtml(decodeSlackEntities(name))}</span>`);
  }
  if (target.startsWith('!')) {
    const cmd = target.slice(1);
    if (cmd.startsWith('date^')) return stash(store, escapeHtml(decodeSlackEntities(label ?? cmd)));
    if (cmd.startsWith('subteam^')) return stash(store, `<span class="mention">${escapeHtml(decodeSlackEntities(label ?? '@team'))}</span>`);
    return stash(store, `<span class="mention mention-broadcast">@${escapeHtml(cmd)}</span>`);
  }
  const url = decodeSlackEntities(target);
  if (!safeUrl(url)) return undefined;
  const labelHtml = label !== undefined ? inlineHtml(label, ctx, store, false) : escapeHtml(url);
  return stash(store, link(url, labelHtml));
}

function splitOnce(s, sep) {
  const i = s.indexOf(sep);
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}

/** One line of mrkdwn → HTML: code spans and `<…>` first, then escaping, styles and emoji. */
function inlineHtml(text, ctx, store, allowAngles = true) {
  let work = String(text).replace(/`([^`\n]+)`/g, (_, code) => stash(store, `<code>${escapeHtml(decodeSlackEntities(code))}</code>`));
  if (allowAngles) {
    work = work.replace(/<([^<>\n]+)>/g, (whole, body) => angle(body, ctx, store) ?? whole);
  }
  // Escaped text never contains the markers we style, so styling after escaping is safe.
  return emojiHtml(styleSpans(escapeHtml(decodeSlackEntities(work)), MRKDWN_MARKS));
}

/** Slack mrkdwn inline (one line, no blocks) → HTML. */
export function renderInline(text, ctx = {}) {
  const store = [];
  return unstash(inlineHtml(text, ctx, store), store);
}

const LIST_ITEM = /^(\s*)([•◦▪▸\-*]|\d{1,3}[.)])\s+(.*)$/;
const QUOTE = /^(?:&gt;|>)\s?(.*)$/;

/**
 * Slack mrkdwn → HTML: ```code blocks```, `> quotes`, bullet and numbered lines, line breaks, and the
 * inline formatting of renderInline. `ctx.userName(id)` / `ctx.channelName(id)` name mentions;
 * `ctx.selfId` highlights mentions of the viewer.
 */
export function renderMrkdwn(text, ctx = {}) {
  const source = String(text ?? '');
  const parts = source.split('```');
  let html = '';
  parts.forEach((part, i) => {
    // Odd parts are inside a fence; an unclosed fence at the end renders as text like Slack does.
    if (i % 2 === 1 && i < parts.length - 1) {
      const code = part.replace(/^\n/, '').replace(/\n$/, '');
      html += `<pre class="code-block">${escapeHtml(decodeSlackEntities(code))}</pre>`;
    } else {
      html += linesHtml(i % 2 === 1 ? `\`\`\`${part}` : part, ctx);
    }
  });
  return html;
}

function linesHtml(text, ctx) {
  if (!text) return '';
  const lines = text.replace(/^\n|\n$/g, '').split('\n');
  const out = [];
  let list; // { ordered, items: [] }
  let quote; // string[]
  const flush = () => {
    if (list) {
      const tag = list.ordered ? 'ol' : 'ul';
      out.push(`<${tag} class="md-list">${list.items.map((it) => `<li style="margin-left:${it.indent * 1.2}em">${it.html}</li>`).join('')}</${tag}>`);
      list = undefined;
    }
    if (quote) {
      out.push(`<blockquote>${quote.join('<br>')}</blockquote>`);
      quote = undefined;
    }
  };
  let pendingBreak = false;
  for (const line of lines) {
    const q = QUOTE.exec(line);
    const li = q ? null : LIST_ITEM.exec(line);
    if (q) {
      if (list) flush();
      (quote ??= []).push(renderInline(q[1], ctx));
      pendingBreak = false;
      continue;
    }
    if (li) {
      if (quote) flush();
      const ordered = /\d/.test(li[2]);
      if (list && list.ordered !== ordered) flush();
      list ??= { ordered, items: [] };
      list.items.push({ indent: Math.min(Math.floor(li[1].replace(/\t/g, '    ').length / 2), 4), html: renderInline(li[3], ctx), marker: li[2] });
      pendingBreak = false;
      continue;
    }
    const hadBlock = Boolean(list || quote);
    flush();
    if (pendingBreak) out.push('<br>');
    if (line.trim() === '') {
      // An empty line is a visible gap, as in Slack.
      out.push(hadBlock ? '' : '<br>');
      pendingBreak = false;
      continue;
    }
    out.push(renderInline(line, ctx));
    pendingBreak = true;
  }
  flush();
  return out.join('');
}

/** plain_text objects: escaped, with emoji when `emoji` is not false. */
export function renderPlain(text, emoji = true) {
  const html = escapeHtml(text).replace(/\n/g, '<br>');
  return emoji ? emojiHtml(html) : html;
}

const MD_MARKS = [
  ['**', 'b'],
  ['__', 'b'],
  ['*', 'i'],
  ['_', 'i'],
  ['~~', 's'],
];

function mdInline(text, store) {
  let work = String(text).replace(/`([^`\n]+)`/g, (_, code) => stash(store, `<code>${escapeHtml(code)}</code>`));
  work = work.replace(/!?\[([^\]\n]+)\]\(([^)\s]+)\)/g, (whole, label, url) =>
    safeUrl(url) ? stash(store, link(url, mdInline(label, store))) : whole,
  );
  work = work.replace(/<(https?:\/\/[^>\s]+)>/g, (_, url) => stash(store, link(url, escapeHtml(url))));
  let html = escapeHtml(work);
  for (const [mark, tag] of MD_MARKS) {
    const m = mark.replace(/\*/g, '\\*');
    html = html.replace(new RegExp(`${m}(?!\\s)(.+?)(?<!\\s)${m}`, 'g'), `<${tag}>$1</${tag}>`);
  }
  return emojiHtml(html);
}

const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function mdTable(rows, store) {
  const cells = (l) => l.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
  const [head, ...body] = rows.filter((r) => !TABLE_RULE.test(r)).map(cells);
  const th = (head ?? []).map((c) => `<th>${mdInline(c, store)}</th>`).join('');
  const trs = body.map((r) => `<tr>${r.map((c) => `<td${/^[-+−]?[$€£]?\d[\d.,]*\s*(%|x|[kKmM]|pp)?$/.test(c) ? ' class="num"' : ''}>${mdInline(c, store)}</td>`).join('')}</tr>`).join('');
  return `<table class="md-table"><thead><tr>${th}</tr></thead><tbody>${trs}</tbody></table>`;
}

/** Standard markdown (the `markdown` block): headings, lists, quotes, code, links, pipe tables. */
export function renderMarkdown(text) {
  const store = [];
  const parts = String(text ?? '').split(/^```[^\n]*$/m);
  let html = '';
  parts.forEach((part, i) => {
    if (i % 2 === 1 && i < parts.length - 1) {
      html += `<pre class="code-block">${escapeHtml(part.replace(/^\n|\n$/g, ''))}</pre>`;
      return;
    }
    const lines = part.split('\n');
    for (let j = 0; j < lines.length; j++) {
      const line = lines[j];
      if (TABLE_ROW.test(line)) {
        const rows = [];
        while (j < lines.length && (TABLE_ROW.test(lines[j]) || TABLE_RULE.test(lines[j]))) rows.push(lines[j++]);
        j -= 1;
        html += mdTable(rows, store);
        continue;
      }
      const h = /^(#{1,6})\s+(.*)$/.exec(line);
      if (h) {
        html += `<div class="md-h md-h${h[1].length}">${mdInline(h[2], store)}</div>`;
        continue;
      }
      const q = /^>\s?(.*)$/.exec(line);
      if (q) {
        html += `<blockquote>${mdInline(q[1], store)}</blockquote>`;
        continue;
      }
      const li = /^(\s*)([-*+]|\d{1,3}[.)])\s+(.*)$/.exec(line);
      if (li) {
        const tag = /\d/.test(li[2]) ? 'ol' : 'ul';
        html += `<${tag} class="md-list"><li>${mdInline(li[3], store)}</li></${tag}>`;
        continue;
      }
      if (/^\s*(-{3,}|\*{3,})\s*$/.test(line)) {
        html += '<hr class="bk-divider">';
        continue;
      }
      html += line.trim() ? `<div class="md-p">${mdInline(line, store)}</div>` : '<div class="md-gap"></div>';
    }
  });
  return unstash(html.replace(/<\/(ul|ol)><\1 class="md-list">/g, ''), store);
}
