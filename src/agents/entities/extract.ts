/**
 * Entity extraction for the offline planner: channels, vehicle models, metrics, period, campaign ids,
 * money amounts, bounds, locks and grouping, tolerant to synonyms and typos. Pure: text in, entities out.
 */
import { MMM_CHANNELS, STUDY, type MmmChannel, type VehicleModelId } from '../../data/brand/catalog.js';
import type { MetricName, MetricQuery } from '../../rag/types.js';
import { fuzzyPick } from './fuzzy.js';
import {
  CHANNEL_FUZZY,
  CHANNEL_PHRASES,
  COMPETITOR_WORDS,
  METRIC_FUZZY,
  METRIC_PHRASES,
  MODEL_FUZZY,
  MODEL_PHRASES,
  FORMAT_NAMES,
  SUPPLIER_NAMES,
  UNKNOWN_CHANNELS,
} from './lexicon.js';
import { supplierMentions } from '../../rag/metrics/suppliers.js';
import { formatMentions } from '../../rag/metrics/formats.js';
import { findAverage, type AverageUnit } from './averages.js';
import { fixMonthTypos } from './dates.js';
import { findMoneyAmounts, findPercentages } from './numbers.js';
import { extractComparedPeriods } from './period-compare.js';
import { extractPeriod, type Period, type PeriodContext } from './periods.js';
import { findPlanPeriod } from './plan-period.js';
import { findRegions } from './regions.js';
import { fixShortTypos } from './short-typos.js';
import { COMPETITORS } from '../../data/brand/controls.js';

export interface Entities {
  /** In the order they appear in the question. */
  channels: MmmChannel[];
  models: VehicleModelId[];
  metrics: MetricName[];
  /** The first period named (with a comparison, the earlier of the two). */
  period?: Period;
  /** Two periods set against each other ("2024 vs 2025"), earlier first; `period` is the first of them. */
  comparePeriods?: [Period, Period];
  /** An average per unit of time was asked for ("weekly average spend"): the total is divided by this unit. */
  average?: AverageUnit;
  /** The average's unit was not said ("average spend on Meta"): per week is assumed, and the answer says so. */
  averageAssumed?: boolean;
  campaignIds: string[];
  /** Sales regions named ("in London"), in order; absent when none. */
  regions?: string[];
  /** Traffic or lead sources named ("from paid social" → paid_social); absent when none. */
  sources?: string[];
  /** Competitors named ("Norvik"), as in the competitor spend file; absent when none. */
  competitors?: string[];
  /** Media owners named, as said ("Albion", "Metro Outdoor", "Albion Player"), in order; absent when none. */
  suppliers?: string[];
  /** Ad formats of traditional buys named ("roadside 48 sheets" → roadside_48_sheet); absent when none. */
  formats?: string[];
  /** Money amounts in GBP, in order ("move 500K", "budget of 2.5M"). */
  amounts: number[];
  /** Amounts written with a minus sign ("-5"): kept so the planner can refuse them politely. */
  negativeAmounts: string[];
  percentages: number[];
  /** Planning period of a budget or move in weeks ("over 13 weeks", "per quarter" = 13, "per month" = 4). */
  planWeeks?: number;
  /** How to say the planning period back: "a quarter (13 weeks)". */
  planLabel?: string;
  /** A period that cannot be planned ("over 0 weeks"), kept so the planner can say why. */
  planProblem?: string;
  groupBy?: MetricQuery['groupBy'];
  /** The question asks for every channel together ("total spend", "overall CTR", "across all channels"). */
  allChannels?: true;
  /** Channels named that the brand does not buy ("snapchat"). */
  unknownChannels: string[];
  /** Words that were corrected by fuzzy matching: [typed, understood]. */
  corrections: [string, string][];
}

export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface PhraseHit<T> {
  value: T;
  index: number;
  length: number;
}

