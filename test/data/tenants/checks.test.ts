/** Every tenant check fails when the file it guards is corrupted, and names the file (and row). */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTenants, tenantChecks } from '../../../src/data/tenants/index.js';
import type { CheckResult } from '../../../src/data/validate/types.js';
import { SMALL_SET, tempDataDir } from './helpers.js';

const BRAND = SMALL_SET[0] as string;
let pristine = '';
const dirs: string[] = [];

beforeAll(async () => {
  pristine = tempDataDir('checks');
  dirs.push(pristine);
  await generateTenants({ dataDir: pristine, seed: 42, brands: SMALL_SET });
});
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function run(name: string, corrupt?: (tenants: string) => void): Promise<CheckResult> {
  const dir = tempDataDir('corrupt');
  dirs.push(dir);
  cpSync(pristine, dir, { recursive: true });
  corrupt?.(join(dir, 'tenants'));
  const check = tenantChecks().find((c) => c.name === name);
  if (!check) throw new Error(`no check ${name}`);
  return check(dir);
}

function edit(file: string, fn: (text: string) => string): void {
  writeFileSync(file, fn(readFileSync(file, 'utf8')));
}

/** Replaces one field of data row `row` (1-based) in a CSV. */
function setField(file: string, row: number, col: number, value: string): void {
  edit(file, (t) => {
    const lines = t.split('\n');
    const cells = (lines[row] as string).split(',');
    cells[col] = value;
    lines[row] = cells.join(',');
    return lines.join('\n');
  });
}

describe('tenantChecks', () => {
  it('all pass on freshly generated data', async () => {
    const results = await Promise.all(tenantChecks().map(async (c) => c(pristine)));
    expect(results.map((r) => [r.name, r.ok])).toEqual(tenantChecks().map((c) => [c.name, true]));
  });

  it('tenants.index fails when city shares stop summing to 1', async () => {
    const r = await run('tenants.index', (t) => edit(join(t, 'tenants.json'), (s) => s.replace('"share": 0.45', '"share": 0.55')));
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/tenants\.json.*city shares/);
  });

  it('tenants.files_schema names the file and row of a malformed value', async () => {
    const r = await run('tenants.files_schema', (t) => setField(join(t, BRAND, 'sales_daily.csv'), 5, 4, 'lots'));
    expect(r.ok).toBe(false);
    expect(r.file).toBe(`tenants/${BRAND}/sales_daily.csv`);
    expect(r.row).toBe(5);
  });

  it('tenants.files_schema rejects spend outside 0 or $50–$500', async () => {
    const r = await run('tenants.files_schema', (t) => setField(join(t, BRAND, 'marketing_daily.csv'), 3, 2, '20'));
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/marketing_daily\.csv row 3/);
  });

  it('tenants.complete_days fails when a row goes missing', async () => {
    const r = await run('tenants.complete_days', (t) => edit(join(t, BRAND, 'sales_daily.csv'), (s) => s.split('\n').filter((_, i) => i !== 10).join('\n')));
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/expected/);
  });

  it('tenants.revenue_reconciles catches a one-cent difference', async () => {
    const r = await run('tenants.revenue_reconciles', (t) => {
      const file = join(t, BRAND, 'sales_daily.csv');
      const line = readFileSync(file, 'utf8').split('\n')[7] as string;
      setField(file, 7, 4, (Number(line.split(',')[4]) + 0.01).toFixed(2));
    });
    expect(r.ok).toBe(false);
    expect(r.row).toBe(7);
  });

  it('tenants.spend_rules catches email files that disagree with the media file', async () => {
    const r = await run('tenants.spend_rules', (t) => {
      const file = join(t, BRAND, 'email_daily.csv');
      const lines = readFileSync(file, 'utf8').split('\n');
      const row = lines.findIndex((l, i) => i > 0 && !l.endsWith(',0'));
      setField(file, row, 5, '499');
    });
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/email spend/);
  });

  it('tenants.ground_truth catches a truth that no longer matches tenants.json', async () => {
    const r = await run('tenants.ground_truth', (t) => edit(join(t, BRAND, 'ground_truth.json'), (s) => s.replace('"id": "winter_coats"', '"id": "parkas"')));
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/categories/);
  });

  it('tenants.ground_truth rejects a ROAS outside 1.5–4.0x', async () => {
    const r = await run('tenants.ground_truth', (t) => edit(join(t, BRAND, 'ground_truth.json'), (s) => s.replace(/"roas": [0-9.]+/, '"roas": 6.5')));
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/ground_truth\.json/);
  });

  it('tenants.weather_events catches an unknown shock id and a mis-sized heatwave', async () => {
    const r1 = await run('tenants.weather_events', (t) => {
      const file = join(t, BRAND, 'weather_daily.csv');
      setField(file, 2, 11, 'chicago-il:heatwave:1999-01-01');
    });
    expect(r1.ok).toBe(false);
    expect(r1.row).toBe(2);
    const r2 = await run('tenants.weather_events', (t) => edit(join(t, 'weather_events.json'), (s) => s.replace('"magnitude": 15', '"magnitude": 11')));
    expect(r2.ok).toBe(false);
    expect(r2.message).toMatch(/heatwave/);
  });

  it('tenants.attribution fails when the Open-Meteo credit is removed', async () => {
    const r = await run('tenants.attribution', (t) => edit(join(t, 'README.md'), (s) => s.replaceAll('CC BY 4.0', 'all rights reserved')));
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/README\.md/);
  });

  it('every check reports missing data as a failure, not a crash', async () => {
    const dir = tempDataDir('empty');
    dirs.push(dir);
    const results = await Promise.all(tenantChecks().map(async (c) => c(dir)));
    expect(results.every((r) => !r.ok && /missing/.test(r.message))).toBe(true);
  });
});
