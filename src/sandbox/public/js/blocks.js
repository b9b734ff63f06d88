// Block Kit → HTML strings, the way Slack's desktop client lays blocks out. Pure (no DOM). Interactive
// elements carry data-action-id / data-value; the page turns clicks on them into block_actions.
import { emojiFor } from './emoji.js';
import { escapeHtml, renderMarkdown, renderMrkdwn, renderPlain, safeUrl } from './mrkdwn.js';

/** A text object (plain_text or mrkdwn). */
export function renderText(obj, ctx = {}) {
  if (!obj) return '';
  if (typeof obj === 'string') return renderMrkdwn(obj, ctx);
  if (obj.type === 'plain_text') return renderPlain(obj.text, obj.emoji !== false);
  return renderMrkdwn(obj.text, ctx);
}

/** Image URL for an image block/element: image_url, or a Slack file (uploaded through files.uploadV2). */
export function imageSrc(el) {
  if (el.image_url) return safeUrl(el.image_url) ?? '';
  const f = el.slack_file;
  if (f?.url) return safeUrl(f.url) ?? '';
  if (f?.id) return `/files/${encodeURIComponent(f.id)}/image`;
  return '';
}

function attrs(map) {
  return Object.entries(map)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => (v === true ? k : `${k}="${escapeHtml(v)}"`))
    .join(' ');
}

function button(el) {
  const style = el.style === 'primary' ? ' bk-primary' : el.style === 'danger' ? ' bk-danger' : '';
  return `<button type="button" class="bk-button${style}" ${attrs({
    'data-action-id': el.action_id,
    'data-value': el.value,
    'data-url': el.url && safeUrl(el.url),
    title: el.accessibility_label,
  })}>${renderPlain(el.text?.text ?? '', el.text?.emoji !== false)}</button>`;
}

const ICONS = { trash: '🗑️', edit: '✏️', copy: '📋', link: '🔗', share: '↗️', more: '⋯' };

function feedbackButtons(el) {
  const one = (b, glyph, kind) =>
    `<button type="button" class="bk-icon-button bk-feedback-${kind}" ${attrs({
      'data-action-id': el.action_id,
      'data-value': b?.value,
      title: b?.accessibility_label ?? b?.text?.text ?? kind,
      'aria-label': b?.accessibility_label ?? b?.text?.text ?? kind,
    })}>${glyph}</button>`;
  return `<span class="bk-feedback">${one(el.positive_button, '👍', 'positive')}${one(el.negative_button, '👎', 'negative')}</span>`;
}

function iconButton(el) {
  const glyph = ICONS[el.icon] ?? emojiFor(el.icon) ?? '•';
  return `<button type="button" class="bk-icon-button" ${attrs({ 'data-action-id': el.action_id, 'data-value': el.value, title: el.text?.text })}>${glyph}</button>`;
}

function selectLike(el, ctx) {
  const label = el.initial_option?.text?.text ?? el.placeholder?.text ?? 'Select';
  return `<span class="bk-select" title="Menus are shown but not interactive in the sandbox">${renderPlain(label)}<span class="caret">▾</span></span>`;
}

/** An interactive element (actions block, section accessory, context_actions). */
export function renderElement(el, ctx = {}) {
  switch (el?.type) {
    case 'button':
      return button(el);
    case 'feedback_buttons':
      return feedbackButtons(el);
    case 'icon_button':
      return iconButton(el);
    case 'image':
      return `<img class="bk-accessory-image" src="${escapeHtml(imageSrc(el))}" alt="${escapeHtml(el.alt_text ?? '')}">`;
    case 'overflow':
      return `<span class="bk-select bk-overflow" title="Overflow menus are not interactive in the sandbox">⋯</span>`;
    case 'static_select':
    case 'external_select':
    case 'users_select':
    case 'conversations_select':
    case 'channels_select':
    case 'multi_static_select':
      return selectLike(el, ctx);
    case 'datepicker':
      return `<span class="bk-select">📅 ${escapeHtml(el.initial_date ?? el.placeholder?.text ?? 'Select a date')}</span>`;
    default:
      return `<span class="bk-unsupported">${escapeHtml(el?.type ?? 'element')}</span>`;
  }
}

// ---- rich_text -------------------------------------------------------------------------------------

