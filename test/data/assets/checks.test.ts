import { appendFile, cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assetChecks, generateAssets, MANIFEST_FILE } from '../../../src/data/assets/index.js';
import type { CheckResult } from '../../../src/data/validate/types.js';

let root: string;
let good: string;
let n = 0;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'asset-checks-'));
  good = join(root, 'good');
  await generateAssets({ dataDir: good, seed: 42 });
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function copy(): Promise<string> {
  const dir = join(root, `bad-${n++}`);
  await cp(good, dir, { recursive: true });
  return dir;
}

async function run(dir: string): Promise<Record<string, CheckResult>> {
  const out: Record<string, CheckResult> = {};
  for (const check of assetChecks()) {
    const r = await check(dir);
    out[r.name] = r;
  }
  return out;
}

/** Rewrites the manifest's lines (index 0 is the header). */
async function editManifest(dir: string, edit: (lines: string[]) => string[]): Promise<void> {
  const file = join(dir, MANIFEST_FILE);
  const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
  await writeFile(file, `${edit(lines).join('\n')}\n`);
}

const firstPath = async (dir: string) => (await readFile(join(dir, MANIFEST_FILE), 'utf8')).split('\n')[1]!.split(',')[0]!;

describe('generateAssets input errors', () => {
  it('refuses a non-integer seed and an unwritable data dir with MixErrors, leaving nothing behind', async () => {
    await expect(generateAssets({ dataDir: join(root, 'x'), seed: 1.5 })).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    const file = join(root, 'not-a-dir');
    await writeFile(file, 'plain file');
    await expect(generateAssets({ dataDir: file, seed: 42 })).rejects.toMatchObject({ code: 'DATA_INVALID' });
    expect(await readFile(file, 'utf8')).toBe('plain file');
  });
});

describe('asset checks', () => {
  it('all pass on a freshly generated asset set', async () => {
    const results = Object.values(await run(good));
    expect(results).toHaveLength(6);
    for (const r of results) expect(r.ok, `${r.name}: ${r.message}`).toBe(true);
  });

  it('generation is deterministic: a second run writes the same manifest and bytes', async () => {
    const again = join(root, 'again');
    await generateAssets({ dataDir: again, seed: 42 });
    expect(await readFile(join(again, MANIFEST_FILE), 'utf8')).toBe(await readFile(join(good, MANIFEST_FILE), 'utf8'));
    const p = await firstPath(good);
    expect((await readFile(join(again, p))).equals(await readFile(join(good, p)))).toBe(true);
  });

  it('fail, every one, when the manifest is missing', async () => {
    const dir = await copy();
    await unlink(join(dir, MANIFEST_FILE));
    for (const r of Object.values(await run(dir))) {
      expect(r.ok, r.name).toBe(false);
      expect(r.message).toContain('asset_manifest.csv');
    }
  });

  it('manifest_columns fails on a renamed column and on an empty cell', async () => {
    const dir = await copy();
    await editManifest(dir, (l) => [l[0]!.replace('file_size', 'filesize'), ...l.slice(1)]);
    const r = (await run(dir))['assets.manifest_columns']!;
    expect(r.ok).toBe(false);
    expect(r.message).toContain('filesize');

    const dir2 = await copy();
    await editManifest(dir2, (l) => l.map((line, i) => (i === 3 ? line.replace(/,\d+$/, ',') : line)));
    const r2 = (await run(dir2))['assets.manifest_columns']!;
    expect(r2).toMatchObject({ ok: false, row: 3 });
    expect(r2.message).toContain('file_size');
  });

  it('files_and_sizes fails naming the file and row when a PNG is missing or its size differs', async () => {
    const dir = await copy();
    const p = await firstPath(dir);
    await unlink(join(dir, p));
    const r = (await run(dir))['assets.files_and_sizes']!;
    expect(r).toMatchObject({ ok: false, row: 1, file: p });
    expect(r.message).toContain('does not exist');

    const dir2 = await copy();
    await appendFile(join(dir2, p), Buffer.from('extra'));
    const r2 = (await run(dir2))['assets.files_and_sizes']!;
    expect(r2).toMatchObject({ ok: false, row: 1, file: p });
    expect(r2.message).toMatch(/bytes, manifest says/);
  });

  it('dimensions fails when the PNG header disagrees with the manifest', async () => {
    const dir = await copy();
    await editManifest(dir, (l) => l.map((line, i) => (i === 2 ? line.replace(/,(\d+)x(\d+),/, ',1x1,') : line)));
    const r = (await run(dir))['assets.dimensions']!;
    expect(r).toMatchObject({ ok: false, row: 2 });
    expect(r.message).toMatch(/is \d+x\d+, manifest says 1x1/);
  });

  it('coverage fails when a channel has no creatives or there are fewer than 50', async () => {
    const dir = await copy();
    await editManifest(dir, (l) => l.filter((line, i) => i === 0 || !line.includes(',radio,')));
    const r = (await run(dir))['assets.coverage']!;
    expect(r.ok).toBe(false);
    expect(r.message).toContain('radio');

    const dir2 = await copy();
    await editManifest(dir2, (l) => l.slice(0, 41));
    const r2 = (await run(dir2))['assets.coverage']!;
    expect(r2.ok).toBe(false);
    expect(r2.message).toContain('40 creatives');
  });

  it('campaign_ids fails on an unknown campaign and on a model that does not match the campaign', async () => {
    const dir = await copy();
    await editManifest(dir, (l) => l.map((line, i) => (i === 4 ? line.replace(/,(HM-[A-Z0-9]+-[A-Z]+-)\d\dQ\d,/, ',$119Q1,') : line)));
    const r = (await run(dir))['assets.campaign_ids']!;
    expect(r).toMatchObject({ ok: false, row: 4 });
    expect(r.message).toMatch(/19Q1 is not in the campaign catalogue/);

    const dir2 = await copy();
    await editManifest(dir2, (l) => l.map((line, i) => (i === 5 ? line.replace(/,(terra|vento|summit|lumen),/, (_m, m: string) => (m === 'lumen' ? ',terra,' : ',lumen,')) : line)));
    const r2 = (await run(dir2))['assets.campaign_ids']!;
    expect(r2).toMatchObject({ ok: false, row: 5 });
    expect(r2.message).toContain('vehicle_model');
  });

  it('unique_paths fails on a duplicated row and on a PNG missing from the manifest', async () => {
    const dir = await copy();
    await editManifest(dir, (l) => [...l, l[7]!]);
    const r = (await run(dir))['assets.unique_paths']!;
    expect(r.ok).toBe(false);
    expect(r.message).toContain('already listed in row 7');

    const dir2 = await copy();
    await writeFile(join(dir2, 'assets/tv/stray.png'), await readFile(join(dir2, await firstPath(dir2))));
    const r2 = (await run(dir2))['assets.unique_paths']!;
    expect(r2).toMatchObject({ ok: false, file: 'assets/tv/stray.png' });
  });
});
