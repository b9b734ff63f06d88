/**
 * What each metric is: the base measures it sums, the tables (by role) that supply them, how the value is
 * computed from the summed parts (ratios never averaged), its unit and label, and the note said with it.
 */
import type { MetricName, MetricResult } from '../types.js';
import type { BaseMeasure } from './columns.js';
import type { TableRole } from './tables.js';

export interface Definition {
  parts: BaseMeasure[];
  /** Roles whose tables supply each part (default: media). */
  roles?: Partial<Record<BaseMeasure, TableRole[]>>;
  value: (p: Record<string, number>) => number;
  unit: MetricResult['unit'];
  label: string;
  /** Only rows recording this part count towards any part (spend that bought no GRPs is not a cost of GRPs). */
  rowsWith?: BaseMeasure;
  /** Said with every answer: what the figure is and is not. */
  note?: string;
  /** Said only when the rows summed span more than one ad format (a blend of their rates). */
  blendNote?: string;
}

export const MEDIA: TableRole[] = ['media'];
const ratio = (a: number, b: number, scale = 1) => (b === 0 ? Number.NaN : (a / b) * scale);

export const METRICS: Record<MetricName, Definition> = {
  spend: { parts: ['spend'], value: (p) => p.spend!, unit: 'GBP', label: 'media spend' },
  impressions: { parts: ['impressions'], value: (p) => p.impressions!, unit: 'count', label: 'impressions' },
  clicks: { parts: ['clicks'], value: (p) => p.clicks!, unit: 'count', label: 'clicks' },
  conversions: { parts: ['conversions'], value: (p) => p.conversions!, unit: 'count', label: 'conversions' },
  video_views: { parts: ['video_views'], value: (p) => p.video_views!, unit: 'count', label: 'video views' },
  grps: { parts: ['grps'], value: (p) => p.grps!, unit: 'count', label: 'GRPs' },
  reach: { parts: ['reach'], value: (p) => p.reach!, unit: 'count', label: 'reach' },
  impacts: { parts: ['impacts'], value: (p) => p.impacts!, unit: 'count', label: 'impacts' },
  sites_booked: { parts: ['sites_booked'], value: (p) => p.sites_booked!, unit: 'count', label: 'sites booked' },
  sites_posted: { parts: ['sites_posted'], value: (p) => p.sites_posted!, unit: 'count', label: 'sites posted' },
  spots: { parts: ['spots'], value: (p) => p.spots!, unit: 'count', label: 'spots' },
  invoiced: {
    parts: ['invoiced'],
    value: (p) => p.invoiced!,
    unit: 'GBP',
    label: 'amount invoiced',
    note: 'Invoiced is what the media owner billed (OOH and print record invoices); spend is the booking at the contracted rate.',
  },
  // OOH is bought per site per posting cycle: spend ÷ sites booked is the average net rate paid per site and cycle.
  cost_per_site: {
    parts: ['spend', 'sites_booked'],
    value: (p) => ratio(p.spend!, p.sites_booked!),
    unit: 'GBP',
    label: 'cost per site',
    note: 'Cost per site = spend ÷ sites booked, per site and posting cycle.',
    blendNote: 'Across formats it is a blend of their rates.',
  },
  // Cost per point (CPP). TV's GRPs are the delivered ones (columns.ts reads delivered_grps, never contracted_grps):
  // the final airtime invoice is for what was delivered, so spend ÷ delivered GRPs is what each point really cost.
  // Rows without GRPs (TV VOD bought on impressions) are left out: their spend bought no points.
  cost_per_grp: { parts: ['spend', 'grps'], rowsWith: 'grps', value: (p) => ratio(p.spend!, p.grps!), unit: 'GBP', label: 'cost per GRP' },
  // Cost per thousand impacts (CPT), kept apart from CPM: impacts are audience-measured exposures (BARB, RAJAR,
  // Route), not ad-served impressions, so a TV CPT and a Meta CPM are not the same currency.
  cpt: { parts: ['spend', 'impacts'], value: (p) => ratio(p.spend!, p.impacts!, 1000), unit: 'GBP', label: 'cost per thousand impacts' },
  // Conversion rate (CVR): the ad platforms' conversions per click, in %. The funnel's rates (lead to test drive…) are their own metrics.
  conversion_rate: {
    parts: ['conversions', 'clicks'],
    value: (p) => ratio(p.conversions!, p.clicks!, 100),
    unit: 'percent',
    label: 'conversion rate',
    note: 'Conversion rate = ad-platform conversions ÷ clicks.',
  },
  // Reach is recorded per day (Meta), so impressions ÷ summed daily reach is how often a person reached on a day saw the ads that day.
  frequency: {
    parts: ['impressions', 'reach'],
    value: (p) => ratio(p.impressions!, p.reach!),
    unit: 'ratio',
    label: 'average daily frequency',
    note: 'Average daily frequency = impressions ÷ reach, where reach is each day\'s reach added up (the data has no unique reach over a period): how many times a person reached on a day saw the ads that day, not the frequency over the whole period.',
  },
  // TV and radio rows carry each weekly buy's avg_frequency and reach %: their reach-weighted mean (Σ reach % × frequency
  // ÷ Σ reach %) lets a buy that reached more people count more, and keeps TV VOD rows (reach but no GRPs) in.
  broadcast_frequency: {
    parts: ['frequency_points', 'reach_points'],
    rowsWith: 'reach_points',
    value: (p) => ratio(p.frequency_points!, p.reach_points!),
    unit: 'ratio',
    label: 'reach-weighted average frequency',
    note: "TV and radio frequency is each weekly buy's average frequency averaged weighted by the buy's reach % (Σ reach % × frequency ÷ Σ reach %). It is a per-buy weekly figure, not the unique frequency over the period, which the data does not record.",
  },
  competitor_spend: {
    parts: ['competitor_spend'],
    roles: { competitor_spend: ['competitors'] },
    value: (p) => p.competitor_spend!,
    unit: 'GBP',
    label: 'competitor spend',
    note: "Competitor spend is the competitors' estimated spend per week (competitor_spend.csv), by media group: TV, digital, OOH and other.",
  },
  // Share of voice: our spend ÷ (ours + the competitors') over the same weeks and media.
  share_of_voice: {
    parts: ['spend', 'competitor_spend'],
    roles: { competitor_spend: ['competitors'] },
    value: (p) => ratio(p.spend!, p.spend! + p.competitor_spend!, 100),
    unit: 'percent',
    label: 'share of voice',
    note: "Share of voice = our spend ÷ (our spend + the competitors' spend in competitor_spend.csv), by spend, over the same weeks; competitors' digital and other spend span several of our channels, so share of voice is exact for TV and OOH and approximate overall.",
  },
  ctr: { parts: ['clicks', 'impressions'], value: (p) => ratio(p.clicks!, p.impressions!, 100), unit: 'percent', label: 'CTR' },
  cpc: { parts: ['spend', 'clicks'], value: (p) => ratio(p.spend!, p.clicks!), unit: 'GBP', label: 'CPC' },
  cpm: { parts: ['spend', 'impressions'], value: (p) => ratio(p.spend!, p.impressions!, 1000), unit: 'GBP', label: 'CPM' },
  cpa: { parts: ['spend', 'conversions'], value: (p) => ratio(p.spend!, p.conversions!), unit: 'GBP', label: 'CPA' },
  sessions: { parts: ['sessions'], roles: { sessions: ['web'] }, value: (p) => p.sessions!, unit: 'count', label: 'website sessions' },
  configurator_sessions: {
    parts: ['configurator_sessions'],
    roles: { configurator_sessions: ['configurator', 'web'] },
    value: (p) => p.configurator_sessions!,
    unit: 'count',
    label: 'configurator sessions',
  },
  leads: { parts: ['leads'], roles: { leads: ['leads'] }, value: (p) => p.leads!, unit: 'count', label: 'leads' },
  test_drives: { parts: ['test_drives'], roles: { test_drives: ['test_drives'] }, value: (p) => p.test_drives!, unit: 'count', label: 'test drives' },
  units: { parts: ['units'], roles: { units: ['sales'] }, value: (p) => p.units!, unit: 'count', label: 'units sold' },
  revenue: { parts: ['revenue'], roles: { revenue: ['sales'] }, value: (p) => p.revenue!, unit: 'GBP', label: 'revenue' },
  roas: { parts: ['revenue', 'spend'], roles: { revenue: ['sales'] }, value: (p) => ratio(p.revenue!, p.spend!), unit: 'ratio', label: 'ROAS' },
  cost_per_sale: { parts: ['spend', 'units'], roles: { units: ['sales'] }, value: (p) => ratio(p.spend!, p.units!), unit: 'GBP', label: 'cost per sale' },
  test_drive_sales: {
    parts: ['test_drive_sales'],
    roles: { test_drive_sales: ['test_drives'] },
    value: (p) => p.test_drive_sales!,
    unit: 'count',
    label: 'test drives ending in a purchase',
  },
  // The funnel ratios are computed here, not in the attribution join: a lead row's channel comes from its
  // campaign id, else its paid_<channel>/event source — the join's rule, so per channel the figures agree —
  // and the engine also splits them by month, model, region or campaign.
  cost_per_lead: { parts: ['spend', 'leads'], roles: { leads: ['leads'] }, value: (p) => ratio(p.spend!, p.leads!), unit: 'GBP', label: 'cost per lead' },
  cost_per_test_drive: {
    parts: ['spend', 'test_drives'],
    roles: { test_drives: ['test_drives'] },
    value: (p) => ratio(p.spend!, p.test_drives!),
    unit: 'GBP',
    label: 'cost per test drive',
  },
  lead_to_test_drive_rate: {
    parts: ['test_drives', 'leads'],
    roles: { test_drives: ['test_drives'], leads: ['leads'] },
    value: (p) => ratio(p.test_drives!, p.leads!, 100),
    unit: 'percent',
    label: 'lead-to-test-drive rate',
  },
  // Leads that ended in a purchase (their test drive's outcome) ÷ leads: the "lead to sale" rate sales teams quote.
  lead_to_sale_rate: {
    parts: ['test_drive_sales', 'leads'],
    roles: { test_drive_sales: ['test_drives'], leads: ['leads'] },
    value: (p) => ratio(p.test_drive_sales!, p.leads!, 100),
    unit: 'percent',
    label: 'lead-to-sale rate',
  },
  test_drive_to_sale_rate: {
    parts: ['test_drive_sales', 'test_drives'],
    roles: { test_drive_sales: ['test_drives'], test_drives: ['test_drives'] },
    value: (p) => ratio(p.test_drive_sales!, p.test_drives!, 100),
    unit: 'percent',
    label: 'test-drive-to-sale rate',
  },
};
