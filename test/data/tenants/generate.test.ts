import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MixError } from '../../../src/errors.js';
import { BRANDS, generateTenants, readIndex, tenantChecks } from '../../../src/data/tenants/index.js';
import { SMALL_SET, tempDataDir } from './helpers.js';

function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, rel: string) => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p, `${rel}${f}/`);
      else out[`${rel}${f}`] = createHash('sha1').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir, '');
  return out;
}

describe('brand catalogue', () => {
  it('has 10 brands in the 4/3/3 tiers with 3–8 categories, shares summing to 1, over 5 cities', () => {
    expect(BRANDS).toHaveLength(10);
    const tier = (s: string) => BRANDS.filter((b) => (s === 'low' ? b.sensitivity === 'low' || b.sensitivity === 'none' : b.sensitivity === s)).length;
    expect([tier('high'), tier('medium'), tier('low')]).toEqual([4, 3, 3]);
    for (const b of BRANDS) {
      expect(b.categories.length).toBeGreaterThanOrEqual(3);
      expect(b.categories.length).toBeLessThanOrEqual(8);
      expect(b.categories.reduce((a, c) => a + c.share, 0)).toBeCloseTo(1, 9);
      expect(b.cities.reduce((a, c) => a + c.share, 0)).toBeCloseTo(1, 9);
      for (const c of b.categories) if (c.weather) expect(c.weather.lagWeights.reduce((a, v) => a + v, 0)).toBeCloseTo(1, 9);
      if (b.sensitivity === 'none') expect(b.categories.every((c) => !c.weather)).toBe(true);
    }
    expect(new Set(BRANDS.flatMap((b) => b.cities.map((c) => c.city))).size).toBe(5);
    const affinities = new Set(BRANDS.flatMap((b) => b.categories.map((c) => c.affinity)));
    for (const a of ['cold', 'warm', 'rain', 'neutral']) expect(affinities.has(a as never)).toBe(true);
  });
});

describe('generateTenants', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('writes every file, passes its own checks, and is byte-identical for the same seed', async () => {
    const a = tempDataDir('gen-a');
    const b = tempDataDir('gen-b');
    dirs.push(a, b);
    const report = await generateTenants({ dataDir: a, seed: 42, brands: SMALL_SET });
    await generateTenants({ dataDir: b, seed: 42, brands: SMALL_SET });
    expect(report.brands.map((x) => x.id)).toEqual(SMALL_SET);
    expect(report.days).toBe(731);
    for (const id of SMALL_SET) {
      for (const f of ['sales_daily.csv', 'marketing_daily.csv', 'email_daily.csv', 'weather_daily.csv', 'ground_truth.json']) {
        expect(existsSync(join(a, 'tenants', id, f))).toBe(true);
      }
    }
    expect(hashTree(join(a, 'tenants'))).toEqual(hashTree(join(b, 'tenants')));
    const results = await Promise.all(tenantChecks().map(async (c) => c(a)));
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const index = readIndex(a);
    expect(index.attribution).toMatch(/Open-Meteo.*CC BY 4\.0/);
    expect(index.holdout_start).toBe('2024-08-08');
  });

  it('a different seed gives different data', async () => {
    const c = tempDataDir('gen-c');
    dirs.push(c);
    await generateTenants({ dataDir: c, seed: 7, brands: [SMALL_SET[0] as string] });
    const a = dirs[0] as string;
    const file = `${SMALL_SET[0]}/sales_daily.csv`;
    expect(readFileSync(join(c, 'tenants', file), 'utf8')).not.toBe(readFileSync(join(a, 'tenants', file), 'utf8'));
  });

  it('refuses unknown brands and bad options without touching what is on disk', async () => {
    const a = dirs[0] as string;
    const before = hashTree(join(a, 'tenants'));
    await expect(generateTenants({ dataDir: a, seed: 42, brands: ['no-such-brand'] })).rejects.toThrow(MixError);
    await expect(generateTenants({ dataDir: a, seed: 42, brands: SMALL_SET, days: 0 })).rejects.toThrow(/days/);
    expect(hashTree(join(a, 'tenants'))).toEqual(before);
    expect(readdirSync(a).filter((f) => f.includes('tmp'))).toEqual([]);
  });
});
