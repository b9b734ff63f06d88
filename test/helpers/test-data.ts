import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Where the shared test dataset lives (seed 42). */
export const TEST_DATA_DIR = resolve('test/.cache/data');
export const TEST_SEED = 42;

/** Written last: the hash of the generator sources the dataset was built from. */
const STAMP = '.brand-source-hash';

/** Hash of src/data/brand/*.ts, so a changed generator rebuilds the cached dataset. */
function sourceHash(): string {
  const dir = resolve('src/data/brand');
  const h = createHash('sha1');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts')).sort()) h.update(f).update(readFileSync(join(dir, f)));
  return h.digest('hex');
}

function isCurrent(hash: string): boolean {
  const p = join(TEST_DATA_DIR, STAMP);
  return existsSync(p) && readFileSync(p, 'utf8') === hash;
}

/**
 * Builds the shared test dataset (brand data, seed 42) when missing. Safe when two vitest workers race:
 * each generates into its own temp dir and renames it into place; the loser discards its copy.
 */
export async function ensureTestData(): Promise<string> {
  const hash = sourceHash();
  if (isCurrent(hash)) return TEST_DATA_DIR;
  const { generateBrandDataset } = await import('../../src/data/brand/index.js');
  const parent = resolve(TEST_DATA_DIR, '..');
  await mkdir(parent, { recursive: true });
  const tmp = join(parent, `.data-tmp-${process.pid}-${Date.now()}`);
  await generateBrandDataset({ dataDir: tmp, seed: TEST_SEED });
  await writeFile(join(tmp, STAMP), hash);
  if (isCurrent(hash)) {
    await rm(tmp, { recursive: true, force: true });
    return TEST_DATA_DIR;
  }
  // A stale or half-built dataset is removed first; rename onto a non-empty dir fails.
  if (existsSync(TEST_DATA_DIR)) await rm(TEST_DATA_DIR, { recursive: true, force: true });
  try {
    await rename(tmp, TEST_DATA_DIR);
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    if (!isCurrent(hash)) throw err;
  }
  return TEST_DATA_DIR;
}
