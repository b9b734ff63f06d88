/** Reads a CSV into string records with csv-parse, naming the file in any error. */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { MixError } from '../../errors.js';

export interface CsvTable {
  /** Path relative to the data dir, e.g. `raw/meta_ads.csv`. */
  source: string;
  columns: string[];
  rows: Record<string, string>[];
}

export function parseCsv(source: string, text: string): CsvTable {
  let records: Record<string, string>[];
  let columns: string[] = [];
  try {
    records = parse(text, {
      columns: (header: string[]) => {
        columns = header.map((h) => h.trim());
        return columns;
      },
      skip_empty_lines: true,
      trim: true,
      bom: true,
    }) as Record<string, string>[];
  } catch (err) {
    throw new MixError('DATA_INVALID', `Could not parse ${source}: ${(err as Error).message}`, {
      userMessage: `The data file ${source} could not be read as CSV.`,
      cause: err,
    });
  }
  return { source, columns, rows: records };
}

export function readCsv(absPath: string, source: string): CsvTable {
  return parseCsv(source, readFileSync(absPath, 'utf8'));
}
