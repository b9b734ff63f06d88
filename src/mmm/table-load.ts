/**
 * Turning a weekly wide CSV into a `WeeklyTable`: parse (csv-parse), infer or apply a column mapping,
 * then validate. Pure: takes text, returns a table or throws MixError. Reading the file is the caller's job.
 */
import { parse } from 'csv-parse/sync';
import { MixError } from '../errors.js';
import { validateTable } from './table-validate.js';
import type { ColumnMapping, WeeklyTable } from './types.js';

export type RawColumns = Record<string, string[]>;

export function parseCsvColumns(text: string): { header: string[]; columns: RawColumns; rows: number } {
  let records: string[][];
  try {
    records = parse(text, { skip_empty_lines: true, trim: true, relax_column_count: false }) as string[][];
  } catch (err) {
    throw new MixError('MMM_INPUT_INVALID', `CSV could not be parsed: ${(err as Error).message}`, {
      userMessage: 'The weekly table is not a valid CSV file.',
      cause: err,
    });
  }
  const header = records[0];
  if (!header || header.length === 0) {
    throw new MixError('MMM_INPUT_INVALID', 'CSV is empty', { userMessage: 'The weekly table is empty.' });
  }
  const columns: RawColumns = {};
  header.forEach((h, j) => {
    columns[h] = records.slice(1).map((r) => r[j] ?? '');
  });
  return { header, columns, rows: records.length - 1 };
}

const DATE_NAMES = ['week_start', 'week', 'date', 'week_ending', 'period'];
const UNITS_NAMES = ['units_sold', 'units', 'sales_units', 'sales', 'conversions'];
const REVENUE_NAMES = ['revenue', 'sales_value', 'turnover'];
const PRICE_NAMES = ['avg_price', 'average_price', 'price'];

/**
 * Infers a mapping from column names: `<channel>_spend` columns are media (except competitor spend,
 * which is a control), the KPI is units (valued at avg_price) or revenue, every other numeric column is a
 * control. Works on our `model_ready.csv` and on any table that follows the same naming.
 */
export function inferMapping(header: string[], overrides: Partial<ColumnMapping> = {}): ColumnMapping {
  const lower = new Map(header.map((h) => [h.toLowerCase(), h]));
  const find = (names: string[]) => names.map((n) => lower.get(n)).find((v) => v !== undefined);
  const date = overrides.date ?? find(DATE_NAMES);
  if (!date) {
    throw new MixError('MMM_INPUT_INVALID', `no date column among ${header.join(', ')}`, {
      userMessage: `I could not find the week column (expected one of ${DATE_NAMES.join(', ')}); pass --date <column>.`,
    });
  }
  let media = overrides.media;
  if (!media || Object.keys(media).length === 0) {
    media = {};
    for (const h of header) {
      const m = /^(.+?)_(spend|cost|investment)$/i.exec(h);
      if (m && !/^competitor/i.test(h)) media[(m[1] as string).toLowerCase()] = h;
    }
  }
  if (Object.keys(media).length === 0) {
    throw new MixError('MMM_INPUT_INVALID', 'no media spend columns', {
      userMessage: 'I could not find any media spend columns (named like `tv_spend`); pass --media tv=tv_col,….',
    });
  }
  const units = overrides.units ?? find(UNITS_NAMES);
  const revenue = overrides.revenue ?? find(REVENUE_NAMES);
  const price = overrides.price ?? find(PRICE_NAMES);
  if (!units && !revenue) {
    throw new MixError('MMM_INPUT_INVALID', 'no KPI column', {
      userMessage: 'I could not find a sales column (units_sold or revenue); pass --units or --revenue.',
    });
  }
  const used = new Set([date, ...Object.values(media), units, revenue, price].filter(Boolean) as string[]);
  const controls = overrides.controls ?? header.filter((h) => !used.has(h));
  const target = overrides.target ?? (units && (price || revenue) ? 'units' : units ? 'units' : 'revenue');
  return { date, media, units, revenue, price, target, controls };
}

