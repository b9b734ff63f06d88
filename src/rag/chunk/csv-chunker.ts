/**
 * A CSV becomes documents an analyst can find and cite: one per entity (campaign, model, competitor…) per
 * month, one roll-up per month over all entities, and one summary of the whole file. Groups and labels come
 * from the profiled headers, never from a list of expected file names.
 */
import { CHANNEL_LABELS, VEHICLE_MODELS, buildCampaigns, type MmmChannel } from '../../data/brand/catalog.js';
import type { FileClass } from '../ingest/classify.js';
import type { CsvTable } from '../ingest/csv-table.js';
import { profileTable, toNumber, type TableProfile } from '../ingest/profile.js';
import { deriveRatios, measureColumns, type BaseMeasure } from '../metrics/columns.js';
import { normaliseChannel, normaliseVehicleModel } from '../synonyms.js';
import type { Chunk, ChunkMetadata } from '../types.js';
import { formatMoney, formatNumber, humanise, monthLabel, rowLocator } from './format.js';

const CAMPAIGNS = new Map(buildCampaigns().map((c) => [c.id, c]));
const MAX_LISTED = 10;

interface Group {
  key: string;
  entity?: string;
  month?: string;
  rows: number[];
}

function modelPhrase(id: string | undefined): string {
  const m = VEHICLE_MODELS.find((v) => v.id === id);
  return m ? `${m.name} (${m.segment})` : '';
}

function fileTitle(table: CsvTable, cls: FileClass): string {
  const base = humanise(table.source.split('/').pop()!.replace(/\.csv$/i, ''));
  const channel = cls.channel ? `${CHANNEL_LABELS[cls.channel]} — ` : '';
  return `${channel}${base} (${cls.category} data, file ${table.source})`;
}

/**
 * The column a group is keyed on besides the month: campaign for media (sales files: the vehicle model,
 * since thousands of leads would split into near-empty campaign groups), else a small dimension when the
 * groups stay dense enough to say something (≥ 3 rows on average).
 */
function entityColumn(p: TableProfile, table: CsvTable, cls: FileClass): string | undefined {
  const months = p.date ? new Set(table.rows.map((r) => (r[p.date!] ?? '').slice(0, 7))).size : 1;
  const dense = (col: string) => {
    const n = new Set(table.rows.map((r) => r[col])).size;
    return n >= 2 && table.rows.length / (n * months) >= 3;
  };
  if (cls.category === 'sales' && p.vehicleModel) return p.vehicleModel;
  if (p.campaign) return p.campaign;
  if (p.vehicleModel && dense(p.vehicleModel)) return p.vehicleModel;
  if (p.channel && dense(p.channel)) return p.channel;
  return p.dimensions.find((d) => new Set(table.rows.map((r) => r[d])).size <= 8 && dense(d));
}

function groupRows(table: CsvTable, p: TableProfile, entity: string | undefined, byMonth: boolean): Group[] {
  const groups = new Map<string, Group>();
  table.rows.forEach((row, i) => {
    const month = byMonth && p.date ? (row[p.date] ?? '').slice(0, 7) : undefined;
    const ent = entity ? row[entity] || '(none)' : undefined;
    const block = !byMonth && !entity ? String(Math.floor(i / 10)) : '';
    const key = [ent ?? '', month ?? '', block].join('|');
    const g = groups.get(key) ?? { key, rows: [], ...(ent ? { entity: ent } : {}), ...(month ? { month } : {}) };
    g.rows.push(i);
    groups.set(key, g);
  });
  return [...groups.values()];
}

