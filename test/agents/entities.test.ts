import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/agents/entities/extract.js';
import { osaDistance, fuzzyPick } from '../../src/agents/entities/fuzzy.js';
import { findMoneyAmounts, parseFraction, parseMoney } from '../../src/agents/entities/numbers.js';
import { extractPeriod } from '../../src/agents/entities/periods.js';
import { extractComparedPeriods } from '../../src/agents/entities/period-compare.js';
import { findAverage, formatUnits, unitsInPeriod, unitsTouched } from '../../src/agents/entities/averages.js';

const ctx = { start: '2024-01-01', end: '2025-12-28' };

describe('money and fractions', () => {
  it.each([
    ['2.5M', 2_500_000],
    ['£2,500,000', 2_500_000],
    ['500k', 500_000],
    ['2.5 million', 2_500_000],
    ['£1.2m', 1_200_000],
    ['750000', 750_000],
  ])('parses %s', (text, value) => {
    expect(parseMoney(text)).toEqual({ ok: true, value });
  });

  it.each(['-5', 'lots', '', '0', '£-2M', 'two million'])('refuses %j with a reason', (text) => {
    const r = parseMoney(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.length).toBeGreaterThan(5);
  });

  it.each([
    ['0.2', 0.2],
    ['20%', 0.2],
    ['±15 %', 0.15],
    ['+/-30%', 0.3],
    ['25', 0.25],
  ])('parses bound %s', (text, value) => {
    const r = parseFraction(text);
    expect(r.ok && r.value).toBeCloseTo(value, 10);
  });

  it.each(['-0.2', '150%', 'wide'])('refuses bound %s', (text) => expect(parseFraction(text).ok).toBe(false));

  it('finds amounts in text but not years, quarters or ids', () => {
    const found = findMoneyAmounts('move 500K from TV to YouTube in Q3 2025 on dv360 for HM-META-TERRA-24Q2, total £2,000,000');
    expect(found.map((f) => f.value)).toEqual([500_000, 2_000_000]);
    expect(findMoneyAmounts('budget -5')).toEqual([expect.objectContaining({ negative: true, raw: '-5' })]);
  });
});

describe('fuzzy matching', () => {
  it('counts a transposition as one edit', () => {
    expect(osaDistance('tiktko', 'tiktok')).toBe(1);
    expect(osaDistance('instagarm', 'instagram')).toBe(1);
  });
  it('does not match short or distant words', () => {
    expect(fuzzyPick('ratio', ['youtube', 'tiktok'])).toBeUndefined();
    expect(fuzzyPick('submit', ['youtube', 'tiktok', 'linkedin'])).toBeUndefined();
    expect(fuzzyPick('linkdin', ['youtube', 'tiktok', 'linkedin'])).toBe('linkedin');
  });
});

describe('periods', () => {
  it.each([
    ['Meta CPM in March', '2025-03-01', '2025-03-31', 'March 2025'],
    ['in March 2024', '2024-03-01', '2024-03-31', 'March 2024'],
    ['Q3 2024', '2024-07-01', '2024-09-30', 'Q3 2024'],
    ['third quarter of 2024', '2024-07-01', '2024-09-30', 'Q3 2024'],
    ['H1 2025', '2025-01-01', '2025-06-30', 'H1 2025'],
    ['in 2024', '2024-01-01', '2024-12-31', '2024'],
    ['spend in may 2025', '2025-05-01', '2025-05-31', 'May 2025'],
    ['between 2024-03-04 and 2024-05-26', '2024-03-04', '2024-05-26', '4 Mar – 26 May 2024'],
    ['in December 2025', '2025-12-01', '2025-12-28', 'December 2025'],
  ])('%s', (text, from, to, label) => {
    expect(extractPeriod(text, ctx)).toMatchObject({ from, to, label });
  });

  it('reads "may" as a verb unless it looks like a month', () => {
    expect(extractPeriod('may I see TV spend', ctx)).toBeUndefined();
    expect(extractPeriod('TV spend in may', ctx)?.label).toBe('May 2025');
  });

  it('flags periods outside the data', () => {
    expect(extractPeriod('spend in 2019', ctx)).toMatchObject({ outsideData: true, label: '2019' });
  });

  it.each([
    ['spend on tiktok since june', '2025-06-01', '2025-12-28', 'Jun 2025 – Dec 2025'],
    ['leads since May 2024', '2024-05-01', '2025-12-28', 'May 2024 – Dec 2025'],
    ['TV spend from Q2 2025 onwards', '2025-04-01', '2025-12-28', 'Apr 2025 – Dec 2025'],
    ['spend since 2025-06-15', '2025-06-15', '2025-12-28', '15 Jun – 28 Dec 2025'],
    ['Meta since last month', '2025-11-01', '2025-12-28', 'Nov 2025 – Dec 2025'],
  ])('reads "%s" as running to the end of the data', (text, from, to, label) => {
    expect(extractPeriod(text, ctx)).toMatchObject({ from, to, label });
  });

  it('keeps "since" a period that ends with the data, and flags one after it', () => {
    expect(extractPeriod('since December', ctx)).toMatchObject({ from: '2025-12-01', to: '2025-12-28', label: 'December 2025' });
    expect(extractPeriod('spend since June 2026', ctx)?.outsideData).toBe(true);
  });
});

