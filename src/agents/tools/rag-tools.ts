/** The RAG analyst's tools: text search, creative search, channel overview and exact metrics. */
import type { z } from 'zod';
import type { ChartSpec } from '../../charts/types.js';
import type { MetricQuery, MetricResult, MetricRow, SearchHit } from '../../rag/types.js';
import { LOWER_IS_BETTER, METRIC_LABELS } from '../entities/lexicon.js';
import type { Attachment } from '../types.js';
import { creativeManifest, pictured, rankCreatives, type CreativeRanking } from './creatives.js';
import { groupByWord, groupLabel } from '../group-labels.js';
import { assetAttachment, assetPath, chartAttachment, hitSource, metricSources } from './sources.js';
import { filterByChannelInput, queryMetricsInput, searchAssetsInput, searchDataInput } from './schemas.js';
import type { ToolDefinition, ToolDeps, ToolResult } from './types.js';

/** Top-hit score under which an answer is flagged as resting on weak evidence. */
export const LOW_CONFIDENCE = 0.35;

/**
 * Cosine similarity under which the best hit is a weak match however the lists rank it (the absolute
 * signal: "weather on Mars?" tops the lists at rank agreement 0.69 but similarity 0.297, 0.05 among
 * contracts). On the 80 text questions of the retrieval evals (seed 42) correct top hits have a median
 * similarity of 0.59; 3 of 70 fall under 0.3 (2 already flagged by rank) and no contract answer does
 * (min 0.487). The displayed confidence stays the rank agreement: contract answers keep 71–94 %, while
 * similarity alone gave 66–88 % and told wrong clauses apart no better.
 */
export const LOW_SIMILARITY = 0.3;

/**
 * How much the retrieval lists agree on a hit, in [0, 1]: the mean of 1/√rank over the vector and the
 * keyword list (1 = first in both; 0.5 = first in one, missing from the other). Fused RRF scores are
 * all ≈ 0.03 and say little on their own; when a hit has no ranks its own score is used.
 */
export function hitConfidence(hit: SearchHit): number {
  const ranks = hit.ranks;
  if (!ranks) return Math.max(0, Math.min(1, hit.score));
  const r = (x: number | undefined) => (x ? 1 / Math.sqrt(x) : 0);
  return Math.round(((r(ranks.vector) + r(ranks.keyword)) / 2) * 1000) / 1000;
}

function compactHit(hit: SearchHit, maxChars: number) {
  const m = hit.metadata;
  return {
    source: m.source,
    locator: m.locator,
    category: m.category,
    channel: m.channel,
    vehicle_model: m.vehicle_model,
    campaign_id: m.campaign_id,
    score: hitConfidence(hit),
    ...(hit.similarity !== undefined ? { similarity: Math.round(hit.similarity * 1000) / 1000 } : {}),
    clause: typeof m.clause === 'string' ? m.clause : undefined,
    document: typeof m.document === 'string' ? m.document : undefined,
    counterparty: typeof m.counterparty === 'string' ? m.counterparty : undefined,
    text: hit.text.length > maxChars ? `${hit.text.slice(0, maxChars)}…` : hit.text,
  };
}

export function confidenceCaveat(hits: SearchHit[], what: string): string[] {
  if (hits.length === 0) return [`No ${what} matched; the answer may be incomplete.`];
  const top = hitConfidence(hits[0]!);
  if (top < LOW_CONFIDENCE) return [`Low retrieval confidence (${Math.round(top * 100)}%) for the ${what}; please check the cited source.`];
  const similarity = hits[0]!.similarity;
  if (similarity !== undefined && similarity < LOW_SIMILARITY) {
    return [`Low retrieval confidence (best match similarity ${similarity.toFixed(2)}) for the ${what}; please check the cited source.`];
  }
  return [];
}

