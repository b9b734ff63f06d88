/**
 * The words people use for the brand's channels, models and metrics (synonyms, nicknames, common
 * misspellings handled by fuzzy matching in extract.ts). Ids come from the brand catalogue.
 */
import {
  CHANNEL_SHORT_NAMES,
  MMM_CHANNELS,
  VEHICLE_MODELS,
  withChannelAliases,
  type MmmChannel,
  type VehicleModelId,
} from '../../data/brand/catalog.js';
import type { MetricName } from '../../rag/types.js';

/**
 * Phrases (lower case, matched on word boundaries) → channel: the catalogue's aliases plus the spoken and
 * hyphenated forms questions use. Longer phrases are tried first.
 */
export const CHANNEL_PHRASES: Record<MmmChannel, string[]> = withChannelAliases({
  tv: ['telly', 'airtime', 'broadcast', 'broadcaster', 'tv spots'],
  ooh: ['out-of-home', 'bus shelters'],
  dv360: ['display & video 360', 'display ads', 'display advertising'],
  tiktok: ['tik-tok'],
  radio: ['audio ads'],
  events: ['motorshow'],
});

/** Words checked with typo tolerance (only distinctive ones of ≥ 6 letters: "radio"/"ratio" must not collide). */
export const CHANNEL_FUZZY: Record<string, MmmChannel> = {
  youtube: 'youtube',
  tiktok: 'tiktok',
  linkedin: 'linkedin',
  facebook: 'meta',
  instagram: 'meta',
  television: 'tv',
  programmatic: 'dv360',
  billboards: 'ooh',
  google: 'google',
};

/** Channels people ask about that the brand does not buy: answered with the list of real ones. */
export const UNKNOWN_CHANNELS = [
  'snapchat',
  'pinterest',
  'twitter',
  'reddit',
  'spotify',
  'podcast',
  'podcasts',
  'cinema',
  'amazon',
  'bing',
  'x.com',
  'twitch',
  'whatsapp',
  'netflix',
  'direct mail',
  'email',
];

export const MODEL_PHRASES: Record<VehicleModelId, string[]> = Object.fromEntries(
  VEHICLE_MODELS.map((m) => [m.id, [...new Set([m.id, m.name.toLowerCase(), ...m.nicknames.map((n) => n.toLowerCase())])]]),
) as Record<VehicleModelId, string[]>;

export const MODEL_FUZZY: Record<string, VehicleModelId> = { lumen: 'lumen', vento: 'vento', terra: 'terra' };

/** Metric phrases → metric (longest first when matching, so "cost per click" wins over "cost"). */
export const METRIC_PHRASES: Record<MetricName, string[]> = {
  spend: ['spend', 'spent', 'spending', 'cost', 'costs', 'investment', 'invested', 'media cost', 'outlay'],
  impressions: ['impressions', 'impression', 'imps', 'impr'],
  clicks: ['clicks', 'click'],
  ctr: ['ctr', 'click-through rate', 'click through rate', 'clickthrough rate', 'click-through', 'click through'],
  cpc: ['cpc', 'cost per click'],
  cpm: ['cpm', 'cost per thousand', 'cost per mille', 'cost per 1000', 'cost per 1,000', 'per thousand impressions'],
  conversions: ['conversions', 'conversion', 'converted'],
  cpa: ['cpa', 'cost per acquisition', 'cost per conversion'],
  video_views: ['video views', 'views', 'vtr'],
  grps: ['grp', 'grps', 'trp', 'trps', 'gross rating points', 'rating points'],
  reach: ['reach'],
  sessions: ['sessions', 'site visits', 'web visits', 'website visits', 'web traffic', 'visits'],
  configurator_sessions: ['configurator', 'configurator sessions', 'configurations'],
  leads: ['leads', 'lead', 'enquiries', 'inquiries'],
  test_drives: ['test drives', 'test drive', 'test-drives', 'testdrives'],
  units: ['units', 'cars sold', 'cars did we sell', 'vehicles sold', 'sales volume', 'registrations', 'unit sales', 'deliveries', 'how many cars', 'sold'],
  revenue: ['revenue', 'turnover', 'sales value', 'income'],
  roas: ['roas', 'return on ad spend'],
  cost_per_sale: ['cost per car sold', 'cost per car', 'cost per sale', 'cost per unit', 'cost per vehicle', 'cac', 'cost per unit sold'],
};

export const METRIC_FUZZY: Record<string, MetricName> = {
  impressions: 'impressions',
  conversions: 'conversions',
  revenue: 'revenue',
  configurator: 'configurator_sessions',
};

export const METRIC_LABELS: Record<MetricName, string> = {
  spend: 'spend',
  impressions: 'impressions',
  clicks: 'clicks',
  ctr: 'CTR',
  cpc: 'CPC',
  cpm: 'CPM',
  conversions: 'conversions',
  cpa: 'CPA',
  video_views: 'video views',
  grps: 'GRPs',
  reach: 'reach',
  sessions: 'site sessions',
  configurator_sessions: 'configurator sessions',
  leads: 'leads',
  test_drives: 'test drives',
  units: 'cars sold',
  revenue: 'revenue',
  roas: 'ROAS',
  cost_per_sale: 'cost per car sold',
};

export function isChannel(id: string): id is MmmChannel {
  return (MMM_CHANNELS as readonly string[]).includes(id);
}

/** Short names for replies live in the catalogue; re-exported for older imports. */
export { CHANNEL_SHORT_NAMES };

export function channelName(id: string): string {
  return CHANNEL_SHORT_NAMES[id as MmmChannel] ?? id;
}