describe('compared periods', () => {
  const span = (text: string) => extractComparedPeriods(text, ctx)?.map((p) => [p.from, p.to, p.label]);

  it.each([
    ['how much did we spend on TV in 2024 vs 2025?', [['2024-01-01', '2024-12-31', '2024'], ['2025-01-01', '2025-12-28', '2025']]],
    ['Meta CPM Q1 vs Q2 2025', [['2025-01-01', '2025-03-31', 'Q1 2025'], ['2025-04-01', '2025-06-30', 'Q2 2025']]],
    ['leads in March vs April 2025', [['2025-03-01', '2025-03-31', 'March 2025'], ['2025-04-01', '2025-04-30', 'April 2025']]],
    ['spend in 2025 compared with 2024', [['2024-01-01', '2024-12-31', '2024'], ['2025-01-01', '2025-12-28', '2025']]],
    ['CTR in Q3 2024 compared to Q3 2025', [['2024-07-01', '2024-09-30', 'Q3 2024'], ['2025-07-01', '2025-09-30', 'Q3 2025']]],
    ['TikTok spend H1 versus H2 2024', [['2024-01-01', '2024-06-30', 'H1 2024'], ['2024-07-01', '2024-12-31', 'H2 2024']]],
    ['spend this year vs last year', [['2024-01-01', '2024-12-31', '2024'], ['2025-01-01', '2025-12-28', '2025 to date']]],
    ['March 2024 v. March 2025', [['2024-03-01', '2024-03-31', 'March 2024'], ['2025-03-01', '2025-03-31', 'March 2025']]],
  ])('%s → both periods, earlier first', (text, expected) => {
    expect(span(text)).toEqual(expected);
  });

  it('takes a year said on one side as said for both', () => {
    const [a, b] = extractComparedPeriods('Q1 vs Q2 2025', ctx)!;
    expect(a.assumedYear).toBeUndefined();
    expect(b.assumedYear).toBeUndefined();
    const [m] = extractComparedPeriods('March vs April', ctx)!;
    expect(m).toMatchObject({ label: 'March 2025', assumedYear: true });
  });

  it.each(['TV vs Meta spend in 2025', 'spend in 2025', 'TV spend in 2025 vs 2025', 'between 2024-03-04 and 2024-05-26'])('compares no periods in %j', (text) => {
    expect(extractComparedPeriods(text, ctx)).toBeUndefined();
  });

  it('gives the entities both periods and the earlier as the period', () => {
    const e = extractEntities('how much did we spend on TV in 2024 vs 2025?');
    expect(e.comparePeriods?.map((p) => p.label)).toEqual(['2024', '2025']);
    expect(e.period?.label).toBe('2024');
    expect(e).toMatchObject({ channels: ['tv'], metrics: ['spend'] });
  });

  it.each([
    ['Meta spend last month vs the month before', '2025-10-01', '2025-11-01'],
    ['leads in Q3 2025 compared to the previous quarter', '2025-04-01', '2025-07-01'],
    ['spend in 2025 vs the year before', '2024-01-01', '2025-01-01'],
    ['January 2025 vs the prior month', '2024-12-01', '2025-01-01'],
  ])('reads "%s" against the period just before', (text, first, second) => {
    expect(extractComparedPeriods(text, ctx)?.map((p) => p.from)).toEqual([first, second]);
  });
});

