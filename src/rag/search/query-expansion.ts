/**
 * Query expansion for the keyword side: the canonical name of every concept a query mentions is added
 * ("Facebook cost per thousand" → "+ meta cpm"), so exact-term search finds documents that use the
 * other word. The vector side gets the same effect from the embedder's concept tokens.
 */
import { normaliseText } from '../synonyms.js';
import { conceptsIn } from '../text/tokenize.js';

export function expandQuery(query: string): string {
  const present = new Set(normaliseText(query).split(' '));
  const extra = conceptsIn(query).filter((c) => !c.split(' ').every((w) => present.has(w)));
  return extra.length ? `${query} ${extra.join(' ')}` : query;
}
