/**
 * `/mmm calibrate …` (pure): record an experiment's result so the marketing-mix model is calibrated by it.
 *   /mmm calibrate                         → list the lift tests on file
 *   /mmm calibrate tv 2025-03-03 2025-04-21 -100% -2.4M [300k]
 *                                           → TV went dark (−100 %) from 3 March to 21 April and revenue fell
 *                                             £2.4M (± £300k, optional; default 20 % of the lift)
 *   /mmm calibrate remove 2 | remove all    → drop a test (numbers as listed) or all of them
 * The lift is the revenue change the spend change caused, carry-over included: a cut comes with a negative
 * lift. Errors are friendly sentences that show the expected form.
 */
import { MMM_CHANNELS } from '../data/brand/catalog.js';
import { parseMoney } from '../agents/entities/numbers.js';
import { toChannelId } from '../agents/tools/schemas.js';
import type { LiftTest } from '../mmm/types.js';

export type CalibrateCommand =
  | { kind: 'calibrate_list' }
  | { kind: 'calibrate_add'; test: LiftTest }
  | { kind: 'calibrate_remove'; index: number | 'all' }
  | { kind: 'invalid'; message: string };

export const CALIBRATE_USAGE = '`/mmm calibrate tv 2025-03-03 2025-04-21 -100% -2.4M [300k]` (channel, test start and end, spend change, revenue change, optional standard error)';

const bad = (why: string): CalibrateCommand => ({ kind: 'invalid', message: `${why}\nUse ${CALIBRATE_USAGE}, \`/mmm calibrate\` to list, \`/mmm calibrate remove 2\` to drop one.` });

/** "-100%", "-1", "+50%", "50%", "0.5", "dark"/"off" → relative change; |x| > 1 without % is read as percent. */
export function parseSpendChange(text: string): number | undefined {
  if (/^(dark|off)$/i.test(text)) return -1;
  const m = /^([+\-−]?)(\d+(?:\.\d+)?)(%?)$/.exec(text);
  if (!m) return undefined;
  let v = Number(m[2]);
  if (m[3] || v > 1) v /= 100;
  return m[1] === '-' || m[1] === '−' ? -v : v;
}

/** A signed amount: "-2.4M", "−£2,400,000", "+500k", "500k". */
export function parseSignedMoney(text: string): number | undefined {
  const m = /^([+\-−]?)(.+)$/.exec(text.trim());
  if (!m) return undefined;
  const r = parseMoney(m[2] as string);
  if (!r.ok) return undefined;
  return m[1] === '-' || m[1] === '−' ? -r.value : r.value;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function validDate(s: string): boolean {
  return ISO.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
}

/** Parses the words after `calibrate`. */
export function parseCalibrate(words: readonly string[]): CalibrateCommand {
  if (words.length === 0 || (words.length === 1 && /^(list|show)$/i.test(words[0] as string))) return { kind: 'calibrate_list' };
  if (/^(remove|delete|drop)$/i.test(words[0] as string)) {
    const what = (words[1] ?? '').toLowerCase();
    if (what === 'all') return { kind: 'calibrate_remove', index: 'all' };
    const n = Number(what);
    if (!Number.isInteger(n) || n < 1) return bad(`\`${words[1] ?? ''}\` is not a test number — \`/mmm calibrate\` lists them.`);
    return { kind: 'calibrate_remove', index: n };
  }
  if (words.length < 5 || words.length > 6) return bad('A lift test needs five parts (and an optional sixth).');
  const [channelWord, start, end, changeWord, liftWord, seWord] = words as [string, string, string, string, string, string | undefined];
  const channel = toChannelId(channelWord) as string;
  if (!(MMM_CHANNELS as readonly string[]).includes(channel)) return bad(`I don't know a channel called "${channelWord}" (the model's channels: ${MMM_CHANNELS.join(', ')}).`);
  for (const d of [start, end]) if (!validDate(d)) return bad(`\`${d}\` is not a date — write it as YYYY-MM-DD, e.g. 2025-03-03.`);
  if (start > end) return bad(`The test starts (${start}) after it ends (${end}).`);
  const spendChange = parseSpendChange(changeWord);
  if (spendChange === undefined || spendChange === 0 || spendChange < -1) {
    return bad(`\`${changeWord}\` is not a spend change I can use — e.g. -100% for going dark, +50% for half as much again.`);
  }
  const liftRevenue = /^[+\-−]?[£$]?0+(\.0+)?$/.test(liftWord) ? 0 : parseSignedMoney(liftWord);
  if (liftRevenue === undefined) return bad(`\`${liftWord}\` is not an amount — e.g. -2.4M or -£2,400,000.`);
  if (liftRevenue === 0 && seWord === undefined) return bad('A test that moved nothing needs its standard error (the sixth part), e.g. `0 150k`.');
  if (spendChange < 0 && liftRevenue > 0) {
    return bad(`Spend went down, so the revenue change should be negative: did you mean \`-${liftWord}\`? (The lift is the revenue the test moved, with its sign.)`);
  }
  if (spendChange > 0 && liftRevenue < 0) return bad('Spend went up but revenue went down: check the sign of the revenue change.');
  const test: LiftTest = { channel, start, end, spendChange, liftRevenue };
  if (seWord !== undefined) {
    const se = parseSignedMoney(seWord.replace(/^(±|\+\/-|se=?)/i, ''));
    if (se === undefined || se <= 0) return bad(`\`${seWord}\` is not a standard error — a positive amount such as 300k.`);
    test.standardError = se;
  }
  return { kind: 'calibrate_add', test };
}
