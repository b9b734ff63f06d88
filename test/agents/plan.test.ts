/**
 * Budget plans: planning periods in words and /mmm commands, the window a budget or move is planned on,
 * the optimiser's per-channel lines (percent, not fraction; one line each) and the end-to-end replies on
 * the test dataset, expected numbers from the model service.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalystFromDeps, MemorySessionStore, type MixAnalyst } from '../../src/agents/index.js';
import { extractEntities } from '../../src/agents/entities/extract.js';
import { findPlanPeriod } from '../../src/agents/entities/plan-period.js';
import { classify } from '../../src/agents/intent/classify.js';
import { resolveFollowUp } from '../../src/agents/intent/follow-up.js';
import { parseMmmCommand } from '../../src/agents/mmm-command/parse.js';
import { allocationLine, isExtraAmount, scenarioInput, spendVerdict } from '../../src/agents/offline/plan-skills.js';
import { allocationRows } from '../../src/agents/tools/mmm-tools.js';
import { optimizeWindow, scenarioWindow } from '../../src/agents/tools/plan-window.js';
import { Toolbox, toolSpecs } from '../../src/agents/tools/toolbox.js';
import { loadServices, type Services } from '../../src/agents/services.js';
import type { MmmSummary } from '../../src/mmm/service-types.js';
import { silentLogger } from '../../src/log/index.js';
import { hasNumber } from '../../eval/agents/check.js';
import { ensureAnalystData, offlineConfig } from './helpers/analyst-data.js';

describe('planning periods in words', () => {
  it.each([
    ['optimise 2M over 13 weeks', 13],
    ['/mmm optimize 2M 13w', 13],
    ['a 6-week flight', 6],
    ['2M per quarter', 13],
    ['this quarter', 13],
    ['per month', 4],
    ['over 3 months', 13],
    ['over 6 months', 26],
    ['per year', 52],
    ['annual budget of 5M', 52],
    ['yearly', 52],
    ['two quarters', 26],
  ])('%s → %i weeks', (text, weeks) => {
    expect(findPlanPeriod(text)).toMatchObject({ ok: true, weeks });
  });

  it.each(['move 500K from TV to YouTube', 'Meta CPM in Q3 2025', 'cost per car sold', 'a quarter of the TV budget', 'weekly spend by channel'])('finds no period in %j', (text) => {
    expect(findPlanPeriod(text)).toBeUndefined();
  });

  it('refuses a zero or negative period with a reason', () => {
    expect(findPlanPeriod('optimise 2M over 0 weeks')).toMatchObject({ ok: false, reason: expect.stringMatching(/at least one week/) });
    expect(extractEntities('optimise 2M over -3 weeks').planProblem).toMatch(/at least one week/);
  });

  it('parses periods in /mmm commands, wherever they sit', () => {
    expect(parseMmmCommand('optimize 2M over 13 weeks 0.2 lock tv')).toEqual({ ok: true, command: { kind: 'optimize', budget: 2e6, bounds: 0.2, lock: ['tv'], periodWeeks: 13 } });
    expect(parseMmmCommand('/mmm optimize per quarter 2M')).toEqual({ ok: true, command: { kind: 'optimize', budget: 2e6, lock: [], periodWeeks: 13 } });
    expect(parseMmmCommand('optimize 2M period=26')).toEqual({ ok: true, command: { kind: 'optimize', budget: 2e6, lock: [], periodWeeks: 26 } });
    expect(parseMmmCommand('scenario move 500k from tv to youtube per month')).toEqual({ ok: true, command: { kind: 'scenario', request: { move: { from: 'tv', to: 'youtube', amount: 5e5 }, periodWeeks: 4 } } });
    expect(parseMmmCommand('optimize 2M over 0 weeks')).toMatchObject({ ok: false, error: expect.stringMatching(/at least one week/) });
    expect(parseMmmCommand('optimize 2M period=soon')).toMatchObject({ ok: false, error: expect.stringMatching(/not a planning period/) });
  });

  it('keeps the period on "make that 1.6M" and replaces it on "make it over 13 weeks"', () => {
    const context = { kind: 'mmm_optimize' as const, entities: { ...extractEntities('optimise 2M'), planWeeks: 5 }, question: 'optimise 2M' };
    const follow = (q: string) => resolveFollowUp(q, extractEntities(q), classify(q, extractEntities(q)), context);
    expect(follow('make that 1.6M')).toMatchObject({ kind: 'mmm_optimize', entities: { amounts: [1.6e6], planWeeks: 5 } });
    expect(follow('make it over 13 weeks')).toMatchObject({ kind: 'mmm_optimize', entities: { amounts: [2e6], planWeeks: 13 } });
  });
});

function flatSummary(weeks: number, weekly: number): MmmSummary {
  const weekly_spend = Array.from({ length: weeks }, (_, i) => ({ week: `w${i + 1}`, spend: weekly }));
  return {
    total_spend: weeks * weekly,
    total_units: 0,
    total_revenue: 0,
    weeks_of_data: weeks,
    channel_breakdown: [{ channel: 'tv', spend: weeks * weekly, share: 1 }],
    weekly_spend,
    date_range: { from: 'w1', to: `w${weeks}` },
  };
}

describe('the planning window', () => {
  const s = flatSummary(104, 388_000);

  it('infers the period from the budget at the current weekly rate and says so', () => {
    const w = optimizeWindow(s, 2_000_000, undefined);
    expect(w).toMatchObject({ weeks: 5, basis: 'inferred_from_budget', from_week: 'w100', to_week: 'w104', window_spend: 5 * 388_000 });
    expect(w.note).toBe('Planned as a 5-week flight: £2.00M is about 5 weeks at your current £388K a week. Say "over 13 weeks" to plan another period.');
    expect(optimizeWindow(s, 8 * 388_000, undefined).note).toMatch(/^Planned as an 8-week flight/);
    expect(optimizeWindow(s, 100, undefined).weeks).toBe(1);
    expect(optimizeWindow(s, 100e6, undefined)).toMatchObject({ weeks: 104, note: expect.stringMatching(/all 104/) });
  });

  it('says a budget beyond the data or under a week as it is, not as "about 104 weeks" or "about 1 week"', () => {
    // £900M at £388K a week is 2,320 weeks: planned over the 104 weeks of data at 22× today's weekly rate.
    const big = optimizeWindow(s, 900e6, undefined);
    expect(big.weeks).toBe(104);
    expect(big.note).toMatch(/£900M would last about 2,320 weeks at your current £388K a week, longer than the 104 weeks of data/);
    expect(big.note).toMatch(/22× today's rate/);
    expect(big.note).not.toMatch(/about 104 weeks/);
    const small = optimizeWindow(s, 2_500, undefined);
    expect(small.weeks).toBe(1);
    expect(small.note).toMatch(/less than one week/);
    expect(small.note).not.toMatch(/about 1 week/);
  });

  it('keeps the whole history without a budget, and checks a given period', () => {
    expect(optimizeWindow(s, undefined, undefined)).toMatchObject({ weeks: 104, basis: 'all_data', note: expect.stringMatching(/all 104 weeks/) });
    expect(optimizeWindow(s, 2e6, 13)).toMatchObject({ weeks: 13, basis: 'given' });
    expect(() => optimizeWindow(s, 2e6, 200)).toThrow(expect.objectContaining({ userMessage: expect.stringMatching(/1 to 104 weeks.*asked for 200/) }));
  });

  it('reads a money move as a quarter, longer only when the source channel is too small', () => {
    const spendOver = (weeks: number) => new Map([['radio', weeks * 10_000], ['tv', weeks * 100_000]]);
    expect(scenarioWindow(s, undefined, { tv: 500_000 }, spendOver)).toMatchObject({ weeks: 13, basis: 'default_quarter' });
    expect(scenarioWindow(s, undefined, { radio: 400_000 }, spendOver)).toMatchObject({ weeks: 52, basis: 'extended_to_fit', note: expect.stringMatching(/Radio spends £130K a quarter/) });
    expect(scenarioWindow(s, undefined, {}, spendOver)).toMatchObject({ weeks: 104, basis: 'all_data' });
    expect(() => scenarioWindow(s, undefined, { radio: 5e6 }, spendOver)).toThrow(expect.objectContaining({ userMessage: expect.stringMatching(/Radio only has £1.04M/) }));
    expect(() => scenarioWindow(s, 4, { tv: 500_000 }, spendOver)).toThrow(expect.objectContaining({ userMessage: expect.stringMatching(/TV spends £400K over 4 weeks/) }));
  });
});

describe('optimiser lines', () => {
  // What the MMM returns: changePct is a fraction of current spend, and its own explanation line.
  const move = {
    channel: 'google',
    current: 244_300,
    optimal: 317_590,
    change: 73_290,
    changePct: 0.3,
    marginalRoiBefore: 4.74,
    marginalRoiAfter: 4.82,
    boundHit: 'upper' as const,
    explanation: 'google: +30% (£244.3k → £317.6k), marginal ROI 4.74 → 4.82; raised to its upper bound',
  };

  it('prints the change as a percentage, once, from the structured fields', () => {
    const [row] = allocationRows({ allocation: [move] });
    expect(row!.change_pct).toBe(30);
    const line = allocationLine(row!);
    expect(line).toBe('• *Google Ads* £244K → £318K (+30%) · marginal ROI 4.74 → 4.82 · capped at its upper bound — still the better return per extra £');
    expect(line).not.toMatch(/0\.3%|google:/);
  });

  it('keeps one decimal for small moves and names the reason of a free channel', () => {
    const [row] = allocationRows({ allocation: [{ ...move, optimal: 257_000, change: 12_700, changePct: 0.052, boundHit: undefined }] });
    expect(allocationLine(row!)).toMatch(/\(\+5\.2%\).*balanced — its marginal return now matches/);
  });

  it('tells language models about the planning period', () => {
    const specs = toolSpecs(['mmm']);
    for (const name of ['mmm_optimize', 'mmm_scenario']) {
      const spec = specs.find((t) => t.name === name)!;
      expect((spec.inputSchema.properties as Record<string, unknown>).period_weeks).toBeDefined();
      expect(spec.description).toMatch(/period_weeks/);
    }
  });
});

describe('budget plans on the test dataset', () => {
  let services: Services;
  let analyst: MixAnalyst;
  let clockMs = Date.parse('2026-01-05T09:00:00Z');
  const clock = () => new Date((clockMs += 1000));

  beforeAll(async () => {
    const dataDir = await ensureAnalystData();
    services = await loadServices({ config: offlineConfig(), dataDir, logger: silentLogger() });
    analyst = createAnalystFromDeps({ ...services, clock, logger: silentLogger(), sessionStore: new MemorySessionStore({ ttlHours: 72, maxTurns: 40, maxCount: 100 }, clock), provider: null, dataDir });
  }, 240_000);

  const inferred = (budget: number) => {
    const s = services.mmm.summary();
    return Math.min(s.weeks_of_data, Math.max(1, Math.round(budget / (s.total_spend / s.weeks_of_data))));
  };

  it('/mmm optimize 2M plans a flight at the current weekly rate, one clean line per channel', async () => {
    const weeks = inferred(2e6);
    const a = await analyst.ask('/mmm optimize 2M', { sessionKey: 'plan:opt' });
    const result = services.mmm.optimize({ budget: 2e6, periodWeeks: weeks });
    expect(a.reply).toMatch(new RegExp(`^\\*Optimal split of £2\\.00M over ${weeks} weeks.*\\* — £[\\d,.]+K? a week`));
    expect(a.reply).toMatch(new RegExp(`Planned as an? ${weeks}-week flight`));
    expect(hasNumber(a.reply, result.expectedLift.estimate)).toBe(true);
    const lines = a.reply.split('\n').filter((l) => l.startsWith('• '));
    expect(lines.length).toBe(result.allocation.filter((x) => Math.abs(x.change) > 0.5).length);
    for (const l of lines) {
      const pct = Number(/\(([+-]\d+(?:\.\d)?)%\)/.exec(l)![1]);
      expect(result.allocation.some((x) => Math.abs(x.changePct * 100 - pct) < 0.6)).toBe(true);
      expect(l).toMatch(/marginal ROI [\d.]+ → [\d.]+ · /);
    }
    expect(a.follow_ups).toContain('Make that £1.60M');
  });

  it('keeps the period on "make that 1.6M"', async () => {
    const weeks = inferred(2e6);
    const a = await analyst.ask('make that 1.6M', { sessionKey: 'plan:opt' });
    expect(a.reply).toContain(`£1.60M over ${weeks} weeks`);
    expect(hasNumber(a.reply, services.mmm.optimize({ budget: 1.6e6, periodWeeks: weeks }).expectedLift.estimate)).toBe(true);
  });

  it('moves money over the period named, and explains an impossible lock for the period', async () => {
    const a = await analyst.ask('What if we move 500K from TV to YouTube per year?', { sessionKey: 'plan:move' });
    expect(a.reply).toContain('over 52 weeks (a year)');
    expect(hasNumber(a.reply, services.mmm.scenario({ move: { from: 'tv', to: 'youtube', amount: 5e5 }, periodWeeks: 52 }).deltaRevenue.estimate)).toBe(true);
    const b = await analyst.ask('Optimise 100K per quarter, lock TV', { sessionKey: 'plan:lock' });
    expect(b.reply).toMatch(/TV alone is £[\d.,]+[KM]? at current spend over a quarter \(13 weeks\).*budget must be above £/);
  });

  it('places an extra 500K on top of today\'s quarter without cutting any channel', async () => {
    const a = await analyst.ask('Where should we put an extra 500K?', { sessionKey: 'plan:extra' });
    expect(a.intent).toBe('mmm_analysis');
    const today = services.mmm.windowSpend(13);
    const todayTotal = today.reduce((x, w) => x + w.spend, 0);
    const result = services.mmm.optimize({ extra: 5e5, periodWeeks: 13 });
    expect(result.budget).toBeCloseTo(todayTotal + 5e5, 1);
    expect(a.reply).toMatch(/^\*Where an extra £500K works hardest over 13 weeks \(a quarter\)\*/);
    expect(hasNumber(a.reply, result.expectedLift.estimate)).toBe(true);
    expect(a.reply).not.toContain('*Decrease*');
    // The "before" of every line is today's spend in those weeks, not a mix scaled to the new total.
    for (const row of result.allocation) {
      const spend = today.find((w) => w.channel === row.channel)!.spend;
      expect(row.current).toBeCloseTo(spend, 1);
      expect(row.optimal).toBeGreaterThanOrEqual(spend - 0.01);
    }
  });

  it('gives language models extra_budget on the optimiser tool, and refuses it with a total budget', async () => {
    const dataDir = await ensureAnalystData();
    const tools = new Toolbox({ ...services, logger: silentLogger(), dataDir });
    const r = await tools.call('mmm_optimize', { extra_budget: 250_000, period_weeks: 4 });
    const data = r.data as { budget: number; extra_budget: number; extra_roi: number; expected_lift: { estimate: number }; period: { weeks: number; window_spend: number } };
    expect(data.period.weeks).toBe(4);
    expect(data.budget).toBeCloseTo(data.period.window_spend + 250_000, 0);
    expect(data.extra_roi).toBeCloseTo(data.expected_lift.estimate / 250_000, 2);
    await expect(tools.call('mmm_optimize', { extra_budget: 1, budget: 2 })).rejects.toMatchObject({ code: 'INPUT_INVALID' });
  });

  it('reads "which channel should get more budget?" as a request to re-split today\'s budget', async () => {
    const a = await analyst.ask('Which channel should get more budget?', { sessionKey: 'plan:advice' });
    expect(a.intent).toBe('mmm_analysis');
    expect(a.reply).toMatch(/^\*Optimal split of /);
    expect(a.reply).toContain('*Increase*');
  });

  it('reads "cut radio" as switching it off and weighs the revenue lost against the spend saved', async () => {
    const a = await analyst.ask('What if we cut radio?', { sessionKey: 'plan:cut' });
    const r = services.mmm.scenario({ changes: { radio: -1 } });
    expect(a.reply).toContain('Radio switched off');
    const saved = r.perChannel.reduce((x, c) => x + (c.before - c.after), 0);
    expect(saved).toBeGreaterThan(0);
    expect(a.reply).toMatch(/Saves £[\d.,]+[KM]? of spend for £[\d.,]+[KM]? less revenue: about £[\d.]+ of revenue per £1 cut\./);
    expect(hasNumber(a.reply, saved)).toBe(true);
    const q = 'What if we reduce radio?';
    expect(scenarioInput({ question: q, entities: extractEntities(q) }).problem).toContain('Tell me the change');
    const c = 'What if we cut radio by 20%?';
    expect(scenarioInput({ question: c, entities: extractEntities(c) }).input).toEqual({ changes: { radio: -0.2 } });
  });
});

