/** Sales regions named in a question ("cars sold in London"): read, kept on follow-ups and used as a filter. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MixAnalyst } from '../../src/agents/index.js';
import { extractEntities } from '../../src/agents/entities/extract.js';
import { findRegions } from '../../src/agents/entities/regions.js';
import { hasNumber } from '../../eval/agents/check.js';
import { rows } from '../../eval/agents/csv.js';
import { offlineAnalyst } from './helpers/offline-analyst.js';

describe('reading regions', () => {
  it.each([
    ['How many cars did we sell in London in H2 2024?', ['london']],
    ['leads in the north-west', ['north_west']],
    ['test drives in North East & Yorkshire', ['north_east']],
    ['Scotland vs Wales test drives', ['scotland', 'south_west']],
    ['cars sold by region', []],
    ['reading the Meta report', []],
  ])('%s', (q, ids) => {
    expect(findRegions(q)).toEqual(ids);
    expect(extractEntities(q).regions ?? []).toEqual(ids);
  });
});

describe('region filters on the test dataset', () => {
  let dataDir: string;
  let analyst: MixAnalyst;

  beforeAll(async () => {
    ({ dataDir, analyst } = await offlineAnalyst());
  }, 240_000);

  const units = (region: string, from: string, to: string) =>
    rows(dataDir, 'raw/vehicle_sales.csv')
      .filter((r) => r.region === region && r.date! >= from && r.date! <= to)
      .reduce((s, r) => s + Number(r.units_sold), 0);

  it('answers cars sold in a region for that region only, and a follow-up swaps the region', async () => {
    const a = await analyst.ask('How many cars did we sell in London in H2 2024?', { sessionKey: 'rg:1' });
    const all = rows(dataDir, 'raw/vehicle_sales.csv').filter((r) => r.date! >= '2024-07-01' && r.date! <= '2024-12-31').reduce((s, r) => s + Number(r.units_sold), 0);
    expect(a.reply).toMatch(/London cars sold in H2 2024/);
    expect(hasNumber(a.reply, units('london', '2024-07-01', '2024-12-31'), 0)).toBe(true);
    expect(hasNumber(a.reply, all, 0)).toBe(false);
    const b = await analyst.ask('and for Scotland?', { sessionKey: 'rg:1' });
    expect(b.reply).toMatch(/Scotland cars sold in H2 2024/);
    expect(hasNumber(b.reply, units('scotland', '2024-07-01', '2024-12-31'), 0)).toBe(true);
  });

  it('says media spend has no region instead of a cost per lead from the events file alone', async () => {
    const a = await analyst.ask('cost per lead in Scotland in 2025', { sessionKey: 'rg:2' });
    expect(a.reply).toMatch(/spend data is not broken down by region/);
    expect(a.reply).not.toMatch(/Scotland cost per lead in 2025: £/);
  });
});
