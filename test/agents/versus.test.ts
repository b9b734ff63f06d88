/** Two regions or two channels set against each other over one period: both figures and which is higher. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MixAnalyst } from '../../src/agents/index.js';
import { versusLine } from '../../src/agents/offline/metric-versus.js';
import { hasNumber } from '../../eval/agents/check.js';
import { rows } from '../../eval/agents/csv.js';
import { offlineAnalyst } from './helpers/offline-analyst.js';

describe('the versus line', () => {
  it('says which side is higher, in points for rates and with costs read the right way round', () => {
    expect(versusLine('leads', 'count', { label: 'London', value: 200 }, { label: 'Scotland', value: 100 })).toMatch(/^\*London leads 200 vs Scotland 100\* — London is 100(\.0)?% higher\.$/);
    expect(versusLine('ctr', 'percent', { label: 'Meta', value: 1 }, { label: 'TikTok', value: 1.5 })).toMatch(/— TikTok is 0\.50 pts higher\.$/);
    expect(versusLine('cpc', 'GBP', { label: 'Meta', value: 2 }, { label: 'TikTok', value: 1 })).toMatch(/lower is better, so TikTok is ahead/);
  });
});

describe('one period, two sides, on the test dataset', () => {
  let dataDir: string;
  let analyst: MixAnalyst;

  beforeAll(async () => {
    ({ dataDir, analyst } = await offlineAnalyst());
  }, 240_000);

  it('answers "leads in London vs Scotland" for both regions', async () => {
    const a = await analyst.ask('leads in London vs Scotland', { sessionKey: 'vs:regions' });
    const leads = (region: string) => rows(dataDir, 'raw/leads.csv').filter((r) => r.region === region).length;
    const [london, scotland] = [leads('london'), leads('scotland')];
    expect(a.reply).toMatch(/\*London leads[^*]*\*/);
    expect(a.reply).toMatch(/\*Scotland leads[^*]*\*/);
    expect(hasNumber(a.reply, london, 0)).toBe(true);
    expect(hasNumber(a.reply, scotland, 0)).toBe(true);
    expect(a.reply).toContain(`— ${london >= scotland ? 'London' : 'Scotland'} is`);
  });

  it('answers "Meta vs TikTok CTR in 2025" with both and the gap in points', async () => {
    const a = await analyst.ask('Meta vs TikTok CTR in 2025', { sessionKey: 'vs:ctr' });
    const ctr = (file: string) => {
      const r = rows(dataDir, file).filter((x) => x.date!.startsWith('2025'));
      return (100 * r.reduce((s, x) => s + Number(x.clicks), 0)) / r.reduce((s, x) => s + Number(x.impressions), 0);
    };
    const [meta, tiktok] = [ctr('raw/meta_ads.csv'), ctr('raw/tiktok_ads.csv')];
    expect(hasNumber(a.reply, meta, 0.01)).toBe(true);
    expect(hasNumber(a.reply, tiktok, 0.01)).toBe(true);
    expect(a.reply).toMatch(new RegExp(`— ${meta >= tiktok ? 'Meta' : 'TikTok'} is [\\d.]+ pts higher`));
    expect(hasNumber(a.reply, Math.abs(meta - tiktok), 0.05)).toBe(true);
  });
});
