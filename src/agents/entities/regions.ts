/**
 * Sales regions named in a question ("cars sold in London", "Scotland test drives", "leads in the north
 * west"): the region names of the catalogue, their common spellings and the dealer cities in them. Pure.
 */
import { REGIONS } from '../../data/brand/catalog.js';

/** Extra words for a region: hyphenated and run-together forms, the nations and the dealer cities. */
const EXTRA: Record<string, string[]> = {
  london: ['greater london', 'park royal', 'canary wharf'],
  south_east: ['south-east', 'southeast', 'brighton'],
  midlands: ['the midlands', 'west midlands', 'east midlands', 'birmingham'],
  north_west: ['north-west', 'northwest', 'manchester'],
  north_east: ['north-east', 'northeast', 'yorkshire', 'leeds'],
  south_west: ['south-west', 'southwest', 'wales', 'bristol', 'cardiff'],
  scotland: ['edinburgh', 'glasgow'],
};

const PHRASES: [string, string][] = REGIONS.flatMap((r) => [r.name.toLowerCase(), r.name.toLowerCase().replace(/ & /g, ' and '), ...(EXTRA[r.id] ?? [])].map((p): [string, string] => [p, r.id])).sort(
  (a, b) => b[0].length - a[0].length,
);

/** Region ids in the order they are named; each phrase is read once, longest first ("north east & yorkshire"). */
export function findRegions(text: string): string[] {
  let rest = text.toLowerCase();
  const hits: { id: string; index: number }[] = [];
  for (const [phrase, id] of PHRASES) {
    const re = new RegExp(`(?<![\\w-])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g');
    for (const m of rest.matchAll(re)) hits.push({ id, index: m.index });
    rest = rest.replace(re, (s) => ' '.repeat(s.length));
  }
  return [...new Set(hits.sort((a, b) => a.index - b.index).map((h) => h.id))];
}
