/**
 * Contract wording as a Slack quote: every line starts with `> `, Markdown bold is dropped, a rate table
 * (which the clause reader flattens to `| a | b | |---|---| | c | d |`) becomes one line per row, and a
 * long clause is cut at a sentence, row or word — never inside a number or a word.
 */

/** Cuts to about `max` characters at a sentence end, else a space, with an ellipsis. */
export function clip(text: string, max: number): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const window = t.slice(0, max);
  const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('; '));
  if (sentence >= max * 0.5) return `${window.slice(0, sentence + 1)} …`;
  const space = window.lastIndexOf(' ');
  return `${(space > 0 ? window.slice(0, space) : window).replace(/[\s,;:–—-]+$/, '')}…`;
}

const cellsOf = (row: string): string[] =>
  row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
const isRule = (cells: string[]): boolean => cells.every((c) => /^:?-{2,}:?$/.test(c));

/** "prose | h1 | h2 | |---|---| | a | b | after" → prose, table rows (cells), the prose after the table. */
function splitTable(text: string): { before: string; rows: string[][]; after: string } {
  const start = text.search(/\|[^|]*\|/);
  if (start < 0) return { before: text, rows: [], after: '' };
  const end = text.lastIndexOf('|');
  const rows = text
    .slice(start, end + 1)
    .split(/\|\s+\|/)
    .map(cellsOf)
    .filter((cells) => cells.some(Boolean) && !isRule(cells));
  return { before: text.slice(0, start).trim(), rows, after: text.slice(end + 1).trim() };
}

/** One table row as a line: "Drive & Charge — Wednesday · 31,000 · £5,200"; the header in italics. */
function rowLine(cells: string[], header: boolean): string {
  const [first, ...rest] = cells;
  const line = rest.length ? `${first} — ${rest.join(' · ')}` : (first ?? '');
  return header ? `_${line}_` : line;
}

/** The clause as quote lines of about `max` characters in all (the first line is always kept). */
export function quoteClause(text: string, max = 400): string[] {
  const flat = text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
  const { before, rows, after } = splitTable(flat);
  const lines: string[] = [];
  let used = 0;
  const add = (line: string): boolean => {
    if (lines.length > 0 && used + line.length > max) return false;
    const kept = lines.length === 0 ? clip(line, max) : line;
    lines.push(kept);
    used += kept.length;
    return true;
  };
  if (before) add(before);
  const header = rows.length > 1 ? 1 : 0;
  let shown = 0;
  for (const [i, cells] of rows.entries()) {
    if (!add(rowLine(cells, i < header))) break;
    shown += 1;
  }
  // A header without any of its rows says nothing.
  if (header && shown === header) {
    lines.pop();
    shown = 0;
  }
  const left = rows.length - header - Math.max(0, shown - header);
  if (left > 0) lines.push(shown ? `_… ${left} more row${left === 1 ? '' : 's'} in the contract_` : `_(a table of ${left} row${left === 1 ? '' : 's'} follows in the contract)_`);
  else if (after) add(clip(after, Math.max(80, max - used)));
  return lines.map((l) => `> ${l}`);
}
