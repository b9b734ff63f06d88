import { resolve } from 'node:path';

/** Where the shared test dataset lives (seed 42). */
export const TEST_DATA_DIR = resolve('test/.cache/data');

/** Builds the shared test dataset when missing. Filled in by the dataset generator. */
export async function ensureTestData(): Promise<string> {
  return TEST_DATA_DIR;
}
