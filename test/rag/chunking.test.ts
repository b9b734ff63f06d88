import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkAssets } from '../../src/rag/chunk/asset-chunker.js';
import { chunkCsv } from '../../src/rag/chunk/csv-chunker.js';
import { rowLocator } from '../../src/rag/chunk/format.js';
import { chunkMarkdown } from '../../src/rag/chunk/markdown-chunker.js';
import { classifyFile } from '../../src/rag/ingest/classify.js';
import { discoverSources } from '../../src/rag/ingest/corpus.js';
import { parseCsv } from '../../src/rag/ingest/csv-table.js';
import { FIXTURE_DATA } from './helpers/fixture-data.js';

const read = (rel: string) => readFileSync(join(FIXTURE_DATA, rel), 'utf8');

describe('CSV chunking', () => {
  const table = parseCsv('raw/meta_ads.csv', read('raw/meta_ads.csv'));
  const chunks = chunkCsv(table, classifyFile('raw/meta_ads.csv'));

  it('makes one summary, one document per campaign per month and one roll-up per month', () => {
    const kinds = chunks.map((c) => c.metadata.granularity);
    expect(kinds.filter((k) => k === 'file-summary')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'entity-month')).toHaveLength(4); // 2 campaigns × Feb, Mar
    expect(kinds.filter((k) => k === 'month')).toHaveLength(2);
  });

  it('cites the exact rows of a group and renders sums and recomputed ratios', () => {
    const c = chunks.find((x) => x.metadata.campaign_id === 'HM-META-TERRA-24Q1' && x.metadata.date_from?.startsWith('2024-03'))!;
    const rows = table.rows.map((r, i) => [r, i] as const).filter(([r]) => r.campaign_id === 'HM-META-TERRA-24Q1' && r.date!.startsWith('2024-03'));
    expect(c.metadata.locator).toBe(rowLocator(rows.map(([, i]) => i)));
    expect(c.metadata.rows).toBe(rows.length);
    expect(c.metadata).toMatchObject({ source: 'raw/meta_ads.csv', category: 'digital', channel: 'meta', vehicle_model: 'terra', date_from: '2024-03-01', date_to: '2024-03-31' });
    const spend = rows.reduce((s, [r]) => s + Number(r.spend), 0);
    const imps = rows.reduce((s, [r]) => s + Number(r.impressions), 0);
    expect(c.text).toContain(`spend £${Math.round(spend).toLocaleString('en-GB')}`);
    expect(c.text).toContain(`CPM (cost per thousand impressions) £${((spend / imps) * 1000).toFixed(2)}`);
    expect(c.text).toContain('March 2024 (Q1 2024)');
    expect(c.text).toContain('Meta (Facebook & Instagram)');
  });

  it('follows renamed columns instead of expecting fixed names', () => {
    const renamed = read('raw/meta_ads.csv')
      .replace(/^date,campaign_id,vehicle_model/, 'day,campaign_code,car_model')
      .replace(',spend,', ',media_cost_gbp,');
    const t = parseCsv('raw/meta_ads.csv', renamed);
    const again = chunkCsv(t, classifyFile('raw/meta_ads.csv'));
    expect(again.filter((c) => c.metadata.granularity === 'entity-month')).toHaveLength(4);
    const c = again.find((x) => x.metadata.campaign_id === 'HM-META-VENTO-24Q1')!;
    expect(c.metadata.vehicle_model).toBe('vento');
    expect(c.text).toMatch(/media cost gbp \(spend\) £/);
    expect(c.text).toMatch(/CPM \(cost per thousand impressions\)/);
  });

  it('groups sales files by vehicle model and month, with breakdowns by the main measure', () => {
    const t = parseCsv('raw/vehicle_sales.csv', read('raw/vehicle_sales.csv'));
    const sales = chunkCsv(t, classifyFile('raw/vehicle_sales.csv'));
    const c = sales.find((x) => x.metadata.vehicle_model === 'terra' && x.metadata.granularity === 'entity-month')!;
    expect(c.text).toMatch(/Vehicle model Halden Terra \(family SUV\)/);
    expect(c.text).toMatch(/region by units sold: (london|scotland) \(\d+\)/);
  });
});

describe('contract chunking', () => {
  const chunks = chunkMarkdown('raw/contracts/tv_airtime_northstar.md', read('raw/contracts/tv_airtime_northstar.md'), classifyFile('raw/contracts/tv_airtime_northstar.md'));

  it('splits by numbered clause and keeps the title and section heading in each chunk', () => {
    const clauses = chunks.filter((c) => c.metadata.clause).map((c) => c.metadata.clause);
    expect(clauses).toEqual(['1.1', '1.2', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2', '5.1']);
    const c = chunks.find((x) => x.metadata.clause === '4.1')!;
    expect(c.text).toContain('TV Airtime Agreement — Northstar Broadcasting');
    expect(c.text).toContain('4. Cancellation');
    expect(c.text).toContain('6 weeks');
    expect(c.metadata).toMatchObject({ category: 'contracts', channel: 'tv', locator: 'clause 4.1' });
  });

  it('reads YAML front matter into the summary and metadata', () => {
    const md = '---\ncontract_id: HM-C-OOH-X-2024\ncounterparty: Example Outdoor Ltd\nchannel: out of home\n---\n\n# OOH deal\n\n## 1. Rates\n1.1 A 48-sheet costs £650 per fortnight for HM-OOH-TERRA-24Q1.\n';
    const cs = chunkMarkdown('raw/contracts/x.md', md, classifyFile('raw/contracts/x.md'));
    expect(cs[0]!.text).toContain('contract id: HM-C-OOH-X-2024');
    const clause = cs.find((c) => c.metadata.clause === '1.1')!;
    expect(clause.metadata).toMatchObject({ channel: 'ooh', contract_id: 'HM-C-OOH-X-2024', campaign_id: 'HM-OOH-TERRA-24Q1' });
    expect(clause.text).toContain('Example Outdoor Ltd');
    expect(cs.some((c) => c.text.includes('---'))).toBe(false);
  });
});

describe('asset chunking and discovery', () => {
  it('keeps the image path and normalised filters on each asset', () => {
    const assets = chunkAssets(parseCsv('assets/asset_manifest.csv', read('assets/asset_manifest.csv')));
    expect(assets).toHaveLength(6);
    const tiktok = assets.find((a) => a.metadata.channel === 'tiktok')!;
    expect(tiktok.metadata).toMatchObject({ category: 'assets', vehicle_model: 'lumen', creative_type: 'video_still', image_path: 'assets/tiktok/tiktok_lumen_video_01.png' });
    expect(tiktok.text).toContain('the premium saloon');
  });

  it('indexes data files only, never truth files', () => {
    const sources = discoverSources(FIXTURE_DATA).map((f) => f.source);
    expect(sources).toContain('raw/meta_ads.csv');
    expect(sources).toContain('raw/contracts/tv_airtime_northstar.md');
    expect(sources).toContain('assets/asset_manifest.csv');
    expect(sources.some((s) => /known_issues|ground_truth|\.json$/.test(s))).toBe(false);
  });
});
