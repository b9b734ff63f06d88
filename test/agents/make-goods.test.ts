/** "Did TV make good on the GRP shortfall?": the make-good clause checked against delivered vs contracted GRPs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MixAnalyst } from '../../src/agents/index.js';
import { extractEntities } from '../../src/agents/entities/extract.js';
import { classify } from '../../src/agents/intent/classify.js';
import { makeGoodStatus } from '../../src/agents/offline/make-good-skill.js';
import { windowWeeksOf } from '../../src/agents/reconcile/make-goods.js';
import { hasNumber } from '../../eval/agents/check.js';
import { rows } from '../../eval/agents/csv.js';
import { offlineAnalyst } from './helpers/offline-analyst.js';

const route = (q: string) => {
  const c = classify(q, extractEntities(q));
  return `${c.kind}/${c.rule}`;
};

describe('reading make-good questions', () => {
  it.each(['Did TV make good on the GRP shortfall?', 'make-goods on TV', 'Have we had our makegoods from Albion?', 'did the broadcaster make good the under-delivery?'])('%s → the make-good check', (q) => {
    expect(route(q)).toBe('discrepancy/make_good');
  });

  it('leaves other uses of "make good" and other channels alone', () => {
    expect(route('does the Terra ad make good use of the brand colours?')).not.toBe('discrepancy/make_good');
    expect(route('What does the Metro Outdoor contract say about make-goods for OOH?')).not.toBe('discrepancy/make_good');
  });

  it.each(['What does the Skyline contract say about make good?', 'what does the Albion contract say about make-goods?'])('%s → the clause, not the delivery check', (q) => {
    expect(route(q)).toBe('contract/contract_wording');
  });

  it('reads the window from the clause and judges the make-good', () => {
    expect(windowWeeksOf('make-good airtime of equivalent audience within eight weeks, or a credit')).toBe(8);
    expect(windowWeeksOf('within 6 weeks')).toBe(6);
    expect(windowWeeksOf(undefined)).toBe(8);
    const base = { undelivered: 50, windowEnd: '2025-09-28', dataEnd: '2025-12-28' };
    expect(makeGoodStatus({ ...base, surplus: 50 })).toBe('made_good');
    expect(makeGoodStatus({ ...base, surplus: 20 })).toBe('partly');
    expect(makeGoodStatus({ ...base, surplus: 1.7 })).toBe('not_made_good');
    expect(makeGoodStatus({ ...base, surplus: 0, windowEnd: '2026-01-31' })).toBe('window_open');
  });
});

describe('make-goods on the test dataset', () => {
  let dataDir: string;
  let analyst: MixAnalyst;

  beforeAll(async () => {
    ({ dataDir, analyst } = await offlineAnalyst());
  }, 240_000);

  /** Weeks below the contract's guarantee per broadcaster, from the rows and the contract's front matter. */
  function shortfalls() {
    const guarantee = (file: string) => Number(/delivery_guarantee_pct:\s*(\d+)/.exec(readFileSync(join(dataDir, 'raw/contracts', file), 'utf8'))?.[1] ?? 95);
    const files: Record<string, string> = { 'Albion Broadcasting Group': 'tv-albion-broadcasting-airtime.md', 'Skyline Satellite Media': 'tv-skyline-satellite-airtime.md' };
    const weeks = new Map<string, { b: string; c: number; d: number; credit: number }>();
    for (const r of rows(dataDir, 'raw/tv_airtime.csv').filter((x) => Number(x.contracted_grps) > 0)) {
      const key = `${r.broadcaster}|${r.week_start}`;
      const w = weeks.get(key) ?? { b: r.broadcaster!, c: 0, d: 0, credit: 0 };
      w.c += Number(r.contracted_grps);
      w.d += Number(r.delivered_grps);
      w.credit += (Number(r.contracted_grps) - Number(r.delivered_grps)) * Number(r.rate_gbp);
      weeks.set(key, w);
    }
    const out = new Map<string, { short: number; credit: number }>();
    for (const w of weeks.values()) {
      if ((100 * w.d) / w.c >= guarantee(files[w.b]!)) continue;
      const o = out.get(w.b) ?? { short: 0, credit: 0 };
      o.short += w.c - w.d;
      o.credit += w.credit;
      out.set(w.b, o);
    }
    return out;
  }

  it.each(['Did TV make good on the GRP shortfall?', 'make-goods on TV'])('%s: the shortfall by broadcaster, the clause and whether it was made good', async (q) => {
    const a = await analyst.ask(q, { sessionKey: `mg:${q}` });
    const expected = shortfalls();
    if (expected.size === 0) {
      expect(a.reply).toMatch(/No make-goods are due/);
      return;
    }
    for (const [broadcaster, s] of expected) {
      expect(a.reply).toContain(`*${broadcaster}: `);
      expect(hasNumber(a.reply, s.short, 0.002), `${broadcaster} short`).toBe(true);
      expect(hasNumber(a.reply, s.credit, 0.002), `${broadcaster} credit`).toBe(true);
    }
    expect(a.reply).toMatch(/make-good airtime of equivalent audience within eight weeks/);
    expect(a.reply).toMatch(/\*Covered by the clause:\*/);
    expect(a.reply).toMatch(/\*(Made good|Not made good|Only partly made good|Window still open):\*/);
    expect(a.reply).toMatch(/^• \w+ \d{4}: [\d.]+ of [\d.]+ GRPs \([\d.]+ short\)$/m);
    expect(a.sources.some((s) => s.file === 'raw/tv_airtime.csv')).toBe(true);
    expect(a.sources.some((s) => s.file.startsWith('raw/contracts/tv-') && s.locator === 'clause 5.3')).toBe(true);
  });
});
