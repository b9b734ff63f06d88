/**
 * Suggested next questions, checked against the question just answered: a suggestion that asks it again
 * (the same words, or the same kind of question about the same metrics, channels and grouping), or that
 * switches to a channel the question already named ("And for TikTok?" after "Meta vs TikTok CTR"), is
 * dropped, and the list topped up from general questions. Pure.
 */
import { extractEntities, normalise, type Entities } from './entities/extract.js';
import { classify } from './intent/classify.js';
import type { QuestionKind } from './intent/kinds.js';

/** Asked when the skill's own suggestions were dropped. */
const GENERAL = ['What is ROI by channel?', 'Cost per car sold by channel', 'Optimise the budget', 'Which campaigns under-delivered?'];

/** "And for TikTok?", "What about Meta?": a suggestion that only switches the channel. */
const SWITCH = /^(and|also|what|how) (for|about|with) /;

const words = (s: string) => normalise(s).replace(/[^\p{L}\p{N}£%.]+/gu, ' ').replace(/\.(?!\d)/g, '').trim();

function sameSet<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  const x = new Set(a ?? []);
  const y = new Set(b ?? []);
  return x.size === y.size && [...x].every((v) => y.has(v));
}

/** Whether `suggestion` would ask the question again. */
export function repeatsQuestion(suggestion: string, question: string, entities: Entities, kind: QuestionKind): boolean {
  const s = words(suggestion);
  // A follow-up is answered as "earlier question → follow-up": either part is the question asked.
  if (question.split(' → ').some((q) => words(q) === s)) return true;
  const e = extractEntities(suggestion);
  if (e.metrics.length === 0 && e.channels.length === 0) return false;
  if (e.period && (!entities.period || e.period.from !== entities.period.from || e.period.to !== entities.period.to)) return false;
  return (
    classify(suggestion, e).kind === kind &&
    sameSet(e.metrics, entities.metrics) &&
    sameSet(e.channels, entities.channels) &&
    sameSet(e.models, entities.models) &&
    sameSet(e.regions, entities.regions) &&
    e.groupBy === entities.groupBy
  );
}

/** Whether `suggestion` only switches to a channel the question already named. */
export function switchesToNamedChannel(suggestion: string, entities: Entities): boolean {
  if (!SWITCH.test(normalise(suggestion))) return false;
  const named = extractEntities(suggestion).channels;
  return named.length > 0 && named.every((c) => entities.channels.includes(c));
}

export function filterFollowUps(suggestions: string[], question: string, entities: Entities, kind: QuestionKind): string[] {
  const keep = (s: string) => !repeatsQuestion(s, question, entities, kind) && !switchesToNamedChannel(s, entities);
  const kept = [...new Set(suggestions)].filter(keep);
  if (kept.length === suggestions.length || kept.length >= 3) return kept;
  for (const g of GENERAL) {
    if (kept.length >= Math.min(3, suggestions.length)) break;
    if (!kept.includes(g) && keep(g)) kept.push(g);
  }
  return kept;
}
