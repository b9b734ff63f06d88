/**
 * The inputs of a budget plan read from words, and the ones that cannot be planned said back: the locked
 * channels ("keeping TV fixed", "lock metta" → which channel?), a bound over 100 %, an unreadable or tiny
 * budget ("a budget of 0", "budget of 500"), a move over 100 % or to a channel the model does not have. Pure.
 */
import { MMM_CHANNELS, type MmmChannel } from '../../data/brand/catalog.js';
import { extractEntities, normalise, type Entities } from '../entities/extract.js';
import { parseMoney } from '../entities/numbers.js';
import { channelName } from '../entities/lexicon.js';
import { formatMoney, formatPct, listAnd, listOr } from '../format.js';
import { unknownChannelLine } from './metric-skills.js';

/** The model's channels by name, for replies that ask which one was meant. */
export const CHANNEL_LIST = MMM_CHANNELS.map((c) => channelName(c)).join(', ');

/** Words after "keep"/"hold" that name the budget or the plan, not a channel ("keep the total flat"). */
const NOT_A_CHANNEL = /^(the|a|an|our|my|it|its|that|this|total|budget|spend|spending|everything|all|same|overall|costs?|money|plan|mix|things|within|under|below|above|to|in|at|on|up|down|each|every)$/;

export interface LockReading {
  channels: MmmChannel[];
  /** Why the lock cannot be read, for the reply ("I don't know a channel called "metta"…"). */
  problem?: string;
}

/** Where the list of held channels ends: "TV and OOH fixed over 13 weeks", "TV, max 20% change". */
const LIST_END = /\s+(?:(?:fixed|flat|constant|unchanged|locked|as is|at|to|with|without|over|for|in|within|under|below|above|max|maximum|min|minimum|while|but|so|then|and then|budget|spend|spending)\b|[±+-]?\d).*$/;

/**
 * The names in a lock list, each as typed ("tv and metta" → tv, metta), without words that name the budget or
 * the plan ("the total", "our budget") and without the list's fillers.
 */
function lockListItems(phrase: string): string[] {
  return phrase
    .replace(LIST_END, '')
    .split(/\s*(?:,|&|\/|\+|\band\b|\bplus\b|\bor\b|\bas well as\b)\s*/)
    .map((item) => item.split(/\s+/).filter((w) => w && !NOT_A_CHANNEL.test(w) && !/^(fixed|flat|constant|unchanged|locked|channels?|media|levels?|as|is)$/.test(w)).join(' '))
    .filter((item) => /^[a-z][\w' -]*$/.test(item));
}

/** Channels named after "lock/keep/hold/fix/protect/without touching" (or "…locked"), typos corrected. */
export function readLocks(question: string): LockReading {
  const t = normalise(question);
  const m = /\b(lock(?:ing)?|keep(?:ing)?|hold(?:ing)?|fix(?:ing)?|protect(?:ing)?|freez(?:e|ing)|without (?:touching|changing))\s+(.+?)(\s+(?:fixed|flat|constant|as is|unchanged|locked))?(?:[.?!;]|$)/.exec(t);
  if (!m) return { channels: [] };
  const phrase = m[2]!;
  const found = extractEntities(phrase);
  if (found.unknownChannels.length) return { channels: [], problem: `${unknownChannelLine(found.unknownChannels)} Which of them should stay at today's spend?` };
  if (found.channels.length) {
    // "keeping TV and metta fixed": every name in the list must be a channel, or the plan would hold less than asked.
    const unread = lockListItems(phrase).filter((item) => extractEntities(item).channels.length === 0);
    if (unread.length) {
      return {
        channels: [],
        problem: `I don't know a channel called ${listOr(unread.map((u) => `"${u}"`))} to hold at today's spend (I read ${listAnd(found.channels.map((c) => channelName(c)))}). Which channel did you mean? The model's channels are: ${CHANNEL_LIST}.`,
      };
    }
    return { channels: found.channels };
  }
  // "lock metta", "keeping tiktk fixed": a lock was asked for, but of nothing the model knows.
  const first = phrase.split(/[\s,]+/)[0] ?? '';
  const explicit = /^(lock|locking|freez)/.test(m[1]!) || m[3] !== undefined;
  if (explicit && first && !NOT_A_CHANNEL.test(first) && !/^\d/.test(first)) {
    return { channels: [], problem: `I don't know a channel called "${first}" to hold at today's spend. The model's channels are: ${CHANNEL_LIST}.` };
  }
  return { channels: [] };
}

/** A bound read from a percentage ("max 20% change", "±10%"), or why it cannot be one (0 % or over 100 %). */
export function readBound(e: Pick<Entities, 'percentages'>): { bounds?: number; problem?: string } {
  const p = e.percentages.map(Math.abs).find((v) => v > 0);
  if (p === undefined) return {};
  if (p > 1) return { problem: `A bound of ${formatPct(p * 100, 0)} would let a channel move by more than its whole budget; give one between 1% and 100%, e.g. "max 20% change per channel".` };
  return { bounds: p };
}

/**
 * "a budget of 0", "budget of abc", "budget of 500": the word after "budget" when no amount was read from it.
 * Bare numbers under 10,000 are not read as money in free text, so a small one is said back with a hint.
 */
export function unreadableBudget(question: string, e: Pick<Entities, 'amounts'>): string | undefined {
  if (e.amounts.length > 0) return undefined;
  const m = /\bbudget\s+(?:(?:of|to|at|is|=|:)\s*)?(?!the\b|a\b|our\b|my\b|that\b|it\b|over\b|for\b|per\b|by\b|across\b|in\b|between\b|so\b|and\b|with\b|without\b|keeping\b|but\b)([£$€]?[\w.,]+)/i.exec(question);
  if (!m) return undefined;
  const r = parseMoney(m[1]!);
  if (!r.ok) return `${r.reason[0]!.toUpperCase()}${r.reason.slice(1)}.`;
  if (r.value < 1000) return `A budget of ${formatMoney(r.value)} is too small to plan with; did you mean ${m[1]}${r.value < 100 ? 'M' : 'k'}? Give it with a unit, e.g. 2.5M or 500k.`;
  return undefined;
}

/** A move of more than all of the source channel ("move 150% from TV to Meta"). */
export function moveTooLarge(e: Pick<Entities, 'percentages'>, from: MmmChannel): string | undefined {
  const p = e.percentages.find((v) => Math.abs(v) > 1);
  return p === undefined ? undefined : `A move can take at most 100% of ${channelName(from)}'s spend (you asked for ${formatPct(Math.abs(p) * 100, 0)}); say e.g. "move 20% from ${channelName(from)}".`;
}
