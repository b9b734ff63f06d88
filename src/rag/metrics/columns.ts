/**
 * Which column of a table holds each base measure (spend, impressions, leads…), found by header name.
 * Ratios (CTR, CPM, ROAS…) are never read from a column: they are recomputed from summed parts.
 */
import type { TableProfile } from '../ingest/profile.js';
import type { MetricName } from '../types.js';

/**
 * Metrics read from a column; the rest are ratios recomputed from these. `reach_points` (TV and radio reach % per
 * buy) and `frequency_points` (reach % × the buy's average frequency) are no metrics of their own: their ratio is
 * the reach-weighted broadcast frequency.
 */
export type BaseMeasure =
  | 'reach_points'
  | 'frequency_points'
  | Exclude<
  MetricName,
  | 'ctr'
  | 'cpc'
  | 'cpm'
  | 'cpa'
  | 'roas'
  | 'cost_per_sale'
  | 'cost_per_lead'
  | 'cost_per_test_drive'
  | 'lead_to_test_drive_rate'
  | 'lead_to_sale_rate'
  | 'test_drive_to_sale_rate'
  | 'cost_per_grp'
  | 'cpt'
  | 'cost_per_site'
  | 'conversion_rate'
  | 'frequency'
  | 'broadcast_frequency'
  | 'share_of_voice'
>;

/** Header patterns per measure, most specific first. Matched against the lower-cased column name. */
const PATTERNS: Record<BaseMeasure, RegExp[]> = {
  spend: [
    /^(spend|cost|media_cost|net_cost|net_spend|media_spend|spend_gbp|cost_gbp|actual_spend|actual_cost|total_cost|total_spend)$/,
    /spend/,
    /^(?!.*(per|cpm|cpc|cpa|rate)).*cost/,
  ],
  impressions: [/^impressions$/, /^(total|paid)_impressions$/],
  clicks: [/^clicks$/, /^(link_)?clicks?$/, /click(?!.*rate)/],
  conversions: [/^conversions$/, /conversion(?!.*(rate|value))/],
  video_views: [/^video_views$/, /video.*view|views/],
  grps: [/^grps?$/, /^(delivered|actual|achieved)_?(grps?|tvrs?)$/, /^tvrs?$/],
  reach: [/^reach$/, /^reach_(people|individuals|000s?|thousands)$/],
  // A percentage of the audience per buy (non-additive on its own): read only to weight frequency by reach.
  reach_points: [/^reach_(pct|percent|percentage)$/, /^(net_)?reach_%$/],
  // A buy's average frequency; tables.ts multiplies it by the buy's reach %, so summed it weights frequency by reach.
  frequency_points: [/^(avg_|average_)frequency$/],
  // Read by competitors.ts from the per-media columns of a competitor file, never from a media file.
  competitor_spend: [/^competitor_spend(_gbp)?$/],
  // Audience-measured exposures (TV/radio in thousands, OOH as a count): not ad-served impressions.
  impacts: [/^impacts$/, /^impacts_(000s?|thousands)$/, /^(total_|delivered_)?impacts/],
  sites_booked: [/^sites_booked$/, /^(booked_sites|panels_booked|booked_panels)$/],
  sites_posted: [/^sites_posted$/, /^(posted_sites|panels_posted|posted_panels)$/],
  // Broadcast spots (TV and radio airings) bought.
  spots: [/^spots$/, /^(spots_aired|spots_bought|airings)$/],
  // What the media owner billed (OOH and print invoices), beside the spend booked at the contracted rate.
  invoiced: [/^invoiced(_gbp)?$/, /^(invoice_amount|invoiced_amount|billed_gbp|amount_invoiced)$/],
  sessions: [/^sessions$/, /^(web_|website_|site_)?sessions$/, /^visits$/],
  configurator_sessions: [/^configurator_sessions$/, /configurator.*(session|start|visit)/, /configurations?$/],
  leads: [/^leads$/, /^(new_|total_)?leads$/, /leads?(?!.*(rate|per|id|source|status|score))/],
  // Before test_drives, so a "test_drive_purchases" column is not read as the test drives themselves.
  test_drive_sales: [/^test_drive_(purchases|sales)$/, /^(purchased|converted)_test_drives$/],
  test_drives: [/^test_drives$/, /test_?drives?(?!.*(rate|per|id|status))/],
  units: [/^units$/, /^(units_sold|vehicles_sold|sales_units|units_delivered|registrations|quantity|qty)$/, /units/],
  revenue: [/^revenue$/, /revenue(?!.*per)/, /^(sales_value|net_sales|gross_sales)$/],
};

/** Measures read from a non-additive column because they are only ever used as weights. */
const WEIGHTS = new Set<BaseMeasure>(['reach_points', 'frequency_points']);

/**
 * Numeric additive columns holding each measure in this table; with `weights`, also the non-additive columns read
 * only as weights (reach %), which the metrics engine uses and text summaries must not add up.
 */
export function measureColumns(profile: TableProfile, opts: { weights?: boolean } = {}): Partial<Record<BaseMeasure, string>> {
  const numeric = profile.columns.filter((c) => c.kind === 'number' && c.additive).map((c) => c.name);
  const anyNumber = profile.columns.filter((c) => c.kind === 'number').map((c) => c.name);
  const out: Partial<Record<BaseMeasure, string>> = {};
  const used = new Set<string>();
  for (const measure of Object.keys(PATTERNS) as BaseMeasure[]) {
    if (WEIGHTS.has(measure) && !opts.weights) continue;
    for (const re of PATTERNS[measure]) {
      const col = (WEIGHTS.has(measure) ? anyNumber : numeric).find((n) => !used.has(n) && re.test(n.toLowerCase()));
      if (col) {
        out[measure] = col;
        used.add(col);
        break;
      }
    }
  }
  return out;
}

/** How much one unit of a column is worth: `impacts_000` and `reach_thousands` hold thousands. */
export function columnScale(column: string): number {
  return /(^|_)(000s?|thousands?)$/i.test(column) ? 1000 : 1;
}

export interface DerivedRatios {
  ctr?: number;
  cpc?: number;
  cpm?: number;
  cpa?: number;
  roas?: number;
}

/** CTR (%), CPC, CPM, CPA and ROAS from summed parts; a ratio is left out when its denominator is 0. */
export function deriveRatios(sums: Partial<Record<BaseMeasure, number>>): DerivedRatios {
  const out: DerivedRatios = {};
  const { spend, impressions, clicks, conversions, revenue } = sums;
  if (clicks !== undefined && impressions) out.ctr = (clicks / impressions) * 100;
  if (spend !== undefined && clicks) out.cpc = spend / clicks;
  if (spend !== undefined && impressions) out.cpm = (spend / impressions) * 1000;
  if (spend !== undefined && conversions) out.cpa = spend / conversions;
  if (revenue !== undefined && spend) out.roas = revenue / spend;
  return out;
}
