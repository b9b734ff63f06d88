/**
 * Budget amounts, bounds and locks as people type them, in `/mmm` commands and in words: each gives a plan
 * for the amount meant (its channels adding up to it) or a friendly reason, never a plan for another amount
 * or a silently dropped lock or bound. Expected numbers come from the model service.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { findPlanPeriod } from '../../src/agents/entities/plan-period.js';
import { findMoneyAmounts, parseMoney } from '../../src/agents/entities/numbers.js';
import { err, ok } from './helpers/mmm-command.js';
import { readLocks } from '../../src/agents/offline/plan-inputs.js';
import { hasNumber } from '../../eval/agents/check.js';
import { offlineAnalyst, type OfflineAnalyst } from './helpers/offline-analyst.js';


describe('amounts as people write them', () => {
  it.each([
    ['2,5M', 2_500_000],
    ['2,5 million', 2_500_000],
    ['12,5m', 12_500_000],
    ['2 500 000', 2_500_000],
    ['2.500.000', 2_500_000],
  ])('parses %s', (text, value) => expect(parseMoney(text)).toEqual({ ok: true, value }));

  it('finds a decimal-comma or space-grouped amount in a question, not a part of it', () => {
    expect(findMoneyAmounts('optimise 2,5M over 13 weeks').map((f) => f.value)).toEqual([2_500_000]);
    expect(findMoneyAmounts('optimise 2 500 000').map((f) => f.value)).toEqual([2_500_000]);
    expect(findMoneyAmounts('optimise 2.500.000').map((f) => f.value)).toEqual([2_500_000]);
    expect(findMoneyAmounts('spend on tv,meta and youtube').map((f) => f.value)).toEqual([]);
  });

  it('reads "250k per week" as a one-week plan, and "spend per week" as no plan at all', () => {
    for (const t of ['optimise 250k per week', 'optimise £1M a week', '250k/wk', '250k weekly']) expect(findPlanPeriod(t)).toMatchObject({ ok: true, weeks: 1 });
    for (const t of ['what is average spend per week', 'weekly spend by channel']) expect(findPlanPeriod(t)).toBeUndefined();
  });
});

describe('locks in words', () => {
  it.each([
    ['lock TV and OOH', ['tv', 'ooh']],
    ['keep TV and the total flat', ['tv']],
    ['optimise 2.5M holding tv and ooh flat over 13 weeks', ['tv', 'ooh']],
    ['keep TV, radio & print flat', ['tv', 'radio', 'print']],
    ['keeping TV fixed and max 20% change per channel', ['tv']],
    ['optimise 3M keeping TV spend flat', ['tv']],
    ['keep TV and YouTube levels unchanged', ['tv', 'youtube']],
  ])('%s holds %j', (text, channels) => expect(readLocks(text)).toEqual({ channels }));

  it('says back a name in the list that is no channel, instead of holding the others only', () => {
    const r = readLocks('optimise 3M keeping TV and metta fixed');
    expect(r.channels).toEqual([]);
    expect(r.problem).toMatch(/don't know a channel called "metta".*\(I read TV\)\. Which channel did you mean\?.*Meta/);
    expect(readLocks('lock TV, metta and tiktk').problem).toMatch(/"metta".*\(I read TV and TikTok\)/);
  });
});

describe('/mmm inputs', () => {
  it.each([
    ['optimize 2.5 million', { kind: 'optimize', budget: 2_500_000, lock: [] }],
    ['optimize 2.5 M 0.2', { kind: 'optimize', budget: 2_500_000, bounds: 0.2, lock: [] }],
    ['optimize 2,5M', { kind: 'optimize', budget: 2_500_000, lock: [] }],
    ['optimize 2 500 000', { kind: 'optimize', budget: 2_500_000, lock: [] }],
    ['optimize 250k per week', { kind: 'optimize', budget: 250_000, lock: [], periodWeeks: 1 }],
    ['optimize 3M over 13 weeks keeping TV fixed', { kind: 'optimize', budget: 3_000_000, lock: ['tv'], periodWeeks: 13 }],
    ['optimize 3M max 20% change per channel', { kind: 'optimize', budget: 3_000_000, bounds: 0.2, lock: [] }],
    ['optimize 2.5M ±10% holding tv and ooh flat', { kind: 'optimize', budget: 2_500_000, bounds: 0.1, lock: ['tv', 'ooh'] }],
    ['scenario cut radio', { kind: 'scenario', request: { changes: { radio: -1 } } }],
    ['scenario switch off radio and print', { kind: 'scenario', request: { changes: { radio: -1, print: -1 } } }],
  ])('%s', (text, expected) => expect(ok(text)).toEqual(expected));

  it('says what to type instead', () => {
    expect(err('optimize 2.5M and roi')).toBe('One command at a time, please: `/mmm optimize 2.5M`, then `/mmm roi`.');
    expect(err('optimize 500')).toMatch(/did you mean 500k\?/);
    expect(err('optimize 2.5')).toMatch(/did you mean 2\.5M\?/);
    expect(err('scenario move 150% from tv to meta')).toMatch(/at most 100% of TV's spend \(you asked for 150%\)/);
    expect(err('scenario move -500k from tv to meta')).toMatch(/^An amount to move cannot be negative/);
    expect(err('scenario cut snapchat')).toMatch(/snapchat.*tv, ooh/);
  });
});

describe('plans in words and commands on the test dataset', () => {
  let o: OfflineAnalyst;
  beforeAll(async () => {
    o = await offlineAnalyst();
  }, 240_000);
  let n = 0;
  const ask = (q: string) => o.analyst.ask(q, { sessionKey: `plan-inputs:${n++}` });
  const total = (rows: { optimal: number }[]) => rows.reduce((s, r) => s + r.optimal, 0);

  it.each([
    ['Optimise 2,5M over 13 weeks', 2.5e6],
    ['/mmm optimize 2.5 million over 13 weeks', 2.5e6],
    ['Optimise 2 500 000 over 13 weeks', 2.5e6],
  ])('%s plans the amount meant, its channels adding up to it', async (q, budget) => {
    const a = await ask(q);
    const plan = o.services.mmm.optimize({ budget, periodWeeks: 13 });
    expect(total(plan.allocation)).toBeCloseTo(budget, 0);
    expect(a.reply).toMatch(/^\*Optimal split of £2\.50M over 13 weeks/);
    expect(hasNumber(a.reply, plan.expectedLift.estimate)).toBe(true);
  });

  it('plans "1M per week" over one week, not three', async () => {
    const a = await ask('Optimise 1M per week');
    expect(a.reply).toMatch(/^\*Optimal split of £1\.00M over 1 week\*/);
    expect(a.reply).toContain('in the last week of data');
    expect(hasNumber(a.reply, o.services.mmm.optimize({ budget: 1e6, periodWeeks: 1 }).expectedLift.estimate)).toBe(true);
  });

  it('holds a channel typed with a typo and says so, the plan still adding up to the budget', async () => {
    const a = await ask('Optimise 3M over 13 weeks keeping youtub fixed');
    const plan = o.services.mmm.optimize({ budget: 3e6, periodWeeks: 13, lock: ['youtube'] });
    expect(total(plan.allocation)).toBeCloseTo(3e6, 0);
    expect(a.reply).toMatch(/YouTube held/);
    expect(hasNumber(a.reply, plan.expectedLift.estimate)).toBe(true);
  });

  it.each([
    ['Optimise 2.5M with 150% bounds', /between 1% and 100%/],
    ['Optimise 2.5M lock metta', /don't know a channel called "metta".*Meta/],
    ['optimise 3M keeping TV and metta fixed', /don't know a channel called "metta".*Which channel did you mean\?.*Meta/],
    ['Optimise 2.5M lock snapchat', /does not buy Snapchat.*Which of them should stay/],
    ['Optimise a budget of 0', /^A budget must be more than zero \(0\)\.$/],
    ['Optimise a budget of 500', /did you mean 500k\?/],
    ['What if we move 500k from TV to Snapchat?', /does not buy Snapchat/],
    ['What if we move 500k from metta to YouTube?', /only YouTube in that move/],
    ['What if we move 150% from TV to Meta?', /at most 100% of TV's spend/],
    ['/mmm optimize 2.5M and roi', /One command at a time/],
  ])('%s: a reason, not a plan', async (q, reason) => {
    const a = await ask(q);
    expect(a.reply).toMatch(reason);
    expect(a.reply).not.toMatch(/Optimal split|Add £|Modelled revenue change/);
  });

  it('says an absurd budget as it is: how long it would last and how far past today\'s rate', async () => {
    const a = await ask('/mmm optimize 900M');
    const s = o.services.mmm.summary();
    const weekly = s.total_spend / s.weeks_of_data;
    const plan = o.services.mmm.optimize({ budget: 9e8, periodWeeks: s.weeks_of_data });
    expect(total(plan.allocation)).toBeCloseTo(9e8, 0);
    expect(a.reply).toContain(`would last about ${Math.round(9e8 / weekly).toLocaleString('en-GB')} weeks`);
    expect(a.reply).not.toMatch(/about 104 weeks/);
  });

  it('/mmm scenario cut radio switches radio off', async () => {
    const a = await ask('/mmm scenario cut radio');
    expect(a.reply).toContain('Radio switched off');
    expect(hasNumber(a.reply, o.services.mmm.scenario({ changes: { radio: -1 } }).deltaRevenue.estimate)).toBe(true);
  });
});
