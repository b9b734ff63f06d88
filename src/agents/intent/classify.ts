/**
 * Rule-based intent classification for the offline planner (and the router in front of LLM providers).
 * Rules read normalised text plus extracted entities; order matters (most specific first).
 */
import type { Entities } from '../entities/extract.js';
import { normalise } from '../entities/extract.js';
import { FUNNEL_METRICS } from '../entities/lexicon.js';
import { fixShortTypos } from '../entities/short-typos.js';
import type { QuestionKind } from './kinds.js';

export interface Classification {
  kind: QuestionKind;
  /** Why, for logs and the eval report. */
  rule: string;
  /** The text contained instructions aimed at the assistant ("ignore previous instructions…"). */
  injectionSuspected: boolean;
  /** The question was cut to this many characters. */
  truncatedTo?: number;
  /** A contract question's named contract party ("meridian", "metro outdoor"): its contract answers. */
  party?: string;
}

export const MAX_QUESTION_CHARS = 2000;

/** "Are we wasting money anywhere?": answered with the money working least (model and invoices), then ROI. */
export const WASTE_QUESTION =
  /\b(wast(e|es|ed|ing|eful)|money down the drain|throwing (away )?money|burn(ing|t)? (money|cash)|poor value|bad value|value for money|inefficien\w*|(where|what) (can|could|should) we (save|cut)|not (paying|earning) (its|their) way)\b/;

