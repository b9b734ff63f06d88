/**
 * Creatives ranked by a metric (with the top one's image), conversion rate and frequency, competitor spend and
 * share of voice, sessions and leads by source: how the questions are read, and the offline answers on the shared
 * test dataset, with the expected figures summed here from the CSV rows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MixAnalyst } from '../../src/agents/index.js';
import { extractEntities } from '../../src/agents/entities/extract.js';
import { classify } from '../../src/agents/intent/classify.js';
import { queryMetricsInput } from '../../src/agents/tools/schemas.js';
import { MIN_CREATIVE_IMPRESSIONS, rankCreatives } from '../../src/agents/tools/creatives.js';
import type { MetricName } from '../../src/rag/types.js';
import { hasNumber } from '../../eval/agents/check.js';
import { rows, sumsBy as csvSumsBy } from '../../eval/agents/csv.js';
import { offlineAnalyst } from './helpers/offline-analyst.js';

describe('reading creative, rate, competitor and source questions', () => {
  it.each<[string, MetricName[], string | undefined, string[]]>([
    ['Which creative performed best?', [], 'creative', []],
    ['best Meta creative by CTR in 2025', ['ctr'], 'creative', ['meta']],
    ['which TikTok creative had the lowest CPA?', ['cpa'], 'creative', ['tiktok']],
    ['top 5 ads by CTR', ['ctr'], 'creative', []],
    ['Meta conversion rate', ['conversion_rate'], undefined, ['meta']],
    ["What's the frequency on Meta?", ['frequency'], undefined, ['meta']],
    ['How much are rivals like Norvik spending on TV?', ['competitor_spend'], 'competitor', ['tv']],
    ['competitor spend by competitor in 2025', ['competitor_spend'], 'competitor', []],
    ['our share of voice on TV', ['share_of_voice'], undefined, ['tv']],
    ['How many website sessions came from paid social in 2025?', ['sessions'], undefined, []],
    ['leads by source', ['leads'], 'source', []],
  ])('%s', (q, metrics, groupBy, channels) => {
    const e = extractEntities(q);
    expect(e.metrics).toEqual(metrics);
    expect(e.groupBy).toBe(groupBy);
    expect(e.channels).toEqual(channels);
    expect(classify(q, e).kind).toBe('metric_lookup');
  });

  it('keeps picture requests and funnel rates as they were', () => {
    for (const q of ['Show me the TikTok creatives', 'Which creatives do we have for TikTok?']) expect(classify(q, extractEntities(q)).kind).toBe('asset_search');
    expect(extractEntities('lead to test drive rate').metrics).toEqual(['lead_to_test_drive_rate']);
    expect(extractEntities('lead conversion rate').metrics).toEqual(['lead_to_sale_rate']);
    expect(extractEntities('What did we spend on TV?').metrics).toEqual(['spend']);
    expect(extractEntities('How many website sessions came from paid social in 2025?').sources).toEqual(['paid_social']);
  });

  it('offers the new groupings and filters to a language model', () => {
    for (const group_by of ['creative', 'competitor', 'media', 'source']) expect(queryMetricsInput.safeParse({ metric: 'spend', group_by }).success, group_by).toBe(true);
    expect(queryMetricsInput.safeParse({ metric: 'sessions', source: 'paid_social' }).success).toBe(true);
    expect(queryMetricsInput.safeParse({ metric: 'competitor_spend', competitor: 'Norvik Automotive' }).success).toBe(true);
  });
});

describe('ranking creatives', () => {
  const row = (group: string, clicks: number, impressions: number) => ({ group, value: (clicks / impressions) * 100, parts: { clicks, impressions } });
  it('leaves a creative that barely ran out of a ranking by a rate, and ranks costs cheapest first', () => {
    const rowsIn = [row('HM-META-TERRA-24Q1-C1', 100, 20_000), row('HM-META-TERRA-24Q1-C2', 20, 200), row('HM-META-TERRA-24Q1-C3', 300, 30_000)];
    const impressions = new Map(rowsIn.map((r) => [r.group, r.parts.impressions]));
    const r = rankCreatives(rowsIn, { impressions, manifest: new Map(), ratio: true, lowerIsBetter: false });
    expect(r.floor).toBe(MIN_CREATIVE_IMPRESSIONS);
    expect(r.belowFloor).toBe(1);
    expect(r.ranked.map((c) => c.creative_id)).toEqual(['HM-META-TERRA-24Q1-C3', 'HM-META-TERRA-24Q1-C1']);
    expect(r.ranked[0]).toMatchObject({ channel: 'meta', vehicle_model: 'terra' });
    const cost = rankCreatives(rowsIn, { impressions, manifest: new Map(), ratio: true, lowerIsBetter: true });
    expect(cost.ranked[0]!.creative_id).toBe('HM-META-TERRA-24Q1-C1');
  });
});

describe('offline analyst answers on the test dataset', () => {
  let dataDir: string;
  let analyst: MixAnalyst;

  beforeAll(async () => {
    ({ dataDir, analyst } = await offlineAnalyst());
  }, 240_000);

  const sumsBy = (file: string, key: string, cols: string[], keep?: (r: Record<string, string>) => boolean) => csvSumsBy(dataDir, file, key, cols, keep);
  const manifestPath = (id: string) => rows(dataDir, 'assets/asset_manifest.csv').find((r) => r.image_path!.includes(`${id}_`))?.image_path;

  it('ranks Meta creatives by CTR in 2025, names them, says the floor and attaches the best one with an image', async () => {
    const a = await analyst.ask('best Meta creative by CTR in 2025', { sessionKey: 'c:ctr' });
    const ctr = [...sumsBy('meta_ads.csv', 'creative_id', ['clicks', 'impressions'], (r) => r.date!.startsWith('2025'))]
      .filter(([, s]) => s.impressions! >= MIN_CREATIVE_IMPRESSIONS)
      .map(([id, s]) => [id, (s.clicks! / s.impressions!) * 100] as const)
      .sort((x, y) => y[1] - x[1]);
    expect(ctr.length).toBeGreaterThan(3);
    expect(a.intent).toBe('data_lookup');
    expect(a.reply).toMatch(/\*Meta creatives by CTR in 2025, best \d+ of \d+\* \(highest first\)/);
    const first = a.reply.split('\n').find((l) => l.startsWith('1. '))!;
    expect(first).toContain(ctr[0]![0]);
    expect(hasNumber(first, ctr[0]![1], 0.006)).toBe(true);
    expect(a.reply).toMatch(/at least 10,000 impressions/);
    const pictured = ctr.find(([id]) => manifestPath(id));
    expect(pictured).toBeDefined();
    const asset = a.attachments.find((x) => x.type === 'asset');
    expect(asset && asset.type === 'asset' ? asset.path : '').toContain(manifestPath(pictured![0])!.split('/').pop()!);
  });

  it('ranks TikTok creatives by CPA cheapest first', async () => {
    const a = await analyst.ask('which TikTok creative had the lowest CPA?', { sessionKey: 'c:cpa' });
    const cpa = [...sumsBy('tiktok_ads.csv', 'creative_id', ['spend_gbp', 'conversions', 'impressions'])]
      .filter(([, s]) => s.impressions! >= MIN_CREATIVE_IMPRESSIONS && s.conversions! > 0)
      .map(([id, s]) => [id, s.spend_gbp! / s.conversions!] as const)
      .sort((x, y) => x[1] - y[1]);
    const first = a.reply.split('\n').find((l) => l.startsWith('1. '))!;
    expect(first).toContain(cpa[0]![0]);
    expect(hasNumber(first, cpa[0]![1], 0.006)).toBe(true);
    expect(a.reply).toMatch(/lowest first/);
  });

  it('defaults "performed best" to CTR and says so', async () => {
    const a = await analyst.ask('Which creative performed best?', { sessionKey: 'c:best' });
    expect(a.reply).toMatch(/creatives by CTR/i);
    expect(a.reply).toMatch(/"Performed best" is read as the highest CTR/);
    expect(a.attachments.some((x) => x.type === 'asset')).toBe(true);
  });

  it('gives Meta conversion rate as conversions ÷ clicks', async () => {
    const a = await analyst.ask('Meta conversion rate', { sessionKey: 'c:cvr' });
    const all = rows(dataDir, 'raw/meta_ads.csv');
    const cvr = (all.reduce((s, r) => s + Number(r.conversions), 0) / all.reduce((s, r) => s + Number(r.clicks), 0)) * 100;
    expect(a.reply).toMatch(/Meta conversion rate/);
    expect(hasNumber(a.reply.split('\n')[0]!, cvr, 0.006)).toBe(true);
    expect(a.reply).toMatch(/conversions ÷ clicks/);
  });

  it('gives Meta frequency as impressions ÷ summed daily reach, and TV frequency weighted by reach', async () => {
    const meta = rows(dataDir, 'raw/meta_ads.csv');
    const f = meta.reduce((s, r) => s + Number(r.impressions), 0) / meta.reduce((s, r) => s + Number(r.reach), 0);
    const a = await analyst.ask("What's the frequency on Meta?", { sessionKey: 'c:freq' });
    expect(a.reply).toContain(`${f.toFixed(2)}x`);
    expect(a.reply).toMatch(/each day's reach added up/);
    const tv = rows(dataDir, 'raw/tv_airtime.csv');
    const weighted = tv.reduce((s, r) => s + Number(r.reach_pct) * Number(r.avg_frequency), 0) / tv.reduce((s, r) => s + Number(r.reach_pct), 0);
    const b = await analyst.ask("What's the frequency on TV?", { sessionKey: 'c:tvfreq' });
    expect(b.reply).toMatch(/TV reach-weighted average frequency/);
    // avg_frequency is rounded to 2 decimals per row; summed GRPs ÷ summed reach % is the exact weighted mean.
    expect(hasNumber(b.reply.split('\n')[0]!, weighted, 0.01)).toBe(true);
  });

  it('gives competitor TV spend by competitor, and our TV share of voice', async () => {
    const comp = sumsBy('competitor_spend.csv', 'competitor', ['tv_spend_gbp']);
    const a = await analyst.ask('How much are rivals like Norvik spending on TV?', { sessionKey: 'c:rivals' });
    for (const [name, s] of comp) {
      const line = a.reply.split('\n').find((l) => l.startsWith(`• ${name}:`)) ?? '';
      expect(hasNumber(line, s.tv_spend_gbp!, 0.006), name).toBe(true);
    }
    const theirs = [...comp.values()].reduce((s, v) => s + v.tv_spend_gbp!, 0);
    const ours = rows(dataDir, 'raw/tv_airtime.csv').reduce((s, r) => s + Number(r.spend_gbp), 0);
    const b = await analyst.ask('our share of voice on TV', { sessionKey: 'c:sov' });
    expect(b.reply).toMatch(/TV share of voice/);
    expect(hasNumber(b.reply.split('\n')[0]!, (ours / (ours + theirs)) * 100, 0.006)).toBe(true);
  });

  it('counts website sessions from paid social and leads by source', async () => {
    const sessions = rows(dataDir, 'raw/website_analytics.csv')
      .filter((r) => r.traffic_source === 'paid_social' && r.date!.startsWith('2025'))
      .reduce((s, r) => s + Number(r.sessions), 0);
    const a = await analyst.ask('How many website sessions came from paid social in 2025?', { sessionKey: 'c:web' });
    expect(a.reply).toMatch(/from paid social in 2025/);
    expect(hasNumber(a.reply, sessions, 0)).toBe(true);
    const leads = sumsBy('leads.csv', 'source', []);
    const counts = new Map<string, number>();
    for (const r of rows(dataDir, 'raw/leads.csv')) counts.set(r.source!, (counts.get(r.source!) ?? 0) + 1);
    const b = await analyst.ask('leads by source', { sessionKey: 'c:leads' });
    expect(leads.size).toBeGreaterThan(2);
    expect(b.reply).toMatch(/by source/);
    expect(hasNumber(b.reply, counts.get('organic_search')!, 0)).toBe(true);
  });
});