/** Finds phrases on word boundaries, longest first, never overlapping; returns hits and the text with them blanked. */
function findPhrases<T extends string>(text: string, table: Record<T, string[]>): { hits: PhraseHit<T>[]; rest: string } {
  const entries = (Object.entries(table) as [T, string[]][])
    .flatMap(([value, phrases]) => phrases.map((p) => ({ value, phrase: p })))
    .sort((a, b) => b.phrase.length - a.phrase.length);
  let rest = text;
  const hits: PhraseHit<T>[] = [];
  for (const { value, phrase } of entries) {
    const re = new RegExp(`(?<![\\w-])${escapeRe(phrase)}(?![\\w-])`, 'g');
    for (const m of rest.matchAll(re)) {
      hits.push({ value, index: m.index, length: phrase.length });
    }
    rest = rest.replace(re, (s) => ' '.repeat(s.length));
  }
  hits.sort((a, b) => a.index - b.index);
  return { hits, rest };
}

function fuzzyWords<T>(rest: string, table: Record<string, T>, corrections: [string, string][]): PhraseHit<T>[] {
  const out: PhraseHit<T>[] = [];
  const words = Object.keys(table);
  for (const m of rest.matchAll(/[a-z][a-z0-9]{4,}/g)) {
    const pick = fuzzyPick(m[0], words);
    if (pick && pick !== m[0]) {
      out.push({ value: table[pick]!, index: m.index, length: m[0].length });
      corrections.push([m[0], pick]);
    }
  }
  return out;
}

function uniqueInOrder<T>(hits: PhraseHit<T>[]): T[] {
  return [...new Set([...hits].sort((a, b) => a.index - b.index).map((h) => h.value))];
}

const GROUP_BY: [RegExp, NonNullable<MetricQuery['groupBy']>][] = [
  [/\b(by|per|each|every|across|split by|broken down by)\s+(media\s+)?channels?\b|\bchannel by channel\b|\bwhich channels?\b/, 'channel'],
  [/\b(by|per|each|every|across)\s+(vehicle\s+)?(models?|cars?|vehicles?)\b|\bwhich models?\b/, 'vehicle_model'],
  [/\b(by|per|each|every|across)\s+campaigns?\b|\bwhich campaigns?\b/, 'campaign_id'],
  [/\b(by|per|each|every)\s+months?\b|\bmonthly\b|\bmonth by month\b|\b(which|what)\s+months?\b|\b(best|worst|top|highest|lowest|busiest|quietest|strongest|weakest|biggest)(\s+\w+)?\s+months?\b/, 'month'],
  [/\b(by|per|each|every)\s+weeks?\b|\bweekly\b|\bweek by week\b|\b(which|what)\s+weeks?\b|\b(best|worst|top|highest|lowest|busiest|quietest|strongest|weakest|biggest)(\s+\w+)?\s+weeks?\b/, 'week'],
  [/\b(by|per|each|every)\s+quarters?\b|\bquarterly\b|\b(which|what)\s+quarters?\b|\b(best|worst|top|highest|lowest|strongest|weakest|biggest)(\s+\w+)?\s+quarters?\b/, 'quarter'],
  // The media owner of a traditional buy: "by broadcaster", "which TV station", "per publisher", "which OOH supplier".
  [
    /\b(by|per|each|every|across|split by|broken down by)\s+(media\s+)?(suppliers?|vendors?|media owners?|broadcasters?|(tv |radio )?stations?|station groups?|publishers?|sales houses?|contractors?)\b|\b(which|what)\s+((tv|radio|ooh|out-of-home|print|media|outdoor|poster|billboard)\s+)?(suppliers?|vendors?|media owners?|broadcasters?|stations?|station groups?|publishers?|sales houses?|contractors?)\b|\bsupplier by supplier\b/,
    'supplier',
  ],
  [/\b(by|per|each|every|across|split by|broken down by)\s+(competitors?|rivals?|brands?)\b|\b(which|what)\s+(competitors?|rivals?)\b|\brivals like\b/, 'competitor'],
  [/\b(by|per|each|every|across|split by|broken down by)\s+(media( type| group)?s?)\b/, 'media'],
  [/\b(by|per|each|every|across|split by|broken down by)\s+((traffic|lead|web|website)\s+)?(sources?|mediums?)\b|\b(which|what)\s+((traffic|lead)\s+)?sources?\b|\bwhere (do|did) (our |the )?(leads|visitors|sessions|traffic) come from\b/, 'source'],
  [/\b(by|per|each|every|across)\s+regions?\b|\bregional\b|\bwhich regions?\b|\b(best|worst|top|highest|lowest|strongest|weakest|biggest)(\s+\w+)?\s+regions?\b/, 'region'],
  // The ad a row ran: "by creative", "which Meta creative", "best ad", "top 5 ads", "which ad performed best".
  [
    /\b(by|per|each|every|across|split by|broken down by)\s+(ad\s+)?creatives?\b|\bcreative by creative\b|\b(which|what)\s+([\w-]+\s+){0,2}(creatives?|ads|adverts?)\b|\b(which|what)\s+([\w-]+\s+)?ad\s+(performed|did|had|has|was|is|got|gets|worked|works|won|drove|delivered|gave)\b|\b(best|worst|top|bottom|highest|lowest|strongest|weakest)(\s+\d{1,2})?(\s+[\w-]+){0,2}\s+(creatives?|ads|adverts?|ad\b(?!\s+(spend|budget|costs?|platforms?|agenc\w+|formats?|channels?)\b))/,
    'creative',
  ],
];

