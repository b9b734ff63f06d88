/** Pacing of an auction channel ("how is the TikTok campaign pacing?"): its weekly spend, not the TV/OOH delivery check. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MixAnalyst } from '../../src/agents/index.js';
import { hasNumber } from '../../eval/agents/check.js';
import { rows } from '../../eval/agents/csv.js';
import { offlineAnalyst } from './helpers/offline-analyst.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

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
    // Weeks read as "w/c 4 Aug" (week commencing), as planners say them, not as ISO dates.
    expect(a.reply).toContain(`w/c ${Number(week.slice(8))} ${MONTHS[Number(week.slice(5, 7)) - 1]}`);
    expect(a.reply).not.toMatch(/• \d{4}-\d{2}-\d{2}/);
    expect(hasNumber(a.reply, spend, 0.002)).toBe(true);
    expect(a.reply).not.toMatch(/GRPs|HM-TV-/);
  });

  it('lists every week of the flight, zero-spend ones too, against an even spread of the total', async () => {
    const a = await analyst.ask('How is the Q3 2025 TikTok campaign pacing?', { sessionKey: 'pace:2' });
    const q3 = rows(dataDir, 'raw/tiktok_ads.csv').filter((r) => r.date! >= '2025-07-01' && r.date! <= '2025-09-30');
    const byWeek = new Map<string, number>();
    for (const r of q3) byWeek.set(r.week_start!, (byWeek.get(r.week_start!) ?? 0) + Number(r.spend_gbp));
    const spent = [...byWeek.keys()].sort();
    const weeks: string[] = [];
    for (let t = Date.parse(`${spent[0]}T00:00:00Z`); t <= Date.parse(`${spent[spent.length - 1]}T00:00:00Z`); t += 7 * 86_400_000) weeks.push(new Date(t).toISOString().slice(0, 10));
    expect(weeks.length).toBeGreaterThan(byWeek.size); // the test data has weeks with no TikTok spend inside the flight
    const total = [...byWeek.values()].reduce((x, y) => x + y, 0);
    const listed = a.reply.split('\n').filter((l) => l.startsWith('• w/c'));
    expect(listed).toHaveLength(weeks.length);
    expect(listed.filter((l) => /£0 \(nothing spent\)/.test(l))).toHaveLength(weeks.length - byWeek.size);
    expect(a.reply).toContain(`${weeks.length}-week flight`);
    expect(hasNumber(a.reply, total / weeks.length, 0.002)).toBe(true);
    // The furthest from even, in either direction, is named with its gap.
    let toDate = 0;
    const gaps = weeks.map((w, i) => (toDate += byWeek.get(w) ?? 0) - (total / weeks.length) * (i + 1));
    const worst = gaps.reduce((x, y) => (Math.abs(y) > Math.abs(x) ? y : x));
    expect(hasNumber(a.reply, Math.abs(worst), 0.002)).toBe(true);
    expect(a.reply).toMatch(worst < 0 ? /Back-loaded|Close to even/ : /Front-loaded|Close to even/);
  });
});
