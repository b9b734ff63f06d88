/** Channel scorecards and the overall performance summary, on the shared test dataset. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MixAnalyst } from '../../src/agents/index.js';
import { extractEntities } from '../../src/agents/entities/extract.js';
import { classify } from '../../src/agents/intent/classify.js';
import { changeNote, previousPeriod, rangeLabel } from '../../src/agents/offline/overview-skills.js';
import type { Services } from '../../src/agents/services.js';
import { hasNumber } from '../../eval/agents/check.js';
import { rows } from '../../eval/agents/csv.js';
import { offlineAnalyst } from './helpers/offline-analyst.js';

describe('periods of a scorecard', () => {
  it('names calendar periods and finds the one before', () => {
    expect(rangeLabel('2025-07-01', '2025-09-30')).toBe('Q3 2025');
    expect(rangeLabel('2025-06-01', '2025-06-30')).toBe('June 2025');
    expect(rangeLabel('2024-01-01', '2024-12-31')).toBe('2024');
    expect(rangeLabel('2025-06-03', '2025-06-09')).toBe('3 – 9 Jun 2025');
    expect(rangeLabel('2025-04-02', '2025-04-02')).toBe('2 Apr 2025');
    expect(previousPeriod('2025-07-01', '2025-09-30', '2024-01-01')).toEqual({ from: '2025-04-01', to: '2025-06-30', label: 'Q2 2025' });
    expect(previousPeriod('2025-03-01', '2025-03-31', '2024-01-01')).toEqual({ from: '2025-02-01', to: '2025-02-28', label: 'February 2025' });
    expect(previousPeriod('2025-01-01', '2025-12-31', '2024-01-01')?.label).toBe('2024');
    expect(previousPeriod('2025-06-10', '2025-06-16', '2024-01-01')).toMatchObject({ from: '2025-06-03', to: '2025-06-09' });
    expect(previousPeriod('2024-01-01', '2024-03-31', '2024-01-01')).toBeUndefined();
  });

  it('marks improvements by the metric\'s direction, never for spend', () => {
    expect(changeNote('cpm', 9, 10, 'GBP', 'Q2 2025')).toBe(' (-10% vs Q2 2025: £10.00 ✓)');
    expect(changeNote('clicks', 90, 100, 'count', 'Q2 2025')).toBe(' (-10% vs Q2 2025: 100)');
    expect(changeNote('leads', 105, 100, 'count', 'Q2 2025')).toBe(' (+5.0% vs Q2 2025: 100 ✓)');
    expect(changeNote('spend', 200, 100, 'GBP', 'Q2 2025')).toBe(' (+100% vs Q2 2025: £100)');
    expect(changeNote('ctr', 1, 0, 'percent', 'Q2 2025')).toBe('');
  });

  it('sends overall performance questions to the scorecard, and one channel to its own', () => {
    const kind = (q: string) => classify(q, extractEntities(q)).kind;
    expect(kind('Summarise our 2025 media performance')).toBe('performance_summary');
    expect(kind('How are we doing?')).toBe('performance_summary');
    expect(kind('How did Meta perform in Q3 2025?')).toBe('channel_overview');
    expect(kind('Meta CTR in Q3 2025')).toBe('metric_lookup');
    expect(kind('Give me the MMM summary')).toBe('mmm_summary');
  });
});

describe('scorecards on the test dataset', () => {
  let services: Services;
  let analyst: MixAnalyst;
  let dataDir: string;

  beforeAll(async () => {
    ({ dataDir, services, analyst } = await offlineAnalyst());
  }, 240_000);

  it('scores a digital channel against the quarter before, with its modelled ROI', async () => {
    const a = await analyst.ask('How did Meta perform in Q3 2025?', { sessionKey: 'ov:meta' });
    const q = (metric: 'spend' | 'cpm' | 'leads', from: string, to: string) => services.metrics.queryMetrics({ metric, channel: 'meta', from, to }).value;
    expect(a.reply).toMatch(/^\*Meta in Q3 2025\* — against Q2 2025/);
    // Summed daily reach is not people reached: the line says what it adds up.
    const reach = rows(dataDir, 'raw/meta_ads.csv').filter((r) => r.date! >= '2025-07-01' && r.date! <= '2025-09-30').reduce((s, r) => s + Number(r.reach), 0);
    expect(a.reply).toMatch(/• Reach \(daily, added up\): \*/);
    expect(hasNumber(a.reply, reach, 0.01)).toBe(true);
    expect(hasNumber(a.reply, q('spend', '2025-07-01', '2025-09-30'))).toBe(true);
    expect(hasNumber(a.reply, q('spend', '2025-04-01', '2025-06-30'))).toBe(true);
    expect(hasNumber(a.reply, q('cpm', '2025-07-01', '2025-09-30'))).toBe(true);
    expect(a.reply).toMatch(/• Leads: \*[\d,]+\*/);
    expect(a.reply).toMatch(/Modelled ROI over all the data: \*[\d.]+x \([\d.]+–[\d.]+x\)\*/);
    expect(a.sources.some((s) => s.file === 'raw/meta_ads.csv')).toBe(true);
  });

  it('shows TV only what TV has: spend and GRPs, and says why there are no leads', async () => {
    const a = await analyst.ask('How did TV do in Q2 2025?', { sessionKey: 'ov:tv' });
    expect(a.reply).toContain('GRPs');
    expect(a.reply).not.toMatch(/CTR|Clicks|Leads:|Cars sold/);
    expect(a.reply).toContain('carries no tracking codes');
    expect(a.follow_ups).not.toContain('TV CTR by month');
  });

  it('summarises a year: spend by channel, the funnel, revenue and the model', async () => {
    const a = await analyst.ask('Summarise our 2025 media performance', { sessionKey: 'ov:all' });
    const m = (metric: 'spend' | 'leads' | 'test_drives' | 'units') => services.metrics.queryMetrics({ metric, from: '2025-01-01', to: '2025-12-31' }).value;
    expect(a.reply).toMatch(/^\*Media performance in 2025\*/);
    for (const metric of ['spend', 'leads', 'test_drives', 'units'] as const) expect(hasNumber(a.reply, m(metric)), metric).toBe(true);
    expect(a.reply).toMatch(/best ROI [A-Za-z ]+ [\d.]+x/);
  });
});

