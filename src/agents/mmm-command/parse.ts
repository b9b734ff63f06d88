/**
 * A pure parser for `/mmm` command text: `optimize 2.5M 0.2 lock tv,meta`, `roi tv`, `curves`,
 * `scenario move 500k from tv to youtube`, `scenario tv -10% meta +10%`, `scenario cut radio`, `summary`, `fit`,
 * `help`. Budgets: 2.5M, £2,500,000, 2 500 000, 2.5 million, 2,5M (decimal comma), 500k. Bounds: 0.2 or 20%. Planning periods (optimize and scenario): "over
 * 13 weeks", "13w", "per quarter", "per month" (4 weeks), "per year"; without one the model tools infer
 * it from the budget. Errors are friendly sentences.
 */
import { CHANNEL_LABELS, MMM_CHANNELS, type MmmChannel } from '../../data/brand/catalog.js';
import type { ScenarioRequest } from '../../mmm/service-types.js';
import { fuzzyPick } from '../entities/fuzzy.js';
import { parseFraction, parseMoney } from '../entities/numbers.js';
import { findPlanPeriod, withoutPlanPeriod } from '../entities/plan-period.js';
import { toChannelId } from '../tools/schemas.js';

export type MmmCommand =
  | { kind: 'help' }
  | { kind: 'summary' }
  | { kind: 'diagnostics' }
  | { kind: 'roi'; channel?: MmmChannel }
  | { kind: 'curves'; channel?: MmmChannel }
  | { kind: 'optimize'; budget?: number; extra?: number; bounds?: number; lock: MmmChannel[]; periodWeeks?: number }
  | { kind: 'scenario'; request: ScenarioRequest };

export type ParseOutcome = { ok: true; command: MmmCommand } | { ok: false; error: string };

export const MMM_USAGE = [
  '`/mmm summary` — spend, sales and weeks of data behind the model',
  '`/mmm roi [channel]` — ROI by channel with 90% ranges',
  '`/mmm optimize [budget | +extra] [over N weeks] [bound] [lock ch1,ch2]` — e.g. `/mmm optimize 2.5M over 13 weeks 0.2 lock tv`, or `/mmm optimize +500k` for extra money on top of today\'s spend',
  '`/mmm curves [channel]` — saturation curves and carry-over',
  '`/mmm scenario move 500k from tv to youtube [per quarter]`, `/mmm scenario tv -10% meta +10%` or `/mmm scenario cut radio`',
  '`/mmm fit` — how well the model fits',
];

const SUBCOMMANDS: Record<string, MmmCommand['kind']> = {
  help: 'help',
  summary: 'summary',
  overview: 'summary',
  roi: 'roi',
  rois: 'roi',
  optimize: 'optimize',
  optimise: 'optimize',
  opt: 'optimize',
  optimizer: 'optimize',
  curves: 'curves',
  curve: 'curves',
  saturation: 'curves',
  scenario: 'scenario',
  whatif: 'scenario',
  'what-if': 'scenario',
  fit: 'diagnostics',
  diagnostics: 'diagnostics',
};

const CHANNEL_LIST = MMM_CHANNELS.join(', ');

function channelOf(token: string): MmmChannel | { error: string } {
  const id = toChannelId(token) as string;
  if ((MMM_CHANNELS as readonly string[]).includes(id)) return id as MmmChannel;
  return { error: `I don't know a channel called "${token}". The model's channels are: ${CHANNEL_LIST}.` };
}

function fail(error: string): ParseOutcome {
  return { ok: false, error };
}

const MULTIPLIER = '(?:k|thousand|grand|mm|mn|mio|millions?|m|bn|billion|b)';

/**
 * Splits on spaces and commas but keeps an amount whole: "£2,500,000", "2 500 000", "2,5M" (decimal comma),
 * "2.5 million" (joined to "2.5million").
 */
function tokenize(text: string): string[] {
  return text
    .trim()
    .replace(/(\d),(?=\d{3}\b)/g, '$1_')
    .replace(new RegExp(`(\\d),(?=\\d{1,2}\\s*${MULTIPLIER}\\b)`, 'gi'), '$1~')
    .replace(/(?<![\d.,_~])(\d{1,3})((?: \d{3}){2,})(?![\d.,])/g, (_, head: string, groups: string) => head + groups.replace(/ /g, '_'))
    .replace(new RegExp(`(\\d)\\s+(${MULTIPLIER})\\b`, 'gi'), '$1$2')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((t) => t.replace(/(\d)_(?=\d{3})/g, '$1,').replace(/(\d)~/g, '$1,'));
}

function looksLikeBound(token: string): boolean {
  if (/%$/.test(token) || /^(±|\+\/-)/.test(token)) return true;
  const n = Number(token);
  return Number.isFinite(n) && n > 0 && n <= 1;
}

/** `period=13`, `weeks=13`, `period=quarter`. */
function periodValue(value: string): number | { error: string } {
  const m = findPlanPeriod(/^[-−]?\d+(\.\d+)?$/.test(value) ? `${value} weeks` : `per ${value}`);
  if (!m) return { error: `"${value}" is not a planning period I can read; try \`over 13 weeks\`, \`13w\` or \`per quarter\`.` };
  return m.ok ? m.weeks : { error: `${m.reason}.` };
}

