/**
 * The CSVs the metrics engine computes from, loaded once with csv-parse and profiled: each table gets a
 * role (media, web, configurator, leads, test drives, sales) read from its name and columns.
 */
import type { MmmChannel } from '../../data/brand/catalog.js';
import { buildCampaigns } from '../../data/brand/catalog.js';
import { classifyFile, type FileClass } from '../ingest/classify.js';
import { discoverSources } from '../ingest/corpus.js';
import { readCsv, type CsvTable } from '../ingest/csv-table.js';
import { profileTable, toNumber, type TableProfile } from '../ingest/profile.js';
import { channelMentioned, normaliseChannel, normaliseText, normaliseVehicleModel } from '../synonyms.js';
import { columnScale, measureColumns, type BaseMeasure } from './columns.js';
import { isCompetitorTable, toCompetitorTable } from './competitors.js';
import { inheritLeadChannel, isPurchase, leadIdColumn, leadLinks, outcomeColumn, type LeadLink } from './test-drives.js';

export type TableRole = 'media' | 'web' | 'configurator' | 'leads' | 'test_drives' | 'sales' | 'competitors' | 'other';

/** One row reduced to what metrics need. */
export interface FactRow {
  /** 0-based data row index (line = index + 2). */
  index: number;
  date?: string;
  channel?: MmmChannel;
  model?: string;
  campaign?: string;
  region?: string;
  /** The media owner the row was bought from (broadcaster, station group, OOH supplier, publisher). */
  supplier?: string;
  /** The creative the row's ads ran (the file's creative_id column). */
  creative?: string;
  /** Traditional buys: the ad format bought (roadside_48_sheet, full_page). */
  format?: string;
  /** Competitor spend: whose it is and its media group (tv, digital, ooh, other). */
  competitor?: string;
  media?: string;
  /** Website sessions' traffic source and leads' source ("paid_social", "organic_search"). */
  source?: string;
  values: Partial<Record<BaseMeasure, number>>;
}

export interface MetricTable {
  source: string;
  cls: FileClass;
  role: TableRole;
  /** Media tables: the channel their spend belongs to. */
  channel?: MmmChannel;
  profile: TableProfile;
  measures: Partial<Record<BaseMeasure, string>>;
  /** Measures counted per row: one per lead in a leads file, one per purchased drive in a test-drive file. */
  rowCounted: BaseMeasure[];
  rows: FactRow[];
  /** The column naming each row's media owner, when the file has one ("broadcaster", "publisher"…). */
  supplierColumn?: string;
  /** Whether rows can be filtered/grouped by these. */
  has: { channel: boolean; model: boolean; campaign: boolean; region: boolean; date: boolean; supplier: boolean; creative: boolean; format?: boolean; competitor?: boolean; media?: boolean; source?: boolean };
}

/**
 * Who a traditional buy was made with, per file: TV's broadcaster, radio's station group, OOH's supplier and
 * print's publisher (not the publication: a publisher sells several titles, and the contract is with it).
 */
const SUPPLIER_COLUMN = /^(supplier|vendor|media_owner|broadcaster|station_group|publisher|sales_house)$/i;

export function supplierColumn(profile: TableProfile): string | undefined {
  return profile.columns.find((c) => c.kind === 'text' && SUPPLIER_COLUMN.test(c.name))?.name;
}

/** The column naming each media row's creative ("creative_id"). */
const CREATIVE_COLUMN = /^(creative_id|creative|ad_id|creative_name)$/i;

export function creativeColumn(profile: TableProfile): string | undefined {
  return profile.columns.find((c) => c.kind === 'text' && CREATIVE_COLUMN.test(c.name))?.name;
}

/** The ad format a traditional buy was for ("roadside_48_sheet", "full_page"). */
const FORMAT_COLUMN = /^(format|ad_format|panel_format|ad_size)$/i;

/** Where a visit or lead came from, in web analytics and lead files. */
const SOURCE_COLUMN = /^(traffic_source|source|lead_source|medium|utm_source|utm_medium)$/i;

const CAMPAIGNS = new Map(buildCampaigns().map((c) => [c.id, c]));

