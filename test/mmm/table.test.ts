import { describe, expect, it } from 'vitest';
import { MixError } from '../../src/errors.js';
import { inferMapping, parseWeeklyCsv } from '../../src/mmm/table-load.js';
import { tableToCsv } from './csv.js';
import { simulateWeekly } from './simulate.js';

const base = simulateWeekly({ seed: 11, weeks: 60, channels: 3 }).table;
const csv = tableToCsv(base);

function expectMixError(fn: () => unknown, pattern: RegExp): void {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(MixError);
    expect((err as MixError).code).toBe('MMM_INPUT_INVALID');
    expect((err as MixError).userMessage).toMatch(pattern);
    return;
  }
  throw new Error('expected a MixError');
}

/** Replaces one cell (row r is 1-based over data rows, column by name). */
function withCell(text: string, row: number, column: string, value: string): string {
  const lines = text.trim().split('\n');
  const j = lines[0]!.split(',').indexOf(column);
  const cells = lines[row]!.split(',');
  cells[j] = value;
  lines[row] = cells.join(',');
  return lines.join('\n') + '\n';
}

describe('weekly table loading', () => {
  it('infers our model_ready mapping: channels from *_spend, competitor spend as a control, units valued at avg_price', () => {
    const header = 'week_start,tv_spend,meta_spend,units_sold,revenue,avg_price,promo_depth,competitor_spend'.split(',');
    const m = inferMapping(header);
    expect(m.media).toEqual({ tv: 'tv_spend', meta: 'meta_spend' });
    expect(m.controls).toEqual(['promo_depth', 'competitor_spend']);
    expect(m.target).toBe('units');
    expect(m.price).toBe('avg_price');
  });

  it('reads any weekly table with an explicit mapping (other names, revenue target)', () => {
    const renamed = csv.replace('week_start', 'wk').replace('tv_spend', 'telly').replace('units_sold', 'cars');
    const t = parseWeeklyCsv(renamed, { date: 'wk', media: { tv: 'telly', ooh: 'ooh_spend', youtube: 'youtube_spend' }, units: 'cars', target: 'revenue' });
    expect(t.channels).toEqual(['tv', 'ooh', 'youtube']);
    expect(t.kpiName).toBe('revenue');
    expect(t.valuePerKpi.every((v) => v === 1)).toBe(true);
    expect(t.weeks).toHaveLength(60);
  });

  it('rejects too few weeks, constant columns, missing values, negative spend and unordered weeks', () => {
    const short = csv.trim().split('\n').slice(0, 31).join('\n');
    expectMixError(() => parseWeeklyCsv(short), /only 30 weeks/);
    const lines = csv.trim().split('\n');
    const j = lines[0]!.split(',').indexOf('ooh_spend');
    const constant = [lines[0], ...lines.slice(1).map((l) => l.split(',').map((c, k) => (k === j ? '500' : c)).join(','))].join('\n');
    expectMixError(() => parseWeeklyCsv(constant), /ooh spend never changes/);
    expectMixError(() => parseWeeklyCsv(withCell(csv, 5, 'units_sold', '')), /missing value in row 6/);
    expectMixError(() => parseWeeklyCsv(withCell(csv, 7, 'tv_spend', '-10')), /negative spend/);
    expectMixError(() => parseWeeklyCsv(withCell(csv, 3, 'youtube_spend', 'abc')), /non-numeric/);
    expectMixError(() => parseWeeklyCsv(withCell(csv, 3, 'week_start', '2024-01-01')), /appears twice|ascending/);
    expectMixError(() => parseWeeklyCsv('a,b\n1,2\n'), /week column/);
  });
});
