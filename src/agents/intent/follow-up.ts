/**
 * Follow-up resolution: "and for TikTok?", "what about Q2?", "make that 2M", "same for the Lumen"
 * continue the last question with some entities replaced. Pure: the session context is passed in.
 */
import type { Entities } from '../entities/extract.js';
import { DATA_PERIOD, normalise } from '../entities/extract.js';
import type { Period } from '../entities/periods.js';
import { sameTimeYearBefore } from '../entities/year-on-year.js';
import type { ResolvedContext } from '../sessions/types.js';
import type { Classification } from './classify.js';
import type { QuestionKind } from './kinds.js';

const FOLLOW_UP_START =
  /^(and|also|what about|how about|same (for|but|with|in)|now (for|with|in|try)|and (for|in|what about|with|how about)|for|in|make (that|it)|change (that|it)|instead|what if it (was|were)|try|ok(ay)?,? (and|now|what about)|then|with)\b/;

/** Kinds a bare fragment ("for TikTok?", "Q2?") falls into when it has no keywords of its own. */
const FALLBACK_KINDS = new Set<QuestionKind>(['channel_overview', 'doc_search', 'out_of_scope']);

const NOT_CONTINUABLE = new Set<QuestionKind>(['help', 'small_talk', 'out_of_scope', 'foreign_language', 'bad_input']);

export interface Resolution {
  kind: QuestionKind;
  entities: Entities;
  followUp: boolean;
  /** The question as answered (the earlier question with the change applied, for logs and LLM context). */
  question: string;
}

function hasAny(e: Entities): boolean {
  return (
    e.channels.length + e.models.length + e.metrics.length + e.campaignIds.length + e.amounts.length + e.percentages.length + e.unknownChannels.length + (e.regions?.length ?? 0) > 0 ||
    e.period !== undefined ||
    e.planWeeks !== undefined ||
    e.planProblem !== undefined ||
    e.groupBy !== undefined ||
    e.allChannels === true
  );
}

/** Kinds whose answer is a number with filters, where "spend by month" after "radio spend in 2025" refines the last question. */
const REFINABLE = new Set<QuestionKind>(['metric_lookup', 'funnel', 'cost_per_sale']);

/**
 * "spend by month" right after "radio spend in 2025": a short question that only regroups, re-times or averages
 * the last metric (no new channel, model, region, campaign or source, no new metric) continues it.
 */
function isRefinement(words: number, e: Entities, kind: QuestionKind, context: ResolvedContext): boolean {
  if (words > 5 || kind !== context.kind || !REFINABLE.has(kind)) return false;
  if (e.channels.length || e.models.length || e.campaignIds.length || e.unknownChannels.length || e.regions?.length || e.sources?.length || e.competitors?.length) return false;
  if (!e.metrics.every((m) => context.entities.metrics.includes(m))) return false;
  return Boolean(e.groupBy || e.period || e.average);
}

/** Kinds where "total" or "overall" speaks of the plan's budget, not of every channel ("keep the total flat"). */
const PLANNING = new Set<QuestionKind>(['mmm_optimize', 'mmm_scenario', 'mmm_curves']);

