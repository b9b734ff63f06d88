/** Reach is summed over daily rows: the answer must say it is not unique reach, and give the frequency it supports. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MixAnalyst } from '../../src/agents/index.js';
import { hasNumber } from '../../eval/agents/check.js';
import { rows } from '../../eval/agents/csv.js';
import { offlineAnalyst } from './helpers/offline-analyst.js';

describe('reach on the test dataset', () => {
  let dataDir: string;
  let analyst: MixAnalyst;

  beforeAll(async () => {
    ({ dataDir, analyst } = await offlineAnalyst());
  }, 240_000);

  it('labels Meta reach as summed daily reach and gives impressions ÷ reach as the frequency', async () => {
    const a = await analyst.ask("What's the reach and frequency on Meta in March 2025?", { sessionKey: 'reach:1' });
    const march = rows(dataDir, 'raw/meta_ads.csv').filter((r) => r.date!.startsWith('2025-03'));
    const reach = march.reduce((s, r) => s + Number(r.reach), 0);
    const impressions = march.reduce((s, r) => s + Number(r.impressions), 0);
    expect(a.reply).toMatch(/Meta reach in March 2025/);
    expect(hasNumber(a.reply, reach, 0.01)).toBe(true);
    expect(a.reply).toMatch(/unique reach over the period is not in the data/);
    // Frequency was asked, so it is stated once, on its own line, not again in the reach note.
    const frequency = (impressions / reach).toFixed(2);
    expect(a.reply).toContain(`average daily frequency in March 2025: ${frequency}x`);
    expect(a.reply.split(frequency)).toHaveLength(2);
  });
});
