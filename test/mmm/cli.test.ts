import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableToCsv } from './csv.js';
import { simulateWeekly } from './simulate.js';

const run = promisify(execFile);
let dir: string;
let csv: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mmm-cli-'));
  csv = join(dir, 'weekly.csv');
  const { table } = simulateWeekly({ seed: 8, channels: 4, noise: 0.01 });
  await writeFile(csv, tableToCsv(table).replace('week_start', 'week_of'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/mmm/cli.ts', ...args], { timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run mmm', () => {
  it('calibrates with --calibration and refuses a bad lift-test file with a clear error', async () => {
    const tests = join(dir, 'lift.json');
    await writeFile(tests, JSON.stringify([{ channel: 'meta', start: '2024-06-03', end: '2024-07-22', spendChange: -1, liftRevenue: -500000 }]));
    const ok = await cli(['roi', '--input', csv, '--date', 'week_of', '--calibration', tests]);
    expect(ok.code).toBe(0);
    const out = JSON.parse(ok.stdout) as { channels: { channel: string; calibrated?: boolean }[] };
    expect(out.channels.filter((c) => c.calibrated).map((c) => c.channel)).toEqual(['meta']);
    await writeFile(tests, JSON.stringify([{ channel: 'meta', start: '2024-06-03', end: '2024-07-22', spendChange: 0, liftRevenue: 1 }]));
    const bad = await cli(['roi', '--input', csv, '--date', 'week_of', '--calibration', tests]);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/Lift test 1 in .*lift.json has a bad `spendChange`/);
  });

  it('prints a JSON summary of any weekly CSV with a column mapping', async () => {
    const r = await cli(['summary', '--input', csv, '--date', 'week_of']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { weeks_of_data: number; channel_breakdown: { channel: string }[] };
    expect(out.weeks_of_data).toBe(104);
    expect(out.channel_breakdown.map((c) => c.channel).sort()).toEqual(['meta', 'ooh', 'tv', 'youtube']);
  });

  it('optimises with a lock and prints valid JSON; errors go to stderr with a non-zero exit', async () => {
    const r = await cli(['optimize', '--input', csv, '--date', 'week_of', '--lock', 'tv', '--bounds', '0.2']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { allocation: { channel: string; boundHit?: string }[] };
    expect(out.allocation.find((a) => a.channel === 'tv')!.boundHit).toBe('locked');
    const bad = await cli(['scenario', '--input', csv, '--date', 'week_of', '--move', 'tv:fax:0.1']);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/do not know the channel "fax"/);
    const missing = await cli(['roi', '--input', csv]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/week column/);
  });
});
