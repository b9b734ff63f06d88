/**
 * The brand dataset generator: `generateBrandDataset({ dataDir, seed })` writes data/raw (19 CSVs, 7
 * contracts, known_issues.json) and data/mmm (3 weeklies + ground_truth.json). Same seed, same bytes.
 */
import { join } from 'node:path';
import type { Logger } from '../../log/logger.js';
import { MixError } from '../../errors.js';
import { buildBrandDataset, type BuiltDataset } from './build.js';
import { writeFileAtomic } from '../../util/atomic-write.js';

export interface BrandDatasetReport {
  dataDir: string;
  seed: number;
  files: { path: string; bytes: number }[];
  totalBytes: number;
  summary: BuiltDataset['summary'];
  ms: number;
}

export interface GenerateOptions {
  dataDir: string;
  seed: number;
  logger?: Logger;
}

export async function generateBrandDataset(options: GenerateOptions): Promise<BrandDatasetReport> {
  const { dataDir, seed, logger } = options;
  if (!Number.isInteger(seed) || seed < 0) {
    throw new MixError('INPUT_INVALID', `seed must be a non-negative integer, got ${seed}`, {
      userMessage: 'The seed must be a whole number of 0 or more.',
    });
  }
  const t0 = performance.now();
  const built = buildBrandDataset(seed);
  const files: { path: string; bytes: number }[] = [];
  for (const [path, content] of built.files) {
    await writeFileAtomic(join(dataDir, path), content);
    files.push({ path, bytes: Buffer.byteLength(content) });
  }
  const ms = Math.round(performance.now() - t0);
  const totalBytes = files.reduce((a, f) => a + f.bytes, 0);
  logger?.info({ dataDir, seed, files: files.length, totalBytes, ms }, 'brand dataset generated');
  return { dataDir, seed, files, totalBytes, summary: built.summary, ms };
}

export { buildBrandDataset } from './build.js';
export type { BuiltDataset } from './build.js';
export * from './files.js';
export { summarizeDataset } from './summary.js';
