import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MixError } from '../../src/errors.js';
import { loadMmmService, parseLiftTests } from '../../src/mmm/index.js';
import { TEST_DATA_DIR } from '../helpers/test-data.js';

const good = { channel: 'tv', start: '2025-03-03', end: '2025-04-21', spendChange: -1, liftRevenue: -2_400_000 };

function userMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(MixError.is(err, 'MMM_INPUT_INVALID')).toBe(true);
    return (err as MixError).userMessage;
  }
  throw new Error('expected a MixError');
}

describe('parseLiftTests', () => {
  it('reads a list of tests, keeping an optional standard error', () => {
    expect(parseLiftTests(JSON.stringify([good, { ...good, channel: 'meta', standardError: 5e4 }]), 'tests.json')).toEqual([
      good,
      { ...good, channel: 'meta', standardError: 5e4 },
    ]);
    expect(parseLiftTests('[]', 'tests.json')).toEqual([]);
  });

  it('says which test and which field is wrong, in words a user can act on', () => {
    expect(userMessage(() => parseLiftTests('{not json', 'mmm/lift_tests.json'))).toMatch(/mmm\/lift_tests.json is not valid JSON/);
    expect(userMessage(() => parseLiftTests('{"channel":"tv"}', 'f.json'))).toMatch(/JSON list of lift tests/);
    expect(userMessage(() => parseLiftTests(JSON.stringify([good, { ...good, start: '3 March' }]), 'f.json'))).toMatch(/Lift test 2 in f.json has a bad `start`/);
    expect(userMessage(() => parseLiftTests(JSON.stringify([{ ...good, spendChange: 0 }]), 'f.json'))).toMatch(/`spendChange`/);
    expect(userMessage(() => parseLiftTests(JSON.stringify([{ ...good, spendChange: -1.5 }]), 'f.json'))).toMatch(/`spendChange`/);
    expect(userMessage(() => parseLiftTests(JSON.stringify([{ ...good, end: '2025-01-01' }]), 'f.json'))).toMatch(/`end`/);
    expect(userMessage(() => parseLiftTests(JSON.stringify([{ ...good, liftRevenue: '1M' }]), 'f.json'))).toMatch(/`liftRevenue`/);
    expect(userMessage(() => parseLiftTests(JSON.stringify([{ ...good, standardError: 0 }]), 'f.json'))).toMatch(/`standardError`/);
  });
});

describe('the service reads data/mmm/lift_tests.json', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mmm-lift-'));
    await mkdir(join(dir, 'mmm'), { recursive: true });
    await copyFile(join(TEST_DATA_DIR, 'mmm', 'model_ready.csv'), join(dir, 'mmm', 'model_ready.csv'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));
  const load = () => loadMmmService({ dataDir: dir, seed: 42, fit: { draws: 60, holdoutWeeks: 0 } });

  it('calibrates the channels the file names, and refits when the file changes', async () => {
    const plain = await load();
    expect(plain.roi().channels.some((c) => c.calibrated)).toBe(false);
    const weeks = plain.table.weeks;
    const tv = plain.roi().channels.find((c) => c.channel === 'tv')!;
    // A test saying TV earns twice what the data alone suggest: weeks 60–67 dark cost twice ROI × their spend.
    const tvSpend = plain.table.spend[plain.table.channels.indexOf('tv')]!.slice(60, 68).reduce((a, b) => a + b, 0);
    const test = { channel: 'tv', start: weeks[60], end: weeks[67], spendChange: -1, liftRevenue: -2 * tv.roi.estimate * tvSpend, standardError: 1e5 };
    await writeFile(join(dir, 'mmm', 'lift_tests.json'), JSON.stringify([test]));
    const cal = await load();
    expect(cal.fromCache).toBe(false);
    const calTv = cal.roi().channels.find((c) => c.channel === 'tv')!;
    expect(calTv.calibrated).toBe(true);
    expect(calTv.warnings).toContain('calibrated with a lift test');
    expect(calTv.roi.estimate).toBeGreaterThan(tv.roi.estimate * 1.2);
    expect(cal.roi().channels.filter((c) => c.calibrated).map((c) => c.channel)).toEqual(['tv']);
    expect((await load()).fromCache).toBe(true);
  });

  it('fits uncalibrated and says why when the file cannot be used', async () => {
    for (const [content, why] of [
      ['[{"channel": "tv", "start": "2025-03-03"}]', /Lift test 1 .* bad `end`/],
      [JSON.stringify([{ ...good, channel: 'fax' }]), /names a channel I do not know: fax/],
      ['nope', /not valid JSON/],
    ] as const) {
      await writeFile(join(dir, 'mmm', 'lift_tests.json'), content);
      const svc = await load();
      expect(svc.roi().channels.some((c) => c.calibrated)).toBe(false);
      const warning = svc.diagnostics().warnings.find((w) => w.startsWith('lift tests not used'));
      expect(warning).toMatch(why);
      // A cached fit carries the warning too.
      const again = await load();
      expect(again.fromCache).toBe(true);
      expect(again.diagnostics().warnings.filter((w) => w.startsWith('lift tests not used'))).toHaveLength(1);
    }
  });
});
