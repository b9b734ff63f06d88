/** In-memory CSV tables and atomic file writes for the generators. */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { stringify } from 'csv-stringify/sync';

export type Cell = string | number;

export interface Table {
  columns: readonly string[];
  rows: Cell[][];
}

export function toCsv(table: Table): string {
  return stringify([table.columns as string[], ...table.rows], { record_delimiter: '\n' });
}

/** Writes a file via a temp file and rename, so readers never see half a file. */
export async function writeFileAtomic(path: string, content: string | Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, content);
  await rename(tmp, path);
}

/** Formats a number with a fixed count of decimals, without "-0.00". */
export function fixed(x: number, decimals: number): string {
  const s = x.toFixed(decimals);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}