/** The media channel a file's spend belongs to: its own channel, or the events channel for an events list with spend. */
function mediaChannel(source: string, cls: FileClass, measures: Partial<Record<BaseMeasure, string>>): MmmChannel | undefined {
  if (!measures.spend) return undefined;
  if ((cls.category === 'digital' || cls.category === 'traditional') && cls.channel) return cls.channel;
  if (cls.category === 'context' && (cls.channel === 'events' || channelMentioned(source.split('/').pop() ?? '') === 'events')) return 'events';
  return undefined;
}

function roleOf(source: string, cls: FileClass, measures: Partial<Record<BaseMeasure, string>>): TableRole {
  const name = normaliseText(source.split('/').pop() ?? source);
  if (mediaChannel(source, cls, measures)) return 'media';
  if (cls.category !== 'sales') return 'other';
  if (/configurator/.test(name)) return 'configurator';
  if (/test drive/.test(name)) return 'test_drives';
  if (/\blead/.test(name)) return 'leads';
  if (/(sales|registration|order|deliver)/.test(name)) return 'sales';
  if (/(web|site|analytics|session|traffic)/.test(name)) return 'web';
  return 'other';
}

/** Per role, the measure a row stands for when the table has no column for it. */
const ROW_MEASURE: Partial<Record<TableRole, BaseMeasure>> = {
  leads: 'leads',
  test_drives: 'test_drives',
  configurator: 'configurator_sessions',
  sales: 'units',
};

export function toMetricTable(table: CsvTable, cls: FileClass): MetricTable {
  const profile = profileTable(table);
  const measures = measureColumns(profile, { weights: true });
  const role = roleOf(table.source, cls, measures);
  // A configurator file's plain "sessions" column counts configurator sessions.
  if (role === 'configurator' && measures.sessions && !measures.configurator_sessions) {
    measures.configurator_sessions = measures.sessions;
    delete measures.sessions;
  }
  // A buy's frequency only means something weighted by its reach.
  if (measures.frequency_points && !measures.reach_points) delete measures.frequency_points;
  const rowCounted: BaseMeasure[] = [];
  const rowMeasure = ROW_MEASURE[role];
  if (rowMeasure && !measures[rowMeasure]) rowCounted.push(rowMeasure);
  const outcome = role === 'test_drives' && !measures.test_drive_sales ? outcomeColumn(profile) : undefined;
  if (outcome) rowCounted.push('test_drive_sales');
  const fileChannel = mediaChannel(table.source, cls, measures);
  const channelCol = profile.channel ?? profile.columns.find((c) => c.kind === 'text' && /channel|source|medium/i.test(c.name))?.name;
  // A row's channel: the file's (media), else its campaign's, else its source column ("paid_google" → google).
  // Normalising a label is cheap but not free; a file repeats a handful of labels thousands of times.
  const memo = <T,>(fn: (v: string) => T) => {
    const cache = new Map<string, T>();
    return (v: string): T => {
      if (!cache.has(v)) cache.set(v, fn(v));
      return cache.get(v) as T;
    };
  };
  const channelOf = memo((raw: string) => normaliseChannel(raw) ?? channelMentioned(raw));
  const modelOf = memo((raw: string) => normaliseVehicleModel(raw));
  const rowChannel = (r: Record<string, string>, campaign: string | undefined): MmmChannel | undefined => {
    if (fileChannel) return fileChannel;
    const fromCampaign = campaign ? CAMPAIGNS.get(campaign)?.channel : undefined;
    if (fromCampaign) return fromCampaign;
    const raw = channelCol ? r[channelCol] : undefined;
    return raw ? channelOf(raw) : undefined;
  };
  const scales = Object.fromEntries(Object.entries(measures).map(([m, col]) => [m, columnScale(col)])) as Partial<Record<BaseMeasure, number>>;
  const supplierCol = role === 'media' ? supplierColumn(profile) : undefined;
  const creativeCol = role === 'media' ? creativeColumn(profile) : undefined;
  const formatCol = role === 'media' ? profile.columns.find((c) => c.kind === 'text' && FORMAT_COLUMN.test(c.name))?.name : undefined;
  const sourceCol = role === 'web' || role === 'leads' ? profile.columns.find((c) => c.kind === 'text' && SOURCE_COLUMN.test(c.name))?.name : undefined;
  const rows: FactRow[] = table.rows.map((r, index) => {
    const values: Partial<Record<BaseMeasure, number>> = {};
    for (const [m, col] of Object.entries(measures) as [BaseMeasure, string][]) {
      const v = toNumber(r[col]) * (scales[m] ?? 1);
      values[m] = Number.isFinite(v) ? v : 0;
    }
    if (values.frequency_points !== undefined) values.frequency_points *= values.reach_points ?? 0;
    for (const m of rowCounted) values[m] = 1;
    if (outcome) values.test_drive_sales = isPurchase(r[outcome]) ? 1 : 0;
    const campaign = profile.campaign ? r[profile.campaign] || undefined : undefined;
    const rawModel = profile.vehicleModel ? r[profile.vehicleModel] : undefined;
    const model = (rawModel ? modelOf(rawModel) : undefined) ?? (campaign ? CAMPAIGNS.get(campaign)?.model : undefined);
    const channel = rowChannel(r, campaign);
    return {
      index,
      ...(profile.date && r[profile.date] ? { date: (r[profile.date] as string).slice(0, 10) } : {}),
      ...(channel ? { channel } : {}),
      ...(model ? { model } : {}),
      ...(campaign ? { campaign } : {}),
      ...(profile.region && r[profile.region] ? { region: r[profile.region] } : {}),
      ...(supplierCol && r[supplierCol] ? { supplier: r[supplierCol].trim() } : {}),
      ...(creativeCol && r[creativeCol] ? { creative: r[creativeCol].trim() } : {}),
      ...(formatCol && r[formatCol] ? { format: r[formatCol].trim() } : {}),
      ...(sourceCol && r[sourceCol] ? { source: r[sourceCol].trim() } : {}),
      values,
    };
  });
  return {
    source: table.source,
    cls,
    role,
    ...(fileChannel ? { channel: fileChannel } : {}),
    profile,
    measures,
    rowCounted,
    rows,
    ...(supplierCol ? { supplierColumn: supplierCol } : {}),
    has: {
      channel: Boolean(fileChannel ?? channelCol ?? profile.campaign),
      model: Boolean(profile.vehicleModel ?? profile.campaign),
      campaign: Boolean(profile.campaign),
      region: Boolean(profile.region),
      date: Boolean(profile.date),
      supplier: Boolean(supplierCol),
      creative: Boolean(creativeCol),
      format: Boolean(formatCol),
      source: Boolean(sourceCol),
    },
  };
}

