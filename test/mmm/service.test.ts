import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateSpec } from '../../src/charts/validate.js';
import { MixError } from '../../src/errors.js';
import { loadMmmService, ResponseModel, type MmmServiceDetail } from '../../src/mmm/index.js';
import { TEST_DATA_DIR } from '../helpers/test-data.js';

let dir: string;
let svc: MmmServiceDetail;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mmm-service-'));
  await mkdir(join(dir, 'mmm'), { recursive: true });
  await copyFile(join(TEST_DATA_DIR, 'mmm', 'model_ready.csv'), join(dir, 'mmm', 'model_ready.csv'));
  svc = await loadMmmService({ dataDir: dir, seed: 42, fit: { draws: 120 } });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const cents = (x: number) => Math.round(x * 100);

describe('MmmService on the brand dataset', () => {
  it('summarises the weekly table', () => {
    const s = svc.summary();
    expect(s.weeks_of_data).toBe(104);
    expect(s.weekly_spend).toHaveLength(104);
    expect(s.channel_breakdown).toHaveLength(11);
    expect(cents(s.channel_breakdown.reduce((a, c) => a + c.spend, 0))).toBe(cents(s.total_spend));
    expect(s.channel_breakdown.reduce((a, c) => a + c.share, 0)).toBeCloseTo(1, 4);
    expect(s.total_units).toBeGreaterThan(0);
    expect(s.total_revenue).toBeGreaterThan(s.total_spend);
    expect(s.date_range.from < s.date_range.to).toBe(true);
  });

  it('returns ROI with intervals for every channel, diagnostics and valid chart specs', () => {
    const r = svc.roi();
    expect(r.channels).toHaveLength(11);
    for (const c of r.channels) {
      expect(c.roi.low).toBeLessThanOrEqual(c.roi.estimate);
      expect(c.roi.estimate).toBeLessThanOrEqual(c.roi.high);
    }
    expect(r.diagnostics.r2).toBeGreaterThan(0.8);
    expect(r.charts.map((c) => c.kind)).toEqual(['roi', 'spend_vs_sales']);
    r.charts.forEach((c) => validateSpec(c));
  });

  it('optimises with the total kept to the cent, ±30 % bounds and locks', () => {
    const o = svc.optimize();
    expect(o.allocation.reduce((a, x) => a + cents(x.optimal), 0)).toBe(cents(o.budget));
    for (const a of o.allocation) {
      expect(a.optimal).toBeGreaterThanOrEqual(a.current * 0.7 - 0.01);
      expect(a.optimal).toBeLessThanOrEqual(a.current * 1.3 + 0.01);
      expect(a.explanation).toMatch(/marginal ROI/);
    }
    expect(o.expectedLift.estimate).toBeGreaterThanOrEqual(0);
    const locked = svc.optimize({ lock: ['tv'], bounds: 0.5, budget: o.budget * 1.05 });
    const tv = locked.allocation.find((a) => a.channel === 'tv')!;
    expect(tv.boundHit).toBe('locked');
    expect(cents(tv.optimal)).toBe(cents(svc.summary().channel_breakdown.find((c) => c.channel === 'tv')!.spend));
    expect(locked.allocation.reduce((a, x) => a + cents(x.optimal), 0)).toBe(cents(o.budget * 1.05));
    o.charts.forEach((c) => validateSpec(c));
    expect(o.charts.map((c) => c.kind)).toEqual(['budget_shift', 'response_curves']);
  });

  it('answers curves and scenarios', () => {
    const c = svc.curves('tv');
    expect(c.channels).toHaveLength(1);
    const tv = c.channels[0]!;
    expect(tv.spend[0]).toBe(0);
    for (let i = 1; i < tv.response.length; i++) expect(tv.response[i]!).toBeGreaterThanOrEqual(tv.response[i - 1]!);
    expect(tv.adstockWeights[0]).toBe(1);
    c.charts.forEach((s) => validateSpec(s));
    expect(() => svc.curves('fax')).toThrow(MixError);
    const cut = svc.scenario({ changes: { radio: -1 } });
    expect(cut.deltaRevenue.estimate).toBeLessThanOrEqual(0);
    expect(cut.perChannel.find((p) => p.channel === 'radio')!.after).toBe(0);
    const move = svc.scenario({ move: { from: 'tv', to: 'meta', fraction: 0.1 } });
    expect(move.spendAfter).toBeCloseTo(move.spendBefore, 2);
    expect(move.description).toMatch(/move £.* from tv to meta/);
    expect(() => svc.scenario({})).toThrow(MixError);
  });

  it('reports actual spend per channel over the last N weeks, matching a plan\'s "before"', () => {
    const all = svc.windowSpend();
    const total = all.reduce((a, w) => a + w.spend, 0);
    expect(total).toBeCloseTo(svc.summary().total_spend, 0);
    const last5 = svc.windowSpend(5);
    const weeks = svc.table.weeks.length;
    const tvIndex = svc.table.channels.indexOf('tv');
    const tvLast5 = (svc.table.spend[tvIndex] as number[]).slice(weeks - 5).reduce((a, b) => a + b, 0);
    expect(last5.find((w) => w.channel === 'tv')!.spend).toBeCloseTo(tvLast5, 2);
    const noop = svc.scenario({ changes: { tv: 0 }, periodWeeks: 5 });
    for (const p of noop.perChannel) expect(last5.find((w) => w.channel === p.channel)!.spend).toBeCloseTo(p.before, 2);
    expect(() => svc.windowSpend(0)).toThrow(MixError);
  });

  it('credits a short plan with the carry-over its spend earns after the period', () => {
    // Cutting TV for the last 4 weeks loses more than the 4 weeks' in-window revenue: TV's effect lingers.
    const tv = svc.table.channels.indexOf('tv');
    const curve = svc.fit.curves[tv]!;
    const inWindowOnly = new ResponseModel(svc.table, 4).contribution(tv, curve);
    const cut = svc.scenario({ changes: { tv: -1 }, periodWeeks: 4 });
    expect(curve.decay).toBeGreaterThan(0.2);
    expect(-cut.deltaRevenue.estimate).toBeGreaterThan(inWindowOnly * 1.2);
    // Over the whole history the ROI table stays inside the data, as the fit sees it.
    const roi = svc.roi().channels[tv]!;
    expect(roi.contribution.estimate).toBeCloseTo(new ResponseModel(svc.table).contribution(tv, curve), 2);
  });

  it('decomposes every week into baseline and channel contributions that add up to the fitted line', () => {
    const d = svc.decomposition();
    expect(d.weeks).toHaveLength(104);
    expect(d.channels).toHaveLength(11);
    d.fitted.forEach((f, t) => {
      const sum = d.baseline[t]! + d.channels.reduce((s, c) => s + c.units[t]!, 0);
      expect(Math.abs(sum - f)).toBeLessThan(0.01);
    });
    const roi = svc.roi().channels;
    d.channels.forEach((c, i) => {
      const revenue = c.revenue.reduce((a, b) => a + b, 0);
      expect(Math.abs(revenue - roi[i]!.contribution.estimate) / Math.max(1, roi[i]!.contribution.estimate)).toBeLessThan(1e-3);
    });
  });

  it('caches the fit keyed by the CSV, and ignores a corrupt cache', async () => {
    const again = await loadMmmService({ dataDir: dir, seed: 42, fit: { draws: 120 } });
    expect(again.fromCache).toBe(true);
    expect(JSON.stringify(again.roi())).toBe(JSON.stringify(svc.roi()));
    await writeFile(join(dir, 'mmm', 'fit_cache.json'), '{not json');
    const refit = await loadMmmService({ dataDir: dir, seed: 42, fit: { draws: 120 } });
    expect(refit.fromCache).toBe(false);
    expect(JSON.parse(await readFile(join(dir, 'mmm', 'fit_cache.json'), 'utf8')).key).toMatch(/^[0-9a-f]{64}$/);
  });

  it('fails with a friendly DATA_MISSING error when there is no data', async () => {
    await expect(loadMmmService({ dataDir: join(dir, 'nowhere') })).rejects.toMatchObject({ code: 'DATA_MISSING' });
  });
});
