/** Structural checks: files present, CSV headers, cell types, no nulls, dates inside the study window. */
import { MMM_CHANNELS, STUDY } from '../brand/catalog.js';
import { studyCalendar, weekStartOf, weekday } from '../brand/dates.js';
import { BRAND_FILES, MMM_FILES, RAW_CSV } from '../brand/files.js';
import { columnType, CSV_COLUMNS, NULLABLE, type ColumnType } from '../brand/schema.js';
import { CheckFailure, guard, need, type NamedBrandCheck } from './check-util.js';

const PATTERNS: Record<Exclude<ColumnType, 'string'>, RegExp> = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  money: /^\d+\.\d{2}$/,
  int: /^\d+$/,
  signed_int: /^-?\d+$/,
  number: /^\d+(\.\d+)?$/,
};

const filesPresent = guard('files_present', async (r) => {
  for (const f of BRAND_FILES) {
    const t = await r.text(f);
    if (t === undefined) throw new CheckFailure('file is missing', f);
    if (t.trim().length === 0) throw new CheckFailure('file is empty', f);
  }
  return `${BRAND_FILES.length} files present (19 CSVs, 7 contracts, known issues, MMM tables and ground truth)`;
});

const csvHeaders = guard('csv_headers', async (r) => {
  for (const [f, want] of Object.entries(CSV_COLUMNS)) {
    const csv = await need(r, f);
    if (csv.header.join(',') !== want.join(',')) {
      throw new CheckFailure(`header is "${csv.header.join(',')}", expected "${want.join(',')}"`, f, 0);
    }
  }
  return `${Object.keys(CSV_COLUMNS).length} CSV headers match the data contract`;
});

const columnTypes = guard('column_types', async (r) => {
  let cells = 0;
  for (const f of Object.keys(CSV_COLUMNS)) {
    const csv = await need(r, f);
    const types = csv.header.map(columnType);
    for (const [i, row] of csv.rows.entries()) {
      if (row.length !== csv.header.length) throw new CheckFailure(`has ${row.length} cells, expected ${csv.header.length}`, f, i + 1);
      for (let j = 0; j < row.length; j++) {
        const v = row[j] as string;
        const t = types[j] as ColumnType;
        if (v === '' || t === 'string') continue;
        if (!PATTERNS[t].test(v) || (t === 'date' && Number.isNaN(Date.parse(v)))) {
          throw new CheckFailure(`${csv.header[j]} = "${v}" is not a valid ${t}`, f, i + 1);
        }
        cells++;
      }
    }
  }
  return `${cells.toLocaleString('en-GB')} typed cells are valid dates, amounts and counts (no negatives)`;
});

const noNulls = guard('no_nulls', async (r) => {
  for (const f of Object.keys(CSV_COLUMNS)) {
    const csv = await need(r, f);
    const nullable = new Set(NULLABLE[f] ?? []);
    for (const [i, row] of csv.rows.entries()) {
      for (let j = 0; j < row.length; j++) {
        const v = (row[j] as string).trim();
        const col = csv.header[j] as string;
        if (/^(null|nan|undefined|none|n\/a)$/i.test(v)) throw new CheckFailure(`${col} holds the placeholder "${v}"`, f, i + 1);
        if (v === '' && !nullable.has(col)) throw new CheckFailure(`${col} is empty`, f, i + 1);
      }
    }
  }
  return 'no empty cells outside the documented optional columns (leads: campaign_id, test_drive_id, sale_date)';
});

const dateRanges = guard('date_ranges_aligned', async (r) => {
  const cal = studyCalendar();
  const weeks = new Set(cal.weeks);
  for (const f of Object.keys(CSV_COLUMNS)) {
    const csv = await need(r, f);
    const dateCols = csv.header.map((h, j) => (columnType(h) === 'date' ? j : -1)).filter((j) => j >= 0);
    const ws = csv.col('week_start');
    const day = ['date', 'insertion_date', 'created_date'].map((c) => csv.col(c)).find((j) => j >= 0) ?? -1;
    for (const [i, row] of csv.rows.entries()) {
      for (const j of dateCols) {
        const v = row[j] as string;
        if (v !== '' && (v < STUDY.start || v > STUDY.end)) throw new CheckFailure(`${csv.header[j]} ${v} is outside the study window ${STUDY.start} … ${STUDY.end}`, f, i + 1);
      }
      if (ws >= 0) {
        const w = row[ws] as string;
        if (!weeks.has(w) || weekday(w) !== 0) throw new CheckFailure(`week_start ${w} is not a Monday of the study`, f, i + 1);
        if (day >= 0 && weekStartOf(row[day] as string) !== w) throw new CheckFailure(`week_start ${w} is not the week of ${row[day]}`, f, i + 1);
      }
    }
  }
  for (const f of [MMM_FILES.modelReady, RAW_CSV.economic]) {
    const csv = await need(r, f);
    const got = csv.rows.map((row) => row[0]);
    const bad = cal.weeks.findIndex((w, i) => got[i] !== w);
    if (bad >= 0 || got.length !== cal.weeks.length) {
      throw new CheckFailure(`weeks must be the ${cal.weeks.length} Mondays ${STUDY.start} … ${cal.weeks.at(-1)} in order`, f, bad >= 0 ? bad + 1 : got.length);
    }
  }
  const ca = await need(r, MMM_FILES.channelActivity);
  if (ca.rows.length !== cal.weeks.length * MMM_CHANNELS.length) throw new CheckFailure(`expected ${cal.weeks.length * MMM_CHANNELS.length} week × channel rows, found ${ca.rows.length}`, MMM_FILES.channelActivity);
  return `every date inside ${STUDY.start} … ${STUDY.end}; weeklies on the same ${cal.weeks.length} Mondays`;
});

export const STRUCTURE_CHECKS: NamedBrandCheck[] = [
  { name: 'files_present', description: 'all 19 CSVs, 7 contracts, known_issues.json and the MMM files exist and are not empty', run: filesPresent },
  { name: 'csv_headers', description: 'every CSV has exactly the documented columns in order', run: csvHeaders },
  { name: 'column_types', description: 'dates, amounts (2 decimals) and counts parse, none negative', run: columnTypes },
  { name: 'no_nulls', description: 'no empty or placeholder cells except documented optional columns', run: noNulls },
  { name: 'date_ranges_aligned', description: 'all dates inside the study window; week_start Mondays match their dates; weeklies share one week grid', run: dateRanges },
];