function dateRange(table: CsvTable, p: TableProfile, rows: number[]): { from?: string; to?: string } {
  if (!p.date) return {};
  let from = '';
  let to = '';
  for (const i of rows) {
    const row = table.rows[i]!;
    const a = (row[p.date] ?? '').slice(0, 10);
    const b = p.dateEnd ? (row[p.dateEnd] ?? '').slice(0, 10) : a;
    if (a && (!from || a < from)) from = a;
    if (b && (!to || b > to)) to = b;
  }
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** reach_points is a weight, never summarised (measureColumns leaves it out here). */
const MEASURE_LABEL: Record<BaseMeasure, string> = {
  reach_points: 'reach %',
  frequency_points: 'reach-weighted frequency',
  competitor_spend: 'competitor spend',
  spend: 'spend',
  impressions: 'impressions',
  clicks: 'clicks',
  conversions: 'conversions',
  video_views: 'video views',
  grps: 'GRPs (gross rating points)',
  reach: 'reach',
  impacts: 'impacts',
  sites_booked: 'sites booked',
  sites_posted: 'sites posted',
  // Said as the columns already read (spots, invoiced gbp), so the chunks and their index are unchanged.
  spots: 'spots',
  invoiced: 'invoiced gbp',
  sessions: 'sessions',
  configurator_sessions: 'configurator sessions',
  leads: 'leads',
  test_drives: 'test drives',
  test_drive_sales: 'test drives ending in a purchase',
  units: 'units sold',
  revenue: 'revenue',
};

/** "Totals: …; derived: …; averages: …; values: …" for a set of rows. */
function describeRows(table: CsvTable, p: TableProfile, rows: number[], skip: Set<string>): string {
  const measures = measureColumns(p);
  const measureOf = new Map(Object.entries(measures).map(([m, c]) => [c, m as BaseMeasure]));
  const parts: string[] = [];
  const totals: string[] = [];
  const sums: Partial<Record<BaseMeasure, number>> = {};
  const averages: string[] = [];
  for (const col of p.columns) {
    if (col.kind !== 'number' || skip.has(col.name)) continue;
    const values = rows.map((i) => toNumber(table.rows[i]![col.name])).filter((v) => Number.isFinite(v));
    if (values.length === 0) continue;
    const sum = values.reduce((a, b) => a + b, 0);
    const measure = measureOf.get(col.name);
    if (col.additive) {
      if (measure) sums[measure] = sum;
      const plain = humanise(col.name);
      const label = measure && plain !== MEASURE_LABEL[measure] ? `${plain} (${MEASURE_LABEL[measure]})` : plain;
      const money = measure === 'spend' || measure === 'revenue' || /cost|spend|revenue|amount|value|gbp|fee|invoice/i.test(col.name);
      totals.push(`${label} ${money ? formatMoney(sum) : formatNumber(sum, Number.isInteger(sum) ? 0 : 1)}`);
    } else if (!/(^|_)(id|number|no)$/i.test(col.name)) {
      const mean = sum / values.length;
      averages.push(`${humanise(col.name)} ${formatNumber(mean, Math.abs(mean) < 10 ? 2 : 1)}`);
    }
  }
  if (totals.length) parts.push(`Totals: ${totals.join('; ')}.`);
  const r = deriveRatios(sums);
  const derived: string[] = [];
  if (r.ctr !== undefined) derived.push(`CTR (click-through rate) ${r.ctr.toFixed(2)}%`);
  if (r.cpc !== undefined) derived.push(`CPC (cost per click) ${formatMoney(r.cpc)}`);
  if (r.cpm !== undefined) derived.push(`CPM (cost per thousand impressions) ${formatMoney(r.cpm)}`);
  if (r.cpa !== undefined) derived.push(`CPA (cost per conversion) ${formatMoney(r.cpa)}`);
  if (r.roas !== undefined) derived.push(`ROAS ${r.roas.toFixed(2)}x`);
  if (derived.length) parts.push(`Derived: ${derived.join('; ')}.`);
  if (averages.length) parts.push(`Averages: ${averages.join('; ')}.`);
  // Text columns: each value with the sum of the file's main measure (or a row count when it has none).
  const main = (['spend', 'units', 'sessions', 'configurator_sessions', 'leads', 'test_drives', 'impressions'] as BaseMeasure[])
    .map((m) => measures[m])
    .find((c): c is string => c !== undefined);
  const mainLabel = main ? (measureOf.get(main) ? MEASURE_LABEL[measureOf.get(main)!] : humanise(main)) : 'rows';
  const values: string[] = [];
  for (const col of p.columns) {
    if (col.kind !== 'text' || skip.has(col.name)) continue;
    const counts = new Map<string, number>();
    const weights = new Map<string, number>();
    for (const i of rows) {
      const v = table.rows[i]![col.name];
      if (!v) continue;
      counts.set(v, (counts.get(v) ?? 0) + 1);
      if (main) weights.set(v, (weights.get(v) ?? 0) + (toNumber(table.rows[i]![main]) || 0));
    }
    if (counts.size === 0) continue;
    if (counts.size > 20 && counts.size > rows.length / 2) {
      values.push(`${counts.size} distinct ${humanise(col.name)} values`);
      continue;
    }
    const w = main ? weights : counts;
    const sorted = [...w.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const money = main !== undefined && measureOf.get(main) === 'spend';
    const shown = sorted
      .slice(0, MAX_LISTED)
      .map(([v, n]) => (counts.size > 1 ? `${humanise(v)} (${money ? formatMoney(n) : formatNumber(n)})` : humanise(v)));
    const more = counts.size > MAX_LISTED ? ` and ${counts.size - MAX_LISTED} more` : '';
    values.push(`${humanise(col.name)}${counts.size > 1 ? ` by ${mainLabel}` : ''}: ${shown.join(', ')}${more}`);
  }
  if (values.length) parts.push(`Values — ${values.join('; ')}.`);
  return parts.join(' ');
}

function entityPhrase(p: TableProfile, entityCol: string | undefined, entity: string | undefined): string {
  if (!entityCol || entity === undefined) return '';
  if (entityCol === p.campaign) {
    const c = CAMPAIGNS.get(entity);
    return c ? `Campaign ${entity} "${c.name}" (${c.kind.replace('_', '-')} campaign for the ${modelPhrase(c.model)})` : `Campaign ${entity}`;
  }
  if (entityCol === p.vehicleModel) return `Vehicle model ${modelPhrase(normaliseVehicleModel(entity)) || entity}`;
  return `${humanise(entityCol)} ${humanise(entity)}`;
}

function groupMetadata(
  table: CsvTable,
  cls: FileClass,
  p: TableProfile,
  rows: number[],
  extra: Partial<ChunkMetadata>,
): ChunkMetadata {
  const { from, to } = dateRange(table, p, rows);
  const single = (col: string | undefined) => {
    if (!col) return undefined;
    const vals = new Set(rows.map((i) => table.rows[i]![col]).filter(Boolean));
    return vals.size === 1 ? [...vals][0] : undefined;
  };
  const model = normaliseVehicleModel(single(p.vehicleModel)) ?? (single(p.campaign) ? CAMPAIGNS.get(single(p.campaign)!)?.model : undefined);
  const channel: MmmChannel | undefined = cls.channel ?? normaliseChannel(single(p.channel));
  const campaign = single(p.campaign);
  return {
    source: table.source,
    category: cls.category,
    ...(channel ? { channel } : {}),
    ...(model ? { vehicle_model: model } : {}),
    ...(campaign ? { campaign_id: campaign } : {}),
    ...(from ? { date_from: from } : {}),
    ...(to ? { date_to: to } : {}),
    locator: rowLocator(rows),
    rows: rows.length,
    ...extra,
  };
}

function periodPhrase(month: string | undefined, from?: string, to?: string): string {
  if (month) return `${monthLabel(month)}, ${from} to ${to}`;
  return from ? `${from} to ${to}` : '';
}

export function chunkCsv(table: CsvTable, cls: FileClass): Chunk[] {
  const p = profileTable(table);
  const title = fileTitle(table, cls);
  const entity = entityColumn(p, table, cls);
  const byMonth = Boolean(p.date);
  const chunks: Chunk[] = [chunkSummary(table, cls, p, title)];
  const skip = new Set([p.date, p.dateEnd].filter((x): x is string => Boolean(x)));

  for (const g of groupRows(table, p, entity, byMonth)) {
    const meta = groupMetadata(table, cls, p, g.rows, { granularity: entity ? (byMonth ? 'entity-month' : 'entity') : byMonth ? 'month' : 'rows' });
    const head = [entityPhrase(p, entity, g.entity), periodPhrase(g.month, meta.date_from, meta.date_to)].filter(Boolean).join(', ');
    const text = `${title}. ${head}. ${g.rows.length} rows (${meta.locator}). ${describeRows(table, p, g.rows, new Set([...skip, ...(entity ? [entity] : [])]))}`;
    chunks.push({ id: `${table.source}#${g.key}`, text, metadata: meta });
  }

  // Roll-ups over every entity per month ("Meta CPM in March" is about all Meta campaigns).
  if (entity && byMonth) {
    for (const g of groupRows(table, p, undefined, true)) {
      const meta = groupMetadata(table, cls, p, g.rows, { granularity: 'month' });
      delete meta.campaign_id;
      const text = `${title}. All ${humanise(entity)} values combined, ${periodPhrase(g.month, meta.date_from, meta.date_to)} (monthly total). ${g.rows.length} rows (${meta.locator}). ${describeRows(table, p, g.rows, skip)}`;
      chunks.push({ id: `${table.source}#all|${g.month}`, text, metadata: meta });
    }
  }
  return chunks;
}

function chunkSummary(table: CsvTable, cls: FileClass, p: TableProfile, title: string): Chunk {
  const all = table.rows.map((_, i) => i);
  const { from, to } = dateRange(table, p, all);
  const cols = p.columns.map((c) => `${c.name} (${c.kind === 'number' ? (c.additive ? 'number, summed' : 'number, averaged') : c.kind})`);
  const lists: string[] = [];
  for (const [label, col] of [
    ['Campaigns', p.campaign],
    ['Vehicle models', p.vehicleModel],
    ['Channels', p.channel],
    ['Regions', p.region],
  ] as const) {
    if (!col) continue;
    const vals = [...new Set(table.rows.map((r) => r[col]).filter(Boolean))].sort();
    lists.push(`${label} (${vals.length}): ${vals.slice(0, 40).join(', ')}${vals.length > 40 ? ', …' : ''}.`);
  }
  const skip = new Set([p.date, p.dateEnd, p.campaign].filter((x): x is string => Boolean(x)));
  const text =
    `File summary: ${title}. ${table.rows.length} rows` +
    (from ? ` from ${from} to ${to}` : '') +
    `. Columns: ${cols.join(', ')}. ${lists.join(' ')} Whole-file ${describeRows(table, p, all, skip)}`;
  const meta = groupMetadata(table, cls, p, all, { granularity: 'file-summary' });
  delete meta.campaign_id;
  return { id: `${table.source}#summary`, text, metadata: meta };
}
