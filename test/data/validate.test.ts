/**
 * Every brand check passes on the generated dataset, and each one fails — naming the file and row — when
 * a copy of the data is corrupted in the way it guards against.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BRAND_CHECKS, validateDataset } from '../../src/data/validate/index.js';
import { DatasetReader } from '../../src/data/validate/reader.js';
import type { CheckResult } from '../../src/data/validate/types.js';
import { ensureTestData } from '../helpers/test-data.js';
import { copyDataset, editCsv, editText, findRow, removeDir, setCell } from './corrupt.js';

let source: string;
const dirs: string[] = [];

beforeAll(async () => {
  source = await ensureTestData();
});

afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

async function fresh(): Promise<string> {
  const dir = await copyDataset(source);
  dirs.push(dir);
  return dir;
}

async function run(name: string, dir: string): Promise<CheckResult> {
  const check = BRAND_CHECKS.find((c) => c.name === name);
  if (!check) throw new Error(`no check ${name}`);
  return check.run(new DatasetReader(dir));
}

describe('brand validation', () => {
  it('passes every brand check on the seed-42 dataset, with at least 10 named checks', async () => {
    const results = await validateDataset(source, { only: ['brand'] });
    expect(results.length).toBeGreaterThanOrEqual(10);
    expect(new Set(results.map((r) => r.name)).size).toBe(results.length);
    for (const r of results) expect(r, r.message).toMatchObject({ ok: true });
  });

  it('files_present fails when a contract is missing', async () => {
    const dir = await fresh();
    await removeDir(`${dir}/raw/contracts/tv-skyline-satellite-airtime.md`);
    const r = await run('files_present', dir);
    expect(r).toMatchObject({ ok: false, file: 'raw/contracts/tv-skyline-satellite-airtime.md' });
  });

  it('csv_headers fails on a renamed model_ready column', async () => {
    const dir = await fresh();
    await editCsv(dir, 'mmm/model_ready.csv', (h) => {
      h[h.indexOf('tv_spend')] = 'tv_spend_gbp';
    });
    expect(await run('csv_headers', dir)).toMatchObject({ ok: false, file: 'mmm/model_ready.csv', row: 0 });
  });

  it('column_types fails on a negative or malformed amount', async () => {
    const dir = await fresh();
    await setCell(dir, 'raw/meta_ads.csv', 5, 'spend_gbp', '-12.50');
    expect(await run('column_types', dir)).toMatchObject({ ok: false, file: 'raw/meta_ads.csv', row: 5 });
    await setCell(dir, 'raw/meta_ads.csv', 5, 'spend_gbp', '12,50');
    expect(await run('column_types', dir)).toMatchObject({ ok: false, file: 'raw/meta_ads.csv', row: 5 });
  });

  it('no_nulls fails on an empty dealer id and a "null" placeholder', async () => {
    const dir = await fresh();
    await setCell(dir, 'raw/vehicle_sales.csv', 10, 'dealer_id', '');
    expect(await run('no_nulls', dir)).toMatchObject({ ok: false, file: 'raw/vehicle_sales.csv', row: 10 });
    const dir2 = await fresh();
    await setCell(dir2, 'raw/leads.csv', 3, 'source', 'null');
    expect(await run('no_nulls', dir2)).toMatchObject({ ok: false, file: 'raw/leads.csv', row: 3 });
  });

  it('date_ranges_aligned fails on a date before the window and on a wrong week_start', async () => {
    const dir = await fresh();
    await setCell(dir, 'raw/google_ads.csv', 3, 'date', '2023-12-31');
    expect(await run('date_ranges_aligned', dir)).toMatchObject({ ok: false, file: 'raw/google_ads.csv', row: 3 });
    const dir2 = await fresh();
    await setCell(dir2, 'raw/test_drives.csv', 7, 'week_start', '2025-06-02');
    expect(await run('date_ranges_aligned', dir2)).toMatchObject({ ok: false, file: 'raw/test_drives.csv', row: 7 });
  });

  it('spend_reconciles fails when a daily row is off by one penny', async () => {
    const dir = await fresh();
    let week = '';
    await editCsv(dir, 'raw/google_ads.csv', (h, rows) => {
      const c = h.indexOf('spend_gbp');
      const last = rows[rows.length - 1]!;
      last[c] = (Number(last[c]) + 0.01).toFixed(2);
      week = last[h.indexOf('week_start')]!;
    });
    const weekRow = await findRow(dir, 'mmm/model_ready.csv', (g) => g('week_start') === week);
    const r = await run('spend_reconciles', dir);
    expect(r).toMatchObject({ ok: false, file: 'mmm/model_ready.csv', row: weekRow });
    expect(r.message).toContain('google_spend');
  });

  it('spend_reconciles fails when an event is moved so its spread changes weeks', async () => {
    const dir = await fresh();
    const row = await findRow(dir, 'raw/events.csv', (g) => Number(g('days')) >= 3 && g('start_date') > '2024-02-01');
    await editCsv(dir, 'raw/events.csv', (h, rows) => {
      const s = h.indexOf('start_date');
      const d = new Date(`${rows[row - 1]![s]}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() - 7);
      rows[row - 1]![s] = d.toISOString().slice(0, 10);
    });
    expect(await run('spend_reconciles', dir)).toMatchObject({ ok: false, file: 'mmm/model_ready.csv' });
  });

  it('contract_commitments fails when a commitment exceeds what was booked, or a row is off-rate', async () => {
    const dir = await fresh();
    await editText(dir, 'raw/contracts/tv-skyline-satellite-airtime.md', (t) => t.replace(/committed_spend_gbp: \d+/, 'committed_spend_gbp: 99000000'));
    expect(await run('contract_commitments', dir)).toMatchObject({ ok: false, file: 'raw/contracts/tv-skyline-satellite-airtime.md' });
    const dir2 = await fresh();
    const row = await findRow(dir2, 'raw/ooh_sites.csv', (g) => g('format') === 'roadside_48_sheet');
    await setCell(dir2, 'raw/ooh_sites.csv', row, 'rate_per_site_gbp', '700');
    expect(await run('contract_commitments', dir2)).toMatchObject({ ok: false, file: 'raw/ooh_sites.csv', row });
  });

  it('weeklies_match_raw fails when model_ready units differ from vehicle sales', async () => {
    const dir = await fresh();
    await editCsv(dir, 'mmm/model_ready.csv', (h, rows) => {
      const c = h.indexOf('units_sold');
      rows[20]![c] = String(Number(rows[20]![c]) + 1);
    });
    expect(await run('weeklies_match_raw', dir)).toMatchObject({ ok: false, file: 'mmm/model_ready.csv', row: 21 });
  });

  it('funnel_monotone fails when a week sells more cars than it had test drives', async () => {
    const dir = await fresh();
    const row = await findRow(dir, 'raw/vehicle_sales.csv', (g) => g('vehicle_model') === 'summit' && g('date') > '2025-01-01');
    await setCell(dir, 'raw/vehicle_sales.csv', row, 'units_sold', '900');
    const r = await run('funnel_monotone', dir);
    expect(r).toMatchObject({ ok: false, file: 'raw/vehicle_sales.csv' });
    expect(r.row).toBeGreaterThan(0);
  });

  it('leads_trace_sales fails when a won lead disappears behind a sale', async () => {
    const dir = await fresh();
    const row = await findRow(dir, 'raw/leads.csv', (g) => g('status') === 'won');
    await editCsv(dir, 'raw/leads.csv', (h, rows) => {
      rows[row - 1]![h.indexOf('status')] = 'lost';
      rows[row - 1]![h.indexOf('sale_date')] = '';
    });
    expect(await run('leads_trace_sales', dir)).toMatchObject({ ok: false, file: 'raw/vehicle_sales.csv' });
    const dir2 = await fresh();
    const row2 = await findRow(dir2, 'raw/leads.csv', (g) => g('test_drive_id') !== '');
    await setCell(dir2, 'raw/leads.csv', row2, 'test_drive_id', 'TD-999999');
    expect(await run('leads_trace_sales', dir2)).toMatchObject({ ok: false, file: 'raw/leads.csv', row: row2 });
  });

  it('launch_and_dealer_dates fails on a sale before launch and on a dealer before it opened', async () => {
    const dir = await fresh();
    const row = await findRow(dir, 'raw/vehicle_sales.csv', (g) => g('date') < '2024-06-01');
    await setCell(dir, 'raw/vehicle_sales.csv', row, 'vehicle_model', 'lumen');
    expect(await run('launch_and_dealer_dates', dir)).toMatchObject({ ok: false, file: 'raw/vehicle_sales.csv', row });
    const dir2 = await fresh();
    const row2 = await findRow(dir2, 'raw/test_drives.csv', (g) => g('date') < '2024-12-01' && g('region') === 'south_west');
    await setCell(dir2, 'raw/test_drives.csv', row2, 'dealer_id', 'DLR-SW-02');
    expect(await run('launch_and_dealer_dates', dir2)).toMatchObject({ ok: false, file: 'raw/test_drives.csv', row: row2 });
  });

  it('campaign_ids_intact fails on an unknown campaign and a foreign creative', async () => {
    const dir = await fresh();
    await setCell(dir, 'raw/meta_ads.csv', 2, 'campaign_id', 'HM-META-TERRA-23Q9');
    expect(await run('campaign_ids_intact', dir)).toMatchObject({ ok: false, file: 'raw/meta_ads.csv', row: 2 });
    const dir2 = await fresh();
    await setCell(dir2, 'raw/tv_airtime.csv', 4, 'creative_id', 'HM-TV-TERRA-24Q1-C9');
    expect(await run('campaign_ids_intact', dir2)).toMatchObject({ ok: false, file: 'raw/tv_airtime.csv', row: 4 });
  });

  it('ground_truth_consistent fails when a decay in the truth is changed', async () => {
    const dir = await fresh();
    await editText(dir, 'mmm/ground_truth.json', (t) => {
      const j = JSON.parse(t) as { channels: { tv: { decay: number } } };
      j.channels.tv.decay = Math.min(0.9, j.channels.tv.decay + 0.2);
      return JSON.stringify(j);
    });
    expect(await run('ground_truth_consistent', dir)).toMatchObject({ ok: false, file: 'mmm/ground_truth.json' });
  });

  it('ground_truth_consistent fails when sales are shifted away from the formula', async () => {
    const dir = await fresh();
    await editCsv(dir, 'mmm/model_ready.csv', (h, rows) => {
      const c = h.indexOf('units_sold');
      rows[50]![c] = String(Number(rows[50]![c]) + 40);
    });
    expect(await run('ground_truth_consistent', dir)).toMatchObject({ ok: false, file: 'mmm/model_ready.csv', row: 51 });
  });

  it('known_issues_located fails on an unlisted discrepancy and on a pointer to a clean row', async () => {
    const dir = await fresh();
    await setCell(dir, 'raw/print_insertions.csv', 1, 'invoiced_gbp', '99999.00');
    expect(await run('known_issues_located', dir)).toMatchObject({ ok: false, file: 'raw/print_insertions.csv', row: 1 });
    const dir2 = await fresh();
    await editText(dir2, 'raw/known_issues.json', (t) => {
      const j = JSON.parse(t) as { issues: { id: string; rows: number[] }[] };
      const ooh = j.issues.find((i) => i.id === 'KI-OOH-MET-INVOICE')!;
      ooh.rows = [1];
      return JSON.stringify(j);
    });
    expect(await run('known_issues_located', dir2)).toMatchObject({ ok: false, file: 'raw/ooh_sites.csv', row: 1 });
  });

  it('realistic_ranges fails when clicks exceed impressions', async () => {
    const dir = await fresh();
    await editCsv(dir, 'raw/tiktok_ads.csv', (h, rows) => {
      rows[3]![h.indexOf('clicks')] = String(Number(rows[3]![h.indexOf('impressions')]) + 1);
    });
    expect(await run('realistic_ranges', dir)).toMatchObject({ ok: false, file: 'raw/tiktok_ads.csv', row: 4 });
  });
});
