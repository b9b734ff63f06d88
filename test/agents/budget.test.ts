/** "Are we on budget?": no plan or budget in the data — said plainly, with the contract commitments against spend. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MixAnalyst } from '../../src/agents/index.js';
import { extractEntities } from '../../src/agents/entities/extract.js';
import { classify } from '../../src/agents/intent/classify.js';
import { parsePhasing } from '../../src/agents/reconcile/commitments.js';
import { hasNumber } from '../../eval/agents/check.js';
import { rows } from '../../eval/agents/csv.js';
import { offlineAnalyst } from './helpers/offline-analyst.js';

const kind = (q: string) => classify(q, extractEntities(q)).kind;

describe('budget questions', () => {
  it.each(['Which campaigns overspent vs plan?', 'are we on budget?', 'spend vs budget for Q3', 'Is TV over budget?', 'Did we underspend against the plan in 2025?'])('routes %j to the budget answer', (q) => {
    expect(kind(q)).toBe('budget');
  });

  it.each([
    ['Optimise the budget', 'mmm_optimize'],
    ['Are we overspending on TV?', 'mmm_roi'],
    ['Which campaigns under-delivered?', 'underdelivery'],
    ['How is the Q4 2025 TikTok campaign pacing?', 'underdelivery'],
    ['which channel should get more budget?', 'mmm_optimize'],
  ])('leaves %j where it was', (q, k) => expect(kind(q)).toBe(k));

  it('reads the yearly phasing of a commitment clause', () => {
    expect(parsePhasing('commits to £1,370,000, phased as follows: | Year | Minimum net spend | |---|---| | 2024 | £700,000 | | 2025 | £670,000 |')).toEqual([
      { year: '2024', minimum: 700_000 },
      { year: '2025', minimum: 670_000 },
    ]);
    expect(parsePhasing('no table here')).toEqual([]);
  });
});

describe('budget answers on the test dataset', () => {
  let dataDir: string;
  let analyst: MixAnalyst;

  beforeAll(async () => {
    ({ dataDir, analyst } = await offlineAnalyst());
  }, 240_000);

  it('says there is no plan or budget and sets spend against the contract commitments', async () => {
    const a = await analyst.ask('Which campaigns overspent vs plan?', { sessionKey: 'budget:1' });
    expect(a.reply).toMatch(/no media plan or budget in the data/);
    expect(a.reply).not.toMatch(/Here is what the data says/);
    const contract = readFileSync(join(dataDir, 'raw/contracts/tv-skyline-satellite-airtime.md'), 'utf8');
    const minimum2025 = Number(/\|\s*2025\s*\|\s*£([\d,]+)/.exec(contract)![1]!.replace(/,/g, ''));
    const spent2025 = rows(dataDir, 'raw/tv_airtime.csv')
      .filter((r) => r.contract_id === 'HM-C-TV-SKY-2024' && r.week_start!.startsWith('2025'))
      .reduce((s, r) => s + Number(r.spend_gbp), 0);
    const line = a.reply.split('\n').find((l) => l.includes('HM-C-TV-SKY-2024'))!;
    expect(line).toBeDefined();
    expect(hasNumber(line, minimum2025, 0.005)).toBe(true);
    expect(hasNumber(line, spent2025, 0.005)).toBe(true); // shown to 3 significant figures (£1.83M)
    expect(line).toContain(`${Math.round((spent2025 / minimum2025) * 100)}%`);
    expect(a.sources.map((s) => s.file)).toContain('raw/contracts/tv-skyline-satellite-airtime.md');
    expect(a.follow_ups.length).toBeGreaterThan(0);
  });
});