/** "total", "overall", "all channels", "across channels": the whole media mix, not one channel. */
const ALL_CHANNELS = /\b(total|overall|altogether|all (media |marketing |our )?channels|across (all |the |our )*(media |marketing )?channels|every channel|all (our )?media|(the )?whole (media )?mix)\b/;

/** Traffic and lead sources as the website and lead files spell them, and the words people use for them. */
const SOURCE_PHRASES: Record<string, string[]> = {
  paid_social: ['paid social', 'social ads', 'paid-social'],
  paid_search: ['paid search traffic', 'paid search sessions'],
  organic_search: ['organic search', 'organic', 'seo'],
  display_video: ['display video', 'display and video'],
  referral: ['referral', 'referrals', 'referral traffic'],
  direct: ['direct traffic', 'direct visits', 'came direct', 'direct leads'],
  dealer_phone: ['dealer phone', 'phone leads', 'dealer calls'],
};

export const DATA_PERIOD: PeriodContext = { start: STUDY.start, end: STUDY.end };

export function extractEntities(question: string, periodCtx: PeriodContext = DATA_PERIOD): Entities {
  // Short words are corrected first, from a closed list ("spnd", "leds", "frm"); longer ones by edit distance below.
  const short = fixShortTypos(normalise(question));
  const months = fixMonthTypos(short.text);
  const text = months.text;
  const corrections: [string, string][] = [];

  const campaignIds = [...new Set([...question.matchAll(/\bHM-[A-Z0-9]+-[A-Z]+-\d{2}Q[1-4]\b/gi)].map((m) => m[0].toUpperCase()))];
  const withoutIds = text.replace(/\bhm-[a-z0-9]+-[a-z]+-\d{2}q[1-4]\b/g, (s) => ' '.repeat(s.length));

  const metricFound = findPhrases(withoutIds, METRIC_PHRASES);
  const channelFound = findPhrases(metricFound.rest, CHANNEL_PHRASES);
  const modelFound = findPhrases(channelFound.rest, MODEL_PHRASES);
  let rest = modelFound.rest;

  const channelHits = [...channelFound.hits, ...fuzzyWords(rest, CHANNEL_FUZZY, corrections)];
  const modelHits = [...modelFound.hits, ...fuzzyWords(rest, MODEL_FUZZY, corrections)];
  const metricHits = [...metricFound.hits, ...fuzzyWords(rest, METRIC_FUZZY, corrections)];
  for (const [typed] of corrections) rest = rest.replace(typed, ' '.repeat(typed.length));

  // Campaign ids also name their channel and model.
  for (const id of campaignIds) {
    const [, ch, model] = id.split('-');
    const channel = ch!.toLowerCase();
    if ((MMM_CHANNELS as readonly string[]).includes(channel)) channelHits.push({ value: channel as MmmChannel, index: 1e6, length: 0 });
    if (model && MODEL_PHRASES[model.toLowerCase() as VehicleModelId]) modelHits.push({ value: model.toLowerCase() as VehicleModelId, index: 1e6, length: 0 });
  }

  const unknownChannels = UNKNOWN_CHANNELS.filter((u) => new RegExp(`(?<![\\w-])${escapeRe(u)}(?![\\w-])`).test(rest));

  const money = findMoneyAmounts(question);
  const amounts = money.filter((m) => !m.negative).map((m) => m.value);
  const negativeAmounts = money.filter((m) => m.negative).map((m) => m.raw);
  const percentages = findPercentages(question).map((p) => p.value);

  let groupBy: MetricQuery['groupBy'];
  // Read grouping with metric phrases blanked, so "cost per car sold" is not "per car", and with an average's
  // unit blanked, so "avg weekly spend by channel" groups by channel and divides by weeks.
  const average = findAverage(metricFound.rest);
  const groupText = average?.rest ?? metricFound.rest;
  for (const [re, g] of GROUP_BY) {
    if (re.test(groupText)) {
      groupBy = g;
      break;
    }
  }

  const comparePeriods = extractComparedPeriods(withoutIds, periodCtx);
  const period = comparePeriods?.[0] ?? extractPeriod(withoutIds, periodCtx);
  const plan = findPlanPeriod(withoutIds);
  const regions = findRegions(rest);
  const sources = uniqueInOrder(findPhrases(rest, SOURCE_PHRASES).hits);
  const suppliers = supplierMentions(withoutIds, SUPPLIER_NAMES);
  const formats = formatMentions(withoutIds, FORMAT_NAMES);
  const competitors = COMPETITORS.filter((c) => new RegExp(`\\b${escapeRe(c.name.split(' ')[0]!.toLowerCase())}\\b`).test(text)).map((c) => c.name);
  // "How much are rivals spending on TV?": spend asked about the competitors is theirs, not ours.
  let metrics = uniqueInOrder(metricHits);
  if (COMPETITOR_WORDS.test(text) && metrics.includes('spend') && !metrics.includes('share_of_voice')) {
    metrics = [...new Set(metrics.map((m) => (m === 'spend' ? 'competitor_spend' : m)))];
  }
  return {
    channels: uniqueInOrder(channelHits),
    models: uniqueInOrder(modelHits),
    metrics,
    ...(period ? { period } : {}),
    ...(comparePeriods ? { comparePeriods } : {}),
    ...(average ? { average: average.unit, ...(average.assumed ? { averageAssumed: true } : {}) } : {}),
    campaignIds,
    ...(regions.length ? { regions } : {}),
    ...(competitors.length ? { competitors } : {}),
    ...(suppliers.length ? { suppliers } : {}),
    ...(formats.length ? { formats } : {}),
    ...(sources.length ? { sources } : {}),
    amounts,
    negativeAmounts,
    percentages,
    ...(plan?.ok ? { planWeeks: plan.weeks, planLabel: plan.label } : plan ? { planProblem: plan.reason } : {}),
    ...(groupBy ? { groupBy } : {}),
    ...(ALL_CHANNELS.test(metricFound.rest) ? { allChannels: true as const } : {}),
    unknownChannels,
    corrections: [...short.corrections, ...months.corrections, ...corrections],
  };
}
