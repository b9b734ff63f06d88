/**
 * The complete dataset for end-to-end tests (Slack app, sandbox browser test): the shared brand dataset
 * (seed 42) plus every creative and the search index, built once into test/.cache/full-data by the
 * vitest global setup and reused while the generator, asset and retrieval sources are unchanged.
 * Tests that write state (sessions, feedback) take a private copy with `fullDataCopy()`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../src/config/index.js';
import { silentLogger } from '../../src/log/index.js';
import { TEST_DATA_DIR, TEST_SEED, ensureTestData } from './test-data.js';

export const FULL_DATA_DIR = resolve('test/.cache/full-data');
const STAMP = '.full-data-hash';

function hashTree(h: ReturnType<typeof createHash>, dir: string): void {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) hashTree(h, p);
    else if (name.endsWith('.ts')) h.update(p).update(readFileSync(p));
  }
}

function sourceHash(): string {
  const h = createHash('sha1');
  for (const dir of ['src/data/brand', 'src/data/assets', 'src/rag', 'src/util']) hashTree(h, resolve(dir));
  return h.digest('hex');
}

const current = (hash: string): boolean =>
  existsSync(join(FULL_DATA_DIR, STAMP)) && readFileSync(join(FULL_DATA_DIR, STAMP), 'utf8') === hash;

/** Builds the full dataset when missing or stale (temp dir + rename, so a racing build is harmless). */
export async function ensureFullTestData(): Promise<string> {
  const hash = sourceHash();
  if (current(hash)) return FULL_DATA_DIR;
  await ensureTestData();
  const { generateAssets } = await import('../../src/data/assets/index.js');
  const { buildIndex } = await import('../../src/rag/index.js');
  await mkdir(resolve(FULL_DATA_DIR, '..'), { recursive: true });
  const tmp = resolve(FULL_DATA_DIR, '..', `.full-data-tmp-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  await cp(TEST_DATA_DIR, tmp, { recursive: true });
  await generateAssets({ dataDir: tmp, seed: TEST_SEED });
  const config = loadConfig({ env: {}, envFile: false, overrides: { DATA_DIR: tmp, LOG_LEVEL: 'silent', EMBEDDER: 'lsa' } });
  await buildIndex({ dataDir: tmp, config, logger: silentLogger() });
  await writeFile(join(tmp, STAMP), hash);
  if (current(hash)) {
    await rm(tmp, { recursive: true, force: true });
    return FULL_DATA_DIR;
  }
  if (existsSync(FULL_DATA_DIR)) await rm(FULL_DATA_DIR, { recursive: true, force: true });
  await rename(tmp, FULL_DATA_DIR);
  return FULL_DATA_DIR;
}

/** A private copy of the full dataset (sessions and state are written inside the data dir). */
export async function fullDataCopy(prefix = 'mix-e2e-'): Promise<string> {
  const src = await ensureFullTestData();
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await cp(src, dir, { recursive: true });
  return dir;
}