export const searchDataTool: ToolDefinition<typeof searchDataInput> = {
  name: 'search_data',
  agent: 'rag',
  description:
    'Hybrid (semantic + keyword) search over the indexed data: CSV summaries and rows, contracts (by clause), the media plan, dealer and campaign context, the data dictionary. Returns passages with their file and locator (rows or clause) to cite. Use category "contracts" for contract terms. Do not use it for totals or ratios: call query_metrics for numbers.',
  input: searchDataInput,
  async run(input, deps) {
    const hits = await deps.retriever.searchText(input.query, {
      topK: input.top_k ?? 6,
      ...(input.category ? { category: input.category } : {}),
      ...(input.channel ? { channel: input.channel } : {}),
      ...(input.vehicle_model ? { vehicleModel: input.vehicle_model } : {}),
    });
    return {
      data: { hits: hits.map((h) => compactHit(h, 900)) },
      sources: hits.map((h) => hitSource(h, hitConfidence(h))),
      attachments: [],
      caveats: confidenceCaveat(hits, 'documents'),
    };
  },
};

export const searchAssetsTool: ToolDefinition<typeof searchAssetsInput> = {
  name: 'search_assets',
  agent: 'rag',
  description:
    'Finds campaign creatives (PNG images: social posts, banners, billboards, print ads, TV storyboards) by description, optionally filtered by channel, vehicle model or creative type. Returns each creative with its campaign id and image path; the images are attached to the answer automatically.',
  input: searchAssetsInput,
  async run(input, deps) {
    const hits = await deps.retriever.searchAssets(input.query, {
      topK: input.top_k ?? 4,
      ...(input.channel ? { channel: input.channel } : {}),
      ...(input.vehicle_model ? { vehicleModel: input.vehicle_model } : {}),
      ...(input.creative_type ? { creativeType: input.creative_type } : {}),
    });
    const attachments = hits.map((h) => assetAttachment(h, deps.dataDir)).filter((a) => a !== undefined);
    return {
      data: {
        assets: hits.map((h) => ({ ...compactHit(h, 300), image_path: h.metadata.image_path, creative_type: h.metadata.creative_type })),
      },
      sources: hits.map((h) => hitSource(h, hitConfidence(h))),
      attachments,
      caveats: confidenceCaveat(hits, 'creatives'),
    };
  },
};

export const filterByChannelTool: ToolDefinition<typeof filterByChannelInput> = {
  name: 'filter_by_channel',
  agent: 'rag',
  description:
    "Everything indexed about one channel: its data summary, campaigns, contract clauses and creatives. Use for open questions about a channel (\"tell me about TikTok\").",
  input: filterByChannelInput,
  async run(input, deps) {
    const hits = await deps.retriever.filterByChannel(input.channel, { topK: input.top_k ?? 8 });
    const attachments = hits
      .filter((h) => h.metadata.image_path)
      .slice(0, 2)
      .map((h) => assetAttachment(h, deps.dataDir))
      .filter((a) => a !== undefined);
    return {
      data: { channel: input.channel, hits: hits.map((h) => compactHit(h, 600)) },
      sources: hits.map((h) => hitSource(h, hitConfidence(h))),
      attachments,
    };
  },
};

/** Rows worth a bar: a ratio with a zero part (TV's cost per lead, the £0 "cost" of unpaid leads) has none. */
function chartRows(rows: MetricRow[]): MetricRow[] {
  return rows.filter((r) => Number.isFinite(r.value) && (Object.keys(r.parts).length < 2 || Object.values(r.parts).every((v) => v !== 0)));
}

function metricChart(metric: string, groupBy: string, rows: MetricRow[], unit: string, groupColumns?: string[]): ChartSpec {
  const top = rows.slice(0, 24);
  return {
    kind: 'bar',
    title: `${METRIC_LABELS[metric as keyof typeof METRIC_LABELS] ?? metric} by ${groupByWord(groupBy, groupColumns)}`,
    labels: top.map((r) => groupLabel(groupBy, r.group)),
    series: [{ label: metric, values: top.map((r) => r.value) }],
    yFormat: unit === 'GBP' ? 'currency' : unit === 'percent' ? 'percent' : unit === 'ratio' ? 'multiple' : 'number',
    horizontal: groupBy === 'channel' || groupBy === 'campaign_id' || groupBy === 'vehicle_model' || groupBy === 'region' || groupBy === 'supplier' || groupBy === 'creative' || groupBy === 'competitor' || groupBy === 'media',
  };
}

const MAX_ROWS = 60;
/** Creatives listed in a ranking's data. */
const MAX_CREATIVES = 25;

/**
 * Grouped by creative: the creatives ranked (an impressions floor for ratios), named from the asset manifest,
 * and the image of the first-ranked one that has a PNG attached.
 */