describe('averages per unit of time', () => {
  it.each([
    ['what is the weekly average spend on youtube?', 'week'],
    ['average monthly leads', 'month'],
    ['avg weekly spend by channel', 'week'],
    ['average spend per day on tiktok', 'day'],
    ['how many leads a quarter on average', 'quarter'],
  ])('%s → per %s', (text, unit) => {
    expect(findAverage(text)?.unit).toBe(unit);
  });

  it('reads no average without the word, and per week (assumed) without a unit of time', () => {
    expect(findAverage('weekly spend on youtube')).toBeUndefined();
    expect(findAverage('average cpm on meta')).toMatchObject({ unit: 'week', assumed: true });
    expect(findAverage('average spend on meta')).toMatchObject({ unit: 'week', assumed: true });
    expect(findAverage('average leads by month')).toMatchObject({ unit: 'month' });
    expect(findAverage('average leads by month')?.assumed).toBeUndefined();
    expect(findAverage('which channels had above average cpm')).toBeUndefined();
    expect(extractEntities('average spend on Meta')).toMatchObject({ average: 'week', averageAssumed: true, channels: ['meta'], metrics: ['spend'] });
  });

  it('divides by the unit instead of grouping by it, and keeps other groupings', () => {
    expect(extractEntities('what is the weekly average spend on YouTube?')).toMatchObject({ average: 'week', channels: ['youtube'], metrics: ['spend'] });
    expect(extractEntities('what is the weekly average spend on YouTube?').groupBy).toBeUndefined();
    expect(extractEntities('avg weekly spend by channel')).toMatchObject({ average: 'week', groupBy: 'channel' });
    expect(extractEntities('average weekly spend by month')).toMatchObject({ average: 'week', groupBy: 'month' });
    expect(extractEntities('weekly spend on YouTube')).toMatchObject({ groupBy: 'week' });
    expect(extractEntities('weekly spend on YouTube').average).toBeUndefined();
  });

  it('counts every calendar unit of a period, part units pro rata', () => {
    expect(unitsInPeriod('2024-01-01', '2025-12-28', 'week')).toBeCloseTo(104, 9);
    expect(unitsInPeriod('2024-01-01', '2024-12-31', 'month')).toBeCloseTo(12, 9);
    expect(unitsInPeriod('2024-01-01', '2024-12-31', 'quarter')).toBeCloseTo(4, 9);
    expect(unitsInPeriod('2025-03-01', '2025-03-31', 'week')).toBeCloseTo(31 / 7, 9);
    expect(unitsInPeriod('2025-12-01', '2025-12-28', 'month')).toBeCloseTo(28 / 31, 9);
    expect(unitsInPeriod('2024-02-01', '2024-02-29', 'day')).toBe(29);
    expect(unitsTouched('2025-03-01', '2025-03-31', 'week')).toBe(6);
    expect(formatUnits(104, 'week')).toBe('104 weeks');
    expect(formatUnits(31 / 7, 'week')).toBe('4.4 weeks');
    expect(formatUnits(1, 'month')).toBe('1 month');
  });
});

describe('extractEntities', () => {
  it('reads channels, metric and period from a lookup', () => {
    const e = extractEntities('What was Meta CPM in March?');
    expect(e).toMatchObject({ channels: ['meta'], metrics: ['cpm'], period: { label: 'March 2025' } });
  });

  it('prefers the longest metric phrase and reads grouping', () => {
    const e = extractEntities('cost per car sold by channel');
    expect(e.metrics).toEqual(['cost_per_sale']);
    expect(e.groupBy).toBe('channel');
  });

  it('keeps channel order for moves and reads the amount', () => {
    const e = extractEntities('what if we move 500K from TV to YouTube?');
    expect(e.channels).toEqual(['tv', 'youtube']);
    expect(e.amounts).toEqual([500_000]);
  });

  it('tolerates typos and synonyms and records corrections', () => {
    const e = extractEntities('show me instagarm creatives for the family SUV and tiktko');
    expect(e.channels).toEqual(['meta', 'tiktok']);
    expect(e.models).toEqual(['terra']);
    expect(e.corrections).toContainEqual(['instagarm', 'instagram']);
  });

  it('reads model nicknames and campaign ids', () => {
    expect(extractEntities('how is the saloon selling?').models).toEqual(['lumen']);
    const e = extractEntities('spend on HM-META-TERRA-24Q2');
    expect(e).toMatchObject({ campaignIds: ['HM-META-TERRA-24Q2'], channels: ['meta'], models: ['terra'] });
    expect(e.period).toBeUndefined();
  });

  it('names channels the brand does not buy', () => {
    expect(extractEntities('what did we spend on Snapchat?').unknownChannels).toEqual(['snapchat']);
  });
});
