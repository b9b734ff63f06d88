/** Parsing and help text of the slash commands (pure). */
import { MMM_USAGE, parseMmmCommand as parseModelCommand } from '../agents/mmm-command/parse.js';
import { CALIBRATE_USAGE, parseCalibrate, type CalibrateCommand } from './calibrate-parse.js';

export type MmmCommand =
  | { kind: 'help' }
  | { kind: 'regenerate'; seed?: number }
  | { kind: 'digest_now' }
  | CalibrateCommand
  | { kind: 'invalid'; message: string }
  /** optimize / summary / roi / curves / scenario…: handed to the agents' MMM command runner. */
  | { kind: 'run'; text: string; privately: boolean };

const PRIVATE_FLAGS = new Set(['--private', 'private', '--me', '-p']);

export function parseMmmCommand(raw: string): MmmCommand {
  const words = raw.trim().split(/\s+/).filter(Boolean);
  const head = (words[0] ?? 'help').toLowerCase();
  if (head === 'help' || head === '?' || words.length === 0) return { kind: 'help' };
  if (head === 'regenerate') {
    if (words.length === 1) return { kind: 'regenerate' };
    const seed = Number(words[1]);
    if (!Number.isInteger(seed) || seed < 0) return { kind: 'invalid', message: `\`${words[1]}\` is not a seed — use a whole number, e.g. \`/mmm regenerate 7\`.` };
    return { kind: 'regenerate', seed };
  }
  if (head === 'calibrate' || head === 'calibration' || head === 'calibrations' || head === 'lift-tests') return parseCalibrate(words.slice(1));
  if (head === 'digest') {
    if ((words[1] ?? '').toLowerCase() === 'now') return { kind: 'digest_now' };
    return { kind: 'invalid', message: 'The digest posts itself every week; admins can post one now with `/mmm digest now`.' };
  }
  const privately = words.some((w) => PRIVATE_FLAGS.has(w.toLowerCase()));
  const text = words.filter((w) => !PRIVATE_FLAGS.has(w.toLowerCase())).join(' ');
  // A budget, lock list or scenario that does not parse is said back to the user alone, at once, instead
  // of being posted in the channel as a result (with the user's typo and Regenerate buttons for all to see).
  const model = parseModelCommand(text);
  if (!model.ok) return { kind: 'invalid', message: model.error };
  return { kind: 'run', text, privately };
}

/** The model commands come from the agents' parser (one source of truth); the Slack-only ones follow. */
export const MMM_HELP = [
  '*`/mmm` — the marketing-mix model*',
  ...MMM_USAGE.map((line) => `• ${line}`),
  '• add `private` to see a result alone (charts are posted only in channels I am in)',
  '• `/mmm calibrate` — the lift tests (experiments) the model is calibrated with',
  `• admins: ${CALIBRATE_USAGE} records an experiment and refits; \`/mmm calibrate remove N\`; \`/mmm regenerate [seed]\` (new synthetic data, refit, reindex), \`/mmm digest now\`, \`/reindex\``,
  'Ask follow-up questions in the thread of any result.',
].join('\n');

export const REFUSAL = (what: string): string =>
  `Sorry — only workspace admins (or the people listed in \`ADMIN_USER_IDS\`) can ${what}. Ask an admin if it needs doing.`;
