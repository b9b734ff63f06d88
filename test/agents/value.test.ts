/** "Are we over-spending on TV?": the model's view of one channel's spend, not its scorecard or a search. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MixAnalyst } from '../../src/agents/index.js';
import { extractEntities } from '../../src/agents/entities/extract.js';
import { classify } from '../../src/agents/intent/classify.js';
import { valueVerdict } from '../../src/agents/offline/value-skill.js';
import type { Services } from '../../src/agents/services.js';
import { hasNumber } from '../../eval/agents/check.js';
import { offlineAnalyst } from './helpers/offline-analyst.js';

const route = (q: string) => {
  const c = classify(q, extractEntities(q));
  return `${c.kind}/${c.rule}`;
};

describe('routing value-for-money questions about one channel', () => {
  it.each(['are we over-spending on TV?', 'is TV worth it?', 'should we spend less on radio?', 'Are we spending too much on Meta?', 'is TikTok pulling its weight?', 'should we invest more in YouTube?'])(
    '%s → the model view',
    (q) => {
      expect(route(q)).toBe('mmm_roi/value');
    },
  );

  it.each([
    ['how much did we spend on TV?', 'metric_lookup'],
    ['What is TV ROI?', 'mmm_roi'],
    ['What if we cut TV by 20%?', 'mmm_scenario'],
    ['Which channel should get more budget?', 'mmm_optimize'],
  ])('leaves %s alone', (q, kind) => {
    expect(classify(q, extractEntities(q)).kind).toBe(kind);
  });

  it('gives a verdict from the next £1 and the curve', () => {
    expect(valueVerdict('Radio', 0.15, 0.07, 78)).toMatch(/returns less than it costs.*first place to trim/);
    expect(valueVerdict('Radio', 0.15, 0.07, 78, 3.09)).toMatch(/range reaches break-even \(up to 3\.09x\).*only after a test/);
    expect(valueVerdict('TV', 1.4, 0.84, 71)).toMatch(/past its efficient point.*£0\.84/);
    expect(valueVerdict('Google Ads', 3.5, 1.9, 85)).toMatch(/near saturation/);
    expect(valueVerdict('Google Ads', 3.5, 1.9, 60)).toMatch(/not over-funded/);
    expect(valueVerdict('LinkedIn', 3, 2.5, 30)).toMatch(/room to grow/);
  });
});

describe('value-for-money answers on the test dataset', () => {
  let services: Services;
  let analyst: MixAnalyst;

  beforeAll(async () => {
    ({ services, analyst } = await offlineAnalyst());
  }, 240_000);

  it.each([
    ['are we over-spending on TV?', 'tv'],
    ['should we spend less on radio?', 'radio'],
  ])('%s: ROI with its range, the next £1, the curve and a verdict', async (q, channel) => {
    const a = await analyst.ask(q, { sessionKey: `v:${channel}` });
    expect(a.intent).toBe('mmm_analysis');
    const c = services.mmm.roi().channels.find((x) => x.channel === channel)!;
    expect(a.reply).toMatch(/^\*Verdict: /);
    for (const v of [c.roi.estimate, c.roi.low, c.roi.high, c.marginalRoi]) expect(hasNumber(a.reply, v, 0.01), `${v} in ${a.reply}`).toBe(true);
    expect(a.reply).toMatch(/Marginal ROI [\d.]+x: the next £1 returns/);
    expect(a.reply).toMatch(/of its modelled maximum response/);
    expect(a.reply).toMatch(/Model estimates .*90% intervals/);
    expect(a.reply).not.toMatch(/Here is what the data says|spend \(Jan 2024 – Dec 2025\)/i);
  });

  it('keeps the model view for "and for Meta?"', async () => {
    await analyst.ask('is TV worth it?', { sessionKey: 'v:follow' });
    const a = await analyst.ask('and for Meta?', { sessionKey: 'v:follow' });
    expect(a.reply).toMatch(/^\*Verdict: Meta /);
  });
});
