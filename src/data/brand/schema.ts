/**
 * The data contract of the brand dataset: every CSV's columns in order and each column's type. The
 * generators write these columns and the validator checks them; other modules (RAG, metrics, agents)
 * can import them instead of guessing.
 */
import { DIGITAL_CHANNELS } from './catalog.js';
import { COMPETITOR_COLUMNS, ECONOMIC_COLUMNS, SLA_COLUMNS } from './context.js';
import { digitalColumns } from './digital.js';
import { EVENTS_COLUMNS } from './events.js';
import { CHANNEL_SPEND_FILE, MMM_FILES, RAW_CSV } from './files.js';
import { CHANNEL_ACTIVITY_COLUMNS, MODEL_READY_COLUMNS, MODEL_SALES_COLUMNS } from './mmm-tables.js';
import { OOH_COLUMNS, PRINT_COLUMNS } from './ooh-print.js';
import { LEADS_COLUMNS, TEST_DRIVES_COLUMNS, VEHICLE_SALES_COLUMNS } from './pipeline-tables.js';
import { RADIO_COLUMNS, TV_COLUMNS } from './tv-radio.js';
import { CONFIGURATOR_COLUMNS, WEBSITE_COLUMNS } from './web.js';

export const CSV_COLUMNS: Record<string, readonly string[]> = {
  ...Object.fromEntries(DIGITAL_CHANNELS.map((c) => [CHANNEL_SPEND_FILE[c], digitalColumns(c)])),
  [RAW_CSV.tv]: TV_COLUMNS,
  [RAW_CSV.radio]: RADIO_COLUMNS,
  [RAW_CSV.ooh]: OOH_COLUMNS,
  [RAW_CSV.print]: PRINT_COLUMNS,
  [RAW_CSV.website]: WEBSITE_COLUMNS,
  [RAW_CSV.configurator]: CONFIGURATOR_COLUMNS,
  [RAW_CSV.leads]: LEADS_COLUMNS,
  [RAW_CSV.testDrives]: TEST_DRIVES_COLUMNS,
  [RAW_CSV.vehicleSales]: VEHICLE_SALES_COLUMNS,
  [RAW_CSV.events]: EVENTS_COLUMNS,
  [RAW_CSV.competitors]: COMPETITOR_COLUMNS,
  [RAW_CSV.economic]: ECONOMIC_COLUMNS,
  [RAW_CSV.agencySla]: SLA_COLUMNS,
  [MMM_FILES.modelReady]: MODEL_READY_COLUMNS,
  [MMM_FILES.channelActivity]: CHANNEL_ACTIVITY_COLUMNS,
  [MMM_FILES.modelSales]: MODEL_SALES_COLUMNS,
};

export type ColumnType = 'date' | 'money' | 'int' | 'signed_int' | 'number' | 'string';

const DATE = new Set(['date', 'week_start', 'week_end', 'cycle_start', 'cycle_end', 'insertion_date', 'start_date', 'end_date', 'created_date', 'due_date', 'delivered_date', 'sale_date']);
const INT = new Set([
  'impressions', 'clicks', 'conversions', 'reach', 'video_views', 'viewable_impressions', 'engagements', 'completed_views',
  'lead_form_opens', 'spots', 'impacts_000', 'vod_impressions', 'sites_booked', 'sites_posted', 'impacts', 'circulation',
  'readership', 'days', 'attendees', 'sessions', 'users', 'pageviews', 'avg_session_seconds', 'configurator_sessions',
  'completed_builds', 'saved_builds', 'units_sold', 'lead_attributed_units', 'walk_in_units', 'duration_min',
  'feedback_score', 'uk_bev_registrations', 'business_days_late', 'models_on_sale', 'event_flag', 'leads', 'test_drives',
  'website_sessions',
]);
const NUMBER = new Set([
  'frequency', 'search_impression_share', 'contracted_grps', 'delivered_grps', 'reach_pct', 'avg_frequency',
  'completion_rate', 'grps', 'bounce_rate', 'discount_pct', 'promo_depth', 'market_index', 'cpi_inflation_pct',
  'bank_rate_pct', 'unemployment_pct', 'petrol_price_ppl', 'electricity_price_p_kwh', 'bev_share_pct', 'rate_gbp',
  'rate_per_spot_gbp', 'rate_per_site_gbp', 'rate_card_gbp',
]);
const MONEY_EXTRA = new Set(['revenue', 'avg_price', 'competitor_spend']);

/** Columns that may be empty: leads without a paid campaign, test drive or sale. */
export const NULLABLE: Record<string, readonly string[]> = {
  [RAW_CSV.leads]: ['campaign_id', 'test_drive_id', 'sale_date'],
};

export function columnType(column: string): ColumnType {
  if (DATE.has(column)) return 'date';
  if (INT.has(column)) return 'int';
  if (column === 'consumer_confidence') return 'signed_int';
  if (NUMBER.has(column)) return 'number';
  if (column.endsWith('_gbp') || column.endsWith('_spend') || MONEY_EXTRA.has(column)) return 'money';
  return 'string';
}
