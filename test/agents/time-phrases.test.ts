/** How questions name time: reversed ranges, rolling windows, seasons, UK dates, weeks, fiscal years, launches, month typos. */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/agents/entities/extract.js';
import { extractPeriod } from '../../src/agents/entities/periods.js';

const ctx = { start: '2024-01-01', end: '2025-12-28' };

describe('time phrases', () => {
  it.each([
    // A range written the wrong way round is the same span, in order.
    ['Meta spend from 2025 to 2024', '2024-01-01', '2025-12-28'],
    ['leads from Q3 2025 to Q1 2025', '2025-01-01', '2025-09-30'],
    ['spend from 31/05/2025 to 01/03/2025', '2025-03-01', '2025-05-31'],
    // Rolling windows end on the data's last day (28 Dec 2025), not today.
    ['Meta CTR in the last 3 months', '2025-09-29', '2025-12-28'],
    ['leads in the past 8 weeks', '2025-11-03', '2025-12-28'],
    ['cars sold over the last six months', '2025-06-29', '2025-12-28'],
    ['spend in the previous quarter', '2025-07-01', '2025-09-30'],
    // Seasons: meteorological, the latest whole one when no year is said.
    ['spend over the summer', '2025-06-01', '2025-08-31'],
    ['leads in spring 2024', '2024-03-01', '2024-05-31'],
    ['TV spend in winter', '2024-12-01', '2025-02-28'],
    // Day-level dates: UK day/month order, written out, and the Monday-to-Sunday week a day falls in.
    ['TikTok spend on 03/04/2025', '2025-04-03', '2025-04-03'],
    ['Meta spend in the week of 3 March 2025', '2025-03-03', '2025-03-09'],
    ['Google CTR w/c 12/03/2025', '2025-03-10', '2025-03-16'],
    ['leads between 1/3/2025 and 31/5/2025', '2025-03-01', '2025-05-31'],
    // Fiscal years are read as calendar years (none is configured).
    ['spend in FY24', '2024-01-01', '2024-12-31'],
    ['revenue for financial year 24', '2024-01-01', '2024-12-31'],
    // Launches come from the catalogue.
    ['cars sold since the Vento launch', '2024-04-15', '2025-12-28'],
  ])('%s → %s to %s', (text, from, to) => {
    expect(extractPeriod(text, ctx)).toMatchObject({ from, to });
  });

  it('says how a phrase was read when it could have been meant otherwise', () => {
    expect(extractPeriod('spend in FY2025', ctx)?.note).toMatch(/calendar year 2025/);
    expect(extractPeriod('TikTok spend on 03/04/2025', ctx)?.note).toMatch(/3 Apr 2025 \(day\/month/);
    expect(extractPeriod('leads in the last 3 months', ctx)?.note).toMatch(/28 Dec 2025, the last day in the data/);
    expect(extractPeriod('leads in the last 3 months', ctx)?.label).toBe('the last 3 months (29 Sep – 28 Dec 2025)');
    expect(extractPeriod('Meta spend w/c 5 March 2025', ctx)?.note).toMatch(/not a Monday/);
    expect(extractPeriod('Lumen leads since launch', ctx)?.note).toMatch(/launched on 3 Mar 2025/);
  });

  it('reads month names with typos and says so', () => {
    for (const [typed, from] of [['Febuary 2025', '2025-02-01'], ['Septmber 2024', '2024-09-01'], ['Decmber 2024', '2024-12-01'], ['Janaury 2025', '2025-01-01']] as const) {
      const e = extractEntities(`Google clicks in ${typed}`);
      expect(e.period?.from).toBe(from);
      expect(e.corrections.map(([t]) => t)).toContain(typed.split(' ')[0]!.toLowerCase());
    }
    expect(extractEntities('show me the match rate').period).toBeUndefined();
  });
});
