/**
 * The domain vocabulary shared by channel normalisation (metrics and filters), query expansion (keyword
 * search) and the offline embedder (synonym concepts). One table, so "Facebook" means Meta everywhere.
 */
import { MMM_CHANNELS, VEHICLE_MODELS, withChannelAliases, type MmmChannel } from '../data/brand/catalog.js';

/**
 * What people and files call each channel: the catalogue's aliases plus the trade terms documents use
 * (BVOD, short-form video, experiential). Lower case, accents stripped, spaces between words.
 */
export const CHANNEL_ALIASES: Record<MmmChannel, readonly string[]> = withChannelAliases({
  tv: ['broadcast tv', 'bvod', 'broadcaster vod'],
  youtube: ['youtube ads'],
  meta: ['facebook ads'],
  google: ['google search', 'gads'],
  dv360: ['display video 360', 'programmatic display'],
  tiktok: ['tiktok ads', 'short form video', 'short form social'],
  linkedin: ['linkedin ads'],
  radio: ['audio', 'commercial radio'],
  events: ['event', 'experiential'],
});

/** Lower-cases, strips accents and turns punctuation (`_`, `-`, `&`) into single spaces. */
export function normaliseText(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const aliasToChannel = new Map<string, MmmChannel>();
for (const ch of MMM_CHANNELS) {
  aliasToChannel.set(ch, ch);
  for (const alias of CHANNEL_ALIASES[ch]) aliasToChannel.set(normaliseText(alias), ch);
}

/** `Facebook` → `meta`, `Google Ads` → `google`, `out-of-home` → `ooh`; undefined when unknown. */
export function normaliseChannel(input: string | undefined | null): MmmChannel | undefined {
  if (!input) return undefined;
  const key = normaliseText(input);
  return aliasToChannel.get(key) ?? aliasToChannel.get(key.replace(/ ads?$/, ''));
}

/** The channel a file or label names, found anywhere in it (`raw/google_ads_daily.csv` → google). */
export function channelMentioned(label: string): MmmChannel | undefined {
  const words = normaliseText(label.replace(/\.[a-z]+$/i, '')).split(' ');
  // Longest aliases first, so "google ads" wins over "google" and "out of home" over nothing.
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const ch = aliasToChannel.get(words.slice(i, i + n).join(' '));
      if (ch) return ch;
    }
  }
  return undefined;
}

const aliasToModel = new Map<string, string>();
for (const m of VEHICLE_MODELS) {
  for (const name of [m.id, m.name, m.segment, ...m.nicknames]) aliasToModel.set(normaliseText(name), m.id);
}

/** `the saloon` → `lumen`, `Halden Summit` → `summit`; undefined when unknown. */
export function normaliseVehicleModel(input: string | undefined | null): string | undefined {
  if (!input) return undefined;
  const key = normaliseText(input);
  return aliasToModel.get(key) ?? aliasToModel.get(key.replace(/^halden /, ''));
}

/**
 * Concept groups: any phrase of a group in a text stands for the group's concept. The first phrase is
 * the canonical one used for query expansion.
 */
export interface SynonymGroup {
  concept: string;
  phrases: readonly string[];
}

