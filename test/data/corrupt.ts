/** Helpers for tests that corrupt a copy of the shared dataset and expect a check to fail. */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/** Copies the brand part of a dataset (raw + mmm) into a fresh temp dir. */
export async function copyDataset(from: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mix-data-'));
  await cp(join(from, 'raw'), join(dir, 'raw'), { recursive: true });
  await cp(join(from, 'mmm'), join(dir, 'mmm'), { recursive: true });
  return dir;
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Rewrites a CSV: `edit` gets the header and data rows (mutable) and changes them in place. */
export async function editCsv(dir: string, rel: string, edit: (header: string[], rows: string[][]) => void): Promise<void> {
  const path = join(dir, rel);
  const records = parse(await readFile(path, 'utf8')) as string[][];
  const [header, ...rows] = records as [string[], ...string[][]];
  edit(header, rows);
  await writeFile(path, stringify([header, ...rows], { record_delimiter: '\n' }));
}

/** Sets one cell (1-based data row). */
export async function setCell(dir: string, rel: string, row: number, column: string, value: string): Promise<string> {
  let old = '';
  await editCsv(dir, rel, (header, rows) => {
    const c = header.indexOf(column);
    if (c < 0) throw new Error(`no column ${column} in ${rel}`);
    old = rows[row - 1]![c]!;
    rows[row - 1]![c] = value;
  });
  return old;
}

/** First 1-based data row matching a predicate. */
export async function findRow(dir: string, rel: string, pred: (get: (c: string) => string) => boolean): Promise<number> {
  const records = parse(await readFile(join(dir, rel), 'utf8')) as string[][];
  const header = records[0]!;
  const i = records.slice(1).findIndex((r) => pred((c) => r[header.indexOf(c)]!));
  if (i < 0) throw new Error(`no matching row in ${rel}`);
  return i + 1;
}

export async function editText(dir: string, rel: string, edit: (text: string) => string): Promise<void> {
  const path = join(dir, rel);
  await writeFile(path, edit(await readFile(path, 'utf8')));
}