/** Words that start the list of channels held at today's spend: `lock tv`, `keeping tv fixed`. */
const LOCK_WORDS = new Set(['lock', 'locked', 'locking', 'keep', 'keeping', 'fix', 'fixing', 'hold', 'holding', 'freeze', 'protect']);
/** Words around the locked channels that name no channel: `lock tv and ooh`, `keeping tv fixed`. */
const LOCK_FILLERS = new Set(['and', '&', 'fixed', 'flat', 'locked', 'constant', 'unchanged', 'as', 'is']);
/** Words people put around a budget and a bound: `budget 3M, max 20% change per channel`. */
const OPTIMIZE_FILLERS = new Set(['bounds', 'bound', 'within', 'budget', 'of', 'a', 'with', 'max', 'maximum', 'at', 'most', 'up', 'to', 'change', 'changes', 'per', 'each', 'channel', 'channels', 'move', 'moves', 'and']);

function parseOptimize(args: string[], periodWeeks?: number): ParseOutcome {
  let budget: number | undefined;
  let extra: number | undefined;
  let nextIsExtra = false;
  let bounds: number | undefined;
  const lock: MmmChannel[] = [];
  for (let i = 0; i < args.length; i++) {
    const raw = args[i]!;
    const [key, value] = raw.includes('=') ? (raw.split('=', 2) as [string, string]) : [undefined, raw];
    const token = value.toLowerCase();
    if (key === 'lock' || (key === undefined && LOCK_WORDS.has(token))) {
      const rest = (key === 'lock' ? [value, ...args.slice(i + 1)] : args.slice(i + 1)).filter((t) => !LOCK_FILLERS.has(t.toLowerCase()));
      if (rest.length === 0) return fail('`lock` needs at least one channel, e.g. `lock tv,meta`.');
      for (const t of rest) {
        const ch = channelOf(t);
        if (typeof ch !== 'string') return fail(ch.error);
        if (!lock.includes(ch)) lock.push(ch);
      }
      break;
    }
    if (key === 'bounds' || key === 'bound' || (key === undefined && looksLikeBound(token))) {
      const r = parseFraction(value);
      if (!r.ok) return fail(`${r.reason}.`);
      bounds = r.value;
      continue;
    }
    if (key === 'period' || key === 'weeks') {
      const w = periodValue(value);
      if (typeof w !== 'number') return fail(w.error);
      periodWeeks = w;
      continue;
    }
    if (key === undefined && OPTIMIZE_FILLERS.has(token)) continue;
    if (key === undefined && (token === 'extra' || token === 'additional' || token === 'another')) {
      nextIsExtra = true;
      continue;
    }
    if (key === 'extra' || (key === undefined && (nextIsExtra || token.startsWith('+')))) {
      const r = parseMoney(value.replace(/^\+/, ''));
      if (!r.ok) return fail(`${r.reason[0]!.toUpperCase()}${r.reason.slice(1)}. Usage: ${MMM_USAGE[2]}`);
      if (extra !== undefined || budget !== undefined) return fail(`Give one amount (${args.join(' ')}): a total like \`/mmm optimize 2.5M\` or extra money like \`/mmm optimize +500k\`.`);
      extra = r.value;
      nextIsExtra = false;
      continue;
    }
    if (key === undefined && SUBCOMMANDS[token] && SUBCOMMANDS[token] !== 'optimize') {
      const before = args.slice(0, i).filter((a) => a.toLowerCase() !== 'and');
      return fail(`One command at a time, please: \`/mmm optimize ${before.join(' ')}\`, then \`/mmm ${args.slice(i).join(' ')}\`.`);
    }
    if (key === 'budget' || key === undefined) {
      const r = parseMoney(value);
      if (!r.ok) return fail(`${r.reason[0]!.toUpperCase()}${r.reason.slice(1)}. Usage: ${MMM_USAGE[2]}`);
      if (budget !== undefined || extra !== undefined) return fail(`Two budgets given (${args.join(' ')}); give one, e.g. \`/mmm optimize 2.5M\`.`);
      if (r.value < 1000) return fail(`A budget of £${r.value} is too small to plan with; did you mean ${r.value}${r.value < 100 ? 'M' : 'k'}?`);
      budget = r.value;
      continue;
    }
    return fail(`I did not understand \`${raw}\`. Usage: ${MMM_USAGE[2]}`);
  }
  if (lock.length === MMM_CHANNELS.length) return fail('Every channel is locked, so there is nothing to optimise.');
  return {
    ok: true,
    command: { kind: 'optimize', ...(budget !== undefined ? { budget } : {}), ...(extra !== undefined ? { extra } : {}), ...(bounds !== undefined ? { bounds } : {}), lock, ...(periodWeeks !== undefined ? { periodWeeks } : {}) },
  };
}

function parseScenario(args: string[], periodWeeks?: number): ParseOutcome {
  const outcome = parseScenarioRequest(args);
  if (!outcome.ok || periodWeeks === undefined || outcome.command.kind !== 'scenario') return outcome;
  return { ok: true, command: { kind: 'scenario', request: { ...outcome.command.request, periodWeeks } } };
}

