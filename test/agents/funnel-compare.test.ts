/** Funnel costs by channel across two periods: no noise rows, and an overall that says what it divides. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MixAnalyst } from '../../src/agents/index.js';
import { hasNumber } from '../../eval/agents/check.js';
import { rows } from '../../eval/agents/csv.js';
import { offlineAnalyst } from './helpers/offline-analyst.js';

describe('cost per lead by channel, two periods, on the test dataset', () => {
  let dataDir: string;
  let analyst: MixAnalyst;

  beforeAll(async () => {
    ({ dataDir, analyst } = await offlineAnalyst());
  }, 240_000);

  const leadChannel = (l: Record<string, string>) => (l.campaign_id ? l.campaign_id.split('-')[1]!.toLowerCase() : l.source === 'event' ? 'events' : /^paid_(\w+)$/.exec(l.source ?? '')?.[1]);
  const FILES: Record<string, [string, string]> = {
    google: ['raw/google_ads.csv', 'date'],
    meta: ['raw/meta_ads.csv', 'date'],
    tiktok: ['raw/tiktok_ads.csv', 'date'],
    youtube: ['raw/youtube_ads.csv', 'date'],
    linkedin: ['raw/linkedin_ads.csv', 'date'],
    dv360: ['raw/dv360_ads.csv', 'date'],
    events: ['raw/events.csv', 'start_date'],
  };
  const spend = (ch: string, y: string) => {
    const [file, col] = FILES[ch]!;
    return rows(dataDir, file).reduce((s, r) => s + (r[col]!.startsWith(y) ? Number(r.spend_gbp) : 0), 0);
  };
  const leads = (ch: string, y: string) => rows(dataDir, 'raw/leads.csv').filter((l) => l.created_date!.startsWith(y) && leadChannel(l) === ch).length;

  it('lists only channels with a cost per lead, and the overall is tracked spend ÷ tracked leads', async () => {
    const a = await analyst.ask('cost per lead by channel 2024 vs 2025', { sessionKey: 'fc:cpl' });
    expect(a.reply).not.toMatch(/£0\.00 → £0\.00|– → –/);
    expect(a.reply).not.toMatch(/^• (No paid channel|TV|Radio|OOH|Print):/m);
    for (const ch of Object.keys(FILES)) {
      for (const y of ['2024', '2025']) if (leads(ch, y) > 0 && spend(ch, y) > 0) expect(hasNumber(a.reply, spend(ch, y) / leads(ch, y), 0.002), `${ch} ${y}`).toBe(true);
    }
    const tracked = (y: string) => {
      const chs = Object.keys(FILES).filter((ch) => leads(ch, y) > 0 && spend(ch, y) > 0);
      return chs.reduce((s, ch) => s + spend(ch, y), 0) / chs.reduce((s, ch) => s + leads(ch, y), 0);
    };
    const line = a.reply.split('\n')[0]!;
    expect(line).toMatch(/tracked channels overall/);
    expect(hasNumber(line, tracked('2024'), 0.002)).toBe(true);
    expect(hasNumber(line, tracked('2025'), 0.002)).toBe(true);
    expect(a.reply).toMatch(/TV[^\n]*no tracking codes/);
    expect(a.reply).toMatch(/All media spend ÷ all leads/);
  });
});