describe('channel numbers the data does not split by channel', () => {
  let analyst: MixAnalyst;
  let dataDir: string;

  beforeAll(async () => {
    ({ dataDir, analyst } = await offlineAnalyst());
  }, 240_000);

  it('answers "Meta cars sold" with the sales of Meta-tracked leads, never all sales under Meta\'s name', async () => {
    const a = await analyst.ask('Meta cars sold in 2025', { sessionKey: 'attr:meta' });
    const leads = rows(dataDir, 'raw/leads.csv');
    const metaWon = leads.filter(
      (l) => l.status === 'won' && (l.sale_date ?? '') >= '2025-01-01' && (l.sale_date ?? '') <= '2025-12-31' && ((l.campaign_id ?? '').startsWith('HM-META-') || (!l.campaign_id && l.source === 'paid_meta')),
    ).length;
    expect(metaWon).toBeGreaterThan(0);
    expect(a.reply).toContain(`*Cars sold from Meta-tracked leads in 2025: ${metaWon.toLocaleString('en-GB')}*`);
    expect(a.reply).not.toMatch(/\*Meta cars sold/);
    expect(a.reply).toMatch(/\*All cars sold in 2025: [\d,]+\*/);
  });

  it('says TV has no tracked leads instead of searching passages', async () => {
    const a = await analyst.ask('TV leads in 2025', { sessionKey: 'attr:tv' });
    expect(a.reply).toContain('TV carries no tracking codes');
    expect(a.reply).not.toContain('closest passages');
  });
});
