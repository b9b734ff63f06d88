import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/agents/entities/extract.js';
import { osaDistance, fuzzyPick } from '../../src/agents/entities/fuzzy.js';
import { findMoneyAmounts, parseFraction, parseMoney } from '../../src/agents/entities/numbers.js';
import { extractPeriod } from '../../src/agents/entities/periods.js';

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
    ['between 2024-03-04 and 2024-05-26', '2024-03-04', '2024-05-26', '2024-03-04 to 2024-05-26'],
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
