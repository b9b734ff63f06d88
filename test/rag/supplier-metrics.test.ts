/**
 * Figures for one named media owner or ad format: the engine's supplier filter (full names as in the CSVs, their
 * first words as people say them, any case) and format filter, and the spots, invoiced and cost-per-site measures,
 * with the expected values summed here straight from the CSV rows.
 */
import { describe, expect, it } from 'vitest';
import type { MixError } from '../../src/errors.js';
import { createMetricsEngine } from '../../src/rag/index.js';
import { matchSuppliers, supplierMentions } from '../../src/rag/metrics/suppliers.js';
import { formatMentions } from '../../src/rag/metrics/formats.js';
import { rows } from '../../eval/agents/csv.js';
import { TEST_DATA_DIR } from '../helpers/test-data.js';

const engine = createMetricsEngine(TEST_DATA_DIR);
const csv = (file: string) => rows(TEST_DATA_DIR, `raw/${file}`);
const sum = (rs: Record<string, string>[], col: string) => rs.reduce((s, r) => s + Number(r[col]), 0);

describe('supplier names as people say them', () => {
  const names = ['Albion Broadcasting Group', 'Skyline Satellite Media', 'Albion Player', 'Metro Outdoor Media Ltd', 'Talk Britain Radio'];

  it('matches the full name, its first words and the contract party, any case', () => {
    expect(matchSuppliers('albion', names)).toEqual(['Albion Broadcasting Group', 'Albion Player']);
    expect(matchSuppliers('Albion Player', names)).toEqual(['Albion Player']);
    expect(matchSuppliers('Albion Broadcasting Group plc', names)).toEqual(['Albion Broadcasting Group']);
    expect(matchSuppliers('METRO OUTDOOR', names)).toEqual(['Metro Outdoor Media Ltd']);
    expect(matchSuppliers('Metro Outdoor Media', names)).toEqual(['Metro Outdoor Media Ltd']);
    expect(matchSuppliers('Alb', names)).toEqual([]);
    expect(matchSuppliers('Outdoor', names)).toEqual([]);
  });

  it('finds the suppliers a question names, the longest form first, and not ordinary words on their own', () => {
    expect(supplierMentions('compare albion and skyline on cpp', names)).toEqual(['Albion', 'Skyline']);
    expect(supplierMentions('spend on albion player in 2025', names)).toEqual(['Albion Player']);
    expect(supplierMentions('what did metro outdoor invoice', names)).toEqual(['Metro Outdoor']);
    expect(supplierMentions('talk me through radio spend', names)).toEqual([]);
    expect(supplierMentions('talk britain spots', names)).toEqual(['Talk Britain']);
  });

  it('finds OOH and print formats as said, leaving out shared short forms', () => {
    const formats = ['roadside_48_sheet', 'digital_6_sheet', 'rail_6_sheet', 'bus_t_side', 'full_page'];
    expect(formatMentions('rate per site for roadside 48 sheets', formats)).toEqual(['roadside_48_sheet']);
    expect(formatMentions('48-sheet spend', formats)).toEqual(['roadside_48_sheet']);
    expect(formatMentions('6 sheets', formats)).toEqual([]);
    expect(formatMentions('full page ads', formats)).toEqual(['full_page']);
  });
});

