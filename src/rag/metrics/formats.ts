/**
 * Ad formats of traditional buys as the files spell them (roadside_48_sheet, full_page) and as people say them
 * ("roadside 48 sheets", "48-sheets", "full page"). Pure: names in, format ids out.
 */

function words(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** How a format can be said: its words, and its words without the first when no other format shares them. */
function spokenForms(id: string, all: readonly string[]): string[] {
  const full = words(id);
  const tail = full.split(' ').slice(1).join(' ');
  const shared = all.some((o) => o !== id && words(o).endsWith(` ${tail}`));
  return tail.includes(' ') && !shared ? [full, tail] : [full];
}

/** The formats a text names, in order ("rate per site for roadside 48 sheets" → roadside_48_sheet). */
export function formatMentions(text: string, formats: readonly string[]): string[] {
  let rest = ` ${words(text)} `;
  const candidates = formats.flatMap((id) => spokenForms(id, formats).map((form) => ({ id, form }))).sort((a, b) => b.form.length - a.form.length);
  const hits: { at: number; id: string }[] = [];
  for (const c of candidates) {
    const re = new RegExp(`(?<= )${c.form}s?(?= )`, 'g');
    for (const m of rest.matchAll(re)) hits.push({ at: m.index, id: c.id });
    rest = rest.replace(re, (s) => ' '.repeat(s.length));
  }
  return [...new Set(hits.sort((a, b) => a.at - b.at).map((h) => h.id))];
}

/** The format in `formats` a filter term stands for: its id in any case, or a way of saying it. */
export function matchFormat(term: string, formats: readonly string[]): string | undefined {
  const t = words(term);
  return formats.find((f) => words(f) === t) ?? formatMentions(term, formats)[0];
}
