/**
 * A buyer's delivery and contract-compliance questions: TV GRPs contracted vs delivered, outdoor sites booked vs
 * posted, agency SLAs and supplier credits. They are read as reconciliations (not searches or contract clauses),
 * and the answers carry both totals and the shortfalls, with the expected figures computed here from the CSV rows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MixAnalyst } from '../../src/agents/index.js';
import { extractEntities } from '../../src/agents/entities/extract.js';
import { classify } from '../../src/agents/intent/classify.js';
import { hasNumber } from '../../eval/agents/check.js';
import { rows, sumsBy as csvSumsBy } from '../../eval/agents/csv.js';
import { offlineAnalyst } from './helpers/offline-analyst.js';
import { lineOf } from './helpers/reply-lines.js';

describe('reading delivery and compliance questions', () => {
  it.each([
    'did OOH sites get posted as booked?',
    'OOH sites booked vs posted',
    'Which OOH cycles had fewer sites posted than booked?',
    'Did Metro Outdoor post all its sites in 2025?',
    'How many GRPs did Albion deliver vs contracted in 2025?',
    'Is Skyline delivering its GRPs?',
    'What percent of TV GRPs were delivered in 2025?',
    'How is Meridian doing against its SLAs?',
    'How many SLAs did the agency miss and what service credits are owed?',
    'Which invoices are above the contract rate?',
    'Is TransitAds owed a credit?',
  ])('%s', (q) => {
    expect(classify(q, extractEntities(q), { contractParties: ['albion', 'skyline', 'metro outdoor', 'metro', 'transitads', 'meridian', 'crestline'] }).kind).toBe('discrepancy');
  });
});

describe('offline analyst answers delivery questions with both totals', () => {
  let dataDir: string;
  let analyst: MixAnalyst;

  beforeAll(async () => {
    ({ dataDir, analyst } = await offlineAnalyst());
  }, 240_000);

  const sumsBy = (file: string, key: string, cols: string[], keep?: (r: Record<string, string>) => boolean) => csvSumsBy(dataDir, file, key, cols, keep);

  it('gives OOH sites booked and posted, the share posted, and each cycle below its guarantee', async () => {
    const a = await analyst.ask('OOH sites booked vs posted', { sessionKey: 'd:ooh' });
    const bySupplier = sumsBy('ooh_sites.csv', 'supplier', ['sites_booked', 'sites_posted']);
    const booked = [...bySupplier.values()].reduce((s, x) => s + x.sites_booked!, 0);
    const posted = [...bySupplier.values()].reduce((s, x) => s + x.sites_posted!, 0);
    const head = a.reply.split('\n').find((l) => l.startsWith('*OOH sites booked vs posted')) ?? '';
    expect(hasNumber(head, booked, 0)).toBe(true);
    expect(hasNumber(head, posted, 0)).toBe(true);
    expect(hasNumber(head, (100 * posted) / booked, 0.0001)).toBe(true);
    for (const [s, x] of bySupplier) {
      expect(hasNumber(lineOf(a.reply, s), x.sites_booked!, 0), s).toBe(true);
      expect(hasNumber(lineOf(a.reply, s), x.sites_posted!, 0), s).toBe(true);
    }
    // The guarantee is 95% of booked sites per cycle in both outdoor contracts.
    const short = rows(dataDir, 'raw/ooh_sites.csv').filter((r) => Number(r.sites_posted) < 0.95 * Number(r.sites_booked));
    expect(short.length).toBeGreaterThan(0);
    for (const r of short) expect(a.reply).toContain(`${r.supplier} posted ${r.sites_posted} of ${r.sites_booked} booked sites`);
  });

  it('reconciles "did OOH sites get posted as booked?" instead of listing search hits', async () => {
    const a = await analyst.ask('did OOH sites get posted as booked?', { sessionKey: 'd:posted' });
    const short = rows(dataDir, 'raw/ooh_sites.csv').filter((r) => Number(r.sites_posted) < 0.95 * Number(r.sites_booked));
    expect(a.reply).toMatch(/^\*OOH sites booked vs posted/m);
    expect(a.reply).toContain('*Not fully.*');
    for (const r of short) {
      const unposted = Number(r.sites_booked) - Number(r.sites_posted);
      expect(a.reply).toContain(`${unposted} unposted sites`);
      expect(hasNumber(a.reply, unposted * Number(r.rate_per_site_gbp), 0)).toBe(true);
    }
  });

  it('gives one broadcaster\'s GRPs contracted and delivered in the year asked', async () => {
    const a = await analyst.ask('How many GRPs did Albion deliver vs contracted in 2025?', { sessionKey: 'd:albion' });
    const tv = sumsBy('tv_airtime.csv', 'broadcaster', ['contracted_grps', 'delivered_grps'], (r) => r.week_start!.startsWith('2025') && Number(r.contracted_grps) > 0);
    const albion = [...tv].find(([b]) => b.startsWith('Albion'))!;
    const head = a.reply.split('\n')[0]!;
    expect(head).toContain(albion[0]);
    expect(hasNumber(head, albion[1].contracted_grps!, 0.0005)).toBe(true);
    expect(hasNumber(head, albion[1].delivered_grps!, 0.0005)).toBe(true);
    expect(a.reply).not.toMatch(/Skyline/);
  });

  it('says a broadcaster that met every weekly guarantee did', async () => {
    const a = await analyst.ask('Is Skyline delivering its GRPs?', { sessionKey: 'd:skyline' });
    const tv = sumsBy('tv_airtime.csv', 'broadcaster', ['contracted_grps', 'delivered_grps'], (r) => Number(r.contracted_grps) > 0);
    const [name, s] = [...tv].find(([b]) => b.startsWith('Skyline'))!;
    const weeks = rows(dataDir, 'raw/tv_airtime.csv').filter((r) => r.broadcaster === name && Number(r.contracted_grps) > 0);
    expect(weeks.every((r) => Number(r.delivered_grps) >= 0.95 * Number(r.contracted_grps))).toBe(true);
    expect(a.reply).toContain('*Yes*');
    expect(hasNumber(a.reply, s.delivered_grps!, 0.0005)).toBe(true);
    expect(a.reply).not.toMatch(/Albion/);
  });

  it('counts the agency SLAs missed and the service credits owed', async () => {
    const a = await analyst.ask('How many SLAs did the agency miss and what service credits are owed?', { sessionKey: 'd:sla' });
    const missed = rows(dataDir, 'raw/agency_sla.csv').filter((r) => r.status === 'missed' || Number(r.business_days_late) > 0);
    expect(missed.length).toBeGreaterThan(0);
    const credits = missed.reduce((s, r) => s + Number(r.service_credit_gbp), 0);
    const head = a.reply.split('\n')[0]!;
    expect(head).toContain(`missed ${missed.length} service level`);
    expect(hasNumber(head, credits, 0)).toBe(true);
  });

  it('answers a question about one supplier with that supplier\'s findings only', async () => {
    const a = await analyst.ask('Is TransitAds owed a credit?', { sessionKey: 'd:transit' });
    const short = rows(dataDir, 'raw/ooh_sites.csv').filter((r) => r.supplier.startsWith('TransitAds') && Number(r.sites_posted) < 0.95 * Number(r.sites_booked));
    expect(short.length).toBeGreaterThan(0);
    for (const r of short) expect(hasNumber(a.reply, (Number(r.sites_booked) - Number(r.sites_posted)) * Number(r.rate_per_site_gbp), 0)).toBe(true);
    expect(a.reply).not.toMatch(/Albion|Meridian|Metro Outdoor|Drive & Charge/);
  });

  it('adds up what was invoiced above the contracts', async () => {
    const a = await analyst.ask('How much have we been overcharged in total?', { sessionKey: 'd:over' });
    const ooh = rows(dataDir, 'raw/ooh_sites.csv').reduce((s, r) => s + Math.max(0, Number(r.invoiced_gbp) - Number(r.spend_gbp)), 0);
    const print = rows(dataDir, 'raw/print_insertions.csv').reduce((s, r) => s + Math.max(0, Number(r.invoiced_gbp) - Number(r.spend_gbp)), 0);
    expect(ooh).toBeGreaterThan(0);
    expect(print).toBeGreaterThan(0);
    expect(hasNumber(a.reply.split('\n')[0]!, ooh + print, 0)).toBe(true);
  });
});