/**
 * Test drives carry no channel or campaign of their own: each takes its lead's (joined on the lead id), so
 * funnel ratios by channel count a lead and its test drive under the same channel.
 */
export function linkTestDrives(loaded: { raw: CsvTable; table: MetricTable }[]): MetricTable[] {
  const links = new Map<string, LeadLink>();
  for (const { raw, table } of loaded) {
    const col = table.role === 'leads' ? leadIdColumn(raw.columns) : undefined;
    if (col) for (const [id, link] of leadLinks(raw.rows.map((r) => r[col]), table.rows)) links.set(id, link);
  }
  return loaded.map(({ raw, table }) => {
    const col = table.role === 'test_drives' && links.size > 0 ? leadIdColumn(raw.columns) : undefined;
    if (!col) return table;
    const rows = inheritLeadChannel(table.rows, raw.rows.map((r) => r[col]), links);
    return {
      ...table,
      rows,
      has: { ...table.has, channel: table.has.channel || rows.some((r) => r.channel), campaign: table.has.campaign || rows.some((r) => r.campaign) },
    };
  });
}

/** Every CSV under `raw/` that holds media or funnel numbers. */
export function loadMetricTables(dataDir: string): MetricTable[] {
  const loaded = discoverSources(dataDir)
    .filter((f) => f.collection === 'text_documents' && f.source.endsWith('.csv'))
    .map((f) => {
      const raw = readCsv(f.abs, f.source);
      const cls = classifyFile(f.source);
      return { raw, table: isCompetitorTable(raw) ? toCompetitorTable(raw, cls) : toMetricTable(raw, cls) };
    })
    .filter((x) => x.table.role !== 'other');
  return linkTestDrives(loaded);
}
