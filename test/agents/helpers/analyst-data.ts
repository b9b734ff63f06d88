/**
 * The agents' integration dataset: the shared test dataset (seed 42) plus rendered creatives and a built
 * index, cached under test/.cache/agents-data and rebuilt when the dataset or the creative generator
 * changes (the index is refreshed incrementally on every run).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../../src/config/index.js';
import { ensureTestData } from '../../helpers/test-data.js';

export const AGENTS_DATA_DIR = resolve('test/.cache/agents-data');
const STAMP = '.agents-data-stamp';

function stamp(testDataDir: string): string {
  const h = createHash('sha1');
  const base = join(testDataDir, '.brand-source-hash');
  h.update(existsSync(base) ? readFileSync(base) : 'none');
  const dir = resolve('src/data/assets');
  for (const f of readdirSync(dir, { recursive: true }).map(String).filter((x) => x.endsWith('.ts')).sort()) h.update(f).update(readFileSync(join(dir, f)));
  return h.digest('hex');
}

export function offlineConfig() {
  return loadConfig({ envFile: false, env: {}, overrides: { LLM_PROVIDER: 'offline' } });
}

export async function ensureAnalystData(): Promise<string> {
  const source = await ensureTestData();
  const want = stamp(source);
  const stampFile = join(AGENTS_DATA_DIR, STAMP);
  if (!(existsSync(stampFile) && readFileSync(stampFile, 'utf8') === want)) {
    const tmp = `${AGENTS_DATA_DIR}.tmp-${process.pid}`;
    await rm(tmp, { recursive: true, force: true });
    await mkdir(tmp, { recursive: true });
    cpSync(join(source, 'raw'), join(tmp, 'raw'), { recursive: true });
    cpSync(join(source, 'mmm'), join(tmp, 'mmm'), { recursive: true });
    const { generateAssets } = await import('../../../src/data/assets/index.js');
    await generateAssets({ dataDir: tmp, seed: 42 });
    await writeFile(join(tmp, STAMP), want);
    // Two test files may build it at once (after a change to the brand catalogue): the loser keeps the winner's copy.
    const current = () => existsSync(stampFile) && readFileSync(stampFile, 'utf8') === want;
    if (current()) {
      await rm(tmp, { recursive: true, force: true });
    } else {
      await rm(AGENTS_DATA_DIR, { recursive: true, force: true });
      try {
        await rename(tmp, AGENTS_DATA_DIR);
      } catch (err) {
        await rm(tmp, { recursive: true, force: true });
        if (!current()) throw err;
      }
    }
  }
  const { buildIndex } = await import('../../../src/rag/index.js');
  await buildIndex({ dataDir: AGENTS_DATA_DIR, config: offlineConfig() });
  return AGENTS_DATA_DIR;
}