describe('metrics for one supplier', () => {
  const tv = csv('tv_airtime.csv');

  it('cost per GRP for "Albion" is its broadcaster\'s spend ÷ delivered GRPs (its VOD bought no GRPs)', () => {
    const mine = tv.filter((r) => r.broadcaster!.startsWith('Albion ') && Number(r.delivered_grps) > 0);
    const r = engine.queryMetrics({ metric: 'cost_per_grp', suppliers: ['Albion'] });
    expect(r.value).toBeCloseTo(sum(mine, 'spend_gbp') / sum(mine, 'delivered_grps'), 6);
    expect(r.suppliers).toEqual(['Albion Broadcasting Group']);
    expect(r.sources.map((s) => s.file)).toEqual(['raw/tv_airtime.csv']);
    expect(r.notes?.some((n) => /"Albion" covers Albion Broadcasting Group and Albion Player/.test(n))).toBe(true);
  });

  it('two suppliers grouped by supplier compare them, one row each', () => {
    const r = engine.queryMetrics({ metric: 'cost_per_grp', suppliers: ['albion', 'SKYLINE'], groupBy: 'supplier' });
    const got = Object.fromEntries(r.rows.map((x) => [x.group, x.value]));
    for (const b of ['Albion Broadcasting Group', 'Skyline Satellite Media']) {
      const mine = tv.filter((x) => x.broadcaster === b);
      expect(got[b], b).toBeCloseTo(sum(mine, 'spend_gbp') / sum(mine, 'delivered_grps'), 6);
    }
    expect(Object.keys(got).sort()).toEqual(['Albion Broadcasting Group', 'Skyline Satellite Media']);
  });

  it('spots bought on Skyline in Q2 2025 sum the spots column of its weeks', () => {
    const mine = tv.filter((x) => x.broadcaster === 'Skyline Satellite Media' && x.week_start! >= '2025-04-01' && x.week_start! <= '2025-06-30');
    const r = engine.queryMetrics({ metric: 'spots', suppliers: ['Skyline'], from: '2025-04-01', to: '2025-06-30' });
    expect(r.value).toBe(sum(mine, 'spots'));
    expect(r.value).toBeGreaterThan(0);
  });

  it('what Metro Outdoor invoiced in 2025 sums invoiced_gbp, not the spend booked', () => {
    const mine = csv('ooh_sites.csv').filter((x) => x.supplier === 'Metro Outdoor Media Ltd' && x.cycle_start! >= '2025-01-01' && x.cycle_start! <= '2025-12-31');
    const r = engine.queryMetrics({ metric: 'invoiced', suppliers: ['Metro Outdoor'], from: '2025-01-01', to: '2025-12-31' });
    expect(r.value).toBeCloseTo(sum(mine, 'invoiced_gbp'), 2);
    expect(r.value).not.toBeCloseTo(sum(mine, 'spend_gbp'), 0);
  });

  it('cost per site is spend ÷ sites booked, by supplier and for one format', () => {
    const ooh = csv('ooh_sites.csv');
    const r = engine.queryMetrics({ metric: 'cost_per_site', groupBy: 'supplier' });
    for (const row of r.rows) {
      const mine = ooh.filter((x) => x.supplier === row.group);
      expect(row.value, row.group).toBeCloseTo(sum(mine, 'spend_gbp') / sum(mine, 'sites_booked'), 6);
    }
    expect(r.rows).toHaveLength(new Set(ooh.map((x) => x.supplier)).size);
    const roadside = ooh.filter((x) => x.format === 'roadside_48_sheet');
    const f = engine.queryMetrics({ metric: 'cost_per_site', format: 'roadside 48 sheets' });
    expect(f.value).toBeCloseTo(sum(roadside, 'spend_gbp') / sum(roadside, 'sites_booked'), 6);
    // One format is not a blend; several are.
    expect(f.notes ?? []).not.toContainEqual(expect.stringMatching(/blend/i));
    expect(r.notes ?? []).toContainEqual(expect.stringMatching(/blend/i));
  });

  it('an unknown supplier, or a measure the supplier does not record, is said plainly', () => {
    const err = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e as MixError;
      }
      throw new Error('no error');
    };
    const unknown = err(() => engine.queryMetrics({ metric: 'spend', suppliers: ['Acme Billboards'] }));
    expect(unknown.code).toBe('NOT_FOUND');
    expect(unknown.userMessage).toMatch(/Albion Broadcasting Group/);
    const noSpots = err(() => engine.queryMetrics({ metric: 'spots', suppliers: ['Metro Outdoor'] }));
    expect(noSpots.code).toBe('NOT_FOUND');
    expect(noSpots.userMessage).toMatch(/spots .*TV, Radio|spots .*Radio, TV|TV and radio/i);
  });
});
