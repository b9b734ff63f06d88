/** Invariants of the brand dataset generator: determinism, shape, budget, causal truth, contracts. */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNUAL_BUDGET, buildCampaigns, creativeIdsFor, MMM_CHANNELS } from '../../src/data/brand/catalog.js';
import { buildBrandDataset, generateBrandDataset, KNOWN_ISSUES_FILE, MMM_FILES, RAW_CSV } from '../../src/data/brand/index.js';
import { MODEL_READY_COLUMNS } from '../../src/data/brand/mmm-tables.js';
import { MixError } from '../../src/errors.js';
import { ensureTestData } from '../helpers/test-data.js';

let data: string;
const tmp: string[] = [];

beforeAll(async () => {
  data = await ensureTestData();
});
afterAll(async () => {
  await Promise.all(tmp.map((d) => rm(d, { recursive: true, force: true })));
});

async function hashDir(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (rel: string): Promise<void> => {
    for (const e of await readdir(join(dir, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(p);
      else out[p] = createHash('sha256').update(await readFile(join(dir, p))).digest('hex');
    }
  };
  await walk('');
  return out;
}

const rowsOf = async (rel: string) => parse(await readFile(join(data, rel), 'utf8'), { columns: true }) as Record<string, string>[];

describe('brand dataset generator', () => {
  it('writes the same bytes for the same seed, and different data for another seed', async () => {
    const a = await mkdtemp(join(tmpdir(), 'brand-a-'));
    const b = await mkdtemp(join(tmpdir(), 'brand-b-'));
    tmp.push(a, b);
    await generateBrandDataset({ dataDir: a, seed: 42 });
    await generateBrandDataset({ dataDir: b, seed: 42 });
    const [ha, hb] = [await hashDir(a), await hashDir(b)];
    expect(Object.keys(ha)).toHaveLength(31);
    expect(hb).toEqual(ha);
    expect(await hashDir(data)).toMatchObject(ha); // the shared test dataset is seed 42 too
    const other = buildBrandDataset(7);
    expect(createHash('sha256').update(other.files.get(MMM_FILES.modelReady)!).digest('hex')).not.toBe(ha[MMM_FILES.modelReady]);
  });

  it('rejects a bad seed with a friendly MixError', async () => {
    await expect(generateBrandDataset({ dataDir: join(tmpdir(), 'never'), seed: -1 })).rejects.toBeInstanceOf(MixError);
  });

  it('writes 19 CSVs, 7 contracts, known issues and the MMM files, under 25 MB of raw data', async () => {
    const raw = (await readdir(join(data, 'raw'))).filter((f) => f.endsWith('.csv'));
    expect(raw.sort()).toEqual(Object.values(RAW_CSV).map((f) => f.replace('raw/', '')).sort());
    expect(raw).toHaveLength(19);
    expect(await readdir(join(data, 'raw/contracts'))).toHaveLength(7);
    let bytes = 0;
    for (const f of raw) bytes += (await stat(join(data, 'raw', f))).size;
    expect(bytes).toBeLessThan(25e6);
  });

  it('model_ready.csv has the contracted columns, 104 Mondays and about 20M of media a year', async () => {
    const text = await readFile(join(data, MMM_FILES.modelReady), 'utf8');
    expect(text.split('\n')[0]).toBe(MODEL_READY_COLUMNS.join(','));
    const rows = await rowsOf(MMM_FILES.modelReady);
    expect(rows).toHaveLength(104);
    expect(rows[0]!.week_start).toBe('2024-01-01');
    expect(rows[103]!.week_start).toBe('2025-12-22');
    const spend = Object.fromEntries(MMM_CHANNELS.map((c) => [c, rows.reduce((a, r) => a + Number(r[`${c}_spend`]), 0)]));
    const total = Object.values(spend).reduce((a, b) => a + b, 0);
    expect(total / 2).toBeGreaterThan(18e6);
    expect(total / 2).toBeLessThan(22e6);
    for (const c of MMM_CHANNELS) expect(spend[c]! / 2 / ANNUAL_BUDGET[c]).toBeGreaterThan(0.8);
    expect(Math.max(...Object.values(spend))).toBe(spend.tv);
    expect(Math.min(...Object.values(spend))).toBe(spend.radio);
    expect(new Set(rows.map((r) => r.models_on_sale))).toEqual(new Set(['1', '2', '3', '4']));
  });

  it('varies each channel independently of the others and of seasonality', async () => {
    const rows = await rowsOf(MMM_FILES.modelReady);
    const series = [...MMM_CHANNELS.map((c) => rows.map((r) => Number(r[`${c}_spend`]))), rows.map((r) => Number(r.market_index))];
    const corr = (a: number[], b: number[]) => {
      const ma = a.reduce((x, y) => x + y) / a.length;
      const mb = b.reduce((x, y) => x + y) / b.length;
      let s = 0;
      let sa = 0;
      let sb = 0;
      a.forEach((x, i) => {
        s += (x - ma) * (b[i]! - mb);
        sa += (x - ma) ** 2;
        sb += (b[i]! - mb) ** 2;
      });
      return s / Math.sqrt(sa * sb);
    };
    for (let i = 0; i < series.length; i++) for (let j = i + 1; j < series.length; j++) expect(Math.abs(corr(series[i]!, series[j]!))).toBeLessThan(0.5);
    for (const s of series.slice(0, -1)) expect(s.filter((x) => x === 0).length + s.filter((x) => x > 0).length).toBe(104);
  });

  it('writes a causal ground truth with plausible, differentiated ROIs', async () => {
    const truth = JSON.parse(await readFile(join(data, MMM_FILES.groundTruth), 'utf8'));
    expect(truth).toMatchObject({ seed: 42, currency: 'GBP', weeks: 104 });
    expect(truth.media_share_of_units).toBeGreaterThan(0.2);
    expect(truth.media_share_of_units).toBeLessThan(0.36);
    const units = (await rowsOf(MMM_FILES.modelReady)).map((r) => Number(r.units_sold));
    expect(truth.noise_sd_units / (units.reduce((a, b) => a + b) / units.length)).toBeLessThanOrEqual(0.04);
    const roi = Object.fromEntries(MMM_CHANNELS.map((c) => [c, truth.channels[c].true_roi as number]));
    expect(MMM_CHANNELS.filter((c) => roi[c]! >= 0.5 && roi[c]! <= 5).length).toBeGreaterThanOrEqual(9);
    for (const hi of ['google', 'meta', 'youtube']) for (const lo of ['print', 'radio']) expect(roi[hi]!).toBeGreaterThan(2 * roi[lo]!);
    for (const c of MMM_CHANNELS) {
      const ch = truth.channels[c];
      expect(ch.adstock).toBe('geometric');
      expect(ch.true_marginal_roi).toBeLessThan(ch.true_roi); // diminishing returns
      expect(ch.true_marginal_roi).toBeGreaterThan(0);
    }
    expect(truth.channels.tv.decay).toBeGreaterThan(0.5);
    expect(truth.channels.google.decay).toBeLessThan(0.3);
  });

  it('shares campaign ids and creative ids with the catalogue', async () => {
    const ids = new Set(buildCampaigns().flatMap((c) => creativeIdsFor(c)));
    const meta = await rowsOf(RAW_CSV.meta);
    expect(meta.every((r) => ids.has(r.creative_id!) && r.creative_id!.startsWith(r.campaign_id!))).toBe(true);
    expect(creativeIdsFor({ id: 'HM-META-TERRA-24Q1' })).toEqual(['HM-META-TERRA-24Q1-C1', 'HM-META-TERRA-24Q1-C2', 'HM-META-TERRA-24Q1-C3']);
  });

  it('plants the contract discrepancies and cites clauses that exist in the contracts', async () => {
    const { issues } = JSON.parse(await readFile(join(data, KNOWN_ISSUES_FILE), 'utf8')) as { issues: { type: string; clause: string; contract_file: string; actual: string; expected: string }[] };
    expect(new Set(issues.map((i) => i.type))).toEqual(new Set(['invoice_above_contract_rate', 'grp_under_delivery', 'late_sla', 'sites_not_posted', 'discount_not_applied']));
    const ooh = issues.find((i) => i.type === 'invoice_above_contract_rate')!;
    expect(ooh.actual).toContain('98,000');
    expect(ooh.expected).toContain('78,000');
    for (const i of issues) {
      const text = await readFile(join(data, i.contract_file), 'utf8');
      expect(text).toMatch(new RegExp(`^${i.clause.replace('.', '\\.')} `, 'm'));
    }
  });

  it('gives the satellite broadcaster a cancellation clause with a notice period', async () => {
    const text = await readFile(join(data, 'raw/contracts/tv-skyline-satellite-airtime.md'), 'utf8');
    expect(text).toContain('Skyline Satellite Media');
    expect(text).toMatch(/^9\.1 .*not less than 28 days before the first scheduled transmission/m);
    expect(text).toMatch(/^cancellation_notice_days: 28$/m);
  });
});