function richInline(el, ctx) {
  const s = el.style ?? {};
  const wrap = (html) => {
    let out = html;
    if (s.code) out = `<code>${out}</code>`;
    if (s.bold) out = `<b>${out}</b>`;
    if (s.italic) out = `<i>${out}</i>`;
    if (s.strike) out = `<s>${out}</s>`;
    return out;
  };
  switch (el.type) {
    case 'text':
      return wrap(escapeHtml(el.text).replace(/\n/g, '<br>'));
    case 'link': {
      const url = safeUrl(el.url);
      const label = escapeHtml(el.text ?? el.url);
      return wrap(url ? `<a class="link" href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${label}</a>` : label);
    }
    case 'emoji':
      return el.unicode ? String.fromCodePoint(...el.unicode.split('-').map((h) => parseInt(h, 16))) : (emojiFor(el.name) ?? `:${escapeHtml(el.name)}:`);
    case 'user': {
      const self = ctx.selfId && el.user_id === ctx.selfId ? ' mention-self' : '';
      return `<span class="mention${self}" data-user="${escapeHtml(el.user_id)}">@${escapeHtml(ctx.userName?.(el.user_id) ?? el.user_id)}</span>`;
    }
    case 'usergroup':
      return `<span class="mention">@${escapeHtml(el.usergroup_id)}</span>`;
    case 'channel':
      return `<span class="mention channel-mention">#${escapeHtml(ctx.channelName?.(el.channel_id) ?? el.channel_id)}</span>`;
    case 'broadcast':
      return `<span class="mention mention-broadcast">@${escapeHtml(el.range)}</span>`;
    case 'date':
      return escapeHtml(el.fallback ?? new Date(el.timestamp * 1000).toLocaleString());
    default:
      return '';
  }
}

function richElements(elements, ctx) {
  return (elements ?? []).map((e) => richInline(e, ctx)).join('');
}

export function renderRichText(block, ctx = {}) {
  return (block.elements ?? [])
    .map((el) => {
      switch (el.type) {
        case 'rich_text_section':
          return `<div class="rt-section">${richElements(el.elements, ctx)}</div>`;
        case 'rich_text_list': {
          const tag = el.style === 'ordered' ? 'ol' : 'ul';
          const items = (el.elements ?? []).map((s) => `<li>${richElements(s.elements, ctx)}</li>`).join('');
          return `<${tag} class="md-list" style="margin-left:${(el.indent ?? 0) * 1.2}em"${el.offset ? ` start="${Number(el.offset) + 1}"` : ''}>${items}</${tag}>`;
        }
        case 'rich_text_quote':
          return `<blockquote>${richElements(el.elements, ctx)}</blockquote>`;
        case 'rich_text_preformatted':
          return `<pre class="code-block">${(el.elements ?? []).map((e) => (e.type === 'text' ? escapeHtml(e.text) : richInline(e, ctx))).join('')}</pre>`;
        default:
          return '';
      }
    })
    .join('');
}

// ---- blocks ----------------------------------------------------------------------------------------

function tableCell(cell, ctx) {
  if (!cell) return '';
  if (cell.type === 'raw_text') return escapeHtml(cell.text);
  if (cell.type === 'raw_number') return escapeHtml(cell.text ?? String(cell.number ?? ''));
  if (cell.type === 'rich_text') return renderRichText(cell, ctx);
  return escapeHtml(cell.text ?? '');
}

function table(block, ctx) {
  const settings = block.column_settings ?? [];
  const rows = block.rows ?? [];
  const cell = (c, i, tag) => {
    const s = settings[i] ?? {};
    const align = s.align ?? (c?.type === 'raw_number' ? 'right' : undefined);
    const cls = [align ? `align-${align}` : '', s.is_wrapped ? 'wrap' : ''].filter(Boolean).join(' ');
    return `<${tag}${cls ? ` class="${cls}"` : ''}>${tableCell(c, ctx)}</${tag}>`;
  };
  const [head, ...body] = rows;
  return `<div class="bk-table-wrap"><table class="bk-table"><thead><tr>${(head ?? []).map((c, i) => cell(c, i, 'th')).join('')}</tr></thead><tbody>${body
    .map((r) => `<tr>${r.map((c, i) => cell(c, i, 'td')).join('')}</tr>`)
    .join('')}</tbody></table></div>`;
}

function imageBlock(block, ctx) {
  const title = block.title ? `<div class="bk-image-title">${renderPlain(block.title.text)} <span class="caret">▾</span></div>` : '';
  const src = imageSrc(block);
  return `<div class="bk-image">${title}<img class="zoomable" src="${escapeHtml(src)}" alt="${escapeHtml(block.alt_text ?? '')}" loading="lazy"></div>`;
}

function section(block, ctx, tail = '') {
  const text = block.text ? `<div class="bk-text">${renderText(block.text, ctx)}${tail}</div>` : '';
  const fields = block.fields?.length
    ? `<div class="bk-fields">${block.fields.map((f) => `<div class="bk-field">${renderText(f, ctx)}</div>`).join('')}</div>`
    : '';
  const accessory = block.accessory ? `<div class="bk-accessory">${renderElement(block.accessory, ctx)}</div>` : '';
  return `<div class="bk-section"><div class="bk-section-body">${text}${fields}</div>${accessory}</div>`;
}

