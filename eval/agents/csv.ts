/** Direct CSV arithmetic for the evaluation's expected values (independent of the metrics engine). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

const cache = new Map<string, Record<string, string>[]>();

export function rows(dataDir: string, file: string): Record<string, string>[] {
  const path = join(dataDir, file);
  let r = cache.get(path);
  if (!r) {
    r = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
    cache.set(path, r);
  }
  return r;
}

/** The date column a file is filtered on: delivery day, week, cycle or flight start. */
export function dateColumn(sample: Record<string, string>): string {
  for (const c of ['date', 'insertion_date', 'cycle_start', 'start_date', 'created_date', 'week_start']) if (c in sample) return c;
  throw new Error(`no date column in ${Object.keys(sample).join(',')}`);
}

export interface CsvFilter {
  file: string;
  column?: string;
  date?: string;
  from?: string;
  to?: string;
  where?: Record<string, string>;
}

export function filtered(dataDir: string, f: CsvFilter): Record<string, string>[] {
  const all = rows(dataDir, f.file);
  if (all.length === 0) return [];
  const dc = f.date ?? dateColumn(all[0]!);
  return all.filter(
    (r) =>
      (!f.from || (r[dc] ?? '') >= f.from) &&
      (!f.to || (r[dc] ?? '') <= f.to) &&
      Object.entries(f.where ?? {}).every(([k, v]) => r[k] === v),
  );
}

export function csvSum(dataDir: string, f: CsvFilter): number {
  return filtered(dataDir, f).reduce((s, r) => s + Number(r[f.column!] ?? 0), 0);
}

export function csvCount(dataDir: string, f: CsvFilter): number {
  return filtered(dataDir, f).length;
}

/** Sums of `cols` per value of `key` in one CSV under `raw/`, over the rows passing `keep`. */
export function sumsBy(
  dataDir: string,
  file: string,
  key: string,
  cols: string[],
  keep: (r: Record<string, string>) => boolean = () => true,
): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const r of rows(dataDir, `raw/${file}`).filter(keep)) {
    const g = out.get(r[key]!) ?? Object.fromEntries(cols.map((c) => [c, 0]));
    for (const c of cols) g[c]! += Number(r[c]);
    out.set(r[key]!, g);
  }
  return out;
}
