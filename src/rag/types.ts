/** Retrieval contracts shared by the RAG pipeline, the agent tools and the evaluation. */

export type DocCategory = 'digital' | 'traditional' | 'sales' | 'contracts' | 'context' | 'assets' | 'dictionary';

export interface ChunkMetadata {
  /** File relative to the data dir, e.g. `raw/meta_ads.csv`. */
  source: string;
  category: DocCategory;
  channel?: string;
  vehicle_model?: string;
  campaign_id?: string;
  date_from?: string;
  date_to?: string;
  /** Rows ("rows 12–40") or clause ("7.2") this chunk covers. */
  locator?: string;
  /** Asset chunks only: the path as written in the manifest… */
  image_path?: string;
  /** …and, in search hits, the absolute path of the PNG when it exists on disk (for uploads). */
  image_file?: string;
  creative_type?: string;
  [key: string]: string | number | boolean | undefined;
}

export interface Chunk {
  id: string;
  text: string;
  metadata: ChunkMetadata;
}

export interface SearchHit extends Chunk {
  score: number;
  /** 1-based ranks in the vector and keyword lists this hit was fused from (absent = not in that list). */
  ranks?: { vector?: number; keyword?: number };
  /**
   * Cosine similarity between the query and this chunk (0–1), when the vector side scored it: an absolute
   * confidence signal (fused scores only order hits). Low values (< ~0.3 with the offline embedder) mean a weak match.
   */
  similarity?: number;
}

/** Which retriever answers: both fused (default), or one side alone (evaluation, debugging). */
export type SearchMode = 'hybrid' | 'vector' | 'keyword';

export interface TextSearchOptions {
  topK?: number;
  category?: DocCategory | DocCategory[];
  channel?: string;
  vehicleModel?: string;
  campaignId?: string;
  mode?: SearchMode;
  /** Add synonyms of the concepts the query mentions to the keyword query (default true in hybrid mode). */
  expand?: boolean;
}

export interface AssetSearchOptions {
  topK?: number;
  channel?: string;
  vehicleModel?: string;
  creativeType?: string;
  campaignId?: string;
  mode?: SearchMode;
  expand?: boolean;
}

export type MetricName =
  | 'spend'
  | 'impressions'
  | 'clicks'
  | 'ctr'
  | 'cpc'
  | 'cpm'
  | 'conversions'
  | 'cpa'
  | 'video_views'
  | 'grps'
  | 'reach'
  | 'sessions'
  | 'configurator_sessions'
  | 'leads'
  | 'test_drives'
  | 'units'
  | 'revenue'
  | 'roas'
  | 'cost_per_sale'
  | 'test_drive_sales'
  | 'cost_per_lead'
  | 'cost_per_test_drive'
  | 'lead_to_test_drive_rate'
  | 'lead_to_sale_rate'
  | 'test_drive_to_sale_rate'
  | 'impacts'
  | 'sites_booked'
  | 'sites_posted'
  | 'spots'
  | 'invoiced'
  | 'cost_per_site'
  | 'cost_per_grp'
  | 'cpt'
  | 'conversion_rate'
  | 'frequency'
  | 'broadcast_frequency'
  | 'competitor_spend'
  | 'share_of_voice';

export interface MetricQuery {
  metric: MetricName;
  channel?: string;
  vehicleModel?: string;
  campaignId?: string;
  /** Region id as in the sales and lead files ("london", "south_east"). */
  region?: string;
  /** Website sessions and leads only: the traffic or lead source as in the files ("paid_social", "organic_search"). */
  source?: string;
  /** Competitor spend only: one competitor ("Norvik Automotive"; a unique start of the name is enough, "Norvik"). */
  competitor?: string;
  /**
   * Traditional media only: media owners, each its name as in the files or the first words of it, any case
   * ("Albion" = Albion Broadcasting Group and Albion Player; "Metro Outdoor"). Rows of any of them count.
   */
  suppliers?: string[];
  /** Traditional media only: one ad format as in the files ("roadside_48_sheet", "full_page") or as said ("48 sheets"). */
  format?: string;
  /** Inclusive ISO dates. */
  from?: string;
  to?: string;
  /**
   * `supplier`: the media owner a traditional buy was made with (broadcaster, station group, OOH supplier, publisher).
   * `creative`: the media rows' creative id (`HM-META-TERRA-24Q1-C1`), which the asset manifest's PNGs are named after.
   * `competitor` and `media`: competitor spend by competitor and by media group (tv, digital, ooh, other).
   * `source`: website sessions by traffic source and leads by lead source.
   */
  groupBy?: 'channel' | 'vehicle_model' | 'campaign_id' | 'month' | 'week' | 'quarter' | 'region' | 'supplier' | 'creative' | 'competitor' | 'media' | 'source';
}

export interface MetricRow {
  group: string;
  value: number;
  /** Components, e.g. spend and impressions for CPM. */
  parts: Record<string, number>;
}

export interface MetricResult {
  metric: MetricName;
  query: MetricQuery;
  /** Total over the filter (ratio metrics recomputed from summed parts, never averaged). */
  value: number;
  rows: MetricRow[];
  unit: 'GBP' | 'count' | 'ratio' | 'percent';
  /** The files and row ranges used, for citation. */
  sources: { file: string; rows: number; locator?: string }[];
  notes?: string[];
  /** Grouped by supplier: the column(s) the groups were read from ("broadcaster", "publisher"…). */
  groupColumns?: string[];
  /** Filtered by supplier: the full names the filter matched, as in the files. */
  suppliers?: string[];
}

/** The retrieval facade the agents call (`openRetriever(...)` in src/rag/index.ts builds it). */
export interface Retriever {
  searchText(query: string, options?: TextSearchOptions): Promise<SearchHit[]>;
  searchAssets(query: string, options?: AssetSearchOptions): Promise<SearchHit[]>;
  /** Summary and recent documents of one channel (text and assets). */
  filterByChannel(channel: string, options?: { topK?: number }): Promise<SearchHit[]>;
}

/** Exact numbers from the CSVs (`createMetricsEngine(dataDir)` in src/rag/index.ts builds it). */
export interface MetricsEngine {
  queryMetrics(query: MetricQuery): MetricResult;
}
