/**
 * Writing the tenants folder without ever leaving it half-written: everything goes to a sibling temp
 * folder first (each file validated before it is written), then replaces the old folder in two renames.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { z } from 'zod';
import { MixError } from '../../errors.js';

/** Validates every row (first failure names the file and 1-based data row) and returns CSV text. */
export function toCsv<T extends object>(file: string, rows: readonly T[], columns: readonly (keyof T & string)[], schema: z.ZodType): string {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Record<string, unknown>;
    const asText = Object.fromEntries(columns.map((c) => [c, String(row[c] ?? '')]));
    const res = schema.safeParse(asText);
    if (!res.success) {
      throw new MixError('DATA_INVALID', `${file} row ${i + 1} fails its schema: ${res.error.issues[0]?.message ?? 'invalid'}`, {
        details: { file, row: i + 1 },
      });
    }
  }
  return stringify(
    rows.map((r) => columns.map((c) => (r as Record<string, unknown>)[c] ?? '')),
    { header: true, columns: [...columns] },
  );
}

export function toJson(file: string, value: unknown, schema: z.ZodType): string {
  const res = schema.safeParse(value);
  if (!res.success) {
    const issue = res.error.issues[0];
    throw new MixError('DATA_INVALID', `${file} fails its schema at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`);
  }
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A folder being built beside `target`; `commit()` swaps it into place. */
export class StagedDir {
  readonly path: string;
  constructor(readonly target: string, tag: string) {
    this.path = join(dirname(target), `.${tag}.tmp-${process.pid}`);
    rmSync(this.path, { recursive: true, force: true });
    mkdirSync(this.path, { recursive: true });
  }

  write(rel: string, text: string | Buffer): void {
    const file = join(this.path, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }

  commit(): void {
    const old = `${this.target}.old-${process.pid}`;
    rmSync(old, { recursive: true, force: true });
    if (existsSync(this.target)) renameSync(this.target, old);
    renameSync(this.path, this.target);
    rmSync(old, { recursive: true, force: true });
  }

  abort(): void {
    rmSync(this.path, { recursive: true, force: true });
  }
}

/** Writes one file atomically (temp file in the same folder, then rename). */
export function writeFileAtomic(file: string, data: string | Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}
