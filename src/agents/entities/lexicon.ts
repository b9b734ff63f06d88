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
import { OOH_METRO, OOH_TRANSIT, PRINT_CRESTLINE } from '../../data/brand/contract-terms.js';
import { BROADCASTER, RADIO_STATIONS } from '../../data/brand/tv-radio.js';
import { PRINT_FORMATS } from '../../data/brand/ooh-print.js';
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

const TEST_DRIVE_FORMS = ['test drive', 'test drives', 'test-drive', 'test-drives'];

/**
 * Ways of naming a step of the funnel, "A to B": "lead to test drive rate", "leads-to-test-drives",
 * "conversion rate from leads to test drives". Spelled out in full so the longest phrase wins and the
 * "conversion" inside never reads as the ad platforms' conversions.
 */
function stagePhrases(from: string[], to: string[]): string[] {
  const hyphen = (s: string) => s.replace(/ /g, '-');
  const cores = from.flatMap((a) => to.flatMap((b) => [`${a} to ${b}`, `${a} into ${b}`, `${hyphen(a)}-to-${hyphen(b)}`]));
  const out = new Set<string>();
  for (const c of cores) {
    for (const suffix of ['', ' rate', ' ratio', ' conversion', ' conversion rate', ' conversions']) out.add(`${c}${suffix}`);
    for (const prefix of ['conversion rate from ', 'conversion rate of ', 'conversion from ', 'conversion of ', 'conversions from ']) out.add(`${prefix}${c}`);
  }
  for (const a of from) for (const b of to) out.add(`conversion rate between ${a} and ${b}`).add(`conversion between ${a} and ${b}`);
  return [...out];
}

/** Metric phrases → metric (longest first when matching, so "cost per click" wins over "cost"). */
export const METRIC_PHRASES: Record<MetricName, string[]> = {
  spend: ['spend', 'spent', 'spending', 'cost', 'costs', 'investment', 'invested', 'media cost', 'outlay'],
  impressions: ['impressions', 'impression', 'imps', 'impr'],
  clicks: ['clicks', 'click'],
  ctr: ['ctr', 'click-through rate', 'click through rate', 'clickthrough rate', 'click-through', 'click through'],
  cpc: ['cpc', 'cost per click'],
  cpm: ['cpm', 'cost per thousand impressions', 'cost per thousand', 'cost per mille', 'cost per 1000', 'cost per 1,000', 'per thousand impressions'],
  conversions: ['conversions', 'conversion', 'converted'],
  cpa: ['cpa', 'cost per acquisition', 'cost per conversion'],
  video_views: ['video views', 'views', 'vtr'],
  grps: ['grp', 'grps', 'trp', 'trps', 'gross rating points', 'rating points'],
  reach: ['reach'],
  impacts: ['impacts', 'impact', 'audience impacts', 'adult impacts'],
  sites_booked: ['sites booked', 'booked sites', 'sites did we book', 'sites we booked', 'panels booked', 'booked panels', 'sites bought'],
  sites_posted: ['sites posted', 'posted sites', 'sites went up', 'panels posted', 'posted panels'],
  spots: ['spots', 'tv spots', 'radio spots', 'airtime spots', 'number of spots', 'spots did we buy', 'spots bought', 'spots aired'],
  invoiced: ['invoiced', 'invoice us', 'invoiced us', 'invoice total', 'invoice totals', 'amount invoiced', 'invoiced amount', 'billed us', 'bill us'],
  cost_per_site: ['cost per site', 'rate per site', 'price per site', 'spend per site', 'per site', 'cost per panel', 'rate per panel', 'per panel'],
  cost_per_grp: [
    'cost per grp',
    'cost per grps',
    'cost per point',
    'cost per rating point',
    'cost per gross rating point',
    'cost per trp',
    'cpp',
    'price per grp',
    'grp cost',
    'cost of a grp',
   
    'per grp cost',
  ],
  conversion_rate: ['conversion rate', 'conversion rates', 'conv rate', 'cvr', 'click to conversion rate', 'click-to-conversion rate', 'conversions per click', 'click conversion rate'],
  frequency: ['frequency', 'average frequency', 'avg frequency', 'ad frequency', 'opportunities to see', 'ots', 'daily frequency', 'average daily frequency'],
  broadcast_frequency: ['reach-weighted average frequency', 'reach-weighted frequency', 'weighted frequency', 'weighted average frequency'],
  competitor_spend: ['competitor spend', 'competitor spending', "competitors' spend", 'competitors spend', 'competitor media spend', 'rival spend', 'rivals spend', "rivals' spend", 'competitive spend'],
  share_of_voice: ['share of voice', 'sov', 'share of spend', 'share of media spend', 'spend share', 'share of ad spend'],
  cpt: ['cpt', 'cost per thousand impacts', 'cost per 1000 impacts', 'cost per 1,000 impacts', 'cost per thousand impact', 'per thousand impacts'],
  sessions: ['sessions', 'site visits', 'web visits', 'website visits', 'web traffic', 'visits'],
  configurator_sessions: ['configurator', 'configurator sessions', 'configurations'],
  leads: ['leads', 'lead', 'enquiries', 'inquiries'],
  test_drives: ['test drives', 'test drive', 'test-drives', 'testdrives'],
  units: ['units', 'cars sold', 'cars did we sell', 'vehicles sold', 'sales volume', 'registrations', 'unit sales', 'deliveries', 'how many cars', 'sold', 'sales', 'sells', 'sell', 'selling'],
  revenue: ['revenue', 'turnover', 'sales value', 'income'],
  roas: ['roas', 'return on ad spend'],
  cost_per_sale: ['cost per car sold', 'cost per car', 'cost per sale', 'cost per unit', 'cost per vehicle', 'cac', 'cost per unit sold'],
  test_drive_sales: [
    'test drives ending in a purchase',
    'test drives that ended in a purchase',
    'test drives that ended in a sale',
    'test drives that converted',
    'test drives converted',
    'test drives that led to a sale',
    'test drives that resulted in a sale',
    'converted test drives',
    'purchased test drives',
    'test drive purchases',
    'test drive conversions',
    'cars sold after a test drive',
    'cars sold after test drives',
    'sales from test drives',
  ],
  cost_per_lead: ['cost per lead', 'cost-per-lead', 'cost per leads', 'cost per new lead', 'cpl', 'cpls', 'cost per enquiry', 'cost per inquiry', 'price per lead', 'lead cost', 'cost of a lead'],
  cost_per_test_drive: [
    ...TEST_DRIVE_FORMS.map((t) => `cost per ${t}`),
    'cost per booked test drive',
    'test drive cost',
    'cost of a test drive',
  ],
  lead_to_test_drive_rate: [
    ...stagePhrases(['lead', 'leads'], TEST_DRIVE_FORMS),
    'test drive rate',
    'test drive booking rate',
    'test drives per lead',
    'test drive per lead',
    'leads that book a test drive',
    'leads that booked a test drive',
    'leads booking a test drive',
  ],
  lead_to_sale_rate: [
    ...stagePhrases(['lead', 'leads'], ['sale', 'sales', 'purchase', 'purchases', 'car sold', 'cars sold']),
    'lead conversion rate',
    'lead conversion',
    'leads that convert',
    'leads that converted',
    'leads that bought',
    'leads converting to sales',
    'win rate',
    'lead win rate',
  ],
  test_drive_to_sale_rate: [
    ...stagePhrases(TEST_DRIVE_FORMS, ['sale', 'sales', 'purchase', 'purchases']),
    ...TEST_DRIVE_FORMS.flatMap((t) => [`${t} conversion`, `${t} conversion rate`, `${t} close rate`, `${t} closing rate`, `${t} success rate`]),
    'close rate',
    'closing rate',
    'sales per test drive',
  ],
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
  test_drive_sales: 'test drives ending in a purchase',
  cost_per_lead: 'cost per lead',
  cost_per_test_drive: 'cost per test drive',
  lead_to_test_drive_rate: 'lead-to-test-drive rate',
  lead_to_sale_rate: 'lead-to-sale rate',
  test_drive_to_sale_rate: 'test-drive-to-sale rate',
  impacts: 'impacts',
  sites_booked: 'sites booked',
  sites_posted: 'sites posted',
  spots: 'spots',
  invoiced: 'amount invoiced',
  cost_per_site: 'cost per site',
  cost_per_grp: 'cost per GRP',
  cpt: 'cost per thousand impacts',
  conversion_rate: 'conversion rate',
  frequency: 'average daily frequency',
  broadcast_frequency: 'reach-weighted average frequency',
  competitor_spend: 'competitor spend',
  share_of_voice: 'share of voice',
};

