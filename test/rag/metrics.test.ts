/**
 * The metrics engine against sums computed here independently from the fixture CSVs (plain split,
 * no shared code), so a wrong column, filter or averaging shows up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MixError } from '../../src/errors.js';
import { createMetricsEngine } from '../../src/rag/index.js';
import type { MetricQuery } from '../../src/rag/types.js';
import { FIXTURE_DATA } from './helpers/fixture-data.js';

function rows(file: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(join(FIXTURE_DATA, 'raw', file), 'utf8').trim().split(/\r?\n/);
  const cols = head!.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v])));
}
const sum = (rs: Record<string, string>[], col: string) => rs.reduce((s, r) => s + Number(r[col]), 0);

const engine = createMetricsEngine(FIXTURE_DATA);
const meta = rows('meta_ads.csv');
const google = rows('google_ads.csv');
const tv = rows('tv_airtime.csv');
const sales = rows('vehicle_sales.csv');
const leads = rows('leads.csv');

describe('exact metrics from the CSVs', () => {
  it('sums spend per channel across files with different spend column names', () => {
    const r = engine.queryMetrics({ metric: 'spend', groupBy: 'channel' });
    expect(r.unit).toBe('GBP');
    const by = Object.fromEntries(r.rows.map((x) => [x.group, x.value]));
    expect(by.meta).toBeCloseTo(sum(meta, 'spend'), 6);
    expect(by.google).toBeCloseTo(sum(google, 'cost'), 6);
    expect(by.tv).toBeCloseTo(sum(tv, 'cost'), 6);
    expect(r.value).toBeCloseTo(sum(meta, 'spend') + sum(google, 'cost') + sum(tv, 'cost'), 6);
    expect(r.sources.map((s) => s.file).sort()).toEqual(['raw/google_ads.csv', 'raw/meta_ads.csv', 'raw/tv_airtime.csv']);
  });

  it('recomputes ratios from summed parts, never by averaging daily ratios', () => {
    const march = meta.filter((r) => r.date!.startsWith('2024-03'));
    const r = engine.queryMetrics({ metric: 'cpm', channel: 'Facebook', from: '2024-03-01', to: '2024-03-31' });
    const expected = (sum(march, 'spend') / sum(march, 'impressions')) * 1000;
    expect(r.value).toBeCloseTo(expected, 9);
    const dailyMean = march.reduce((s, x) => s + (Number(x.spend) / Number(x.impressions)) * 1000, 0) / march.length;
    expect(Math.abs(r.value - dailyMean)).toBeGreaterThan(1e-6);
    expect(r.rows[0]!.parts).toEqual({ spend: expect.closeTo(sum(march, 'spend'), 6), impressions: sum(march, 'impressions') });
    expect(r.sources).toEqual([{ file: 'raw/meta_ads.csv', rows: march.length, locator: expect.stringMatching(/rows|lines/) }]);
  });

  it('keeps ratio parts on the same tables (TV spend never inflates a digital CPM)', () => {
    const r = engine.queryMetrics({ metric: 'cpm' });
    const expected = ((sum(meta, 'spend') + sum(google, 'cost')) / (sum(meta, 'impressions') + sum(google, 'impressions'))) * 1000;
    expect(r.value).toBeCloseTo(expected, 9);
    expect(r.sources.map((s) => s.file)).not.toContain('raw/tv_airtime.csv');
  });

  it('filters by model, campaign and groups by month', () => {
    const r = engine.queryMetrics({ metric: 'clicks', vehicleModel: 'the coupe', groupBy: 'month' });
    const vento = [...meta, ...google].filter((x) => x.vehicle_model === 'vento');
    expect(r.value).toBe(sum(vento, 'clicks'));
    expect(r.rows.map((x) => x.group)).toEqual(['2024-02', '2024-03']);
    const c = engine.queryMetrics({ metric: 'conversions', campaignId: 'hm-google-terra-24q1' });
    expect(c.value).toBe(sum(google.filter((x) => x.campaign_id === 'HM-GOOGLE-TERRA-24Q1'), 'conversions'));
  });

  it('counts lead rows and attributes them to channels through their source column', () => {
    expect(engine.queryMetrics({ metric: 'leads' }).value).toBe(leads.length);
    const r = engine.queryMetrics({ metric: 'leads', channel: 'meta' });
    expect(r.value).toBe(leads.filter((l) => l.source_channel === 'meta').length);
  });

  it('computes funnel money metrics: revenue, ROAS and cost per sale with honest notes', () => {
    expect(engine.queryMetrics({ metric: 'revenue' }).value).toBeCloseTo(sum(sales, 'revenue'), 6);
    const allSpend = sum(meta, 'spend') + sum(google, 'cost') + sum(tv, 'cost');
    expect(engine.queryMetrics({ metric: 'roas' }).value).toBeCloseTo(sum(sales, 'revenue') / allSpend, 9);
    const cps = engine.queryMetrics({ metric: 'cost_per_sale', channel: 'meta' });
    expect(cps.value).toBeCloseTo(sum(meta, 'spend') / sum(sales, 'units_sold'), 9);
    expect(cps.notes?.join(' ')).toMatch(/not attributed to channels/);
  });

  it.each<[MetricQuery, string]>([
    [{ metric: 'spend', channel: 'myspace' }, 'INPUT_INVALID'],
    [{ metric: 'grps', channel: 'meta' }, 'NOT_FOUND'],
    [{ metric: 'spend', from: '2023-01-01', to: '2023-01-31' }, 'NOT_FOUND'],
    [{ metric: 'spend', from: '2024-03-31', to: '2024-03-01' }, 'INPUT_INVALID'],
    [{ metric: 'spend', from: '31/03/2024' }, 'INPUT_INVALID'],
    [{ metric: 'roas', channel: 'tv' }, 'INPUT_INVALID'],
    [{ metric: 'spend', groupBy: 'region' }, 'INPUT_INVALID'],
    [{ metric: 'bananas' as MetricQuery['metric'] }, 'INPUT_INVALID'],
  ])('refuses %j with %s instead of a silent 0', (q, code) => {
    let err: unknown;
    try {
      engine.queryMetrics(q);
    } catch (e) {
      err = e;
    }
    expect(MixError.is(err, code as never)).toBe(true);
    expect((err as MixError).userMessage.length).toBeGreaterThan(10);
  });
});
