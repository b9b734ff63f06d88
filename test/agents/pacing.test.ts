/** Pacing of an auction channel ("how is the TikTok campaign pacing?"): its weekly spend, not the TV/OOH delivery check. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MixAnalyst } from '../../src/agents/index.js';
import { hasNumber } from '../../eval/agents/check.js';
import { rows } from '../../eval/agents/csv.js';
import { offlineAnalyst } from './helpers/offline-analyst.js';

describe('pacing on the test dataset', () => {
  let dataDir: string;
  let analyst: MixAnalyst;

  beforeAll(async () => {
    ({ dataDir, analyst } = await offlineAnalyst());
  }, 240_000);

  it('answers a TikTok pacing question with TikTok spend by week in the quarter, not TV under-delivery', async () => {
    const a = await analyst.ask('How is the Q3 2025 TikTok campaign pacing?', { sessionKey: 'pace:1' });
    const q3 = rows(dataDir, 'raw/tiktok_ads.csv').filter((r) => r.date! >= '2025-07-01' && r.date! <= '2025-09-30');
    const byWeek = new Map<string, number>();
    for (const r of q3) byWeek.set(r.week_start!, (byWeek.get(r.week_start!) ?? 0) + Number(r.spend_gbp));
    expect(a.reply).toMatch(/TikTok spend in Q3 2025, by week/);
    expect(hasNumber(a.reply, q3.reduce((s, r) => s + Number(r.spend_gbp), 0), 0.002)).toBe(true);
    const [week, spend] = [...byWeek.entries()].sort((x, y) => y[1] - x[1])[0]!;
    expect(a.reply).toContain(week);
    expect(hasNumber(a.reply, spend, 0.002)).toBe(true);
    expect(a.reply).not.toMatch(/GRPs|HM-TV-/);
  });
});
