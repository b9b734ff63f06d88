/**
 * The team's lift tests on disk (`<dataDir>/mmm/lift_tests.json`): read for listing and editing from Slack,
 * written atomically so a crash never leaves a half-written file for the next fit to trip on.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MixError } from '../errors.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { LIFT_TESTS_FILE, parseLiftTests } from './lift-tests.js';
import type { LiftTest } from './types.js';

export const liftTestsPath = (dataDir: string): string => join(dataDir, 'mmm', LIFT_TESTS_FILE);

/** The tests on file ([] when there is none); a file that is not valid throws its MixError. */
export async function readLiftTestsFile(dataDir: string): Promise<LiftTest[]> {
  let text: string;
  try {
    text = await readFile(liftTestsPath(dataDir), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new MixError('DATA_MISSING', `cannot read ${liftTestsPath(dataDir)}: ${(err as Error).message}`, {
      userMessage: `I could not read mmm/${LIFT_TESTS_FILE}.`,
      cause: err,
    });
  }
  return parseLiftTests(text, `mmm/${LIFT_TESTS_FILE}`);
}

export async function writeLiftTestsFile(dataDir: string, tests: readonly LiftTest[]): Promise<void> {
  await writeFileAtomic(liftTestsPath(dataDir), `${JSON.stringify(tests, null, 2)}\n`);
}
