/** Year on year, ranges, unit-less averages, refining follow-ups and two sides × two periods, answered on the test dataset. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MixAnalyst } from '../../src/agents/index.js';
import { hasNumber } from '../../eval/agents/check.js';
import { csvCount, csvSum } from '../../eval/agents/csv.js';
import { SPEND_FILES } from '../../eval/agents/expect.js';
import { offlineAnalyst } from './helpers/offline-analyst.js';

describe('periods on the test dataset', () => {
  let dataDir: string;
  let analyst: MixAnalyst;

  beforeAll(async () => {
    ({ dataDir, analyst } = await offlineAnalyst());
  }, 240_000);

  const metaSpend = (from: string, to: string) => csvSum(dataDir, { file: 'raw/meta_ads.csv', column: 'spend_gbp', date: 'date', from, to });
  const leads = (from: string, to: string, region?: string) =>
    csvCount(dataDir, { file: 'raw/leads.csv', date: 'created_date', from, to, ...(region ? { where: { region } } : {}) });

  it('answers "Meta spend YoY" with 2024 against 2025', async () => {
    const a = await analyst.ask('Meta spend YoY', { sessionKey: 'p:yoy' });
    expect(a.reply).toMatch(/in 2024 → .* in 2025/);
    expect(hasNumber(a.reply, metaSpend('2024-01-01', '2024-12-31'))).toBe(true);
    expect(hasNumber(a.reply, metaSpend('2025-01-01', '2025-12-31'))).toBe(true);
  });

  it('answers "how did Q3 2025 compare with the same quarter last year?" with both quarters', async () => {
    const a = await analyst.ask('how did Q3 2025 compare with the same quarter last year?', { sessionKey: 'p:q3' });
    expect(a.reply).toContain('Q3 2024 → Q3 2025');
    expect(hasNumber(a.reply, leads('2024-07-01', '2024-09-30'), 0)).toBe(true);
    expect(hasNumber(a.reply, leads('2025-07-01', '2025-09-30'), 0)).toBe(true);
  });

  it('reads "between March and June 2025" as one period', async () => {
    const a = await analyst.ask('leads between March and June 2025', { sessionKey: 'p:range' });
    expect(a.reply).toContain('March – June 2025');
    expect(hasNumber(a.reply, leads('2025-03-01', '2025-06-30'), 0)).toBe(true);
  });

  it('answers "average spend on Meta" per week and says so', async () => {
    const a = await analyst.ask('average spend on Meta', { sessionKey: 'p:avg' });
    expect(a.reply).toMatch(/average weekly spend/);
    expect(a.reply).toMatch(/per week/);
    expect(a.reply).toMatch(/per month/);
    expect(hasNumber(a.reply, metaSpend('2024-01-01', '2025-12-28') / 104)).toBe(true);
  });

  it('keeps the channel and year when "spend by month" follows "radio spend in 2025"', async () => {
    await analyst.ask('radio spend in 2025', { sessionKey: 'p:follow' });
    const a = await analyst.ask('spend by month', { sessionKey: 'p:follow' });
    expect(a.reply).toMatch(/Radio spend in 2025, by month/);
    const jan = csvSum(dataDir, { file: 'raw/radio_airtime.csv', column: 'spend_gbp', date: 'week_start', from: '2025-01-01', to: '2025-01-31' });
    expect(hasNumber(a.reply, jan)).toBe(true);
  });

  it('answers "Total spend YTD" after "Meta spend in 2025" for every channel, and says so', async () => {
    const allSpend = Object.values(SPEND_FILES).reduce((sum, file) => sum + csvSum(dataDir, { file, column: 'spend_gbp', from: '2025-01-01', to: '2025-12-28' }), 0);
    for (const total of ['Total spend YTD', 'and overall spend in 2025?', 'spend across all channels in 2025']) {
      const key = `p:total:${total}`;
      await analyst.ask('Meta spend in 2025', { sessionKey: key });
      const a = await analyst.ask(total, { sessionKey: key });
      expect(a.reply).toMatch(/Spend across all channels in 2025/);
      expect(a.reply).not.toMatch(/Meta spend/);
      expect(hasNumber(a.reply, allSpend)).toBe(true);
      // A true follow-up still switches the channel, and the next one keeps it.
      const tiktok = await analyst.ask('and TikTok?', { sessionKey: key });
      expect(tiktok.reply).toMatch(/TikTok spend in 2025/);
      const earlier = await analyst.ask('what about in 2024?', { sessionKey: key });
      expect(earlier.reply).toMatch(/TikTok spend in 2024/);
      expect(hasNumber(earlier.reply, csvSum(dataDir, { file: 'raw/tiktok_ads.csv', column: 'spend_gbp', date: 'date', from: '2024-01-01', to: '2024-12-31' }))).toBe(true);
    }
  });

  it('says a single day "on" it, and a season without brackets inside brackets', async () => {
    const day = await analyst.ask('Meta spend on 3 Apr 2025', { sessionKey: 'p:day' });
    expect(day.reply).toContain('Meta spend on 3 Apr 2025');
    expect(hasNumber(day.reply, metaSpend('2025-04-03', '2025-04-03'))).toBe(true);
    const scorecard = await analyst.ask('tell me about Meta on 3 Apr 2025', { sessionKey: 'p:day-overview' });
    expect(scorecard.reply).toMatch(/Meta on 3 Apr 2025\* — against 2 Apr 2025/);
    const summer = await analyst.ask('Meta spend over the summer', { sessionKey: 'p:summer' });
    expect(summer.reply).toContain('the latest summer in the data (summer 2025, Jun–Aug)');
    expect(summer.reply).not.toMatch(/\([^()]*\(/);
    expect(hasNumber(summer.reply, metaSpend('2025-06-01', '2025-08-31'))).toBe(true);
    const range = await analyst.ask('Meta spend from 01/03/2025 to 31/05/2025', { sessionKey: 'p:iso' });
    expect(range.reply).toContain('Meta spend in 1 Mar – 31 May 2025');
  });

  it('answers "London vs Scotland leads 2024 vs 2025" with all four figures', async () => {
    const a = await analyst.ask('London vs Scotland leads 2024 vs 2025', { sessionKey: 'p:2x2' });
    for (const region of ['london', 'scotland']) {
      for (const [from, to] of [['2024-01-01', '2024-12-31'], ['2025-01-01', '2025-12-31']] as const) {
        expect(hasNumber(a.reply, leads(from, to, region), 0)).toBe(true);
      }
    }
    expect(a.reply).toMatch(/_\(2024\)_/);
    expect(a.reply).toMatch(/_\(2025\)_/);
  });
  it('answers a reversed range "Meta spend from 2025 to 2024" over both years', async () => {
    const a = await analyst.ask('Meta spend from 2025 to 2024', { sessionKey: 'p:rev' });
    expect(a.reply).toContain('2024 – 2025');
    expect(hasNumber(a.reply, metaSpend('2024-01-01', '2025-12-31'))).toBe(true);
  });

  it('counts "leads in the last 3 months" back from the data end and says the dates', async () => {
    const a = await analyst.ask('leads in the last 3 months', { sessionKey: 'p:last3' });
    expect(a.reply).toContain('29 Sep – 28 Dec 2025');
    expect(a.reply).toMatch(/last day in the data, not from today/);
    expect(hasNumber(a.reply, leads('2025-09-29', '2025-12-28'), 0)).toBe(true);
  });

  it('says FY2025 was read as the calendar year', async () => {
    const a = await analyst.ask('leads in FY2025', { sessionKey: 'p:fy' });
    expect(a.reply).toMatch(/No fiscal year is set up/);
    expect(hasNumber(a.reply, leads('2025-01-01', '2025-12-31'), 0)).toBe(true);
  });

  it('answers a week with no Meta rows with none and the nearest active weeks, not passages', async () => {
    const week = metaSpend('2025-03-03', '2025-03-09');
    const a = await analyst.ask('Meta spend in the week of 3 March 2025', { sessionKey: 'p:week' });
    if (week === 0) {
      expect(a.reply).toMatch(/week of 3 – 9 Mar 2025: none/);
      expect(a.reply).not.toMatch(/closest passages/);
    } else expect(hasNumber(a.reply, week)).toBe(true);
  });

  it('reads "Lumen leads since launch" from the launch date', async () => {
    const a = await analyst.ask('Lumen leads since launch', { sessionKey: 'p:launch' });
    expect(a.reply).toMatch(/launched on 3 Mar 2025/);
    expect(hasNumber(a.reply, csvCount(dataDir, { file: 'raw/leads.csv', date: 'created_date', from: '2025-03-03', to: '2025-12-28', where: { vehicle_model: 'lumen' } }), 0)).toBe(true);
  });
  it('says once that "this year vs last year" is read from the data end', async () => {
    const a = await analyst.ask('Meta spend this year vs last year', { sessionKey: 'p:tyly' });
    expect(a.reply).toMatch(/“Last year” and “this year” are taken from/);
    expect(a.reply.match(/taken from/g)).toHaveLength(1);
  });
});
