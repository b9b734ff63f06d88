import { stringify } from 'csv-stringify/sync';
import type { Attachment } from '../../agents/types.js';

/** Tables longer than this many data rows leave the message and go as a CSV upload. */
export const MAX_INLINE_TABLE_ROWS = 20;

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
}

const isPipeRow = (l: string): boolean => /^\s*\|.*\|\s*$/.test(l);
const isRule = (l: string): boolean => /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(l);

/**
 * Finds pipe tables (`| a | b |` rows) with more than `maxRows` data rows, replaces each with a short
 * note and returns them as CSV attachments.
 */
export function extractLongTables(text: string, baseName = 'table', maxRows = MAX_INLINE_TABLE_ROWS): { text: string; csvs: Attachment[] } {
  const lines = text.split('\n');
  const out: string[] = [];
  const csvs: Attachment[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!isPipeRow(lines[i] as string)) {
      out.push(lines[i] as string);
      i += 1;
      continue;
    }
    let j = i;
    while (j < lines.length && (isPipeRow(lines[j] as string) || isRule(lines[j] as string))) j += 1;
    const block = lines.slice(i, j);
    const rows = block.filter((l) => !isRule(l)).map(cells);
    const dataRows = rows.length - 1;
    if (dataRows > maxRows) {
      const n = csvs.length + 1;
      const filename = `${baseName}${n > 1 ? `-${n}` : ''}.csv`;
      csvs.push({ type: 'csv', filename, title: `${rows[0]?.slice(0, 3).join(', ') ?? 'Table'} (${dataRows} rows)`, content: stringify(rows) });
      out.push(`_(a table of ${dataRows} rows is attached as \`${filename}\`)_`);
    } else out.push(...block);
    i = j;
  }
  return { text: out.join('\n'), csvs };
}