describe('budget advice and extra money in words', () => {
  const kind = (q: string) => classify(q, extractEntities(q)).kind;
  it('routes budget advice to the optimiser and keeps named what-ifs as scenarios', () => {
    for (const q of ['Which channel should get more budget?', 'Where should we put an extra 500K?', 'We have 1M more to spend next quarter, where should it go?', 'Which channels should we cut?', 'Where does the next pound work hardest?']) {
      expect(kind(q), q).toBe('mmm_optimize');
    }
    expect(kind('What if we cut radio?')).toBe('mmm_scenario');
    expect(kind('What if we put 500K more into TikTok?')).toBe('mmm_scenario');
    expect(kind('Which channel has the best ROI?')).toBe('mmm_roi');
  });

  it('tells an extra amount from a total budget', () => {
    expect(isExtraAmount('where should an extra 500K go?')).toBe(true);
    expect(isExtraAmount('we have 1M more to spend')).toBe(true);
    expect(isExtraAmount('another £250k on top')).toBe(true);
    expect(isExtraAmount('optimise 2M over 13 weeks')).toBe(false);
  });

  it('weighs a cut or an increase against the money, and a move by revenue alone', () => {
    const ch = (before: number, after: number) => ({ channel: 'radio', before, after, deltaRevenue: 0 });
    const cut = spendVerdict({ perChannel: [ch(1e6, 0)], deltaRevenue: { estimate: -2e5, low: -4e5, high: 0 } }, true, false);
    expect(cut[0]).toBe('Saves £1.00M of spend for £200K less revenue: about £0.20 of revenue per £1 cut.');
    expect(cut[1]).toMatch(/returned less revenue than it cost/);
    const dear = spendVerdict({ perChannel: [ch(1e6, 0)], deltaRevenue: { estimate: -3e6, low: -4e6, high: -2e6 } }, false, false);
    expect(dear[1]).toMatch(/loses more revenue than it saves/);
    const add = spendVerdict({ perChannel: [ch(1e6, 1.2e6)], deltaRevenue: { estimate: 3e5, low: 1e5, high: 5e5 } }, false, true);
    expect(add).toEqual(['Adds £200K of spend for £300K more revenue: about £1.50 per extra £1.']);
    const move = spendVerdict({ perChannel: [ch(1e6, 0.9e6), { ...ch(5e5, 6e5), channel: 'meta' }], deltaRevenue: { estimate: 5e4, low: 1e4, high: 9e4 } }, false, true);
    expect(move[0]).toMatch(/^The model expects this to help/);
  });
});
