/**
 * A complete dataset for end-to-end Slack tests: the shared brand dataset (seed 42) plus the creatives
 * and the search index, built once into test/.cache/slack-data (≈1 min) and reused while the generator,
 * asset and retrieval sources are unchanged. Each test file works on its own copy (sessions and state
 * are written inside the data dir).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../../src/config/index.js';
import { silentLogger } from '../../../src/log/index.js';
import { TEST_DATA_DIR, TEST_SEED, ensureTestData } from '../../helpers/test-data.js';

const CACHE = resolve('test/.cache/slack-data');
const STAMP = '.slack-data-hash';

function hashTree(h: ReturnType<typeof createHash>, dir: string): void {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) hashTree(h, p);
    else if (name.endsWith('.ts')) h.update(p).update(readFileSync(p));
  }
}

function sourceHash(): string {
  const h = createHash('sha1');
  for (const dir of ['src/data/brand', 'src/data/assets', 'src/rag']) hashTree(h, resolve(dir));
  return h.digest('hex');
}

const current = (hash: string): boolean => existsSync(join(CACHE, STAMP)) && readFileSync(join(CACHE, STAMP), 'utf8') === hash;

export async function ensureSlackTestData(): Promise<string> {
  const hash = sourceHash();
  if (current(hash)) return CACHE;
  await ensureTestData();
  const { generateAssets } = await import('../../../src/data/assets/index.js');
  const { buildIndex } = await import('../../../src/rag/index.js');
  await mkdir(resolve(CACHE, '..'), { recursive: true });
  const tmp = resolve(CACHE, '..', `.slack-data-tmp-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  await cp(TEST_DATA_DIR, tmp, { recursive: true });
  await generateAssets({ dataDir: tmp, seed: TEST_SEED });
  const config = loadConfig({ env: {}, envFile: false, overrides: { DATA_DIR: tmp, LOG_LEVEL: 'silent' } });
  await buildIndex({ dataDir: tmp, config, logger: silentLogger() });
  await writeFile(join(tmp, STAMP), hash);
  if (current(hash)) {
    await rm(tmp, { recursive: true, force: true });
    return CACHE;
  }
  if (existsSync(CACHE)) await rm(CACHE, { recursive: true, force: true });
  await rename(tmp, CACHE);
  return CACHE;
}

/** A private copy of the prepared dataset. */
export async function slackDataCopy(): Promise<string> {
  const src = await ensureSlackTestData();
  const dir = await mkdtemp(join(tmpdir(), 'mix-slack-e2e-'));
  await cp(src, dir, { recursive: true });
  return dir;
}
