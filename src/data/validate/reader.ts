/**
 * Reads generated files for the checks, once per validation run (a 45k-row CSV is parsed once, not per
 * check). Missing or unreadable files surface as `undefined` so each check can fail with the file name.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export interface CsvData {
  header: string[];
  rows: string[][];
  /** Column index by name (−1 when missing). */
  col(name: string): number;
}

export class DatasetReader {
  private readonly csvCache = new Map<string, Promise<CsvData | undefined>>();
  private readonly textCache = new Map<string, Promise<string | undefined>>();

  constructor(readonly dataDir: string) {}

  text(rel: string): Promise<string | undefined> {
    let p = this.textCache.get(rel);
    if (!p) {
      p = readFile(join(this.dataDir, rel), 'utf8').catch(() => undefined);
      this.textCache.set(rel, p);
    }
    return p;
  }

  csv(rel: string): Promise<CsvData | undefined> {
    let p = this.csvCache.get(rel);
    if (!p) {
      p = this.text(rel).then((t) => {
        if (t === undefined) return undefined;
        try {
          const records = parse(t, { relax_column_count: true }) as string[][];
          const header = records[0] ?? [];
          const index = new Map(header.map((h, i) => [h, i]));
          return { header, rows: records.slice(1), col: (name: string) => index.get(name) ?? -1 };
        } catch {
          return undefined;
        }
      });
      this.csvCache.set(rel, p);
    }
    return p;
  }

  async json<T>(rel: string): Promise<T | undefined> {
    const t = await this.text(rel);
    if (t === undefined) return undefined;
    try {
      return JSON.parse(t) as T;
    } catch {
      return undefined;
    }
  }
}
