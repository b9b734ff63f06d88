/**
 * Other seeds produce valid data (the MMM evaluation uses 7 and 2024), and the CLI's --validate-only exits
 * non-zero naming the file and row of a failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateBrandDataset } from '../../src/data/brand/index.js';
import { validateDataset } from '../../src/data/validate/index.js';
import { ensureTestData } from '../helpers/test-data.js';
import { copyDataset, setCell } from './corrupt.js';

const tmp: string[] = [];
afterAll(async () => {
  await Promise.all(tmp.map((d) => rm(d, { recursive: true, force: true })));
});

describe('other seeds', () => {
  it.each([7, 2024])('seed %i passes every brand check', async (seed) => {
    const dir = await mkdtemp(join(tmpdir(), `brand-${seed}-`));
    tmp.push(dir);
    await generateBrandDataset({ dataDir: dir, seed });
    const results = await validateDataset(dir, { only: ['brand'] });
    for (const r of results) expect(r, r.message).toMatchObject({ ok: true });
  });
});

describe('npm run generate -- --validate-only', () => {
  const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate.ts', ...args], { encoding: 'utf8' });

  it('prints a passing table for good data and exits 0', async () => {
    const res = cli(['--validate-only', '--only', 'brand', '--data-dir', await ensureTestData()]);
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toContain('PASS  spend_reconciles');
    expect(res.stdout).toMatch(/All \d+ checks passed\./);
  });

  it('exits non-zero naming the file and row of a corrupted cell', async () => {
    const dir = await copyDataset(await ensureTestData());
    tmp.push(dir);
    await setCell(dir, 'raw/linkedin_ads.csv', 12, 'campaign_id', 'HM-LINKEDIN-NOPE-24Q1');
    const res = cli(['--validate-only', '--only', 'brand', '--data-dir', dir]);
    expect(res.status).toBe(1);
    expect(res.stdout).toContain('FAIL  campaign_ids_intact');
    expect(res.stderr).toContain('raw/linkedin_ads.csv row 12');
  });

  it('refuses an unknown --only value with a friendly message', () => {
    const res = cli(['--validate-only', '--only', 'nope']);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('--only must be one of brand, assets, tenants');
  });
});
