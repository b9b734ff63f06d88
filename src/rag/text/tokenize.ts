/**
 * One tokenizer for the keyword index, the offline embedder and query expansion, so a term means the same
 * thing on both sides of every comparison. Hand-written because it must keep domain tokens that generic
 * tokenizers break (campaign ids `HM-META-TERRA-24Q2`, clause numbers `7.2`, formats `1080x1920`).
 */
import { stemmer } from 'stemmer';
import { normaliseText, SYNONYM_GROUPS } from '../synonyms.js';

const STOPWORDS = new Set(
  (
    'a an and are as at be been being but by can could did do does doing for from had has have how i if in into ' +
    'is it its me my of on or our ours out over please show so than that the their them then there these they ' +
    'this those to us was we were what when where which while who whom why will with would you your yours ' +
    'all any about also get got give find tell list much many did let lets look looking see want need ' +
    'per vs versus between during each via up down just only some same other own more most very'
  ).split(' '),
);

const CAMPAIGN_ID_RE = /\b[A-Z]{2,}(?:-[A-Z0-9]+){2,}\b/g;

/** Porter stemmer for words ("missed" and "misses" → "miss"); tokens with digits (ids, formats) stay as they are. */
export function stem(term: string): string {
  if (term.length <= 3 || /\d/.test(term)) return term;
  return stemmer(term);
}

function keepNumber(t: string): boolean {
  if (/^(19|20)\d\d$/.test(t)) return true; // years
  if (/^\d{1,2}(\.\d{1,2}){1,2}$/.test(t)) return true; // clause numbers such as 7.2 or 12.1.3
  return false;
}

/** Normalised, stemmed terms without stopwords; campaign ids are also kept whole. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const id of text.match(CAMPAIGN_ID_RE) ?? []) out.push(id.toLowerCase());
  for (const raw of normaliseText(text).split(' ')) {
    if (!raw) continue;
    const parts = /^\d+(\.\d+)+$/.test(raw) ? [raw] : raw.split('.');
    for (const p of parts) {
      if (!p || STOPWORDS.has(p)) continue;
      if (/^\d+$/.test(p) || /^\d+(\.\d+)+$/.test(p)) {
        if (keepNumber(p)) out.push(p);
        continue;
      }
      if (p.length < 2) continue;
      out.push(stem(p));
      // Campaign quarters ("24q2") also stand for their quarter and year, so "Q2 2024" finds them.
      const q = /^(\d\d)q([1-4])$/.exec(p);
      if (q) out.push(`q${q[2]}`, `20${q[1]}`);
    }
  }
  return out;
}

interface PhraseEntry {
  words: string[];
  concept: string;
}

const phrasesByFirstWord = new Map<string, PhraseEntry[]>();
for (const group of SYNONYM_GROUPS) {
  for (const phrase of group.phrases) {
    const words = phrase.split(' ').filter(Boolean);
    const first = words[0];
    if (!first) continue;
    const list = phrasesByFirstWord.get(first) ?? [];
    list.push({ words, concept: group.concept });
    phrasesByFirstWord.set(first, list);
  }
}

/** Every phrase of the concept groups a text mentions (for weighted query expansion). */
export function conceptPhrases(concepts: string[]): string[] {
  const wanted = new Set(concepts);
  return SYNONYM_GROUPS.filter((g) => wanted.has(g.concept)).flatMap((g) => g.phrases);
}

/** The synonym concepts a text mentions, e.g. "Facebook cost per thousand" → ["meta", "cpm", "spend"]. */
export function conceptsIn(text: string): string[] {
  const words = normaliseText(text).split(' ');
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const candidates = phrasesByFirstWord.get(words[i] as string) ?? phrasesByFirstWord.get(stem(words[i] as string));
    if (!candidates) continue;
    for (const c of candidates) {
      let ok = true;
      for (let j = 1; j < c.words.length; j++) {
        const w = words[i + j];
        if (w === undefined || (w !== c.words[j] && stem(w) !== stem(c.words[j] as string))) {
          ok = false;
          break;
        }
      }
      if (ok) found.add(c.concept);
    }
  }
  return [...found];
}

/** Concept marker tokens for the embedder (`syn_cpm`), kept apart from ordinary words. */
export function conceptTokens(text: string): string[] {
  return conceptsIn(text).map((c) => `syn_${c.replace(/\s+/g, '_')}`);
}
