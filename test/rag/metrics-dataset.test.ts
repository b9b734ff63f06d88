/**
 * The metrics engine on the generated brand dataset, cross-checked against the MMM weekly table the
 * generator writes separately (data/mmm/model_ready.csv): spend per channel must reconcile to the penny,
 * and units and revenue must match the weekly sales.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { MMM_CHANNELS } from '../../src/data/brand/catalog.js';
import { MixError } from '../../src/errors.js';
import { createMetricsEngine } from '../../src/rag/index.js';
import { TEST_DATA_DIR } from '../helpers/test-data.js';

const weekly = parse(readFileSync(join(TEST_DATA_DIR, 'mmm/model_ready.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
const total = (col: string) => weekly.reduce((s, r) => s + Number(r[col]), 0);
const engine = createMetricsEngine(TEST_DATA_DIR);

describe('exact metrics on the brand dataset', () => {
  it('spend per channel reconciles with the MMM weekly table for all 11 channels', () => {
    const r = engine.queryMetrics({ metric: 'spend', groupBy: 'channel' });
    const by = Object.fromEntries(r.rows.map((x) => [x.group, x.value]));
    for (const ch of MMM_CHANNELS) expect(by[ch], ch).toBeCloseTo(total(`${ch}_spend`), 2);
    expect(r.value).toBeCloseTo(MMM_CHANNELS.reduce((s, ch) => s + total(`${ch}_spend`), 0), 2);
  });

  it('units and revenue match the weekly sales, per quarter too', () => {
    expect(engine.queryMetrics({ metric: 'units' }).value).toBe(total('units_sold'));
    expect(engine.queryMetrics({ metric: 'revenue' }).value).toBeCloseTo(total('revenue'), 2);
    // Weeks starting 2024-12-30 … 2025-03-24 cover the days 2024-12-30 … 2025-03-30 exactly.
    const weeks = weekly.filter((r) => r.week_start! >= '2024-12-30' && r.week_start! <= '2025-03-24');
    const units = engine.queryMetrics({ metric: 'units', from: '2024-12-30', to: '2025-03-30', groupBy: 'week' });
    expect(units.value).toBe(weeks.reduce((s, r) => s + Number(r.units_sold), 0));
    expect(units.rows.map((r) => r.group)).toEqual(weeks.map((r) => r.week_start));
    units.rows.forEach((row, i) => expect(row.value).toBe(Number(weeks[i]!.units_sold)));
  });

  it('explains a ratio the data cannot support for a channel', () => {
    let err: unknown;
    try {
      engine.queryMetrics({ metric: 'cpm', channel: 'tv' });
    } catch (e) {
      err = e;
    }
    expect(MixError.is(err, 'NOT_FOUND')).toBe(true);
    expect((err as MixError).userMessage).toMatch(/impressions/);
  });

  it('filters sales-side figures by region and refuses to call the regional files a region\'s media spend', () => {
    const sales = parse(readFileSync(join(TEST_DATA_DIR, 'raw/vehicle_sales.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const london = sales.filter((r) => r.region === 'london' && r.date! >= '2024-07-01' && r.date! <= '2024-12-31').reduce((s, r) => s + Number(r.units_sold), 0);
    expect(engine.queryMetrics({ metric: 'units', region: 'london', from: '2024-07-01', to: '2024-12-31' }).value).toBe(london);
    let err: unknown;
    try {
      engine.queryMetrics({ metric: 'cost_per_lead', region: 'scotland' });
    } catch (e) {
      err = e;
    }
    expect(MixError.is(err, 'INPUT_INVALID')).toBe(true);
    expect((err as MixError).userMessage).toMatch(/spend data is not broken down by region/);
  });
});
