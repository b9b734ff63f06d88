/**
 * Funnel ratios of the metrics engine on the brand dataset (seed 42), against figures computed here
 * straight from the CSV rows: a lead's channel from its campaign id or paid_<channel>/event source, a test
 * drive's channel from its lead, purchases from the test drive's outcome.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { attributedSales } from '../../src/agents/joins/attribution.js';
import { createMetricsEngine } from '../../src/rag/index.js';
import { isPurchase, outcomeColumn } from '../../src/rag/metrics/test-drives.js';
import type { TableProfile } from '../../src/rag/ingest/profile.js';
import { TEST_DATA_DIR } from '../helpers/test-data.js';

const csv = (file: string) => parse(readFileSync(join(TEST_DATA_DIR, 'raw', file), 'utf8'), { columns: true }) as Record<string, string>[];
const leads = csv('leads.csv');
const drives = csv('test_drives.csv');
const engine = createMetricsEngine(TEST_DATA_DIR);

const FROM = '2025-01-01';
const TO = '2025-12-31';
const in2025 = (d: string | undefined) => Boolean(d) && d! >= FROM && d! <= TO;

/** The channel a lead row was generated for, read independently of the engine. */
function leadChannel(l: Record<string, string>): string | undefined {
  if (l.campaign_id) return l.campaign_id.split('-')[1]!.toLowerCase();
  if (l.source === 'event') return 'events';
  return /^paid_(\w+)$/.exec(l.source ?? '')?.[1];
}
const channelOfLead = new Map(leads.map((l) => [l.lead_id!, leadChannel(l)]));

function spend(file: string): number {
  return csv(file)
    .filter((r) => in2025(r.date))
    .reduce((s, r) => s + Number(r.spend_gbp), 0);
}
const leadsOf = (ch: string) => leads.filter((l) => in2025(l.created_date) && leadChannel(l) === ch).length;
const drivesOf = (ch: string) => drives.filter((d) => in2025(d.date) && channelOfLead.get(d.lead_id!) === ch).length;

describe('funnel ratios on the brand dataset', () => {
  it('cost per lead is media spend ÷ the leads carrying the channel’s code', () => {
    for (const [ch, file] of [
      ['google', 'google_ads.csv'],
      ['meta', 'meta_ads.csv'],
    ] as const) {
      const r = engine.queryMetrics({ metric: 'cost_per_lead', channel: ch, from: FROM, to: TO });
      expect(r.unit).toBe('GBP');
      expect(r.rows[0]!.parts.leads).toBe(leadsOf(ch));
      expect(r.rows[0]!.parts.spend).toBeCloseTo(spend(file), 2);
      expect(r.value).toBeCloseTo(spend(file) / leadsOf(ch), 6);
    }
  });

  it('agrees per channel with the attribution join used for cost per car sold', () => {
    const r = engine.queryMetrics({ metric: 'cost_per_lead', groupBy: 'channel', from: FROM, to: TO });
    const joined = attributedSales(TEST_DATA_DIR, engine, { groupBy: 'channel', from: FROM, to: TO });
    expect(joined.rows.length).toBeGreaterThan(4);
    for (const j of joined.rows) {
      const row = r.rows.find((x) => x.group === j.group)!;
      expect(row.parts.leads, j.group).toBe(j.leads);
      expect(row.value, j.group).toBeCloseTo(j.costPerLead!, 6);
    }
  });

  it('leaves channels without tracking codes undefined instead of dividing by zero leads', () => {
    const r = engine.queryMetrics({ metric: 'cost_per_lead', channel: 'tv', from: FROM, to: TO });
    expect(r.value).toBeNaN();
    expect(r.rows[0]!.parts.spend).toBeGreaterThan(0);
    expect(r.rows[0]!.parts.leads).toBe(0);
  });

  it('counts a test drive under its lead’s channel, so cost per test drive splits by channel', () => {
    const r = engine.queryMetrics({ metric: 'cost_per_test_drive', groupBy: 'channel', from: FROM, to: TO });
    expect(r.notes ?? []).not.toContainEqual(expect.stringMatching(/not broken down by channel/));
    const google = r.rows.find((x) => x.group === 'google')!;
    expect(google.parts.test_drives).toBe(drivesOf('google'));
    expect(google.value).toBeCloseTo(spend('google_ads.csv') / drivesOf('google'), 6);
    expect(r.rows.find((x) => x.group === 'tv')!.value).toBeNaN();
  });

  it('lead → test drive rate is test drives ÷ leads in %, overall and per channel', () => {
    const all = engine.queryMetrics({ metric: 'lead_to_test_drive_rate', from: FROM, to: TO });
    const nDrives = drives.filter((d) => in2025(d.date)).length;
    const nLeads = leads.filter((l) => in2025(l.created_date)).length;
    expect(all.unit).toBe('percent');
    expect(all.value).toBeCloseTo((nDrives / nLeads) * 100, 6);
    const meta = engine.queryMetrics({ metric: 'lead_to_test_drive_rate', channel: 'meta', from: FROM, to: TO });
    expect(meta.value).toBeCloseTo((drivesOf('meta') / leadsOf('meta')) * 100, 6);
  });

  it('test drive → sale rate is purchased test drives ÷ test drives in %, by model', () => {
    const r = engine.queryMetrics({ metric: 'test_drive_to_sale_rate', groupBy: 'vehicle_model' });
    expect(r.rows.length).toBe(4);
    for (const row of r.rows) {
      const mine = drives.filter((d) => d.vehicle_model === row.group);
      const bought = mine.filter((d) => d.outcome === 'purchased').length;
      expect(row.parts.test_drive_sales, row.group).toBe(bought);
      expect(row.value, row.group).toBeCloseTo((bought / mine.length) * 100, 6);
    }
    const total = engine.queryMetrics({ metric: 'test_drive_sales' });
    expect(total.value).toBe(drives.filter((d) => d.outcome === 'purchased').length);
  });
});

describe('test-drive outcomes', () => {
  it('counts purchases and never their negations', () => {
    expect(['purchased', 'Purchase', 'won', 'sold'].map(isPurchase)).toEqual([true, true, true, true]);
    expect(['not_purchased', 'pending', 'lost', 'unsold', 'no purchase', '', undefined].map(isPurchase)).toEqual([false, false, false, false, false, false, false]);
  });

  it('finds the outcome column by name among text columns', () => {
    const profile = { columns: [{ name: 'outcome', kind: 'text' }, { name: 'feedback_score', kind: 'number' }], dimensions: [] } as unknown as TableProfile;
    expect(outcomeColumn(profile)).toBe('outcome');
  });
});