const METRIC_GROUPS: SynonymGroup[] = [
  { concept: 'cpm', phrases: ['cpm', 'cost per thousand', 'cost per mille', 'cost per 1000', 'cost per thousand impressions'] },
  { concept: 'cpc', phrases: ['cpc', 'cost per click'] },
  { concept: 'ctr', phrases: ['ctr', 'click through rate', 'clickthrough rate', 'click rate'] },
  { concept: 'cpa', phrases: ['cpa', 'cost per acquisition', 'cost per conversion', 'cost per lead'] },
  { concept: 'roas', phrases: ['roas', 'return on ad spend', 'return on advertising spend'] },
  { concept: 'roi', phrases: ['roi', 'return on investment', 'payback'] },
  { concept: 'spend', phrases: ['spend', 'cost', 'costs', 'spent', 'budget', 'investment', 'media cost', 'outlay', 'paid'] },
  { concept: 'impressions', phrases: ['impressions', 'imps', 'impression', 'ad views'] },
  { concept: 'clicks', phrases: ['clicks', 'click', 'clicked'] },
  { concept: 'conversions', phrases: ['conversions', 'conversion', 'converted'] },
  { concept: 'video views', phrases: ['video views', 'views', 'completed views', 'watched'] },
  { concept: 'grps', phrases: ['grps', 'grp', 'gross rating points', 'rating points', 'ratings', 'tvr', 'tvrs'] },
  { concept: 'reach', phrases: ['reach', 'audience reached', 'people reached'] },
  { concept: 'frequency', phrases: ['frequency', 'opportunities to see', 'ots'] },
  { concept: 'spots', phrases: ['spots', 'spot', 'ad breaks', 'airings', 'insertions'] },
  { concept: 'sites', phrases: ['sites', 'panels', 'faces', 'screens'] },
  { concept: 'sessions', phrases: ['sessions', 'visits', 'website traffic', 'web traffic', 'site visits', 'visitors'] },
  { concept: 'configurator', phrases: ['configurator', 'car configurator', 'build your own', 'car builder', 'configurations', 'configured'] },
  { concept: 'leads', phrases: ['leads', 'lead', 'enquiries', 'enquiry', 'inquiries', 'prospects', 'hand raisers'] },
  { concept: 'test drives', phrases: ['test drives', 'test drive', 'demo drives', 'demo drive', 'drives booked'] },
  { concept: 'sales', phrases: ['sales', 'units sold', 'cars sold', 'vehicles sold', 'registrations', 'deliveries', 'units', 'sold', 'sell', 'selling'] },
  { concept: 'website', phrases: ['website', 'web site', 'site traffic', 'web', 'online', 'bounce rate', 'bounce', 'pageviews', 'page views'] },
  { concept: 'revenue', phrases: ['revenue', 'turnover', 'income', 'takings'] },
  { concept: 'dealer', phrases: ['dealer', 'dealers', 'dealership', 'dealerships', 'retailer', 'showroom'] },
  { concept: 'region', phrases: ['region', 'regions', 'regional', 'area', 'geography'] },
];

const DOC_GROUPS: SynonymGroup[] = [
  { concept: 'contract', phrases: ['contract', 'agreement', 'terms', 'deal', 'addendum', 'terms of business'] },
  { concept: 'cancellation', phrases: ['cancellation', 'cancel', 'cancelled', 'termination', 'terminate', 'notice period', 'pull out', 'pull', 'get out', 'exit', 'walk away', 'end the agreement'] },
  {
    concept: 'make good',
    phrases: ['make good', 'makegood', 'make goods', 'compensation', 'under delivery', 'underdelivery', 'shortfall', 'non delivery', 'undelivered', 'not delivered'],
  },
  {
    concept: 'contract terms',
    phrases: ['guarantee', 'guaranteed', 'guarantees', 'commitment', 'committed', 'commit', 'retainer', 'commission', 'clause', 'clauses', 'penalty', 'notice', 'obligation', 'liability', 'governing law', 'agreed'],
  },
  { concept: 'discount', phrases: ['discount', 'discounts', 'rebate', 'volume discount', 'reduction'] },
  { concept: 'rate card', phrases: ['rate card', 'price list', 'pricing', 'net rate', 'net price'] },
  { concept: 'invoice', phrases: ['invoice', 'invoiced', 'billing', 'billed', 'bill'] },
  { concept: 'sla', phrases: ['sla', 'slas', 'service level', 'service levels', 'turnaround', 'kpi', 'kpis'] },
  { concept: 'payment terms', phrases: ['payment terms', 'payment', 'pay', 'days net'] },
  { concept: 'agency', phrases: ['agency', 'media agency', 'buying agency'] },
  { concept: 'competitor', phrases: ['competitor', 'competitors', 'competition', 'rival', 'rivals', 'share of voice'] },
  { concept: 'economic', phrases: ['economic', 'economy', 'macro', 'consumer confidence', 'interest rate', 'interest rates', 'inflation', 'bank rate', 'base rate', 'bank of england', 'petrol price', 'petrol prices', 'fuel price', 'fuel prices', 'unemployment', 'cpi'] },
  { concept: 'event', phrases: ['motor show', 'launch event', 'exhibition', 'event', 'events'] },
  { concept: 'creative', phrases: ['creative', 'creatives', 'ad', 'ads', 'asset', 'assets', 'banner', 'artwork', 'visual', 'mock up'] },
  { concept: 'story', phrases: ['story', 'stories', 'vertical', 'reel', 'reels', '9x16'] },
  { concept: 'launch', phrases: ['launch', 'launched', 'debut', 'introduction', 'reveal'] },
];

