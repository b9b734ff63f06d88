/**
 * Lift-test files: a JSON array of experiments, e.g.
 *   [{ "channel": "tv", "start": "2025-03-03", "end": "2025-04-21", "spendChange": -1,
 *      "liftRevenue": -2400000, "standardError": 300000 }]
 * `spendChange` is relative (−1 = went dark, 0.5 = +50 %), `liftRevenue` the measured incremental revenue over
 * the test and the carry-over weeks after it (negative when spend was cut), `standardError` optional (default
 * 20 % of the lift). The bot reads `data/mmm/lift_tests.json`; the CLI takes `--calibration <file>`.
 */
import { z } from 'zod';
import { MixError } from '../errors.js';
import type { LiftTest } from './types.js';

export const LIFT_TESTS_FILE = 'lift_tests.json';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2025-03-03');
const liftTestSchema = z
  .object({
    channel: z.string().min(1),
    start: isoDate,
    end: isoDate,
    spendChange: z.number().finite().min(-1).refine((v) => v !== 0, 'a spend change other than 0'),
    liftRevenue: z.number().finite(),
    standardError: z.number().finite().positive().optional(),
  })
  .refine((t) => t.start <= t.end, { message: 'a start on or before its end', path: ['end'] });

/** Parses and checks a lift-test file's text; `source` names the file in the messages. */
export function parseLiftTests(text: string, source: string): LiftTest[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new MixError('MMM_INPUT_INVALID', `${source} is not JSON: ${(err as Error).message}`, {
      userMessage: `${source} is not valid JSON: it should hold a list of lift tests like [{"channel": "tv", "start": "2025-03-03", "end": "2025-04-21", "spendChange": -1, "liftRevenue": -2400000}].`,
    });
  }
  if (!Array.isArray(parsed)) {
    throw new MixError('MMM_INPUT_INVALID', `${source} is not an array`, { userMessage: `${source} should hold a JSON list of lift tests.` });
  }
  return parsed.map((item, i) => {
    const r = liftTestSchema.safeParse(item);
    if (!r.success) {
      const issue = r.error.issues[0];
      const field = issue?.path.map(String).join('.') || 'entry';
      throw new MixError('MMM_INPUT_INVALID', `${source} test ${i + 1}: ${field}: ${issue?.message}`, {
        userMessage: `Lift test ${i + 1} in ${source} has a bad \`${field}\` (${issue?.message ?? 'invalid'}). Each test needs channel, start, end (YYYY-MM-DD), spendChange (e.g. -1 for going dark) and liftRevenue.`,
      });
    }
    const { standardError, ...rest } = r.data;
    return standardError === undefined ? rest : { ...rest, standardError };
  });
}
