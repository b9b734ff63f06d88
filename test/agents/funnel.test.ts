/**
 * Funnel questions (cost per lead or test drive, lead → test drive and test drive → sale rates): how they
 * are read and routed, and the offline analyst's answers on the shared test dataset, with the expected
 * ratios computed here from the CSV rows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MixAnalyst } from '../../src/agents/index.js';
import { extractEntities } from '../../src/agents/entities/extract.js';
import { METRIC_LABELS } from '../../src/agents/entities/lexicon.js';
import { classify } from '../../src/agents/intent/classify.js';
import { queryMetricsTool } from '../../src/agents/tools/rag-tools.js';
import { queryMetricsInput } from '../../src/agents/tools/schemas.js';
import type { MetricName } from '../../src/rag/types.js';
import { hasNumber } from '../../eval/agents/check.js';
import { rows } from '../../eval/agents/csv.js';
import { offlineAnalyst } from './helpers/offline-analyst.js';

describe('reading funnel questions', () => {
  it.each<[string, MetricName[], string | undefined]>([
    ['compare Google and Meta cost per lead in 2025', ['cost_per_lead'], undefined],
    ['CPL for TikTok', ['cost_per_lead'], undefined],
    ['cost per enquiry by channel', ['cost_per_lead'], 'channel'],
    ['cost per test drive by channel in 2025', ['cost_per_test_drive'], 'channel'],
    ["what's the conversion rate from leads to test drives?", ['lead_to_test_drive_rate'], undefined],
    ['lead to test drive conversion rate by month', ['lead_to_test_drive_rate'], 'month'],
    ['leads-to-test-drives by region', ['lead_to_test_drive_rate'], 'region'],
    ['test drive conversion by model', ['test_drive_to_sale_rate'], 'vehicle_model'],
    ["what's our close rate?", ['test_drive_to_sale_rate'], undefined],
    ['conversion rate of test drives into sales by channel', ['test_drive_to_sale_rate'], 'channel'],
    ['how many test drives converted in 2025', ['test_drive_sales'], undefined],
    ["What's our lead to sale conversion rate?", ['lead_to_sale_rate'], undefined],
    ['Which model has the best conversion rate from lead to sale?', ['lead_to_sale_rate'], 'vehicle_model'],
    ['lead conversion rate by channel', ['lead_to_sale_rate'], 'channel'],
    ['Meta conversions in March', ['conversions'], undefined],
  ])('%s', (q, metrics, groupBy) => {
    const e = extractEntities(q);
    expect(e.metrics).toEqual(metrics);
    expect(e.groupBy).toBe(groupBy);
  });

  it('reads every metric label back as its own metric (follow-ups are built from labels)', () => {
    for (const [metric, label] of Object.entries(METRIC_LABELS)) expect(extractEntities(`${label} by channel`).metrics, label).toEqual([metric]);
  });

  it('offers and describes every metric to a language model (tool schema and description in sync)', () => {
    for (const metric of Object.keys(METRIC_LABELS)) {
      expect(queryMetricsInput.safeParse({ metric }).success, metric).toBe(true);
      expect(queryMetricsTool.description, metric).toMatch(new RegExp(`\\b${metric}\\b`));
    }
  });

  it('routes funnel costs and rates to the funnel skill, ad conversions to the lookup', () => {
    const kind = (q: string) => classify(q, extractEntities(q)).kind;
    expect(kind('compare Google and Meta cost per lead in 2025')).toBe('funnel');
    expect(kind("what's the conversion rate from leads to test drives?")).toBe('funnel');
    expect(kind('close rate by model')).toBe('funnel');
    expect(kind('Meta conversions in March')).toBe('metric_lookup');
    expect(kind('cost per car sold by channel')).toBe('cost_per_sale');
    expect(kind('Which channel with a high ROI has the worst cost per lead?')).toBe('both_roi_metric');
  });
});

describe('offline analyst answers funnel questions on the test dataset', () => {
  let dataDir: string;
  let analyst: MixAnalyst;

  beforeAll(async () => {
    ({ dataDir, analyst } = await offlineAnalyst());
  }, 240_000);

  const in2025 = (d: string | undefined) => Boolean(d) && d! >= '2025-01-01' && d! <= '2025-12-31';
  const spend2025 = (file: string) => rows(dataDir, file).reduce((s, r) => s + (in2025(r.date) ? Number(r.spend_gbp) : 0), 0);
  const leadChannel = (l: Record<string, string>) => (l.campaign_id ? l.campaign_id.split('-')[1]!.toLowerCase() : l.source === 'event' ? 'events' : /^paid_(\w+)$/.exec(l.source ?? '')?.[1]);
  const leads2025 = (ch: string) => rows(dataDir, 'raw/leads.csv').filter((l) => in2025(l.created_date) && leadChannel(l) === ch).length;

  it('compares cost per lead for two channels with spend ÷ leads', async () => {
    const a = await analyst.ask('compare Google and Meta cost per lead in 2025', { sessionKey: 'f:cpl' });
    expect(a.intent).toBe('data_lookup');
    const google = spend2025('raw/google_ads.csv') / leads2025('google');
    const meta = spend2025('raw/meta_ads.csv') / leads2025('meta');
    expect(a.reply).toMatch(/Google Ads cost per lead in 2025/);
    expect(hasNumber(a.reply, google, 0.002)).toBe(true);
    expect(hasNumber(a.reply, meta, 0.002)).toBe(true);
    expect(hasNumber(a.reply, leads2025('google'), 0)).toBe(true);
    expect(a.reply).toContain(google < meta ? 'Lowest: *Google Ads*' : 'Lowest: *Meta*');
  });

  it('lists cost per test drive by channel and says which channels have spend but no attributable test drives', async () => {
    const a = await analyst.ask('cost per test drive by channel in 2025', { sessionKey: 'f:cptd' });
    const byLead = new Map(rows(dataDir, 'raw/leads.csv').map((l) => [l.lead_id, leadChannel(l)]));
    const drives = rows(dataDir, 'raw/test_drives.csv').filter((d) => in2025(d.date) && byLead.get(d.lead_id!) === 'google').length;
    expect(a.reply).toMatch(/Cost per test drive in 2025, by channel/);
    expect(hasNumber(a.reply, spend2025('raw/google_ads.csv') / drives, 0.002)).toBe(true);
    expect(a.reply).toMatch(/TV \(£[\d.]+M\)[^\n]*spend but no attributable test drives[^\n]*marketing-mix model/);
    expect(a.reply).not.toMatch(/TV: £/);
  });

  it('answers the lead → test drive conversion rate as test drives ÷ leads, not ad conversions', async () => {
    const a = await analyst.ask("what's the conversion rate from leads to test drives?", { sessionKey: 'f:rate' });
    const rate = (rows(dataDir, 'raw/test_drives.csv').length / rows(dataDir, 'raw/leads.csv').length) * 100;
    expect(a.reply).toMatch(/Lead-to-test-drive rate/);
    expect(hasNumber(a.reply, rate, 0.002)).toBe(true);
    expect(a.reply).not.toMatch(/conversions/i);
    expect(a.sources.map((s) => s.file).sort()).toEqual(['raw/leads.csv', 'raw/test_drives.csv']);
  });

  it('compares a channel\'s cost per lead across two periods instead of answering for the first only', async () => {
    const a = await analyst.ask('cost per lead for google in 2024 vs 2025', { sessionKey: 'f:cpl-vs' });
    const inYear = (d: string | undefined, y: string) => Boolean(d?.startsWith(y));
    const cpl = (y: string) =>
      rows(dataDir, 'raw/google_ads.csv').reduce((s, r) => s + (inYear(r.date, y) ? Number(r.spend_gbp) : 0), 0) /
      rows(dataDir, 'raw/leads.csv').filter((l) => inYear(l.created_date, y) && leadChannel(l) === 'google').length;
    expect(a.reply).toMatch(/Google Ads cost per lead: .* in 2024 → .* in 2025/);
    expect(hasNumber(a.reply, cpl('2024'), 0.002)).toBe(true);
    expect(hasNumber(a.reply, cpl('2025'), 0.002)).toBe(true);
  });

  it('answers the lead → sale rate as leads ending in a purchase ÷ leads, not ad conversions', async () => {
    const a = await analyst.ask('Which model has the best conversion rate from lead to sale?', { sessionKey: 'f:l2s' });
    const rate = (model: string) =>
      (rows(dataDir, 'raw/test_drives.csv').filter((d) => d.vehicle_model === model && d.outcome === 'purchased').length /
        rows(dataDir, 'raw/leads.csv').filter((l) => l.vehicle_model === model).length) *
      100;
    const all = (rows(dataDir, 'raw/leads.csv').filter((l) => l.status === 'won').length / rows(dataDir, 'raw/leads.csv').length) * 100;
    expect(a.reply).toMatch(/Lead-to-sale rate .*by model/);
    for (const m of ['terra', 'vento', 'summit', 'lumen']) expect(hasNumber(a.reply, rate(m), 0.005), m).toBe(true);
    expect(hasNumber(a.reply, all, 0.005)).toBe(true);
    expect(a.reply).not.toMatch(/Conversions/);
  });

  it('gives the test drive → sale rate by model from the test drives’ outcomes', async () => {
    const a = await analyst.ask('close rate by model', { sessionKey: 'f:close' });
    const terra = rows(dataDir, 'raw/test_drives.csv').filter((d) => d.vehicle_model === 'terra');
    expect(hasNumber(a.reply, (terra.filter((d) => d.outcome === 'purchased').length / terra.length) * 100, 0.002)).toBe(true);
    expect(a.reply).toMatch(/Test-drive-to-sale rate/);
  });
});
