/**
 * The validation targets on one extra seed (7) for a reduced brand set — one brand per tier — so the
 * test stays fast; `npm run validate:tenants -- --seeds 42,7,2024` is the full check over all ten.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTenants, validateTenants, type ValidationReport } from '../../../src/data/tenants/index.js';
import { tempDataDir } from './helpers.js';

const SET = ['frost-and-flame-treats', 'pulse-fitness', 'cloudnote-software'];
let dir = '';
let report: ValidationReport;

beforeAll(async () => {
  dir = tempDataDir('validate');
  await generateTenants({ dataDir: dir, seed: 7, brands: SET });
  report = await validateTenants({ dataDir: dir });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('validateTenants (seed 7, one brand per tier)', () => {
  const brand = (id: string) => report.brands.find((b) => b.id === id);

  it('writes validation_report.json with every brand and its checks', () => {
    const file = join(dir, 'tenants', 'validation_report.json');
    expect(existsSync(file)).toBe(true);
    const onDisk = JSON.parse(readFileSync(file, 'utf8')) as ValidationReport;
    expect(onDisk.brands.map((b) => b.id)).toEqual(SET);
    expect(onDisk.checks.every((c) => c.ok)).toBe(true);
    expect(onDisk.seed).toBe(7);
  });

  it('high sensitivity: holdout R² ≥ 0.65 and temperature is the top, selected weather driver as in the truth', () => {
    const b = brand('frost-and-flame-treats');
    expect(b?.r2_holdout).toBeGreaterThanOrEqual(0.65);
    expect(b?.weather.truth_top).toBe('temperature');
    expect(b?.weather.model_top).toBe('temperature');
    expect(b?.weather.model_top_rank).toBeLessThanOrEqual(4);
    expect(b?.weather.selected).toContain('temperature');
    expect(b?.r2_holdout).toBeGreaterThan(b?.r2_holdout_without_weather ?? 1);
  });

  it('medium sensitivity: holdout R² ≥ 0.45', () => {
    expect(brand('pulse-fitness')?.r2_holdout).toBeGreaterThanOrEqual(0.45);
  });

  it('no weather effect: noise-floor R² and no weather feature selected', () => {
    const b = brand('cloudnote-software');
    expect(b?.r2_holdout).toBeGreaterThan(-0.1);
    expect(b?.r2_holdout).toBeLessThan(0.35);
    expect(b?.weather.selected).toEqual([]);
    expect(b?.weather.ok).toBe(true);
  });

  it('ROAS within ±20 % of the truth for the majority of brand×channel pairs, reported per pair', () => {
    const pairs = report.brands.flatMap((b) => b.roas);
    expect(pairs).toHaveLength(9);
    for (const p of pairs) expect(p.error_pct).toBeCloseTo((p.estimate / p.truth - 1) * 100, 0);
    expect(pairs.filter((p) => p.within).length).toBeGreaterThan(pairs.length / 2);
    expect(report.summary.passed).toBe(true);
  });
});
