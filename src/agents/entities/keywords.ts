/** Question keywords and the contract vocabulary they usually mean; sentence picking and coverage. */
import { SYNONYM_GROUPS, negationsIn, normaliseText, wordBase } from '../../rag/synonyms.js';
import { normalise } from './extract.js';

export const STOP = new Set('the a an of to in on for with and or is are was were what whats which who how our we us do does did there their this that it be by at from as any have has over'.split(' '));

/** Question words plus the contract vocabulary they usually mean. */
export const EXPAND: Record<string, string[]> = {
  cancellation: ['cancel', 'cancellation', 'notice', 'terminate', 'termination'],
  cancel: ['cancel', 'cancellation', 'notice', 'terminate'],
  terminate: ['terminate', 'termination', 'notice'],
  termination: ['terminate', 'termination', 'notice'],
  notice: ['notice', 'days', 'written'],
  period: ['days', 'weeks', 'notice', 'within'],
  payment: ['payment', 'payable', 'invoice', 'paid'],
  pay: ['payment', 'payable', 'invoice'],
  rate: ['rate', 'cost', 'price', 'per', '£'],
  rates: ['rate', 'cost', 'price', 'per', '£'],
  price: ['rate', 'cost', 'price', '£'],
  guarantee: ['guarantee', 'guarantees', 'guaranteed', 'delivery', 'make-good', 'shortfall'],
  guaranteed: ['guarantee', 'guarantees', 'guaranteed'],
  grps: ['grp', 'grps', 'delivery', 'guarantee'],
  grp: ['grp', 'grps', 'delivery', 'guarantee'],
  sla: ['sla', 'service level', 'deadline', 'business day', 'credit'],
  slas: ['sla', 'service level', 'deadline', 'business day', 'credit'],
  discount: ['discount', 'rate card'],
  penalty: ['penalty', 'charge', 'charged', 'credit', 'service credit'],
  penalties: ['penalty', 'charge', 'charged', 'credit', 'service credit'],
  late: ['late', 'credit', 'deadline', 'missed'],
  commission: ['commission', '%'],
  fee: ['fee', 'retainer', 'commission'],
  fees: ['fee', 'retainer', 'commission'],
  retainer: ['retainer', 'monthly'],
  commitment: ['commit', 'commitment', 'minimum'],
  committed: ['commit', 'commitment', 'minimum'],
  minimum: ['minimum', 'commit'],
  posting: ['post', 'posted', 'posting'],
  posted: ['post', 'posted', 'posting'],
  invoice: ['invoice', 'invoices', 'invoiced'],
  invoices: ['invoice', 'invoices', 'invoiced'],
  renewal: ['renew', 'renewal', 'extend'],
  long: ['term', 'runs from', 'inclusive', 'expire', 'until'],
  duration: ['term', 'runs from', 'inclusive', 'expire', 'until'],
  expire: ['term', 'runs from', 'end', 'expire', 'until'],
  expires: ['term', 'runs from', 'end', 'expire', 'until'],
  end: ['term', 'runs from', 'end', 'expire', 'until'],
  law: ['law', 'governing', 'jurisdiction'],
  copy: ['copy', 'clearance'],
  reports: ['report', 'reports', 'reporting'],
  report: ['report', 'reports', 'reporting'],
};

export function keywords(question: string): string[] {
  const words = normalise(question)
    .replace(/[^a-z0-9£%\s-]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 2 && !STOP.has(w));
  return [...new Set(words.flatMap((w) => EXPAND[w] ?? [w]))];
}

/** The one or two sentences of a passage that best answer the question (verbatim). */
export function bestSentences(text: string, question: string, max = 2): string[] {
  const kw = keywords(question);
  const sentences = text
    .replace(/^#+\s.*$/gm, ' ')
    .split(/(?<=[.;])\s+(?=[A-Z(])/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 20);
  const scored = sentences.map((s, i) => {
    const low = s.toLowerCase();
    const hits = kw.filter((k) => low.includes(k)).length;
    return { s, i, score: hits + (/\d/.test(s) ? 0.5 : 0) };
  });
  const top = scored.filter((x) => x.score > 0).sort((a, b) => b.score - a.score || a.i - b.i).slice(0, max);
  return top.sort((a, b) => a.i - b.i).map((x) => x.s);
}

/**
 * The question's topic words (stop and generic words removed), each with the words it may appear as. `own` are
 * the forms that are the word itself (inflected, or a vocabulary form sharing its stem: "cancel" for
 * "cancellation"); the rest are what it usually means ("late" → "credit"), weaker evidence.
 */
export function topicWords(question: string): { word: string; forms: string[]; own: string[] }[] {
  let text = normalise(question).replace(/[^a-z0-9£%\s-]/g, ' ');
  // A negated compound is one topic, matched in any of its wordings ("unposted" in "sites that are not posted").
  const negated = negationsIn(text).map((n) => ({ word: n.phrase, forms: n.forms, own: n.forms }));
  for (const n of negated) text = text.replace(n.word, ' ');
  const base = text.split(/\s+/).filter((w) => w.length > 2 && !STOP.has(w) && !GENERIC.has(w));
  // Other words match with or without their inflection ("delivery" in "delivered", "posting" in "posted").
  const words = [...new Set(base)].map((word) => {
    const inflected = [...new Set([word, word.replace(/s$/, ''), wordBase(word)])];
    const forms = EXPAND[word] ?? inflected;
    return { word, forms, own: [...inflected, ...forms.filter((f) => sameStem(f, word) || synonyms(word).has(normaliseText(f)))] };
  });
  return [...negated, ...words];
}

/** The phrases that mean the same as a word ("sla": "service level"), from the shared synonym table. */
function synonyms(word: string): Set<string> {
  return new Set(SYNONYM_GROUPS.filter((g) => g.phrases.includes(word)).flatMap((g) => g.phrases));
}

/** "cancel" and "cancellation", "payable" and "payment": one word's family (a shared stem of 3+ letters), not a word it stands for. */
function sameStem(a: string, b: string): boolean {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= 3;
}

/** A topic found as itself counts 1; found only through a word it usually means, ½. */
const MEANT_WEIGHT = 0.5;

/** How many topic words of the question the text contains (each counted once, through any of its forms; ½ when only through a meant word). */
export function topicScore(text: string, question: string, ignore: Set<string> = new Set()): number {
  const low = text.toLowerCase();
  return topicWords(question)
    .filter((t) => !ignore.has(t.word))
    .reduce((sum, t) => sum + (t.own.some((f) => low.includes(f)) ? 1 : t.forms.some((f) => low.includes(f)) ? MEANT_WEIGHT : 0), 0);
}

/** Distinct word forms of the question's topics found in the text (a tie-breaker: more evidence). */
export function formHits(text: string, question: string, ignore: Set<string> = new Set()): number {
  const low = text.toLowerCase();
  const forms = new Set(topicWords(question).filter((t) => !ignore.has(t.word)).flatMap((t) => t.forms));
  return [...forms].filter((f) => low.includes(f)).length;
}

/** Share of the question's topic words found in the text, in [0, 1]. */
export function coverage(text: string, question: string): number {
  const n = topicWords(question).length;
  return n === 0 ? 0.5 : topicScore(text, question) / n;
}

export const GENERIC = new Set(['contract', 'contracts', 'clause', 'clauses', 'agreement', 'tell', 'about', 'please', 'could', 'would', 'should', 'know', 'need', 'say', 'says', 'terms', 'under', 'our', 'your', 'can', 'get', 'give', 'show']);
