/** Suggested next questions never ask the question just answered again, nor switch to a channel it named. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MixAnalyst } from '../../src/agents/index.js';
import { extractEntities } from '../../src/agents/entities/extract.js';
import { filterFollowUps } from '../../src/agents/follow-up-filter.js';
import { classify } from '../../src/agents/intent/classify.js';
import { offlineAnalyst } from './helpers/offline-analyst.js';

const filter = (question: string, suggestions: string[]) => {
  const e = extractEntities(question);
  return filterFollowUps(suggestions, question, e, classify(question, e).kind);
};

describe('filtering suggestions', () => {
  it('drops the question itself, in other words too', () => {
    expect(filter('Are the agency SLAs being met?', ['Are the agency SLAs being met?', 'Which campaigns under-delivered?'])).toEqual(['Which campaigns under-delivered?', 'What is ROI by channel?']);
    expect(filter('CTR by channel in 2025', ['CTR by channel', 'CTR by month'])).not.toContain('CTR by channel');
    expect(filter('and for Meta?', ['And for Meta?'])).not.toContain('And for Meta?');
  });

  it('drops a switch to a channel the question named, keeps other questions about it', () => {
    const out = filter('Meta vs TikTok CTR in 2025', ['And for TikTok?', 'CTR by month', 'What is Meta ROI?']);
    expect(out).not.toContain('And for TikTok?');
    expect(out).toContain('What is Meta ROI?');
    expect(out).toHaveLength(3);
  });

  it('keeps suggestions that ask something new', () => {
    const s = ['And for TikTok?', 'spend by month', 'What is Meta ROI?'];
    expect(filter('Meta spend in 2025', s)).toEqual(s);
    expect(filter('What is TV ROI?', ['Is TV saturated?', 'Optimise the budget'])).toEqual(['Is TV saturated?', 'Optimise the budget']);
  });
});

describe('suggestions in answers on the test dataset', () => {
  let analyst: MixAnalyst;

  beforeAll(async () => {
    ({ analyst } = await offlineAnalyst());
  }, 240_000);

  it('does not suggest the SLA question after an SLA answer', async () => {
    for (const q of ['Did the agency miss any SLAs?', 'Are the agency SLAs being met?']) {
      const a = await analyst.ask(q, { sessionKey: `fu:${q}` });
      expect(a.follow_ups.length).toBeGreaterThan(0);
      expect(a.follow_ups.join(' ')).not.toMatch(/\bSLAs?\b/);
    }
  });

  it('does not suggest "And for TikTok?" after Meta vs TikTok', async () => {
    const a = await analyst.ask('Meta vs TikTok CTR in 2025', { sessionKey: 'fu:vs' });
    expect(a.follow_ups).not.toContain('And for TikTok?');
    expect(a.follow_ups).not.toContain('And for Meta?');
    expect(a.follow_ups).toHaveLength(3);
  });

  it('does not suggest the channel just switched to', async () => {
    await analyst.ask('TikTok CPM in 2025', { sessionKey: 'fu:switch' });
    const a = await analyst.ask('and for Meta?', { sessionKey: 'fu:switch' });
    expect(a.follow_ups).not.toContain('And for Meta?');
  });
});
