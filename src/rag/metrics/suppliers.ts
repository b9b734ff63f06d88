/**
 * Media owners named the way people name them. A filter term stands for the names in the CSVs it equals or
 * whose first whole words it is, case-insensitively and with or without a legal suffix: "Albion" is both
 * "Albion Broadcasting Group" and "Albion Player", "Metro Outdoor" is "Metro Outdoor Media Ltd", and
 * "Albion Broadcasting Group plc" (the contract's party) is the broadcaster. Pure: names in, names out.
 */

const LEGAL_SUFFIX = /\s+(ltd|limited|plc|llp|inc|llc)$/;

function key(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim();
}

/** The names among `names` that `term` stands for (none when it names no supplier). */
export function matchSuppliers(term: string, names: Iterable<string>): string[] {
  const t = key(term).replace(LEGAL_SUFFIX, '');
  if (!t) return [];
  return [...new Set(names)].filter((n) => {
    const k = key(n);
    return k === t || k.startsWith(`${t} `) || k.replace(LEGAL_SUFFIX, '') === t;
  });
}

/**
 * First words that are ordinary English on their own ("talk", "capital"): in a question they name a supplier
 * only followed by the rest of its name ("Talk Britain", "Capital Wave").
 */
const ORDINARY_WORDS = new Set(['talk', 'capital', 'northern', 'southern', 'national', 'global', 'united', 'british', 'digital', 'media', 'radio', 'city', 'local', 'first', 'the']);

/** How a name can be said: its starts of one or more words, longest first; one word only when distinctive. */
function spokenForms(name: string): string[] {
  const words = key(name).replace(LEGAL_SUFFIX, '').split(' ');
  const forms: string[] = [];
  for (let k = words.length; k >= 1; k--) {
    const form = words.slice(0, k).join(' ');
    if (k === 1 && (form.length < 4 || ORDINARY_WORDS.has(form))) continue;
    forms.push(form);
  }
  return forms;
}

/**
 * The suppliers a question names, as said ("Albion", "Metro Outdoor", "Albion Player"), in the order named.
 * The longest form wins, so "Albion Player" is the VOD seller alone and "Albion" both Albion names.
 */
export function supplierMentions(text: string, names: readonly string[]): string[] {
  let rest = key(text);
  const candidates = names
    .flatMap((n) => spokenForms(n).map((form) => ({ form, said: n.split(/\s+/).slice(0, form.split(' ').length).join(' ') })))
    .sort((a, b) => b.form.length - a.form.length);
  const hits: { at: number; said: string }[] = [];
  for (const c of candidates) {
    const re = new RegExp(`(?<![a-z0-9])${c.form.replace(/&/g, '\\&')}(?![a-z0-9])`, 'g');
    for (const m of rest.matchAll(re)) hits.push({ at: m.index, said: c.said });
    rest = rest.replace(re, (s) => ' '.repeat(s.length));
  }
  return [...new Set(hits.sort((a, b) => a.at - b.at).map((h) => h.said))];
}

/**
 * The names among `names` a question names, in the order of `names`: "Albion" is both Albion names,
 * "Albion Player" only the VOD seller, "Metro Outdoor" is "Metro Outdoor Media Ltd".
 */
export function namedSuppliers(text: string, names: readonly string[]): string[] {
  const said = supplierMentions(text, names);
  return names.filter((n) => said.some((s) => matchSuppliers(s, [n]).length > 0));
}
