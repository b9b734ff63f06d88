/** Rankings without "by …" ("top 5 campaigns by spend"): what is ranked, how many rows, and that the leaders survive the row cap. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MixAnalyst } from '../../src/agents/index.js';
import { keptRows } from '../../src/agents/tools/rag-tools.js';
import { dateColumn, rows } from '../../eval/agents/csv.js';
import { offlineAnalyst } from './helpers/offline-analyst.js';

describe('rows a metric answer carries', () => {
  it('keeps the highest and lowest groups when there are more than 60, and time groups in order', () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ group: `c${i}`, value: i, parts: {} }));
    const kept = keptRows(many, 'campaign_id');
    expect(kept).toHaveLength(60);
    expect(kept[0]!.value).toBe(99);
    expect(kept.at(-1)!.value).toBe(0);
    expect(keptRows(many, 'week').map((r) => r.value)).toEqual(many.slice(0, 60).map((r) => r.value));
  });
});

describe('rankings on the test dataset', () => {
  let dataDir: string;
  let analyst: MixAnalyst;

  beforeAll(async () => {
    ({ dataDir, analyst } = await offlineAnalyst());
  }, 240_000);

  it('ranks campaigns, not channels, for "top 5 campaigns by spend", TV flights included', async () => {
    const files = ['dv360_ads', 'google_ads', 'linkedin_ads', 'meta_ads', 'tiktok_ads', 'youtube_ads', 'tv_airtime', 'radio_airtime', 'ooh_sites', 'print_insertions'];
    const spend = new Map<string, number>();
    for (const f of files) {
      const all = rows(dataDir, `raw/${f}.csv`);
      const dc = dateColumn(all[0]!);
      for (const r of all) if (r[dc]!.startsWith('2025')) spend.set(r.campaign_id!, (spend.get(r.campaign_id!) ?? 0) + Number(r.spend_gbp));
    }
    const top = [...spend.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([id]) => id);
    const a = await analyst.ask('Top 5 campaigns by spend in 2025', { sessionKey: 'rank:1' });
    expect(a.reply).toMatch(/Spend in 2025, top 5 by campaign/);
    const listed = [...a.reply.matchAll(/^• (HM-[A-Z0-9-]+):/gm)].map((m) => m[1]);
    expect(listed).toEqual(top);
    expect(a.reply).not.toMatch(/by channel/);
  });

  it('reads the "top" campaigns by a cost as the cheapest ones', async () => {
    const conv = new Map<string, [number, number]>();
    for (const r of rows(dataDir, 'raw/meta_ads.csv')) {
      if (!r.date!.startsWith('2025')) continue;
      const [s, c] = conv.get(r.campaign_id!) ?? [0, 0];
      conv.set(r.campaign_id!, [s + Number(r.spend_gbp), c + Number(r.conversions)]);
    }
    const cheapest = [...conv.entries()].filter(([, [, c]]) => c > 0).map(([id, [s, c]]) => [id, s / c] as const).sort((a, b) => a[1] - b[1]).slice(0, 3).map(([id]) => id);
    const a = await analyst.ask('Top 3 Meta campaigns by CPA in 2025', { sessionKey: 'rank:2' });
    expect(a.reply).toMatch(/Meta CPA in 2025, lowest 3 by campaign/);
    expect([...a.reply.matchAll(/^• (HM-[A-Z0-9-]+):/gm)].map((m) => m[1])).toEqual(cheapest);
    expect(a.reply).toMatch(/Lowest: \*/);
  });
});
