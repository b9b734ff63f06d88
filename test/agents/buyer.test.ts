/**
 * A media buyer's questions about traditional suppliers (broadcasters, station groups, OOH suppliers,
 * publishers): how they are read, and the offline analyst's answers on the shared test dataset, with the
 * expected figures summed here from the CSV rows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MixAnalyst } from '../../src/agents/index.js';
import { extractEntities } from '../../src/agents/entities/extract.js';
import { classify } from '../../src/agents/intent/classify.js';
import { queryMetricsInput } from '../../src/agents/tools/schemas.js';
import type { MetricName } from '../../src/rag/types.js';
import { hasNumber } from '../../eval/agents/check.js';
import { sumsBy as csvSumsBy } from '../../eval/agents/csv.js';
import { offlineAnalyst } from './helpers/offline-analyst.js';
import { lineOf } from './helpers/reply-lines.js';

describe('reading buyer questions', () => {
  it.each<[string, MetricName[], string | undefined, string[]]>([
    ['which TV station gave us the cheapest cost per GRP?', ['cost_per_grp'], 'supplier', ['tv']],
    ['radio spend by station group in 2025', ['spend'], 'supplier', ['radio']],
    ['print spend by publisher', ['spend'], 'supplier', ['print']],
    ['which OOH supplier had the most sites booked?', ['sites_booked'], 'supplier', ['ooh']],
    ['TV CPP by broadcaster', ['cost_per_grp'], 'supplier', ['tv']],
    ['cost per point per media owner', ['cost_per_grp'], 'supplier', []],
    ['radio cost per thousand impacts', ['cpt'], undefined, ['radio']],
    ['Meta cost per thousand impressions', ['cpm'], undefined, ['meta']],
    ['OOH sites posted by month', ['sites_posted'], 'month', ['ooh']],
  ])('%s', (q, metrics, groupBy, channels) => {
    const e = extractEntities(q);
    expect(e.metrics).toEqual(metrics);
    expect(e.groupBy).toBe(groupBy);
    expect(e.channels).toEqual(channels);
    expect(classify(q, e).kind).toBe('metric_lookup');
  });

  it('offers supplier grouping to a language model', () => {
    expect(queryMetricsInput.safeParse({ metric: 'cost_per_grp', channel: 'tv', group_by: 'supplier' }).success).toBe(true);
  });
});

describe('offline analyst answers buyer questions on the test dataset', () => {
  let dataDir: string;
  let analyst: MixAnalyst;

  beforeAll(async () => {
    ({ dataDir, analyst } = await offlineAnalyst());
  }, 240_000);

  const sumsBy = (file: string, key: string, cols: string[], keep?: (r: Record<string, string>) => boolean) => csvSumsBy(dataDir, file, key, cols, keep);

  it('names the cheapest broadcaster by cost per GRP (spend ÷ delivered GRPs)', async () => {
    const a = await analyst.ask('which TV station gave us the cheapest cost per GRP?', { sessionKey: 'b:cpp' });
    const cpp = [...sumsBy('tv_airtime.csv', 'broadcaster', ['spend_gbp', 'delivered_grps'], (r) => Number(r.delivered_grps) > 0)].map(
      ([b, s]) => [b, s.spend_gbp! / s.delivered_grps!] as const,
    );
    expect(cpp.length).toBeGreaterThan(1);
    expect(a.intent).toBe('data_lookup');
    expect(a.reply).toMatch(/\*TV cost per GRP \(Jan 2024 – Dec 2025\), by broadcaster\* — overall £/);
    for (const [b, v] of cpp) expect(hasNumber(lineOf(a.reply, b), v, 0.002), b).toBe(true);
    const [cheapest, value] = [...cpp].sort((x, y) => x[1] - y[1])[0]!;
    expect(a.reply).toContain(`Lowest: *${cheapest}* at`);
    expect(hasNumber(a.reply.split('Lowest:')[1]!, value, 0.002)).toBe(true);
    expect(a.reply).toContain('(for cost per GRP, lower is better)');
    expect(a.reply).toMatch(/delivered GRPs, not contracted/);
    expect(a.reply).not.toMatch(/TikTok/);
  });

  it('gives radio spend by station group in 2025', async () => {
    const a = await analyst.ask('radio spend by station group in 2025', { sessionKey: 'b:radio' });
    const groups = sumsBy('radio_airtime.csv', 'station_group', ['spend_gbp'], (r) => r.week_start!.startsWith('2025'));
    expect(groups.size).toBeGreaterThan(1);
    expect(a.reply).toMatch(/\*Radio spend in 2025, by station group\* — total £/);
    for (const [g, s] of groups) expect(hasNumber(lineOf(a.reply, g), s.spend_gbp!, 0.006), g).toBe(true);
  });

  it('gives print spend by publisher', async () => {
    const a = await analyst.ask('print spend by publisher', { sessionKey: 'b:print' });
    const pubs = sumsBy('print_insertions.csv', 'publisher', ['spend_gbp']);
    for (const [p, s] of pubs) {
      expect(a.reply, p).toContain(p);
      expect(hasNumber(a.reply, s.spend_gbp!, 0.006), p).toBe(true);
    }
    expect(a.reply).toMatch(/publisher/);
  });

  it('names the OOH supplier with the most sites booked', async () => {
    const a = await analyst.ask('which OOH supplier had the most sites booked?', { sessionKey: 'b:ooh' });
    const sites = [...sumsBy('ooh_sites.csv', 'supplier', ['sites_booked'])].map(([s, v]) => [s, v.sites_booked!] as const);
    expect(sites.length).toBeGreaterThan(1);
    expect(a.reply).toMatch(/\*OOH sites booked \(Jan 2024 – Dec 2025\), by supplier\* — total /);
    for (const [s, v] of sites) expect(hasNumber(lineOf(a.reply, s), v, 0), s).toBe(true);
    const [top, n] = [...sites].sort((x, y) => y[1] - x[1])[0]!;
    expect(a.reply).toContain(`Highest: *${top}* at`);
    expect(hasNumber(a.reply.split('Highest:')[1]!, n, 0)).toBe(true);
  });
});
