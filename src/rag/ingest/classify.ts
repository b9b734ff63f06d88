/**
 * Which category and channel a data file belongs to, read from its path (folder or file name), never
 * from a hard-coded list of file names: a renamed or added file is still classified.
 */
import { DIGITAL_CHANNELS, TRADITIONAL_CHANNELS, type MmmChannel } from '../../data/brand/catalog.js';
import { channelMentioned, normaliseText } from '../synonyms.js';
import type { DocCategory } from '../types.js';

export interface FileClass {
  category: DocCategory;
  channel?: MmmChannel;
  kind: 'csv' | 'markdown';
}

const CATEGORY_FOLDERS: Record<string, DocCategory> = {
  digital: 'digital',
  traditional: 'traditional',
  sales: 'sales',
  pipeline: 'sales',
  contracts: 'contracts',
  contract: 'contracts',
  context: 'context',
  assets: 'assets',
};

const SALES_WORDS = /\b(sales?|leads?|test drives?|configurator|website|web|analytics|funnel|registrations?|orders?|dealers?|showroom)\b/;
const CONTEXT_WORDS = /\b(competitors?|competition|economic|economy|macro|indicators?|sla|agency|events?|calendar|holidays?|weather|context|market)\b/;

/** Classifies a path relative to the data dir, e.g. `raw/meta_ads.csv` → digital / meta. */
export function classifyFile(relPath: string): FileClass {
  const parts = relPath.split('/');
  const name = parts[parts.length - 1] ?? relPath;
  const kind: FileClass['kind'] = /\.md$/i.test(name) ? 'markdown' : 'csv';
  const folderCategory = parts
    .slice(0, -1)
    .map((p) => CATEGORY_FOLDERS[p.toLowerCase()])
    .find((c) => c !== undefined);
  const words = normaliseText(name.replace(/\.[a-z]+$/i, ''));
  const channel = channelMentioned(name);

  if (kind === 'markdown') {
    const isContract = folderCategory === 'contracts' || /\b(contracts?|agreement|terms|addendum)\b/.test(words);
    return { category: isContract ? 'contracts' : 'dictionary', kind, ...(channel ? { channel } : {}) };
  }
  if (folderCategory === 'assets' || /\bmanifest\b/.test(words)) return { category: 'assets', kind };
  // Context words first: "context_events" names the events calendar, not the events media channel.
  // The events calendar is context, but its rows are the events channel's activity (filters by channel find it).
  if (CONTEXT_WORDS.test(words) && (!channel || channel === 'events')) {
    return { category: folderCategory ?? 'context', kind, ...(channel === 'events' ? { channel } : {}) };
  }
  if (SALES_WORDS.test(words)) return { category: folderCategory ?? 'sales', kind };
  if (channel && (DIGITAL_CHANNELS as readonly string[]).includes(channel)) {
    return { category: folderCategory ?? 'digital', kind, channel };
  }
  if (channel && (TRADITIONAL_CHANNELS as readonly string[]).includes(channel)) {
    return { category: folderCategory ?? 'traditional', kind, channel };
  }
  return { category: folderCategory ?? 'context', kind, ...(channel ? { channel } : {}) };
}
