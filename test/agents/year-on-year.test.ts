/** Year on year, ranges and two sides × two periods: the parsers. */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/agents/entities/extract.js';
import { extractComparedPeriods } from '../../src/agents/entities/period-compare.js';
import { extractPeriod } from '../../src/agents/entities/periods.js';
import { extractYearOnYear, sameTimeYearBefore } from '../../src/agents/entities/year-on-year.js';

const ctx = { start: '2024-01-01', end: '2025-12-28' };
const span = (text: string) => extractComparedPeriods(text, ctx)?.map((p) => [p.from, p.to, p.label]);
const Y2024 = ['2024-01-01', '2024-12-31', '2024'];
const Y2025 = ['2025-01-01', '2025-12-28', '2025'];

describe('year on year', () => {
  it.each([
    ['Meta spend YoY', [Y2024, Y2025]],
    ['year on year leads', [Y2024, Y2025]],
    ['leads year-over-year', [Y2024, Y2025]],
    ['TV GRPs vs last year', [Y2024, Y2025]],
    ['TV GRPs compared with the previous year', [Y2024, Y2025]],
    ['how did Q3 2025 compare with the same quarter last year?', [['2024-07-01', '2024-09-30', 'Q3 2024'], ['2025-07-01', '2025-09-30', 'Q3 2025']]],
    ['March 2025 leads vs the same month a year earlier', [['2024-03-01', '2024-03-31', 'March 2024'], ['2025-03-01', '2025-03-31', 'March 2025']]],
    ['February 2025 spend yoy', [['2024-02-01', '2024-02-29', 'February 2024'], ['2025-02-01', '2025-02-28', 'February 2025']]],
    ['Q4 leads YoY', [['2024-10-01', '2024-12-31', 'Q4 2024'], ['2025-10-01', '2025-12-28', 'Q4 2025']]],
  ])('%s → the period against the same one a year earlier', (text, expected) => {
    expect(span(text)).toEqual(expected);
  });

  it('keeps explicit comparisons as they were', () => {
    expect(span('spend this year vs last year')).toEqual([Y2024, ['2025-01-01', '2025-12-28', '2025 to date']]);
    expect(span('spend in 2025 vs the year before')?.map((p) => p[0])).toEqual(['2024-01-01', '2025-01-01']);
    expect(span('Q3 2025 vs Q3 2024 yoy')?.map((p) => p[2])).toEqual(['Q3 2024', 'Q3 2025']);
  });

  it('flags a year before the data', () => {
    const [a, b] = extractYearOnYear('spend in 2024 yoy', ctx)!;
    expect(a).toMatchObject({ label: '2023', outsideData: true });
    expect(b.label).toBe('2024');
  });

  it('takes a calendar period cut short by the data whole a year earlier', () => {
    expect(sameTimeYearBefore({ from: '2025-12-01', to: '2025-12-28', label: 'December 2025' }, ctx)).toEqual({ from: '2024-12-01', to: '2024-12-31', label: 'December 2024' });
    expect(sameTimeYearBefore({ from: '2025-01-01', to: '2025-12-28', label: '2025 to date' }, ctx)).toEqual({ from: '2024-01-01', to: '2024-12-28', label: '2024 to date' });
  });

  it.each(['Meta spend in 2025', 'what did we spend last year?', 'spend by year', 'Meta vs TikTok spend in 2025', 'how much did we spend this year'])('compares no periods in %j', (text) => {
    expect(extractComparedPeriods(text, ctx)).toBeUndefined();
  });
});

describe('ranges', () => {
  const range = (text: string) => {
    const p = extractPeriod(text, ctx);
    return p && [p.from, p.to, p.label];
  };

  it.each([
    ['spend from 2024 to 2025', ['2024-01-01', '2025-12-28', '2024 – 2025']],
    ['leads between March and June 2025', ['2025-03-01', '2025-06-30', 'March – June 2025']],
    ['spend from March to June 2024', ['2024-03-01', '2024-06-30', 'March – June 2024']],
    ['Meta CTR from Q1 to Q3 2025', ['2025-01-01', '2025-09-30', 'Q1 – Q3 2025']],
    ['leads from November to February 2025', ['2024-11-01', '2025-02-28', 'November 2024 – February 2025']],
    ['spend from June 2024 until March 2025', ['2024-06-01', '2025-03-31', 'June 2024 – March 2025']],
  ])('%s → one period', (text, expected) => {
    expect(range(text)).toEqual(expected);
  });

  it('is one period, not a comparison', () => {
    const e = extractEntities('leads between March and June 2025');
    expect(e.comparePeriods).toBeUndefined();
    expect(e.period?.label).toBe('March – June 2025');
    expect(extractEntities('spend from 2024 to 2025').comparePeriods).toBeUndefined();
  });

  it.each([
    ['move 500K from TV to Meta in Q3', 'Q3 2025'],
    ['leads from paid social in 2025', '2025'],
    ['between 2024-03-04 and 2024-05-26', '4 Mar – 26 May 2024'],
  ])('leaves %j as it was', (text, label) => {
    expect(extractPeriod(text, ctx)?.label).toBe(label);
  });
});

describe('two sides and two periods', () => {
  it('keeps both regions and both periods', () => {
    const e = extractEntities('London vs Scotland leads 2024 vs 2025');
    expect(e.regions).toEqual(['london', 'scotland']);
    expect(e.comparePeriods?.map((p) => p.label)).toEqual(['2024', '2025']);
  });

  it('keeps both channels and both periods', () => {
    const e = extractEntities('Meta vs TikTok CTR 2024 vs 2025');
    expect(e.channels).toEqual(['meta', 'tiktok']);
    expect(e.comparePeriods?.map((p) => p.label)).toEqual(['2024', '2025']);
  });
});