function context(block, ctx) {
  const parts = (block.elements ?? []).map((el) =>
    el.type === 'image'
      ? `<img class="bk-context-image" src="${escapeHtml(imageSrc(el))}" alt="${escapeHtml(el.alt_text ?? '')}">`
      : `<span class="bk-context-text">${renderText(el, ctx)}</span>`,
  );
  return `<div class="bk-context">${parts.join('')}</div>`;
}

/** One block → HTML; unknown block types show a grey note instead of disappearing. */
export function renderBlock(block, ctx = {}, tail = '') {
  const id = block.block_id ? ` data-block-id="${escapeHtml(block.block_id)}"` : '';
  const wrap = (cls, html) => `<div class="bk ${cls}"${id}>${html}</div>`;
  switch (block?.type) {
    case 'section':
      return wrap('bk-block-section', section(block, ctx, tail));
    case 'header':
      return wrap('bk-header', renderPlain(block.text?.text ?? '', block.text?.emoji !== false) + tail);
    case 'divider':
      return wrap('bk-block-divider', '<hr class="bk-divider">');
    case 'context':
      return wrap('bk-block-context', context(block, ctx));
    case 'image':
      return wrap('bk-block-image', imageBlock(block, ctx));
    case 'actions':
      return wrap('bk-actions', (block.elements ?? []).map((e) => renderElement(e, ctx)).join(''));
    case 'context_actions':
      return wrap('bk-context-actions', (block.elements ?? []).map((e) => renderElement(e, ctx)).join(''));
    case 'table':
      return wrap('bk-block-table', table(block, ctx));
    case 'markdown':
      return wrap('bk-markdown', renderMarkdown(block.text) + tail);
    case 'rich_text':
      return wrap('bk-rich-text', renderRichText(block, ctx) + tail);
    case 'file':
      return wrap('bk-unsupported', `📎 Remote file ${escapeHtml(block.external_id ?? '')}`);
    case 'video':
      return wrap('bk-unsupported', `🎬 ${escapeHtml(block.title?.text ?? 'Video')}`);
    default:
      return wrap('bk-unsupported', `Unsupported block: ${escapeHtml(block?.type ?? 'unknown')}`);
  }
}

const TEXT_BLOCKS = new Set(['section', 'rich_text', 'markdown', 'header']);

/**
 * Blocks → HTML. `inlineTail` (e.g. the "(edited)" label) is placed at the end of the last text block,
 * where Slack puts it, or after everything when there is no text block.
 */
export function renderBlocks(blocks, ctx = {}, inlineTail = '') {
  const list = blocks ?? [];
  let last = -1;
  list.forEach((b, i) => {
    if (TEXT_BLOCKS.has(b?.type) && (b.type !== 'section' || b.text)) last = i;
  });
  const html = list.map((b, i) => renderBlock(b, ctx, i === last ? inlineTail : ''));
  return html.join('') + (last < 0 ? inlineTail : '');
}

/** Human size: 18.2 kB. */
export function formatBytes(n) {
  if (!Number.isFinite(n) || n <= 0) return '';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

const FILE_ICONS = { csv: '📊', markdown: '📝', text: '📄', json: '🧾', binary: '📦' };

/** Files shared with a message: images inline (a grid when several), other files as cards. */
export function renderFiles(files) {
  if (!files?.length) return '';
  const images = files.filter((f) => /^image\//.test(f.mimetype ?? ''));
  const others = files.filter((f) => !/^image\//.test(f.mimetype ?? ''));
  const img = (f) => {
    const url = safeUrl(f.url_private) ?? '';
    return `<figure class="file-image" data-file-id="${escapeHtml(f.id)}"><figcaption class="file-title">${escapeHtml(f.title || f.name)} <span class="caret">▾</span></figcaption><img class="zoomable" src="${escapeHtml(url)}" alt="${escapeHtml(f.alt_txt ?? f.title ?? f.name)}" loading="lazy"></figure>`;
  };
  const card = (f) => {
    const url = safeUrl(f.url_private_download ?? f.url_private) ?? '';
    return `<a class="file-card" href="${escapeHtml(url)}" target="_blank" rel="noopener" data-file-id="${escapeHtml(f.id)}"><span class="file-icon file-icon-${escapeHtml(f.filetype ?? 'binary')}">${FILE_ICONS[f.filetype] ?? '📄'}</span><span class="file-meta"><span class="file-name">${escapeHtml(f.title || f.name)}</span><span class="file-kind">${escapeHtml((f.filetype ?? 'file').toUpperCase())}${f.size ? ` · ${formatBytes(f.size)}` : ''}</span></span><span class="file-download" title="Download">⬇</span></a>`;
  };
  const gallery = images.length ? `<div class="file-images${images.length > 1 ? ' multi' : ''}">${images.map(img).join('')}</div>` : '';
  return `<div class="files">${gallery}${others.map(card).join('')}</div>`;
}
