/**
 * Query expansion for the keyword side: the canonical name of every concept a query mentions is added
 * ("Facebook cost per thousand" → "+ meta cpm"), so exact-term search finds documents that use the
 * other word. The vector side gets the same effect from the embedder's concept tokens.
 */
import { negationVariants, normaliseText } from '../synonyms.js';
import { conceptPhrases, conceptsIn } from '../text/tokenize.js';

/** The query plus the canonical names of the concepts it mentions in other words. */
export function expandQuery(query: string): string {
  const present = new Set(normaliseText(query).split(' '));
  const extra = conceptsIn(query).filter((c) => !c.split(' ').every((w) => present.has(w)));
  return extra.length ? `${query} ${extra.join(' ')}` : query;
}

/**
 * Every other phrase of those concepts ("get out" → terminate, termination, notice period…) and the other
 * wordings of a negated compound ("unposted" → not posted), searched at a low weight.
 */
export function synonymTerms(query: string): string {
  return [...conceptPhrases(conceptsIn(query)), ...negationVariants(query)].join(' ');
}
