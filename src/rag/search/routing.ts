/**
 * Query routing: concepts that say which kind of document answers a question ("cancellation" → contracts,
 * "test drives" → sales). The retriever adds a ranked list restricted to those categories to the fusion,
 * so the right kind of document rises without the others being filtered out.
 */
import { MMM_CHANNELS } from '../../data/brand/catalog.js';
import { conceptsIn } from '../text/tokenize.js';
import type { DocCategory } from '../types.js';

const ROUTES: Record<string, DocCategory> = {
  contract: 'contracts',
  'contract terms': 'contracts',
  cancellation: 'contracts',
  'make good': 'contracts',
  discount: 'contracts',
  'rate card': 'contracts',
  'payment terms': 'contracts',
  sales: 'sales',
  leads: 'sales',
  'test drives': 'sales',
  configurator: 'sales',
  website: 'sales',
  dealer: 'sales',
  competitor: 'context',
  economic: 'context',
  event: 'context',
};

/** Categories a query points at, in order of first mention, at most two. */
export function routeCategories(query: string): DocCategory[] {
  const out: DocCategory[] = [];
  for (const c of conceptsIn(query)) {
    const cat = ROUTES[c];
    if (cat && !out.includes(cat)) out.push(cat);
  }
  return out.slice(0, 2);
}

/** The one media channel a query names ("the short-form video app" → tiktok), if exactly one. */
export function routeChannel(query: string): string | undefined {
  const channels = conceptsIn(query).filter((c) => (MMM_CHANNELS as readonly string[]).includes(c));
  return channels.length === 1 ? channels[0] : undefined;
}