function parseScenarioRequest(args: string[]): ParseOutcome {
  const text = args.join(' ').toLowerCase();
  const usage = `Usage: ${MMM_USAGE[4]}`;
  // "cut radio", "switch off radio and print": those channels go to zero.
  const off = /^(?:cut|stop|pause|kill|drop|remove|switch off|turn off)\s+(.+)$/.exec(text);
  if (off && !/\d/.test(off[1]!)) {
    const changes: Record<string, number> = {};
    for (const word of off[1]!.split(/\s+|\band\b/).filter((w) => w && w !== 'and' && w !== '&')) {
      const ch = channelOf(word);
      if (typeof ch !== 'string') return fail(ch.error);
      changes[ch] = -1;
    }
    if (Object.keys(changes).length > 0) return { ok: true, command: { kind: 'scenario', request: { changes } } };
  }
  const move = /^(?:move|shift)\s+(\S+)\s+(?:of\s+\S+\s+)?from\s+(\S+)\s+(?:to|into)\s+(\S+)$/.exec(text);
  if (move) {
    const from = channelOf(move[2]!);
    const to = channelOf(move[3]!);
    if (typeof from !== 'string') return fail(from.error);
    if (typeof to !== 'string') return fail(to.error);
    if (from === to) return fail('Moving budget needs two different channels.');
    if (/%$/.test(move[1]!)) {
      const f = parseFraction(move[1]!);
      if (!f.ok && /^\d/.test(move[1]!)) return fail(`A move can take at most 100% of ${CHANNEL_LABELS[from]}'s spend (you asked for ${move[1]}); e.g. \`/mmm scenario move 20% from ${from} to ${to}\`.`);
      if (!f.ok) return fail(`${f.reason}. ${usage}`);
      return { ok: true, command: { kind: 'scenario', request: { move: { from, to, fraction: f.value } } } };
    }
    const amount = parseMoney(move[1]!);
    if (!amount.ok) return fail(`${amount.reason.replace(/^a budget/, 'An amount to move')}. ${usage}`);
    return { ok: true, command: { kind: 'scenario', request: { move: { from, to, amount: amount.value } } } };
  }
  const changes: Record<string, number> = {};
  const pairs = text.replace(/=/g, ' ').split(/\s+/).filter(Boolean);
  if (pairs.length === 0 || pairs.length % 2 !== 0) return fail(`I could not read that scenario. ${usage}`);
  for (let i = 0; i < pairs.length; i += 2) {
    const ch = channelOf(pairs[i]!);
    if (typeof ch !== 'string') return fail(ch.error);
    const m = /^([+-−]?)(\d+(?:\.\d+)?)(%?)$/.exec(pairs[i + 1]!);
    if (!m) return fail(`"${pairs[i + 1]}" is not a change I can read for ${CHANNEL_LABELS[ch]}; use e.g. +10% or -0.1. ${usage}`);
    let v = Number(m[2]) * (m[1] === '-' || m[1] === '−' ? -1 : 1);
    if (m[3] || Math.abs(v) > 1) v /= 100;
    if (v < -1) return fail(`${CHANNEL_LABELS[ch]} cannot be cut by more than 100%.`);
    changes[ch] = v;
  }
  return { ok: true, command: { kind: 'scenario', request: { changes } } };
}

export function parseMmmCommand(text: string): ParseOutcome {
  let body = text.replace(/^\/mmm\b/i, '');
  // A planning period ("over 13 weeks", "per quarter") may sit anywhere; read it first, then the rest.
  const period = findPlanPeriod(body);
  if (period && !period.ok) return fail(`${period.reason}.`);
  if (period) body = withoutPlanPeriod(body, period);
  const periodWeeks = period?.weeks;
  const tokens = tokenize(body);
  if (tokens.length === 0) return { ok: true, command: { kind: 'help' } };
  const head = tokens[0]!.toLowerCase();
  const kind = SUBCOMMANDS[head] ?? SUBCOMMANDS[fuzzyPick(head, Object.keys(SUBCOMMANDS)) ?? ''];
  const args = tokens.slice(1);
  if (!kind) {
    // "/mmm 2.5M" is read as an optimisation of that budget.
    if (parseMoney(tokens[0]!).ok) return parseOptimize(tokens, periodWeeks);
    return fail(`I don't know \`/mmm ${tokens[0]}\`. Try:\n${MMM_USAGE.map((u) => `• ${u}`).join('\n')}`);
  }
  switch (kind) {
    case 'help':
    case 'summary':
    case 'diagnostics':
      return { ok: true, command: { kind } };
    case 'roi':
    case 'curves': {
      if (args.length === 0) return { ok: true, command: { kind } };
      const ch = channelOf(args.join(' '));
      if (typeof ch !== 'string') return fail(ch.error);
      return { ok: true, command: { kind, channel: ch } };
    }
    case 'optimize':
      return parseOptimize(args, periodWeeks);
    case 'scenario':
      return parseScenario(args, periodWeeks);
  }
}
