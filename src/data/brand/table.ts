/** In-memory CSV tables for the generators (files are written through src/util/atomic-write.ts). */
import { stringify } from 'csv-stringify/sync';

export type Cell = string | number;

export interface Table {
  columns: readonly string[];
  rows: Cell[][];
}

export function toCsv(table: Table): string {
  return stringify([table.columns as string[], ...table.rows], { record_delimiter: '\n' });
}

/** Formats a number with a fixed count of decimals, without "-0.00". */
export function fixed(x: number, decimals: number): string {
  const s = x.toFixed(decimals);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}