/** Two periods a year apart, as a year-on-year question sets them. */
function yearApart([a, b]: [Period, Period]): boolean {
  const shift = (iso: string) => `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
  return shift(a.from) === b.from && a.label.replace(/\d{4}/g, '') === b.label.replace(/\d{4}/g, '');
}

export function resolveFollowUp(question: string, entities: Entities, classification: Classification, context: ResolvedContext | undefined): Resolution {
  const plain: Resolution = { kind: classification.kind, entities, followUp: false, question };
  if (!context || NOT_CONTINUABLE.has(context.kind) || classification.kind === 'help' || classification.kind === 'small_talk' || classification.kind === 'bad_input') {
    return plain;
  }
  const t = normalise(question);
  const words = t.split(/\s+/).filter(Boolean).length;
  const startsLikeFollowUp = FOLLOW_UP_START.test(t);
  const fallback = FALLBACK_KINDS.has(classification.kind);
  const fragment = words <= 6 && hasAny(entities) && fallback;
  // A question with its own keywords that does not start like a follow-up is a fresh question.
  const refinement = isRefinement(words, entities, classification.kind, context);
  if (!(startsLikeFollowUp && (hasAny(entities) || /\b(that|it)\b/.test(t))) && !fragment && !refinement) return plain;
  // "and what is TV ROI?" names its own kind: keep it, inherit only what it lacks.
  const ownKind = !fallback && classification.kind !== context.kind ? classification.kind : undefined;
  const prev = context.entities;
  const merged: Entities = {
    ...prev,
    channels: entities.channels.length || entities.groupBy === 'channel' || entities.unknownChannels.length ? entities.channels : prev.channels,
    models: entities.models.length || entities.groupBy === 'vehicle_model' ? entities.models : prev.models,
    metrics: entities.metrics.length ? entities.metrics : prev.metrics,
    campaignIds: entities.campaignIds.length ? entities.campaignIds : entities.channels.length || entities.models.length ? [] : prev.campaignIds,
    amounts: entities.amounts.length ? entities.amounts : prev.amounts,
    negativeAmounts: entities.negativeAmounts,
    percentages: entities.percentages.length ? entities.percentages : prev.percentages,
    unknownChannels: entities.unknownChannels,
    corrections: entities.corrections,
  };
  // A new planning period replaces the kept one ("make it over 13 weeks"); a bad one is reported.
  delete merged.planProblem;
  delete merged.planLabel;
  if (entities.planWeeks) Object.assign(merged, { planWeeks: entities.planWeeks, ...(entities.planLabel ? { planLabel: entities.planLabel } : {}) });
  if (entities.planProblem) merged.planProblem = entities.planProblem;
  // A new period replaces the kept one and its comparison ("and in Q2?" after "Q1 vs Q4"); an average is kept.
  // After a year-on-year comparison, a new period without a year is compared with a year earlier too ("what about Q2?");
  // one with its own year ("and in Q2 2025?") is asked on its own.
  if (entities.period) {
    merged.period = entities.period;
    if (entities.comparePeriods) merged.comparePeriods = entities.comparePeriods;
    else if (prev.comparePeriods && yearApart(prev.comparePeriods) && entities.period.assumedYear && !entities.period.outsideData) {
      const earlier = sameTimeYearBefore(entities.period, DATA_PERIOD);
      merged.comparePeriods = [earlier, entities.period];
      merged.period = earlier;
    } else delete merged.comparePeriods;
  } else if (prev.period) merged.period = prev.period;
  if (entities.average) {
    merged.average = entities.average;
    if (entities.averageAssumed) merged.averageAssumed = true;
    else delete merged.averageAssumed;
  }
  if (entities.groupBy) merged.groupBy = entities.groupBy;
  // "and for Scotland?" swaps the region; grouping by region drops the kept one.
  if (entities.regions) merged.regions = entities.regions;
  else if (entities.groupBy === 'region') delete merged.regions;
  let kind: QuestionKind = ownKind ?? context.kind;
  // "Total spend YTD" after "Meta spend in 2025": the whole mix, not the channel kept from before.
  delete merged.allChannels;
  if (!entities.channels.length && !PLANNING.has(kind) && (entities.allChannels || (prev.allChannels && !merged.channels.length))) {
    merged.channels = [];
    merged.campaignIds = [];
    merged.allChannels = true;
  }
  // One new channel after a move replaces the destination: "and to TikTok?" / "and for TikTok?".
  if (kind === 'mmm_scenario' && entities.channels.length === 1 && prev.channels.length >= 2) {
    merged.channels = /\bfrom\b/.test(t) ? [entities.channels[0]!, prev.channels[1]!] : [prev.channels[0]!, entities.channels[0]!];
  }
  // A new metric turns an ROI/overview context into a lookup ("and the CTR?").
  if (!ownKind && entities.metrics.length && (kind === 'channel_overview' || kind === 'mmm_roi')) kind = 'metric_lookup';
  if (!ownKind && entities.unknownChannels.length && !entities.channels.length) kind = 'metric_lookup';
  return { kind, entities: merged, followUp: true, question: `${context.question} → ${question}` };
}
