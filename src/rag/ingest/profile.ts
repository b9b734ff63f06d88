/**
 * Column roles read from a table's headers and values: which column is the date, the campaign, the
 * vehicle model, which are numbers and whether a number adds up (spend) or must be averaged (an index).
 * Chunking and exact metrics both use this, so a renamed column is found the same way by both.
 */
import { normaliseChannel, normaliseVehicleModel } from '../synonyms.js';
import type { CsvTable } from './csv-table.js';

export type ColumnKind = 'date' | 'number' | 'text';

export interface ColumnProfile {
  name: string;
  kind: ColumnKind;
  /** Numbers only: additive columns are summed over a group; the others are averaged. */
  additive: boolean;
  distinct: number;
}

export interface TableProfile {
  columns: ColumnProfile[];
  date?: string;
  /** A second date column closing a flight (`end_date`). */
  dateEnd?: string;
  campaign?: string;
  vehicleModel?: string;
  channel?: string;
  region?: string;
  audience?: string;
  /** Low-cardinality text columns worth grouping or listing (competitor, indicator, dealer…). */
  dimensions: string[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;
/** Name parts of columns that are levels or ratios, averaged instead of summed. */
const NON_ADDITIVE = new Set(
  (
    'rate ratio ctr cpm cpc cpa cpl cpv cpt vtr roas roi index idx pct percent percentage share avg average mean ' +
    'frequency freq score price temperature temp confidence position per days level target threshold benchmark ' +
    'rank lat latitude lon lng longitude age year week month number no id duration seconds minutes hours length ' +
    'sentiment hour weekday quarter'
  ).split(' '),
);

export function isAdditiveName(name: string): boolean {
  return !name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((part) => NON_ADDITIVE.has(part));
}

/** Parses "£12,345.60", "3.2%", "1 234" to a number; NaN when it is not one. */
export function toNumber(raw: string | undefined): number {
  if (raw === undefined) return NaN;
  const s = raw.replace(/[£$€,\s%]/g, '');
  if (s === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return NaN;
  return Number(s);
}

function profileColumn(table: CsvTable, name: string): ColumnProfile {
  const values = table.rows.map((r) => r[name] ?? '').filter((v) => v !== '');
  const distinct = new Set(values).size;
  if (values.length > 0 && values.every((v) => ISO_DATE.test(v))) return { name, kind: 'date', additive: false, distinct };
  if (values.length > 0 && values.every((v) => Number.isFinite(toNumber(v)))) {
    return { name, kind: 'number', additive: isAdditiveName(name), distinct };
  }
  return { name, kind: 'text', additive: false, distinct };
}

function mostlyMatch(table: CsvTable, col: string, fn: (v: string) => unknown, share = 0.9): boolean {
  const values = [...new Set(table.rows.map((r) => r[col] ?? '').filter(Boolean))];
  if (values.length === 0) return false;
  return values.filter((v) => fn(v) !== undefined).length / values.length >= share;
}

export function profileTable(table: CsvTable): TableProfile {
  const columns = table.columns.map((c) => profileColumn(table, c));
  const byName = (re: RegExp, kind?: ColumnKind) =>
    columns.find((c) => re.test(c.name) && (kind === undefined || c.kind === kind))?.name;
  const dates = columns.filter((c) => c.kind === 'date').map((c) => c.name);
  const date =
    dates.find((d) => /^date$/i.test(d)) ??
    dates.find((d) => /date$/i.test(d) && !/end|due|deliver|sale|close|to$/i.test(d)) ??
    dates.find((d) => /^(day|week|week_start|week_commencing|month)$/i.test(d)) ??
    dates.find((d) => /start|from|begin/i.test(d)) ??
    dates[0];
  const dateEnd = dates.find((d) => d !== date && /(^|_)(end|to|until|finish)(_|$)/i.test(d));
  const text = columns.filter((c) => c.kind === 'text');
  const campaign = text.find((c) => /campaign/i.test(c.name) && /id|code/i.test(c.name))?.name ?? byName(/^campaign$/i, 'text');
  // By header name first; a column whose every value is a model name also counts ("segment" columns that
  // merely mention "family SUV" next to "mass market" do not).
  const vehicleModel =
    text.find((c) => /vehicle|model|car|nameplate/i.test(c.name) && mostlyMatch(table, c.name, normaliseVehicleModel, 0.5))?.name ??
    text.find((c) => c.distinct <= 8 && mostlyMatch(table, c.name, normaliseVehicleModel, 1))?.name;
  const channel = text.find((c) => /channel|platform|media/i.test(c.name) && mostlyMatch(table, c.name, normaliseChannel))?.name;
  const region = byName(/region/i, 'text');
  const audience = byName(/audience|segment/i, 'text');
  const taken = new Set([campaign, vehicleModel, channel, region, audience]);
  const dimensions = text
    .filter((c) => !taken.has(c.name) && c.distinct >= 1 && c.distinct <= 12 && !/note|comment|description/i.test(c.name))
    .map((c) => c.name);
  return {
    columns,
    ...(date ? { date } : {}),
    ...(dateEnd ? { dateEnd } : {}),
    ...(campaign ? { campaign } : {}),
    ...(vehicleModel ? { vehicleModel } : {}),
    ...(channel ? { channel } : {}),
    ...(region ? { region } : {}),
    ...(audience ? { audience } : {}),
    dimensions,
  };
}