async function creativeRanking(query: MetricQuery, result: MetricResult, order: 'best' | 'worst' | undefined, listed: number, deps: ToolDeps): Promise<{ ranking: CreativeRanking; attachment?: Attachment }> {
  const ratio = result.rows.some((r) => Object.keys(r.parts).length >= 2);
  let impressions: Map<string, number> | undefined;
  if (ratio) {
    try {
      impressions = new Map(deps.metrics.queryMetrics({ ...query, metric: 'impressions' }).rows.map((r) => [r.group, r.value]));
    } catch {
      // TV, radio, OOH and print record no impressions: their creatives rank without a floor.
    }
  }
  const manifest = await creativeManifest(deps.dataDir);
  const ranking = rankCreatives(result.rows, { ...(impressions ? { impressions } : {}), manifest, ratio, lowerIsBetter: LOWER_IS_BETTER.has(query.metric), ...(order ? { order } : {}) });
  const pick = pictured(ranking.ranked, listed);
  const attachment: Attachment | undefined = pick
    ? {
        type: 'asset',
        path: assetPath(deps.dataDir, pick.image_path!),
        title: `${pick.creative_id}${pick.format ? ` · ${pick.format.replace(/_/g, ' ')}` : ''}`,
        altText: (manifest.get(pick.creative_id.toUpperCase())?.description ?? pick.creative_id).replace(/\s+/g, ' ').slice(0, 240),
        ...(pick.channel ? { channel: pick.channel } : {}),
      }
    : undefined;
  return { ranking, ...(attachment ? { attachment } : {}) };
}

/**
 * The rows a metric answer carries: all of them, or with more than 60 groups (155 campaigns) the 30 highest and
 * 30 lowest, so a ranking never misses the leaders because they came late in the files. Time groups keep their order.
 */
export function keptRows(rows: MetricRow[], groupBy: string | undefined): MetricRow[] {
  if (rows.length <= MAX_ROWS) return rows;
  if (groupBy === 'month' || groupBy === 'week' || groupBy === 'quarter') return rows.slice(0, MAX_ROWS);
  const ranked = [...rows].sort((a, b) => (Number.isFinite(b.value) ? b.value : -Infinity) - (Number.isFinite(a.value) ? a.value : -Infinity));
  const finite = ranked.filter((r) => Number.isFinite(r.value));
  const half = MAX_ROWS / 2;
  return finite.length <= MAX_ROWS ? ranked.slice(0, MAX_ROWS) : [...finite.slice(0, half), ...finite.slice(-half)];
}

