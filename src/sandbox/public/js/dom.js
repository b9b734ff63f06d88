// Small DOM helpers: keyed patching of lists (so images and scroll positions survive updates).

export const $ = (sel) => document.querySelector(sel);

export function toElement(html) {
  const t = document.createElement('template');
  t.innerHTML = html.trim();
  return t.content.firstElementChild;
}

/** Keyed patch: only children whose HTML changed are replaced; order follows `items`. */
export function patch(container, items) {
  const existing = new Map([...container.children].map((el) => [el.dataset.key, el]));
  let prev = null;
  for (const { key, html } of items) {
    let el = existing.get(key);
    if (el) {
      existing.delete(key);
      if (el._html !== html) {
        const fresh = toElement(html);
        el.replaceWith(fresh);
        el = fresh;
      }
    } else el = toElement(html);
    el._html = html;
    const want = prev ? prev.nextSibling : container.firstChild;
    if (el !== want) container.insertBefore(el, want);
    prev = el;
  }
  for (const el of existing.values()) el.remove();
}

/** Sets innerHTML only when it changed. */
export function setHtml(el, html) {
  if (el._html === html) return false;
  el.innerHTML = html;
  el._html = html;
  return true;
}

export function nearBottom(el) {
  return el.scrollHeight - el.scrollTop - el.clientHeight < 120;
}
