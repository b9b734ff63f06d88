/**
 * A media buyer's metrics on the generated brand dataset: cost per GRP, cost per thousand impacts and OOH
 * sites by supplier (broadcaster, station group, OOH supplier, publisher), with the expected values summed
 * here straight from the CSV rows.
 */
import { describe, expect, it } from 'vitest';
import { MixError } from '../../src/errors.js';
import { createMetricsEngine } from '../../src/rag/index.js';
import { rows } from '../../eval/agents/csv.js';
import { TEST_DATA_DIR } from '../helpers/test-data.js';

const engine = createMetricsEngine(TEST_DATA_DIR);
const csv = (file: string) => rows(TEST_DATA_DIR, `raw/${file}`);

/** Sums of `cols` per value of `key`, over rows passing `keep`. */
function sumsBy(file: string, key: string, cols: string[], keep: (r: Record<string, string>) => boolean = () => true): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const r of csv(file).filter(keep)) {
    const g = out.get(r[key]!) ?? Object.fromEntries(cols.map((c) => [c, 0]));
    for (const c of cols) g[c]! += Number(r[c]);
    out.set(r[key]!, g);
  }
  return out;
}

const byGroup = (r: { rows: { group: string; value: number }[] }) => Object.fromEntries(r.rows.map((x) => [x.group, x.value]));

describe('traditional media buying metrics', () => {
  it('cost per GRP by broadcaster is spend ÷ delivered GRPs, leaving out spend that bought no GRPs (VOD)', () => {
    const withGrps = (r: Record<string, string>) => Number(r.delivered_grps) > 0;
    const expected = sumsBy('tv_airtime.csv', 'broadcaster', ['spend_gbp', 'delivered_grps'], withGrps);
    const r = engine.queryMetrics({ metric: 'cost_per_grp', channel: 'tv', groupBy: 'supplier' });
    expect(r.unit).toBe('GBP');
    expect(r.groupColumns).toEqual(['broadcaster']);
    const got = byGroup(r);
    expect(Object.keys(got).sort()).toEqual([...expected.keys()].sort());
    for (const [b, s] of expected) expect(got[b], b).toBeCloseTo(s.spend_gbp! / s.delivered_grps!, 6);
    const all = [...expected.values()].reduce((a, s) => ({ spend: a.spend + s.spend_gbp!, grps: a.grps + s.delivered_grps! }), { spend: 0, grps: 0 });
    expect(r.value).toBeCloseTo(all.spend / all.grps, 6);
    // The VOD spend is said, not silently dropped; and why delivered rather than contracted GRPs.
    const vod = csv('tv_airtime.csv').filter((x) => !withGrps(x) && Number(x.spend_gbp) > 0);
    expect(vod.length).toBeGreaterThan(0);
    expect(r.notes?.join(' ')).toContain(`Left out ${vod.length} rows of raw/tv_airtime.csv`);
    expect(r.notes?.join(' ')).toMatch(/delivered GRPs, not contracted/);
  });

  it('radio cost per GRP by station group and TV + radio by supplier, naming each file’s column', () => {
    const radio = sumsBy('radio_airtime.csv', 'station_group', ['spend_gbp', 'grps']);
    const r = engine.queryMetrics({ metric: 'cost_per_grp', groupBy: 'supplier' });
    const got = byGroup(r);
    for (const [g, s] of radio) expect(got[g], g).toBeCloseTo(s.spend_gbp! / s.grps!, 6);
    expect(r.groupColumns?.sort()).toEqual(['broadcaster', 'station_group']);
    expect(r.notes?.join(' ')).toMatch(/Supplier means the .*station group for Radio.*broadcaster for TV/);
  });

  it('print spend by publisher and radio spend by station group in 2025', () => {
    const pub = sumsBy('print_insertions.csv', 'publisher', ['spend_gbp']);
    const print = engine.queryMetrics({ metric: 'spend', channel: 'print', groupBy: 'supplier' });
    expect(print.groupColumns).toEqual(['publisher']);
    expect(Object.keys(byGroup(print)).sort()).toEqual([...pub.keys()].sort());
    for (const [p, s] of pub) expect(byGroup(print)[p], p).toBeCloseTo(s.spend_gbp!, 2);

    const in2025 = (x: Record<string, string>) => x.week_start! >= '2025-01-01' && x.week_start! <= '2025-12-31';
    const stations = sumsBy('radio_airtime.csv', 'station_group', ['spend_gbp'], in2025);
    const radio = engine.queryMetrics({ metric: 'spend', channel: 'radio', groupBy: 'supplier', from: '2025-01-01', to: '2025-12-31' });
    for (const [g, s] of stations) expect(byGroup(radio)[g], g).toBeCloseTo(s.spend_gbp!, 2);
  });

  it('OOH sites booked and posted by supplier', () => {
    const sites = sumsBy('ooh_sites.csv', 'supplier', ['sites_booked', 'sites_posted']);
    const booked = byGroup(engine.queryMetrics({ metric: 'sites_booked', groupBy: 'supplier' }));
    const posted = byGroup(engine.queryMetrics({ metric: 'sites_posted', channel: 'ooh', groupBy: 'supplier' }));
    for (const [g, s] of sites) {
      expect(booked[g], g).toBe(s.sites_booked);
      expect(posted[g], g).toBe(s.sites_posted);
    }
  });

  it('cost per thousand impacts reads impacts_000 as thousands and OOH impacts as a count; CPM stays digital', () => {
    const tv = sumsBy('tv_airtime.csv', 'broadcaster', ['spend_gbp', 'impacts_000']);
    const ooh = sumsBy('ooh_sites.csv', 'supplier', ['spend_gbp', 'impacts']);
    const r = byGroup(engine.queryMetrics({ metric: 'cpt', groupBy: 'supplier' }));
    for (const [g, s] of tv) expect(r[g], g).toBeCloseTo((s.spend_gbp! / (s.impacts_000! * 1000)) * 1000, 6);
    for (const [g, s] of ooh) expect(r[g], g).toBeCloseTo((s.spend_gbp! / s.impacts!) * 1000, 6);
    const cpm = engine.queryMetrics({ metric: 'cpm', groupBy: 'channel' });
    expect(cpm.rows.map((x) => x.group)).not.toContain('tv');
  });

  it('explains that digital files record no supplier', () => {
    let err: unknown;
    try {
      engine.queryMetrics({ metric: 'spend', channel: 'meta', groupBy: 'supplier' });
    } catch (e) {
      err = e;
    }
    expect(MixError.is(err) && err.userMessage).toMatch(/only for traditional media/);
    const all = engine.queryMetrics({ metric: 'spend', groupBy: 'supplier' });
    expect(all.notes?.join(' ')).toMatch(/Left out .*Meta.*: no supplier column/);
  });
});
