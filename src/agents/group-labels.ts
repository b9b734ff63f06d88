/** How a metric group's key is said back in replies and chart axes: channel, model and region names from the catalogue. */
import { regionName, VEHICLE_MODELS } from '../data/brand/catalog.js';
import { channelName } from './entities/lexicon.js';

/** Competitor spend's media groups. */
const MEDIA_GROUPS: Record<string, string> = { tv: 'TV', digital: 'Digital', ooh: 'OOH', other: 'Other media' };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function modelName(id: string): string {
  return VEHICLE_MODELS.find((m) => m.id === id)?.name ?? id;
}

/** "paid_google" → "Paid Google Ads", "organic_search" → "Organic search". */
export function sourceName(id: string): string {
  const paid = /^paid_(\w+)$/.exec(id);
  if (paid && channelName(paid[1]!) !== paid[1]) return `Paid ${channelName(paid[1]!)}`;
  const words = id.replace(/_/g, ' ');
  return words[0] ? words[0].toUpperCase() + words.slice(1) : words;
}

export function groupLabel(groupBy: string | undefined, group: string): string {
  // Leads and test drives without a paid channel's tracking code.
  if (groupBy === 'channel' && group === '(no channel)') return 'No paid channel (organic, direct, dealer)';
  if (groupBy === 'channel') return channelName(group);
  if (groupBy === 'vehicle_model') return modelName(group);
  if (groupBy === 'region') return regionName(group);
  if (groupBy === 'media') return MEDIA_GROUPS[group] ?? group;
  if (groupBy === 'source') return sourceName(group);
  const month = groupBy === 'month' ? /^(\d{4})-(\d{2})$/.exec(group) : null;
  if (month) return `${MONTHS[Number(month[2]) - 1] ?? month[2]} ${month[1]}`;
  const quarter = groupBy === 'quarter' ? /^(\d{4})-Q([1-4])$/.exec(group) : null;
  if (quarter) return `Q${quarter[2]} ${quarter[1]}`;
  return group;
}

/**
 * "by broadcaster": the grouping said back. Supplier groups are named after the file's own column (broadcaster,
 * station group, publisher) when one channel's file was grouped, else "supplier".
 */
export function groupByWord(groupBy: string, columns?: string[]): string {
  if (groupBy === 'supplier') return columns?.length === 1 ? columns[0]!.replace(/_/g, ' ') : 'supplier';
  return groupBy.replace('_id', '').replace('_', ' ');
}
