/** Small answer fixes: one frequency statement, the broadcast frequency follow-up, images only of listed creatives. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MixAnalyst } from '../../src/agents/index.js';
import { pictured, type RankedCreative } from '../../src/agents/tools/creatives.js';
import { pacing, weekLabel } from '../../src/agents/offline/pacing.js';
import { offlineAnalyst } from './helpers/offline-analyst.js';

describe('the image that goes with a creative ranking', () => {
  const c = (id: string, image?: string): RankedCreative => ({ creative_id: id, value: 1, parts: {}, ...(image ? { image_path: image } : {}) });
  it('is of a listed creative, or none', () => {
    const ranked = [c('A'), c('B'), c('C', 'c.png'), c('D', 'd.png')];
    expect(pictured(ranked, 2)).toBeUndefined();
    expect(pictured(ranked, 3)?.creative_id).toBe('C');
    expect(pictured(ranked)?.creative_id).toBe('C');
  });
});

describe('answers on the test dataset', () => {
  let analyst: MixAnalyst;

  beforeAll(async () => {
    ({ analyst } = await offlineAnalyst());
  }, 240_000);

  it('states Meta frequency once when reach and frequency are both asked', async () => {
    const a = await analyst.ask('reach and frequency on Meta', { sessionKey: 'polish:1' });
    expect(a.reply).toMatch(/Meta reach/);
    expect(a.reply.match(/average daily frequency/gi)).toHaveLength(2); // the figure and its explanation, not the reach note too
    expect(a.reply).not.toMatch(/Average daily frequency: \d/);
    const reachOnly = await analyst.ask('Meta reach', { sessionKey: 'polish:2' });
    expect(reachOnly.reply).toMatch(/Average daily frequency: \d/);
  });

  it('suggests the broadcast frequency after a TV frequency answer', async () => {
    const a = await analyst.ask('TV frequency in 2025', { sessionKey: 'polish:3' });
    expect(a.follow_ups.join(' | ')).toMatch(/reach-weighted average frequency by month/);
    expect(a.follow_ups.join(' | ')).not.toMatch(/average daily frequency/);
  });

  it('attaches only an image of a creative in the worst-N list', async () => {
    for (const q of ['worst 3 creatives by CTR', 'worst 3 Meta creatives by CTR', 'top 2 creatives by CTR']) {
      const a = await analyst.ask(q, { sessionKey: `polish:${q}` });
      const listed = [...a.reply.matchAll(/^\d+\. (HM-[A-Z0-9-]+)/gm)].map((m) => m[1]!);
      expect(listed.length).toBeGreaterThan(0);
      for (const att of a.attachments.filter((x) => x.type === 'asset')) expect(listed).toContain(att.title.split(' ')[0]);
      if (!a.attachments.some((x) => x.type === 'asset')) expect(a.reply).toMatch(/none is attached|no image of it/);
    }
  });
});

describe('pacing against an even spread', () => {
  it('fills zero-spend weeks inside the flight and finds the furthest gaps', () => {
    const p = pacing(new Map([['2025-10-06', 100], ['2025-10-20', 200], ['2025-09-29', 0]]))!;
    expect(p.weeks.map((w) => w.week)).toEqual(['2025-10-06', '2025-10-13', '2025-10-20']);
    expect(p.evenWeekly).toBe(100);
    expect(p.behind).toEqual({ week: '2025-10-13', gap: -100 });
    expect(p.ahead).toBeUndefined();
    expect(pacing(new Map([['2025-10-06', 0]]))).toBeUndefined();
  });
  it('labels weeks as week commencing', () => {
    expect(weekLabel('2025-10-06')).toBe('w/c 6 Oct');
    expect(weekLabel('2024-12-30', true)).toBe('w/c 30 Dec 2024');
  });
});
