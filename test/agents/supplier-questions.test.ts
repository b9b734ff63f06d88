/**
 * A named media owner with a metric word is that owner's figure ("What CPP are we paying Albion?"), not a contract
 * clause; contract questions naming one still go to the contracts. Expected figures are summed here from the CSVs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MixAnalyst } from '../../src/agents/index.js';
import { extractEntities } from '../../src/agents/entities/extract.js';
import { classify } from '../../src/agents/intent/classify.js';
import { hasNumber } from '../../eval/agents/check.js';
import { rows } from '../../eval/agents/csv.js';
import { offlineAnalyst } from './helpers/offline-analyst.js';
import { lineOf } from './helpers/reply-lines.js';

const PARTIES = { contractParties: ['albion', 'albion player', 'skyline', 'metro outdoor', 'metro', 'transitads', 'meridian', 'crestline'] };
const kind = (q: string) => classify(q, extractEntities(q), PARTIES).kind;

describe('routing questions that name a media owner', () => {
  it.each([
    'What CPP are we paying Albion?',
    'How much did Metro Outdoor invoice us in 2025?',
    'How many spots did we buy on Skyline in Q2 2025?',
    'Compare Albion and Skyline on cost per GRP',
    'Which OOH supplier is cheaper per site?',
    'Rate per site for roadside 48 sheets',
  ])('%s is a metric question', (q) => {
    expect(kind(q)).toBe('metric_lookup');
  });

  it.each([
    "what's our cancellation notice with Albion?",
    'what does the Metro Outdoor contract say about unposted sites?',
    'What are the payment terms with Skyline?',
    'What rate did we agree with Albion?',
  ])('%s is a contract question', (q) => {
    expect(kind(q)).toBe('contract');
  });
});

describe('offline analyst answers for one media owner', () => {
  let dataDir: string;
  let analyst: MixAnalyst;

  beforeAll(async () => {
    ({ dataDir, analyst } = await offlineAnalyst());
  }, 240_000);

  const csv = (file: string) => rows(dataDir, `raw/${file}`);
  const sum = (rs: Record<string, string>[], col: string) => rs.reduce((s, r) => s + Number(r[col]), 0);

  it("gives Albion's cost per GRP", async () => {
    const mine = csv('tv_airtime.csv').filter((r) => r.broadcaster === 'Albion Broadcasting Group');
    const a = await analyst.ask('What CPP are we paying Albion?', { sessionKey: 's:cpp' });
    const head = a.reply.split('\n').find((l) => l.startsWith('*Albion cost per GRP')) ?? '';
    expect(hasNumber(head, sum(mine, 'spend_gbp') / sum(mine, 'delivered_grps'), 0.001)).toBe(true);
    expect(a.reply).not.toMatch(/clause/i);
  });

  it('sets Albion and Skyline side by side on cost per GRP', async () => {
    const a = await analyst.ask('Compare Albion and Skyline on cost per GRP', { sessionKey: 's:cmp' });
    for (const b of ['Albion Broadcasting Group', 'Skyline Satellite Media']) {
      const mine = csv('tv_airtime.csv').filter((r) => r.broadcaster === b);
      expect(hasNumber(lineOf(a.reply, b), sum(mine, 'spend_gbp') / sum(mine, 'delivered_grps'), 0.001), b).toBe(true);
    }
  });

  it("sums Metro Outdoor's 2025 invoices and sets them against the spend booked", async () => {
    const mine = csv('ooh_sites.csv').filter((r) => r.supplier === 'Metro Outdoor Media Ltd' && r.cycle_start! >= '2025-01-01' && r.cycle_start! <= '2025-12-31');
    const a = await analyst.ask('How much did Metro Outdoor invoice us in 2025?', { sessionKey: 's:inv' });
    const head = a.reply.split('\n').find((l) => /amount invoiced/.test(l)) ?? '';
    expect(hasNumber(head, sum(mine, 'invoiced_gbp'), 0.005)).toBe(true);
    expect(hasNumber(a.reply, sum(mine, 'invoiced_gbp') - sum(mine, 'spend_gbp'), 0)).toBe(true);
  });

  it('counts the spots bought on Skyline in Q2 2025', async () => {
    const mine = csv('tv_airtime.csv').filter((r) => r.broadcaster === 'Skyline Satellite Media' && r.week_start! >= '2025-04-01' && r.week_start! <= '2025-06-30');
    const a = await analyst.ask('How many spots did we buy on Skyline in Q2 2025?', { sessionKey: 's:spots' });
    const head = a.reply.split('\n').find((l) => l.startsWith('*Skyline spots')) ?? '';
    expect(hasNumber(head, sum(mine, 'spots'), 0)).toBe(true);
  });

  it('gives the cost per site by OOH supplier and for roadside 48-sheets', async () => {
    const ooh = csv('ooh_sites.csv');
    const a = await analyst.ask('Which OOH supplier is cheaper per site?', { sessionKey: 's:site' });
    for (const s of new Set(ooh.map((r) => r.supplier!))) {
      const mine = ooh.filter((r) => r.supplier === s);
      expect(hasNumber(lineOf(a.reply, s), sum(mine, 'spend_gbp') / sum(mine, 'sites_booked'), 0.002), s).toBe(true);
    }
    const roadside = ooh.filter((r) => r.format === 'roadside_48_sheet');
    const b = await analyst.ask('Rate per site for roadside 48 sheets', { sessionKey: 's:48' });
    const head = b.reply.split('\n').find((l) => /cost per site/i.test(l)) ?? '';
    expect(hasNumber(head, sum(roadside, 'spend_gbp') / sum(roadside, 'sites_booked'), 0.002)).toBe(true);
  });

  it('says a cost per site blends formats only when it does', async () => {
    expect(new Set(csv('ooh_sites.csv').map((r) => r.format)).size).toBeGreaterThan(1);
    const one = await analyst.ask('Rate per site for roadside 48 sheets', { sessionKey: 's:blend1' });
    expect(one.reply).not.toMatch(/blend/i);
    const all = await analyst.ask('OOH cost per site', { sessionKey: 's:blend2' });
    expect(all.reply).toMatch(/blend of their rates/i);
  });
});
