import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MixError } from '../../src/errors.js';
import { silentLogger } from '../../src/log/index.js';
import { liftTestsPath, loadMmmService, readLiftTestsFile } from '../../src/mmm/index.js';
import { listLiftTests, runCalibration } from '../../src/slack/calibrate-op.js';
import { TEST_DATA_DIR } from '../helpers/test-data.js';

let dir: string;
let reloads = 0;
const op = () => ({ dataDir: dir, seed: 42, logger: silentLogger(), reload: async () => void reloads++ });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'calibrate-op-'));
  await mkdir(join(dir, 'mmm'), { recursive: true });
  await copyFile(join(TEST_DATA_DIR, 'mmm', 'model_ready.csv'), join(dir, 'mmm', 'model_ready.csv'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('/mmm calibrate operation on the brand data', () => {
  it('records a test, refits, and reports the channel ROI before and after', async () => {
    const weeks = (await loadMmmService({ dataDir: dir, seed: 42 })).table.weeks;
    const test = { channel: 'meta', start: weeks[70]!, end: weeks[77]!, spendChange: -1, liftRevenue: -2_000_000, standardError: 200_000 };
    const report = await runCalibration(op(), { add: test });
    expect(reloads).toBe(1);
    expect(await readLiftTestsFile(dir)).toEqual([test]);
    expect(report.summary).toMatch(/^Recorded: Meta −100 % from .* revenue −£2\.00M \(± £200K\)\./);
    expect(report.summary).toMatch(/Meta ROI [\d.]+x \([\d.]+–[\d.]+x\) → \*[\d.]+x \([\d.]+–[\d.]+x\)\*, calibrated with 1 lift test\./);
    expect(report.stats).toEqual({ 'lift tests on file': 1 });
    const svc = await loadMmmService({ dataDir: dir, seed: 42 });
    expect(svc.roi().channels.find((c) => c.channel === 'meta')!.calibrated).toBe(true);
    expect(listLiftTests([test])).toMatch(/1\. Meta −100 % from/);
  });

  it('refuses a test outside the data and leaves the file as it was', async () => {
    const before = await readFile(liftTestsPath(dir), 'utf8');
    const err = await runCalibration(op(), { add: { channel: 'tv', start: '2031-01-06', end: '2031-02-03', spendChange: -1, liftRevenue: -1e6 } }).catch((e: unknown) => e);
    expect(MixError.is(err, 'MMM_INPUT_INVALID')).toBe(true);
    expect((err as MixError).userMessage).toMatch(/does not overlap the weeks in the data/);
    expect(await readFile(liftTestsPath(dir), 'utf8')).toBe(before);
  });

  it('removes a test by number and says the channel is no longer calibrated', async () => {
    const missing = await runCalibration(op(), { remove: 5 }).catch((e: unknown) => e);
    expect((missing as MixError).userMessage).toMatch(/There is no test 5: the file has 1/);
    const report = await runCalibration(op(), { remove: 1 });
    expect(report.summary).toMatch(/Meta ROI .* no longer calibrated\./);
    expect(await readLiftTestsFile(dir)).toEqual([]);
  });

  it('will not build on a broken file, and `remove all` starts again', async () => {
    await writeFile(liftTestsPath(dir), '[{"channel": "tv"}');
    const err = await runCalibration(op(), { add: { channel: 'tv', start: '2025-03-03', end: '2025-03-31', spendChange: -1, liftRevenue: -1e6 } }).catch((e: unknown) => e);
    expect((err as MixError).userMessage).toMatch(/lift-test file on disk is not valid .* `\/mmm calibrate remove all`/);
    await runCalibration(op(), { remove: 'all' });
    expect(await readLiftTestsFile(dir)).toEqual([]);
    expect(listLiftTests([])).toMatch(/No lift tests on file/);
  });
});