export const queryMetricsTool: ToolDefinition<typeof queryMetricsInput> = {
  name: 'query_metrics',
  agent: 'rag',
  description:
    'Exact numbers from the CSVs: sums (spend, impressions, clicks, conversions = ad-platform conversions, video_views, grps (TV: delivered), reach (summed daily reach, not unique), impacts = audience-measured exposures for TV, radio and OOH (not ad impressions), sites_booked, sites_posted (OOH), spots (TV and radio airings bought), invoiced (what the media owner billed: OOH and print invoices; spend is the booking at the contracted rate), sessions, configurator_sessions, leads, test_drives, test_drive_sales = test drives ending in a purchase, units, revenue) and ratios recomputed from summed parts (ctr in %, cpc, cpm, cpa, roas, cost_per_sale = media spend / cars sold; funnel: cost_per_lead = spend / leads, cost_per_test_drive = spend / test drives, lead_to_test_drive_rate = test drives / leads in %, lead_to_sale_rate = test_drive_sales / leads in %, test_drive_to_sale_rate = test_drive_sales / test drives in %; traditional buying: cost_per_grp = spend / GRPs, the cost per point (CPP), TV on delivered GRPs; cpt = spend / impacts × 1000, cost per thousand impacts, the broadcast and OOH counterpart of cpm, which stays digital impressions only; cost_per_site = OOH spend / sites booked, the average net rate per site and posting cycle; conversion_rate = ad-platform conversions / clicks in % (CVR; not the funnel rates); frequency = impressions / summed daily reach, the average daily frequency (digital files with reach); broadcast_frequency = TV and radio average frequency weighted by reach = GRPs / reach %; competitors: competitor_spend = the competitors\' weekly spend (group by competitor or media = tv, digital, ooh, other; channel tv or ooh filters their media), share_of_voice = our spend / (ours + competitors\') in %, exact for tv and ooh). Leads and their test drives count under the channel of the lead\'s tracking code; TV, radio, OOH and print have none, so their funnel ratios are undefined (NaN): their effect is only in the MMM. Filter by channel, vehicle model, campaign id, sales region, supplier (one or more media owners by name: "Albion" = Albion Broadcasting Group and Albion Player, "Skyline", "Metro Outdoor", "TransitAds", "Capital Wave", "Crestline"; use it for any figure about a named broadcaster, station group, OOH supplier or publisher, and group_by supplier with two or more to compare them), format (OOH panel or print page size, e.g. roadside_48_sheet, full_page) and inclusive ISO dates; group by channel, vehicle_model, campaign_id, month, week, quarter, region, source (sessions\' traffic source, leads\' source; filter with source), supplier (the media owner: broadcaster for TV, station group for radio, supplier for OOH, publisher for print; digital files have none and are left out) or creative (the creative id on each media row: "which creative performed best" = ctr by creative; the answer has `creatives` ranked best first — lowest first for costs, or worst first with order "worst" — each with its format, model and image from the asset manifest; ratios rank only creatives with at least `min_impressions` impressions, say so; the first-ranked creative\'s image is attached). Always use this for any number you state.',
  input: queryMetricsInput,
  async run(input: z.output<typeof queryMetricsInput>, deps): Promise<ToolResult> {
    const query: MetricQuery = {
      metric: input.metric,
      ...(input.channel ? { channel: input.channel } : {}),
      ...(input.vehicle_model ? { vehicleModel: input.vehicle_model } : {}),
      ...(input.campaign_id ? { campaignId: input.campaign_id } : {}),
      ...(input.region ? { region: input.region } : {}),
      ...(input.competitor ? { competitor: input.competitor } : {}),
      ...(input.supplier?.length ? { suppliers: input.supplier } : {}),
      ...(input.format ? { format: input.format } : {}),
      ...(input.source ? { source: input.source } : {}),
      ...(input.from ? { from: input.from } : {}),
      ...(input.to ? { to: input.to } : {}),
      ...(input.group_by ? { groupBy: input.group_by } : {}),
    };
    const result = deps.metrics.queryMetrics(query);
    const rows = keptRows(result.rows, input.group_by);
    const bars = chartRows(result.rows);
    const attachments = input.group_by && bars.length > 1 && input.group_by !== 'creative' ? [chartAttachment(metricChart(input.metric, input.group_by, bars, result.unit, result.groupColumns))] : [];
    const creative = input.group_by === 'creative' ? await creativeRanking(query, result, input.order, input.listed ?? MAX_CREATIVES, deps) : undefined;
    if (creative?.attachment) attachments.push(creative.attachment);
    return {
      data: {
        metric: result.metric,
        value: result.value,
        unit: result.unit,
        rows,
        ...(result.rows.length > rows.length ? { rows_omitted: result.rows.length - rows.length } : {}),
        // How many groups have a non-zero value, omitted ones included ("60 of 104 weeks with spend").
        ...(input.group_by ? { groups_with_value: result.rows.filter((r) => r.value !== 0 && Number.isFinite(r.value)).length } : {}),
        notes: result.notes ?? [],
        ...(result.groupColumns ? { group_columns: result.groupColumns } : {}),
        ...(result.suppliers ? { suppliers: result.suppliers } : {}),
        ...(creative
          ? {
              creatives: creative.ranking.ranked.slice(0, MAX_CREATIVES),
              creatives_ranked: creative.ranking.ranked.length,
              ...(creative.ranking.floor !== undefined ? { min_impressions: creative.ranking.floor, creatives_below_min_impressions: creative.ranking.belowFloor } : {}),
              ...(creative.ranking.undefinedValue ? { creatives_without_value: creative.ranking.undefinedValue } : {}),
            }
          : {}),
      },
      sources: metricSources(result),
      attachments,
      caveats: result.notes?.filter((n) => /not|no data|missing|outside|partial/i.test(n)) ?? [],
    };
  },
};