/**
 * The media owners as the files name them (TV broadcasters, radio station groups, OOH suppliers, the print
 * publisher): a question naming one ("Albion", "Metro Outdoor") asks about that owner's rows.
 */
export const SUPPLIER_NAMES: readonly string[] = [
  ...new Set([...Object.values(BROADCASTER), ...RADIO_STATIONS.map((s) => s.name), OOH_METRO.counterparty, OOH_TRANSIT.counterparty, PRINT_CRESTLINE.counterparty]),
];

/** The ad formats of traditional buys as the files spell them (OOH panels, print page sizes). */
export const FORMAT_NAMES: readonly string[] = [...Object.keys(OOH_METRO.formats), ...Object.keys(OOH_TRANSIT.formats), ...PRINT_FORMATS.map((f) => f.id)];

/** Words that make a spend question about the competitors' spend ("how much are rivals spending on TV?"). */
export const COMPETITOR_WORDS = /\b(competitors?|competition|rivals?|competitive|other brands?|norvik|aurel|kestrel|solenne|brightwater)\b/;

/** Metrics where a lower value is better (costs); the rest read higher-is-better. */
export const LOWER_IS_BETTER: ReadonlySet<MetricName> = new Set<MetricName>([
  'cpc',
  'cpm',
  'cpa',
  'cost_per_sale',
  'cost_per_lead',
  'cost_per_test_drive',
  'cost_per_grp',
  'cpt',
  'cost_per_site',
]);

/** Funnel costs and rates: spend or a funnel step divided by leads, test drives or their purchases. */
export const FUNNEL_METRICS: ReadonlySet<MetricName> = new Set<MetricName>(['cost_per_lead', 'cost_per_test_drive', 'lead_to_test_drive_rate', 'lead_to_sale_rate', 'test_drive_to_sale_rate']);

export function isChannel(id: string): id is MmmChannel {
  return (MMM_CHANNELS as readonly string[]).includes(id);
}

/** Short names for replies live in the catalogue; re-exported for older imports. */
export { CHANNEL_SHORT_NAMES };

export function channelName(id: string): string {
  return CHANNEL_SHORT_NAMES[id as MmmChannel] ?? id;
}
