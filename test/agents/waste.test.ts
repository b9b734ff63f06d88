/** "Are we wasting money anywhere?": routed to the model and the invoices, not out of scope. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MixAnalyst } from '../../src/agents/index.js';
import { extractEntities } from '../../src/agents/entities/extract.js';
import { channelName } from '../../src/agents/entities/lexicon.js';
import { classify } from '../../src/agents/intent/classify.js';
import type { Services } from '../../src/agents/services.js';
import { hasNumber } from '../../eval/agents/check.js';
import { rows } from '../../eval/agents/csv.js';
import { offlineAnalyst } from './helpers/offline-analyst.js';

const kind = (q: string) => classify(q, extractEntities(q)).kind;

describe('routing questions a marketer asks in passing', () => {
  it.each([
    ['Are we wasting money anywhere?', 'mmm_roi'],
    ['where could we save money?', 'mmm_roi'],
    ['Did the agency miss any SLAs?', 'discrepancy'],
    ['Do invoices match the contracted rates for OOH?', 'discrepancy'],
    ['What is the penalty if the agency misses an SLA?', 'contract'],
    ['show me the best performing month for sales', 'metric_lookup'],
    ['Which region sells the most Terra?', 'metric_lookup'],
  ])('%s → %s', (q, k) => {
    expect(kind(q)).toBe(k);
  });

  it('reads "sales" and "sells" as cars sold', () => {
    expect(extractEntities('best performing month for sales')).toMatchObject({ metrics: ['units'], groupBy: 'month' });
    expect(extractEntities('Which region sells the most Terra?')).toMatchObject({ metrics: ['units'], groupBy: 'region', models: ['terra'] });
  });
});

describe('where the money works least, on the test dataset', () => {
  let services: Services;
  let dataDir: string;
  let analyst: MixAnalyst;

  beforeAll(async () => {
    ({ dataDir, services, analyst } = await offlineAnalyst());
  }, 240_000);

  it('names the channels below break-even on the model and the money billed above contract', async () => {
    const a = await analyst.ask('Are we wasting money anywhere?', { sessionKey: 'w:1' });
    expect(a.intent).toBe('mmm_analysis');
    expect(a.reply).toMatch(/^\*Where the money works least\*/);
    const below = services.mmm.roi().channels.filter((c) => c.roi.estimate < 1);
    for (const c of below) expect(a.reply).toMatch(new RegExp(`Below break-even[^\\n]*${channelName(c.channel)}`));
    // Over-billing from the rows: OOH invoices above booked sites × contracted rate, print invoices above rate card less discount.
    const ooh = rows(dataDir, 'raw/ooh_sites.csv').map((r) => Number(r.invoiced_gbp) - Number(r.sites_booked) * Number(r.rate_per_site_gbp));
    const print = rows(dataDir, 'raw/print_insertions.csv').map((r) => Number(r.invoiced_gbp) - Number(r.rate_card_gbp) * (1 - Number(r.discount_pct) / 100));
    const over = [...ooh, ...print].filter((d) => d > 1).reduce((s, d) => s + d, 0);
    if (over > 0) expect(hasNumber(a.reply, over, 0.001)).toBe(true);
    expect(a.reply).toMatch(/\*ROI by channel\*/);
  });
});