function numericColumn(columns: RawColumns, name: string, role: string): number[] {
  const raw = columns[name];
  if (!raw) {
    throw new MixError('MMM_INPUT_INVALID', `column ${name} (${role}) not in the table`, {
      userMessage: `The column \`${name}\` (${role}) is not in the table.`,
    });
  }
  return raw.map((v, i) => {
    if (v === '' || v.toLowerCase() === 'na' || v.toLowerCase() === 'nan' || v.toLowerCase() === 'null') {
      throw new MixError('MMM_INPUT_INVALID', `missing value in ${name} at row ${i + 2}`, {
        userMessage: `The column \`${name}\` has a missing value in row ${i + 2}; fill or drop it first.`,
        details: { column: name, row: i + 2 },
      });
    }
    const x = Number(v);
    if (!Number.isFinite(x)) {
      throw new MixError('MMM_INPUT_INVALID', `non-numeric value "${v}" in ${name} at row ${i + 2}`, {
        userMessage: `The column \`${name}\` has a non-numeric value "${v}" in row ${i + 2}.`,
        details: { column: name, row: i + 2 },
      });
    }
    return x;
  });
}

/** Builds and validates the table from parsed columns and a mapping. */
export function tableFromColumns(columns: RawColumns, mapping: ColumnMapping): WeeklyTable {
  const weeksRaw = columns[mapping.date];
  if (!weeksRaw) {
    throw new MixError('MMM_INPUT_INVALID', `date column ${mapping.date} missing`, {
      userMessage: `The date column \`${mapping.date}\` is not in the table.`,
    });
  }
  const channels = Object.keys(mapping.media);
  const spend = channels.map((c) => numericColumn(columns, mapping.media[c] as string, `${c} spend`));
  const units = mapping.units ? numericColumn(columns, mapping.units, 'units') : undefined;
  const revenueCol = mapping.revenue ? numericColumn(columns, mapping.revenue, 'revenue') : undefined;
  const priceCol = mapping.price ? numericColumn(columns, mapping.price, 'price') : undefined;
  const n = weeksRaw.length;
  let kpi: number[];
  let valuePerKpi: number[];
  let revenue: number[];
  if (mapping.target !== 'revenue' && units) {
    kpi = units;
    // Value each unit at the week's average price (or revenue / units when no price column).
    valuePerKpi = priceCol ?? units.map((u, i) => (revenueCol && u > 0 ? (revenueCol[i] as number) / u : 1));
    revenue = revenueCol ?? units.map((u, i) => u * (valuePerKpi[i] as number));
    if (!priceCol && revenueCol) {
      const pos = valuePerKpi.filter((_, i) => (units[i] as number) > 0);
      const mean = pos.reduce((a, b) => a + b, 0) / Math.max(1, pos.length);
      valuePerKpi = valuePerKpi.map((v, i) => ((units[i] as number) > 0 ? v : mean));
    }
  } else if (revenueCol) {
    kpi = revenueCol;
    valuePerKpi = new Array<number>(n).fill(1);
    revenue = revenueCol;
  } else {
    throw new MixError('MMM_INPUT_INVALID', 'target revenue requested but no revenue column', {
      userMessage: 'You asked to model revenue but the table has no revenue column.',
    });
  }
  const controls = (mapping.controls ?? []).map((name) => ({ name, values: numericColumn(columns, name, 'control') }));
  const table: WeeklyTable = {
    weeks: weeksRaw.slice(),
    channels,
    spend,
    kpi,
    kpiName: mapping.target !== 'revenue' && units ? (mapping.units as string) : (mapping.revenue as string),
    valuePerKpi,
    revenue,
    units,
    controls,
  };
  return validateTable(table);
}

/** CSV text → validated table, inferring any part of the mapping not given. */
export function parseWeeklyCsv(text: string, overrides: Partial<ColumnMapping> = {}): WeeklyTable {
  const { header, columns } = parseCsvColumns(text);
  return tableFromColumns(columns, inferMapping(header, overrides));
}