const PERIOD_GROUPS: SynonymGroup[] = [
  { concept: 'q1', phrases: ['q1', 'first quarter', 'quarter one', 'quarter 1'] },
  { concept: 'q2', phrases: ['q2', 'second quarter', 'quarter two', 'quarter 2'] },
  { concept: 'q3', phrases: ['q3', 'third quarter', 'quarter three', 'quarter 3'] },
  { concept: 'q4', phrases: ['q4', 'fourth quarter', 'last quarter of', 'quarter four', 'quarter 4'] },
  ...['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map((m) => ({
    concept: m,
    phrases: [m, m.slice(0, 3), ...(m === 'september' ? ['sept'] : [])],
  })),
];

function modelGroups(): SynonymGroup[] {
  return VEHICLE_MODELS.map((m) => ({
    concept: m.id,
    phrases: [m.id, m.name, ...m.nicknames, m.segment].map(normaliseText),
  }));
}

function channelGroups(): SynonymGroup[] {
  return MMM_CHANNELS.map((ch) => ({ concept: ch, phrases: [ch, ...CHANNEL_ALIASES[ch]] }));
}

/** Every concept group: channels, vehicle models, metrics, document types. */
export const SYNONYM_GROUPS: readonly SynonymGroup[] = [
  ...channelGroups(),
  ...modelGroups(),
  ...METRIC_GROUPS,
  ...DOC_GROUPS,
  ...PERIOD_GROUPS,
].map((g) => ({ concept: g.concept, phrases: [...new Set(g.phrases.map(normaliseText))] }));

/**
 * Negated compounds. "Unposted", "non-delivery" and "not posted" say the same thing in different words, and a
 * contract may use any of them ("Sites that are not posted…", "Unposted sites are credited…"). A negation is
 * read as its word's base ("post", "deliver") and written back in every form, so both the keyword search and
 * the clause reader find the other wording. `un` and `not` count only before a participle ("unposted", "not
 * paid"), not in "under", "unit" or "not less than"; a verb negated by "do" counts too ("doesn't post" is
 * "unposted").
 */
const PARTICIPLE = '[a-z]{2,}(?:ed|id|ld|en)';
const NEGATED = new RegExp(`(?<![a-z])(?:non[ -]([a-z]{4,})|not (${PARTICIPLE})|un(${PARTICIPLE})|(?:do|does|did)(?:n t|n't| not) ([a-z]{3,}))(?![a-z])`, 'g');

/** A word without its inflection, for matching by prefix: "posted" → "post", "delivery" → "deliver". */
export function wordBase(word: string): string {
  const cut = (suffix: RegExp, to = '') => {
    const b = word.replace(suffix, to);
    return b !== word && b.length >= 4 ? b : undefined;
  };
  return cut(/ery$/, 'er') ?? cut(/ing$/) ?? cut(/ed$/) ?? cut(/(?<!s)s$/) ?? word;
}

export interface Negation {
  /** As the text says it: "unposted", "non-delivery", "not posted". */
  phrase: string;
  base: string;
  /** Every way to write it, as prefixes of words: "unpost", "non-post", "non post", "not post". */
  forms: string[];
}

/** The negated compounds a lower-case text contains. */
export function negationsIn(text: string): Negation[] {
  return [...text.matchAll(NEGATED)].map((m) => {
    const base = wordBase((m[1] ?? m[2] ?? m[3] ?? m[4])!);
    return { phrase: m[0], base, forms: [`un${base}`, `non-${base}`, `non ${base}`, `not ${base}`] };
  });
}

/** The other ways a text's negated compounds are written ("unposted" → "not posted"…), for query expansion. */
export function negationVariants(text: string): string[] {
  return negationsIn(normaliseText(text)).flatMap((n) => n.forms.filter((f) => !n.phrase.startsWith(f)));
}