/** "Are we over-spending on TV?", "is TV worth it?": whether a channel's spend is too high, too low or paying its way (the model's view). */
export const VALUE_QUESTION =
  /\b(over-?spend\w*|overspen[dt]\w*|over-?invest\w*|under-?spend\w*|under-?invest\w*|spend(ing)? too (much|little)|too much (money |budget )?(on|in)|worth (it|the money|the spend|the investment|the cost)|(is|are) (it|they|\w+) paying (off|back|its way|their way)|pull(ing)? (its|their) weight|(spend|invest|put) (less|more)( money)? (on|in)|money'?s worth)\b/;

/**
 * "Did TV make good on the GRP shortfall?", "make-goods on TV": the make-good clause checked against delivery.
 * "make good" as two words counts only next to airtime words ("make good use of…" is not one).
 */
export function isMakeGoodQuestion(text: string): boolean {
  if (/\bmake-?goods?\b/.test(text)) return true;
  return /\b(make|made|making) good\b/.test(text) && /\b(grps?|shortfalls?|under-?deliver\w*|broadcasters?|airtime|tv|albion|skyline|guarantee\w*)\b/.test(text);
}

/**
 * "Which campaigns overspent vs plan?", "are we on budget?", "spend vs budget for Q3": spend against a plan or
 * budget, which the data does not hold (delivery vs plan is the under-delivery check).
 */
export const BUDGET_QUESTION =
  /\b((on|over|under|within|off|against|vs|versus|to|compared (to|with)) (the |our |its |their )?(media |marketing |annual |quarterly )?(plan|plans|budgets?|forecast|planned spend)|budgets? (vs|versus|against|compared)|(over|under)-?spen[dt]\w*\b.*\b(plan|plans|budgets?|forecast)|planned (spend|budget))\b/;

/** A question about what a contract's text says, whatever its topic. */
const CONTRACT_WORDING = /\b(what|how) (does|do|did) (the |our |its |their )?([\w-]+ ){0,3}(contracts?|agreements?|addendum|clauses?) (say|state|stipulate|specify)\b|\baccording to (the |our )?([\w-]+ ){0,3}(contracts?|agreements?|addendum)\b/;

/**
 * "What happens on non-delivery of GRPs with Skyline?", "what happens if the copy is late?": the consequence a
 * contract sets out for an event, asked in general (a contract question once a party or contract topic is named).
 */
const CONSEQUENCE = /\bwhat (happens|would happen|will happen|then happens)( to (us|the \w+|our \w+))? (if|when|whenever|on|in case( of)?|after|once|should)\b|\bwhat (are|is|'s) the (consequences?|outcome|remedy|remedies) (of|if|for|when)\b/;

/** Events a contract has terms for: delivery, posting, copy, deadlines, commitments, breach. */
const CONTRACT_EVENT =
  /\b(non-?deliver\w*|under-?deliver\w*|deliver\w*|shortfalls?|late|breach\w*|copy|posted|unposted|not post\w*|(don'?t|do not|doesn'?t|does not|didn'?t|did not|fails? to|failed to|never) (post|deliver|meet|hit|pay|transmit|run)\w*|miss\w* (the |an |a |its |their |our )?(slas?|deadlines?|service levels?|commitment|minimum|guarantee)|disput\w*)\b/;

/** Words that make an invoice question a check of the invoices (reconciliation), not their total. */
const INVOICE_CHECK =
  /\b(overcharg\w*|over-?bill\w*|mismatch\w*|discrepanc\w*|correct\w*|right|wrong|accurate|match\w*|tally|agree|above|exceed\w*|more than|contract\w*|rates?|discounts?|posted|unposted|credits?|errors?|vs|versus|against|compared?)\b/;

const RE = {
  help: /^(help|\?+|commands|menu|usage)\W*$|\bwhat (can|do) you (do|answer|know)\b|\bhow (do|can) i use you\b|\bwhat (kind of |sort of )?questions\b|\bwho are you\b/,
  smallTalk:
    /^(hi|hello|hey|hiya|yo|morning|good (morning|afternoon|evening)|thanks|thank you|thx|cheers|ta|bye|goodbye|see you|ok|okay|cool|great|nice|awesome|how are you|how's it going|lol)\b[\s\w!.,']{0,30}$/,
  injection:
    /\b(ignore|disregard|forget) (all |any |the )?(previous|prior|above|earlier|your) (instructions|prompts?|rules)|\bsystem prompt\b|\byou are now\b|\bact as\b|\bjailbreak\b|\bdeveloper mode\b|\breveal (your|the) (prompt|instructions)|\bprint (your|the) (prompt|instructions|api key|env)/,
  mmmOptimize:
    /\b(optimi[sz](e|ed|ing|ation)|optimal|best (budget|allocation|split|mix)|allocat(e|ion)|re-?allocat|budget split|split (the|our|a) budget|how should (we|i) (spend|split|allocate)|maximi[sz]e (revenue|sales))\b/,
  /** Budget advice: "which channel should get more budget?", "where should we put an extra 500K?". */
  mmmAdvice:
    /\b((which|what) channels? (should|to|would|could|do) (we |i )?(get|gets|receive|deserve|put|invest|spend|add|increase|grow|scale|back|cut|reduce|trim)\b|where (should|would|could|do|to) (we |i )?(put|spend|invest|add|allocate|place)\b|where (does|would|will) (the|an?|our) (next|extra|additional) |(next|extra|additional|incremental) (pound|£|quid|dollar|euro|budget|money|spend|cash)\b|(deserves?|needs?|gets?|get) more (budget|money|spend|investment)\b|more to (spend|invest|allocate)\b|where should (it|this|that|the (money|budget|extra|rest)) go\b)/,
  mmmScenario:
    /\b(what if|what-if|scenario|move|shift|moved|shifting|transfer|reallocate|cut|increase|decrease|reduce|double|halve|boost|raise|lower)\b.*\b(spend|budget|from|to|by|tv|meta|google|youtube|tiktok|radio|ooh|print|events|linkedin|dv360)\b/,
  mmmCurves: /\b(saturat\w*|diminishing returns?|response curves?|curves?|adstock|carry-?over|decay|half-?life|headroom|where .* saturate)\b/,
  mmmDiagnostics: /\b(model fit|fit of the model|r2|r²|r-squared|r squared|mape|accura(te|cy)|how (good|reliable|trustworthy) is the model|diagnostics?|holdout)\b/,
  mmmSummary: /\b(mmm summary|model summary|summari[sz]e the (model|mmm)|mix model overview|overview of the (mmm|model))\b/,
  mmmRoi:
    /\b(roi|rois|return on investment|returns? on (our )?(media|spend)|contribution|incremental|incrementality|marginal|drives? (the most )?(sales|revenue)|most effective|least effective|effectiveness|mmm|marketing mix|mix model|payback|worth (it|the money))\b/,
  asset:
    /\b(creatives?|assets?|images?|pictures?|banners?|visuals?|artwork|storyboards?|stills?|end ?frames?|thumbnails?|mock-?ups?|key ?visuals?|look like|(show|see|find) (me )?(the |our |some |all )?(\w+ ){0,2}(ads?|adverts?|spots?|posters?|billboards?|videos?|stories|story ads?|print ads?)|^(an? |the )?(\w+ ){0,2}(poster|billboard|banner|print ad|magazine ad|story ad|feed ad|video ad|ad)\b.*\b(with|for|showing|featuring|of)\b|double[- ]page spreads?|full[- ]page ads?|half[- ]page ads?|bus shelter ads?|leaderboards?|skyscrapers?)\b/,
  contract:
    /\b(contracts?|contracted|clauses?|cancel\w*|terminat\w*|notice period|slas?|service levels?|agreements?|penalt\w*|payment terms?|payable|make-?goods?|exclusivity|liabilit\w*|rate card|renewal|governing law|term of the|guarantee[sd]?|commission|retainer|agency fees?|minimum spend|commitment|committed( to)? spend|service credits?|how late can (we|i)|without (paying|being charged|a (charge|penalty|fee)|charge|penalty))\b/,
  /** Creative formats named without "creative"/"ad" ("vertical Instagram stories for the Vento"); only when no metric is asked. */
  assetFormat:
    /\b(stories|story ads?|carousels?|reels?|pre-?rolls?|bumpers?|(instagram|facebook|tiktok|linkedin|youtube|meta|display|social|video) (ads|adverts|posts|videos))\b/,
  discrepancy:
    /\b(invoices? (says?|shows?|of|for|from|is|was)|invoiced|overcharg\w*|over-?bill\w*|billed|mismatch\w*|discrepanc\w*|who is right|reconcil\w*|deliver(ing|ed)? (the |their |its )?contracted|contracted grps?|late deliver\w*|(slas?|deadlines?) (being |been )?(met|missed|breached|kept)|missed (the |an |any |its |their )?(slas?|deadlines?)|^(did|has|have|do|does)\b.*\bmiss (any |an? |the )?(slas?|deadlines?|service levels?)|invoices? (match\w*|agree|tally|line up)|not posted|unposted|any mismatches|correctly invoiced|invoice errors?|invoices? (correct|right|wrong|accurate)|discounts? (was |were |been )?(applied|missing|not applied|honou?red)|applied (correctly|properly)|deliver\w* (vs|versus|against|compared (to|with)) (the |what was |what we )?contract\w*|(booked|contracted) (vs|versus|against|and|compared (to|with)) (\w+ )?(posted|delivered)|posted (vs|versus|against|compared (to|with)|as) (the |what was |what we )?booked|(fewer|less|more) (\w+ )?(posted|delivered) than (booked|contracted)|actually posted|post(ed|ing)? all (of )?(its |their |the |our )?(booked )?sites|all (of )?(the |its |their |our )?(booked )?sites (were |got |been |get )*posted|deliver(ing|ed|s)? (all )?(the |their |its |our )?(contracted |guaranteed |booked )?(grps|sites)|(percent|percentage|%|share|proportion) of (the |our )?(\w+ )?(grps|sites) (were |was |got |been )*(delivered|posted)|(against|vs|versus|meeting|meet|met|hit|hitting|keeping to) (its |their |the |our )?(slas?|service levels?)|slas?\b.{0,40}\b(miss\w*|breach\w*|late)|service credits? (are |is |were )?(owed|due|earned|accrued|claimable)|(owed|owe|owes) (us )?(a |any )?(credits?|refunds?)|invoices? (that )?(are |were |is )?(above|over|higher than|more than|exceed\w*)|above (the )?contract(ed)? rates?)\b/,
  underdelivery:
    /\b(under-?deliver\w*|under deliver\w*|over-?deliver\w*|underperform\w*|under-?perform\w*|missed (its |their )?targets?|below (plan|target)|short of (plan|target)|behind plan|delivery vs plan|pacing)\b/,
  docs: /\b(campaigns?|media plan|plan|brief|agency|agencies|dealers?|showrooms?|launch|audiences?|segments?|regions?|flights?|data dictionary|files?|dataset|sources?|halden|terra|vento|summit|lumen|model year|prices?|brochures?|finance quotes?|quote requests?|lead types?|lead forms?|consumer confidence|confidence index|economy|economic|inflation|interest rates?|bank of england|petrol|fuel prices?|competitors?|competition|rivals?|market share|panels?|sites?|frequency|completion rates?|vod|player|configurator|website|traffic|walk-?ins?|enquir\w+|retail|registrations)\b/,
  /** Open questions about one channel: "tell me about TikTok", "how is Meta doing", "what about radio?". */
  channelOpen:
    /\b(tell me (about|everything)|what about|how about|what do we know|anything on|update on|status of|how (is|was|are|were|did|does|do|has|have)\b|performance|perform\w*|doing|results?|numbers|kpis?|stats|metrics|summary|overview)\b/,
  /** An overall scorecard rather than one number: "summarise our 2025 media performance". */
  performance:
    /\b(summar(y|ise|ize)|overview|recap|round-?up|scorecard|report|how (did|have|are) we (do|doing|done|perform|performing|performed)|how (is|was|are|were) (our|the) (media|marketing|advertising|performance)|(media|marketing|campaign) performance)\b/,
  competitor: /\b(competitors?|competition|rivals?|competitive|other brands?)\b/,
  offTopic:
    /\b(poem|joke|recipe|football|stock price|share price|bitcoin|crypto|capital of|translate|horoscope|lottery|president|movie|song|lyrics|write (me )?(an? )?(essay|story|email|code)|python script|homework)\b/,
};

/** A creative question that asks for a ranking ("performed best", "top 5 ads") rather than the pictures. */
const CREATIVE_RANKING = /\b(perform\w*|best|worst|top|bottom|highest|lowest|rank\w*|winning|winners?|strongest|weakest|most|least|worked|works)\b/;

const FOREIGN_WORDS =
  /\b(qué|cuál|cuánto|cuanto|gasto|gastamos|el|los|las|una|por favor|wie|viel|welche|der|die|das|und|ist|haben|wir|quel|quelle|combien|est|les|des|nous|avons|dépensé|quanto|abbiamo|speso|gli|wat|hoeveel|hebben)\b/g;

function looksForeign(text: string): boolean {
  if (/[\u0400-\u04ff\u0600-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/.test(text)) return true;
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < 3) return false;
  const hits = text.match(FOREIGN_WORDS)?.length ?? 0;
  return hits >= 2 && hits / words.length >= 0.2;
}

export interface ClassifyVocabulary {
  /** Lower-case counterparty names from the contracts on disk ("albion", "skyline", "metro outdoor"). */
  contractParties?: string[];
}

/** The contract party a question names, the longest name first ("metro outdoor" before "metro"). */
function namedParty(text: string, vocab: ClassifyVocabulary): string | undefined {
  return [...(vocab.contractParties ?? [])].sort((a, b) => b.length - a.length).find((p) => new RegExp(`\\b${p}\\b`).test(text));
}

export function classify(question: string, entities: Entities, vocab: ClassifyVocabulary = {}): Classification {
  const raw = question.trim();
  const truncatedTo = raw.length > MAX_QUESTION_CHARS ? MAX_QUESTION_CHARS : undefined;
  const text = fixShortTypos(normalise(raw.slice(0, MAX_QUESTION_CHARS))).text;
  const injectionSuspected = RE.injection.test(text);
  const party = namedParty(text, vocab);
  const out = (kind: QuestionKind, rule: string): Classification => ({
    kind,
    rule,
    injectionSuspected,
    ...(truncatedTo ? { truncatedTo } : {}),
    ...(party && kind === 'contract' ? { party } : {}),
  });

  if (text === '' || !/[\p{L}\p{N}]/u.test(text)) return out('bad_input', 'empty');
  if (looksForeign(text)) return out('foreign_language', 'foreign');
  const hasDomain =
    entities.channels.length > 0 ||
    entities.metrics.length > 0 ||
    entities.models.length > 0 ||
    entities.campaignIds.length > 0 ||
    entities.unknownChannels.length > 0;
  if (RE.help.test(text) && !hasDomain) return out('help', 'help');
  if (RE.smallTalk.test(text) && !hasDomain) return out('small_talk', 'small_talk');

  const mmmRoi = RE.mmmRoi.test(text);
  const ragMetric = entities.metrics.some((m) => m !== 'spend' && m !== 'revenue' && m !== 'units');
  if (mmmRoi && ragMetric && !RE.mmmOptimize.test(text)) return out('both_roi_metric', 'roi+metric');

  // "What does the Metro Outdoor contract say about unposted sites?" / "… the Skyline contract say about make
  // good?": the clause, even on a reconciliation or make-good topic.
  if (CONTRACT_WORDING.test(text)) return out('contract', 'contract_wording');
  if (CONSEQUENCE.test(text) && !RE.mmmScenario.test(text) && (party || RE.contract.test(text) || CONTRACT_EVENT.test(text))) return out('contract', 'contract_consequence');
  if (isMakeGoodQuestion(text) && entities.channels.every((c) => c === 'tv')) return out('discrepancy', 'make_good');
  if (BUDGET_QUESTION.test(text) && !/\b(deliver\w*|grps?|optimi[sz]\w*|optimal|allocat\w*|split)\b/.test(text)) return out('budget', 'budget');
  // "How much did Metro Outdoor invoice us in 2025?": the total billed, not a check of the invoices.
  if (entities.metrics.includes('invoiced') && /\b(how much|total|sum|in total)\b/.test(text) && !INVOICE_CHECK.test(text)) return out('metric_lookup', 'invoiced_total');
  if (RE.discrepancy.test(text)) return out('discrepancy', 'discrepancy');
  if (RE.underdelivery.test(text)) return out('underdelivery', 'underdelivery');
  if (RE.contract.test(text)) return out('contract', 'contract');
  // A metric and a media owner in the data ("What CPP are we paying Albion?", "spots on Skyline in Q2") is that
  // owner's figure; without a metric ("what's our notice period with Albion?") it is the contract's.
  // "What rate do we pay Albion per GRP?" asks the agreed rate: a rate or price is the contract's.
  const supplierMetric = Boolean(entities.suppliers?.length) && entities.metrics.length > 0 && !/\b(rates?|rate card|prices?|agreed)\b/.test(text);
  if (party && !RE.asset.test(text) && !supplierMetric && (entities.metrics.length === 0 || /\b(rate|price|pay|paying|charged?|terms?|commit\w*)\b/.test(text))) return out('contract', 'party');
  // "Which creative performed best?", "best Meta creative by CTR": creatives ranked by a metric, not a picture search.
  if (entities.groupBy === 'creative' && (entities.metrics.length > 0 || CREATIVE_RANKING.test(text))) return out('metric_lookup', 'creative_ranking');
  if (RE.asset.test(text)) return out('asset_search', 'asset');
  if (RE.assetFormat.test(text) && entities.metrics.length === 0 && !RE.mmmRoi.test(text)) return out('asset_search', 'asset_format');

  if (RE.mmmSummary.test(text)) return out('mmm_summary', 'mmm_summary');
  if (RE.mmmDiagnostics.test(text) && (mmmRoi || /\bmodel\b/.test(text))) return out('mmm_diagnostics', 'mmm_diagnostics');
  if (RE.mmmOptimize.test(text)) return out('mmm_optimize', 'mmm_optimize');
  const moveLike = /\b(move|shift|transfer|reallocate|moved|shifting)\b/.test(text) && entities.channels.length >= 2;
  const changeLike =
    /\b(what if|what-if|scenario|if we|cut|increase|decrease|reduce|double|halve|boost|raise|lower|add|remove)\b/.test(text) &&
    entities.channels.length >= 1 &&
    (entities.amounts.length > 0 || entities.percentages.length > 0 || /\b(double|halve|cut|stop|remove|zero)\b/.test(text));
  if (moveLike || changeLike) return out('mmm_scenario', moveLike ? 'move' : 'change');
  if (VALUE_QUESTION.test(text) && entities.channels.length > 0 && entities.metrics.every((m) => m === 'spend')) return out('mmm_roi', 'value');
  if (RE.mmmAdvice.test(text)) return out('mmm_optimize', 'budget_advice');
  if (RE.mmmCurves.test(text)) return out('mmm_curves', 'mmm_curves');
  if (mmmRoi) return out('mmm_roi', 'mmm_roi');
  if (WASTE_QUESTION.test(text) && entities.metrics.length === 0) return out('mmm_roi', 'waste');
  // "How did Q3 2025 compare with the same quarter last year?": two periods and nothing else named is a scorecard of both.
  if ((RE.performance.test(text) || entities.comparePeriods) && entities.channels.length === 0 && entities.metrics.length === 0 && entities.campaignIds.length === 0) {
    return out('performance_summary', 'performance');
  }

  if (entities.metrics.some((m) => m === 'competitor_spend' || m === 'share_of_voice')) return out('metric_lookup', 'competitor_spend');
  if (RE.competitor.test(text)) return out('doc_search', 'competitor');
  if (entities.metrics.includes('cost_per_sale')) return out('cost_per_sale', 'cost_per_sale');
  if (entities.metrics.some((m) => FUNNEL_METRICS.has(m))) return out('funnel', 'funnel');
  if (entities.metrics.length > 0) return out('metric_lookup', 'metric');
  if (entities.unknownChannels.length > 0) return out('metric_lookup', 'unknown_channel');
  if (RE.offTopic.test(text)) return out('out_of_scope', 'off_topic');
  // A channel with an open or performance question gets its scorecard; with other words ("… for fleet buyers"),
  // a search within the channel answers better.
  if (entities.channels.length > 0 || entities.campaignIds.length > 0) {
    const open = RE.performance.test(text) || RE.channelOpen.test(text) || text.split(/\s+/).filter(Boolean).length <= 3;
    return out(open ? 'channel_overview' : 'doc_search', open ? 'channel' : 'channel_search');
  }
  if (RE.docs.test(text) || entities.models.length > 0) return out('doc_search', 'docs');
  return out('out_of_scope', 'no_match');
}
