/** Names of every file the brand dataset writes, relative to the data dir. Import these, never retype them. */
import { AGENCY_TERMS, OOH_METRO, OOH_TRANSIT, PRINT_CRESTLINE, TV_ALBION, TV_SKYLINE, VOD_ALBION } from './contract-terms.js';
import type { MmmChannel } from './catalog.js';

export const RAW_CSV = {
  meta: 'raw/meta_ads.csv',
  google: 'raw/google_ads.csv',
  dv360: 'raw/dv360_ads.csv',
  tiktok: 'raw/tiktok_ads.csv',
  youtube: 'raw/youtube_ads.csv',
  linkedin: 'raw/linkedin_ads.csv',
  tv: 'raw/tv_airtime.csv',
  radio: 'raw/radio_airtime.csv',
  ooh: 'raw/ooh_sites.csv',
  print: 'raw/print_insertions.csv',
  website: 'raw/website_analytics.csv',
  configurator: 'raw/configurator_sessions.csv',
  leads: 'raw/leads.csv',
  testDrives: 'raw/test_drives.csv',
  vehicleSales: 'raw/vehicle_sales.csv',
  events: 'raw/events.csv',
  competitors: 'raw/competitor_spend.csv',
  economic: 'raw/economic_indicators.csv',
  agencySla: 'raw/agency_sla.csv',
} as const;
export type RawCsvKey = keyof typeof RAW_CSV;

/** Which raw CSV carries each MMM channel's spend (`spend_gbp` column). */
export const CHANNEL_SPEND_FILE: Record<MmmChannel, string> = {
  tv: RAW_CSV.tv,
  ooh: RAW_CSV.ooh,
  youtube: RAW_CSV.youtube,
  meta: RAW_CSV.meta,
  google: RAW_CSV.google,
  dv360: RAW_CSV.dv360,
  tiktok: RAW_CSV.tiktok,
  linkedin: RAW_CSV.linkedin,
  print: RAW_CSV.print,
  radio: RAW_CSV.radio,
  events: RAW_CSV.events,
};

export const CONTRACT_FILES = [TV_ALBION, TV_SKYLINE, VOD_ALBION, OOH_METRO, OOH_TRANSIT, PRINT_CRESTLINE, AGENCY_TERMS].map((c) => `raw/contracts/${c.file}`);

export const KNOWN_ISSUES_FILE = 'raw/known_issues.json';

export const MMM_FILES = {
  modelReady: 'mmm/model_ready.csv',
  channelActivity: 'mmm/channel_activity.csv',
  modelSales: 'mmm/model_sales.csv',
  groundTruth: 'mmm/ground_truth.json',
} as const;

export const BRAND_FILES = [...Object.values(RAW_CSV), ...CONTRACT_FILES, KNOWN_ISSUES_FILE, ...Object.values(MMM_FILES)];
