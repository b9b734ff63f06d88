/**
 * The admin operation behind `/mmm calibrate`: edit the lift-test file, refit through `reload`, and report
 * each touched channel's ROI before → after. A test is checked against the model's weeks and channels
 * before anything is written, so a bad command never leaves a file the next fit would refuse.
 */
import { formatIntervalMultiple, formatMoney } from '../agents/format.js';
import { channelName } from '../agents/entities/lexicon.js';
import { MixError } from '../errors.js';
import type { Logger } from '../log/index.js';
import { loadMmmService, prepareLiftTests, readLiftTestsFile, writeLiftTestsFile, type LiftTest } from '../mmm/index.js';
import type { OpReport } from './types.js';

export type CalibrationChange = { add: LiftTest } | { remove: number | 'all' };

export interface CalibrateOpOptions {
  dataDir: string;
  seed: number;
  logger: Logger;
  /** Refits the model the app answers from (the analyst reload). */
  reload: () => Promise<void>;
}

/** "TV −100 % from 2025-03-03 to 2025-04-21: revenue −£2.4M (± £300K)". */
export function describeLiftTest(t: LiftTest): string {
  const pct = `${t.spendChange > 0 ? '+' : '−'}${Math.round(Math.abs(t.spendChange) * 100)} %`;
  const lift = `${t.liftRevenue < 0 ? '−' : '+'}${formatMoney(Math.abs(t.liftRevenue))}`;
  return `${channelName(t.channel)} ${pct} from ${t.start} to ${t.end}: revenue ${lift}${t.standardError ? ` (± ${formatMoney(t.standardError)})` : ''}`;
}

export function listLiftTests(tests: readonly LiftTest[]): string {
  if (tests.length === 0) return 'No lift tests on file: the model is fitted on the weekly data alone. Admins can add one with `/mmm calibrate tv 2025-03-03 2025-04-21 -100% -2.4M`.';
  return [`*Lift tests the model is calibrated with* (${tests.length}):`, ...tests.map((t, i) => `${i + 1}. ${describeLiftTest(t)}`)].join('\n');
}

async function fileTests(dataDir: string, change: CalibrationChange): Promise<LiftTest[]> {
  try {
    return await readLiftTestsFile(dataDir);
  } catch (err) {
    // "remove all" is the way out of a broken file; anything else must not build on it.
    if ('remove' in change && change.remove === 'all') return [];
    const e = err instanceof MixError ? err : new MixError('MMM_INPUT_INVALID', String(err));
    throw new MixError('MMM_INPUT_INVALID', `lift-test file invalid: ${e.message}`, {
      userMessage: `The lift-test file on disk is not valid (${e.userMessage}) — fix it, or start again with \`/mmm calibrate remove all\`.`,
    });
  }
}

export async function runCalibration(o: CalibrateOpOptions, change: CalibrationChange): Promise<OpReport> {
  const load = () => loadMmmService({ dataDir: o.dataDir, seed: o.seed, logger: o.logger });
  const before = await load();
  const tests = await fileTests(o.dataDir, change);
  let next: LiftTest[];
  let touched: string[];
  if ('add' in change) {
    prepareLiftTests(before.table, [change.add]);
    next = [...tests, change.add];
    touched = [change.add.channel];
  } else if (change.remove === 'all') {
    next = [];
    touched = [...new Set(tests.map((t) => t.channel))];
  } else {
    const n = change.remove;
    if (n > tests.length) {
      throw new MixError('MMM_INPUT_INVALID', `no lift test ${n}`, {
        userMessage: tests.length === 0 ? 'There are no lift tests on file.' : `There is no test ${n}: the file has ${tests.length} (\`/mmm calibrate\` lists them).`,
      });
    }
    touched = [(tests[n - 1] as LiftTest).channel];
    next = tests.filter((_, i) => i !== n - 1);
  }
  await writeLiftTestsFile(o.dataDir, next);
  await o.reload();
  const after = await load();
  const roi = (svc: typeof before, ch: string) => svc.roi().channels.find((c) => c.channel === ch);
  const lines = touched.map((ch) => {
    const [b, a] = [roi(before, ch), roi(after, ch)];
    const count = next.filter((t) => t.channel === ch).length;
    const state = count > 0 ? `calibrated with ${count} lift test${count === 1 ? '' : 's'}` : 'no longer calibrated';
    return b && a ? `${channelName(ch)} ROI ${formatIntervalMultiple(b.roi)} → *${formatIntervalMultiple(a.roi)}*, ${state}.` : `${channelName(ch)}: ${state}.`;
  });
  return {
    summary: [...('add' in change ? [`Recorded: ${describeLiftTest(change.add)}.`] : []), ...lines].join('\n'),
    stats: { 'lift tests on file': next.length },
  };
}
