import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateAll } from '../../src/data/generate-all.js';
import {
  GENERATOR_STAMP_FILE,
  generatorFingerprint,
  readGeneratorStamp,
  staleReason,
  writeGeneratorStamp,
} from '../../src/data/generator-stamp.js';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'stamp-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('generator stamp', () => {
  it('fingerprints every source file, ignoring dot-files, and changes when one does', () => {
    const root = tmp();
    mkdirSync(join(root, 'brand'));
    writeFileSync(join(root, 'brand', 'a.ts'), 'export const a = 1;');
    writeFileSync(join(root, 'b.csv'), 'x,y\n1,2\n');
    const first = generatorFingerprint(root);
    writeFileSync(join(root, '.DS_Store'), 'noise');
    expect(generatorFingerprint(root)).toBe(first);
    writeFileSync(join(root, 'brand', 'a.ts'), 'export const a = 2;');
    expect(generatorFingerprint(root)).not.toBe(first);
    expect(generatorFingerprint()).toMatch(/^[0-9a-f]{40}$/);
  });

  it('says why data is stale: no stamp, another seed, another generator', () => {
    const now = { fingerprint: 'abc', seed: 42 };
    expect(staleReason(now, now)).toBeUndefined();
    expect(staleReason(undefined, now)).toMatch(/no generator stamp/);
    expect(staleReason({ fingerprint: 'abc', seed: 7 }, now)).toMatch(/seed 7, and SEED is 42/);
    expect(staleReason({ fingerprint: 'old', seed: 42 }, now)).toMatch(/generator has changed/);
  });

  it('reads back what it wrote and treats a damaged stamp as none', async () => {
    const d = tmp();
    await writeGeneratorStamp(d, { fingerprint: 'f00', seed: 3 });
    expect(readGeneratorStamp(d)).toEqual({ fingerprint: 'f00', seed: 3 });
    writeFileSync(join(d, GENERATOR_STAMP_FILE), '{ not json');
    expect(readGeneratorStamp(d)).toBeUndefined();
    expect(readGeneratorStamp(tmp())).toBeUndefined();
  });

  it('is written by a full generateAll run and not by a partial one', async () => {
    const partial = tmp();
    await generateAll({ dataDir: partial, seed: 42, only: ['tenants'] });
    expect(readGeneratorStamp(partial)).toBeUndefined();
    const full = tmp();
    await generateAll({ dataDir: full, seed: 42 });
    expect(JSON.parse(readFileSync(join(full, GENERATOR_STAMP_FILE), 'utf8'))).toEqual({ fingerprint: generatorFingerprint(), seed: 42 });
  }, 120_000);
});
