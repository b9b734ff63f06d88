/** Small helpers shared by the brand checks. */
import type { CheckResult } from './types.js';
import type { CsvData, DatasetReader } from './reader.js';

export type BrandCheck = (r: DatasetReader) => Promise<CheckResult>;

export interface NamedBrandCheck {
  name: string;
  description: string;
  run: BrandCheck;
}

export const pass = (name: string, message: string): CheckResult => ({ name, ok: true, message });

export const fail = (name: string, message: string, file?: string, row?: number): CheckResult => ({
  name,
  ok: false,
  message: file ? `${file}${row !== undefined ? ` row ${row}` : ''}: ${message}` : message,
  ...(file === undefined ? {} : { file }),
  ...(row === undefined ? {} : { row }),
});

/** Signals a failure from deep inside a loop; caught by `guard`. */
export class CheckFailure extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly row?: number,
  ) {
    super(message);
  }
}

/** Runs a check body; a thrown CheckFailure becomes a failed result naming its file and row. */
export function guard(name: string, body: (r: DatasetReader) => Promise<string>): BrandCheck {
  return async (r) => {
    try {
      return pass(name, await body(r));
    } catch (err) {
      if (err instanceof CheckFailure) return fail(name, err.message, err.file, err.row);
      return fail(name, `check crashed: ${(err as Error).message}`);
    }
  };
}

/** Loads a CSV or fails naming it. */
export async function need(r: DatasetReader, rel: string): Promise<CsvData> {
  const csv = await r.csv(rel);
  if (!csv) throw new CheckFailure('missing or unreadable', rel);
  return csv;
}

/** Column index or a failure naming the missing column. */
export function colOf(csv: CsvData, rel: string, name: string): number {
  const i = csv.col(name);
  if (i < 0) throw new CheckFailure(`column ${name} is missing`, rel, 0);
  return i;
}

export function pence(s: string | undefined): number {
  return Math.round(Number(s) * 100);
}

export function gbpText(p: number): string {
  return (p / 100).toFixed(2);
}
