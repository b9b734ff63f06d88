/**
 * Which column of a table holds each base measure (spend, impressions, leads…), found by header name.
 * Ratios (CTR, CPM, ROAS…) are never read from a column: they are recomputed from summed parts.
 */
import type { TableProfile } from '../ingest/profile.js';
import type { MetricName } from '../types.js';

/** Metrics read from a column; the rest are ratios recomputed from these. */
export type BaseMeasure = Exclude<
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
  // Audience-measured exposures (TV/radio in thousands, OOH as a count): not ad-served impressions.
  impacts: [/^impacts$/, /^impacts_(000s?|thousands)$/, /^(total_|delivered_)?impacts/],
  sites_booked: [/^sites_booked$/, /^(booked_sites|panels_booked|booked_panels)$/],
  sites_posted: [/^sites_posted$/, /^(posted_sites|panels_posted|posted_panels)$/],
  sessions: [/^sessions$/, /^(web_|website_|site_)?sessions$/, /^visits$/],
  configurator_sessions: [/^configurator_sessions$/, /configurator.*(session|start|visit)/, /configurations?$/],
  leads: [/^leads$/, /^(new_|total_)?leads$/, /leads?(?!.*(rate|per|id|source|status|score))/],
  // Before test_drives, so a "test_drive_purchases" column is not read as the test drives themselves.
  test_drive_sales: [/^test_drive_(purchases|sales)$/, /^(purchased|converted)_test_drives$/],
  test_drives: [/^test_drives$/, /test_?drives?(?!.*(rate|per|id|status))/],
  units: [/^units$/, /^(units_sold|vehicles_sold|sales_units|units_delivered|registrations|quantity|qty)$/, /units/],
  revenue: [/^revenue$/, /revenue(?!.*per)/, /^(sales_value|net_sales|gross_sales)$/],
};

/** Numeric additive columns holding each measure in this table. */
export function measureColumns(profile: TableProfile): Partial<Record<BaseMeasure, string>> {
  const numeric = profile.columns.filter((c) => c.kind === 'number' && c.additive).map((c) => c.name);
  const out: Partial<Record<BaseMeasure, string>> = {};
  const used = new Set<string>();
  for (const measure of Object.keys(PATTERNS) as BaseMeasure[]) {
    for (const re of PATTERNS[measure]) {
      const col = numeric.find((n) => !used.has(n) && re.test(n.toLowerCase()));
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
