/**
 * Typos in short words ("spnd on tiktok", "hw many leds frm meta"). Edit distance is too loose under five
 * letters ("lads" is one edit from "leads", "form" from "from"), so the typos read here are only the ones fast
 * typing makes in a closed list of question words: vowels dropped ("spnd", "leds", "frm") and two neighbouring
 * letters swapped ("spned", "laeds"), never when the typo is itself a word. Pure.
 */

/** The words whose typos are read, metrics and the question words around them. */
const TARGETS = [
  'spend',
  'spent',
  'spending',
  'leads',
  'sales',
  'sold',
  'cost',
  'costs',
  'clicks',
  'views',
  'reach',
  'budget',
  'how',
  'many',
  'much',
  'from',
  'since',
  'what',
  'month',
  'week',
  'year',
  'last',
] as const;

/** Typos of the targets that are words in their own right ("form", "lads", "lats", VWs): left as typed. */
const REAL_WORDS = new Set(['form', 'cots', 'lads', 'lats', 'vws', 'yer']);

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** Every form of `word` with one or more of its vowels left out (at least two letters remain). */
function vowelDrops(word: string): string[] {
  const at = [...word].flatMap((c, i) => (VOWELS.has(c) ? [i] : []));
  const out: string[] = [];
  for (let mask = 1; mask < 1 << at.length; mask++) {
    const drop = new Set(at.filter((_, k) => mask & (1 << k)));
    const w = [...word].filter((_, i) => !drop.has(i)).join('');
    if (w.length >= 2) out.push(w);
  }
  return out;
}

/** Every form of `word` with two neighbouring letters swapped. */
function swaps(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return out;
}

/** typo → the word meant; a typo two targets could produce is left out. */
export const SHORT_TYPOS: ReadonlyMap<string, string> = (() => {
  const seen = new Map<string, Set<string>>();
  const targets = new Set<string>(TARGETS);
  for (const t of TARGETS) {
    for (const typo of [...vowelDrops(t), ...swaps(t)]) {
      if (targets.has(typo) || REAL_WORDS.has(typo)) continue;
      seen.set(typo, (seen.get(typo) ?? new Set()).add(t));
    }
  }
  return new Map([...seen].filter(([, meant]) => meant.size === 1).map(([typo, meant]) => [typo, [...meant][0]!]));
})();

/** The text with short-word typos corrected, and the corrections made ([typed, understood]). */
export function fixShortTypos(text: string): { text: string; corrections: [string, string][] } {
  const corrections: [string, string][] = [];
  const fixed = text.replace(/(?<![\w-])[a-z]{2,8}(?![\w-])/g, (w) => {
    const meant = SHORT_TYPOS.get(w);
    if (!meant) return w;
    corrections.push([w, meant]);
    return meant;
  });
  return { text: fixed, corrections };
}
