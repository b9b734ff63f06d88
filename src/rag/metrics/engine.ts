/**
 * Exact numbers from the CSVs: sums of base measures over the filtered rows, ratios recomputed from the
 * summed parts (never averaged), and the files and rows used as the citation. Retrieval finds context;
 * numbers come from here.
 */
import { CHANNEL_SHORT_NAMES, type MmmChannel } from '../../data/brand/catalog.js';
import { MixError } from '../../errors.js';
import type { MetricName, MetricQuery, MetricResult, MetricRow, MetricsEngine } from '../types.js';
import { channelFilter, modelFilter } from '../search/retriever.js';
import { rowLocator } from '../chunk/format.js';
import type { BaseMeasure } from './columns.js';
import { loadMetricTables, type FactRow, type MetricTable, type TableRole } from './tables.js';

interface Definition {
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
}

const MEDIA: TableRole[] = ['media'];
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

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function isoWeekStart(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const day = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - day);
  return d.toISOString().slice(0, 10);
}

function groupKey(row: FactRow, by: MetricQuery['groupBy']): string {
  const none = `(no ${by?.replace('_', ' ')})`;
  switch (by) {
    case 'channel':
      return row.channel ?? none;
    case 'vehicle_model':
      return row.model ?? none;
    case 'campaign_id':
      return row.campaign ?? none;
    case 'region':
      return row.region ?? none;
    case 'month':
      return row.date?.slice(0, 7) ?? none;
    case 'quarter':
      return row.date ? `${row.date.slice(0, 4)}-Q${Math.floor((Number(row.date.slice(5, 7)) - 1) / 3) + 1}` : none;
    case 'week':
      return row.date ? isoWeekStart(row.date) : none;
    case 'supplier':
      return row.supplier ?? none;
    case 'creative':
      return row.creative ?? none;
    case 'competitor':
      return row.competitor ?? none;
    case 'media':
      return row.media ?? none;
    case 'source':
      return row.source ?? none;
    default:
      return 'total';
  }
}

const DIMENSION_OF: Record<NonNullable<MetricQuery['groupBy']>, keyof MetricTable['has']> = {
  channel: 'channel',
  vehicle_model: 'model',
  campaign_id: 'campaign',
  region: 'region',
  month: 'date',
  quarter: 'date',
  week: 'date',
  supplier: 'supplier',
  creative: 'creative',
  competitor: 'competitor',
  media: 'media',
  source: 'source',
};

/** "Supplier is the broadcaster for TV and the publisher for print.": which column each file's groups come from. */
function supplierNote(tables: MetricTable[]): string | undefined {
  const byColumn = tables.filter((t) => t.supplierColumn).map((t) => `${t.supplierColumn!.replace(/_/g, ' ')} for ${t.channel ? CHANNEL_SHORT_NAMES[t.channel as MmmChannel] : t.source}`);
  const columns = new Set(tables.map((t) => t.supplierColumn).filter(Boolean));
  if (columns.size < 2) return undefined;
  return `Supplier means the ${byColumn.join(', ').replace(/, ([^,]*)$/, ' and $1')}.`;
}

function validate(q: MetricQuery): void {
  if (!METRICS[q.metric]) {
    throw new MixError('INPUT_INVALID', `Unknown metric "${q.metric}"`, {
      userMessage: `I can compute these metrics exactly: ${Object.keys(METRICS).join(', ')}.`,
    });
  }
  for (const d of [q.from, q.to]) {
    if (d !== undefined && !ISO.test(d)) throw new MixError('INPUT_INVALID', `Bad date "${d}"`, { userMessage: `Dates must look like 2025-03-31 (got "${d}").` });
  }
  if (q.from && q.to && q.from > q.to) {
    throw new MixError('INPUT_INVALID', `from ${q.from} is after to ${q.to}`, { userMessage: 'The start date is after the end date.' });
  }
  if (q.groupBy && !DIMENSION_OF[q.groupBy]) {
    throw new MixError('INPUT_INVALID', `Unknown groupBy "${q.groupBy}"`, { userMessage: `I can group by ${Object.keys(DIMENSION_OF).join(', ')}.` });
  }
}

export class CsvMetricsEngine implements MetricsEngine {
  private tables?: MetricTable[];

  constructor(private readonly dataDir: string) {}

  /** Drops the cached tables (after the data was regenerated). */
  reload(): void {
    this.tables = undefined;
  }

  private load(): MetricTable[] {
    if (!this.tables) {
      this.tables = loadMetricTables(this.dataDir);
      if (this.tables.length === 0) {
        throw new MixError('DATA_MISSING', `No media or sales CSVs under ${this.dataDir}/raw`, {
          userMessage: 'There is no data to compute from yet. Run `npm run generate` first.',
        });
      }
    }
    return this.tables;
  }

  queryMetrics(query: MetricQuery): MetricResult {
    validate(query);
    const def = METRICS[query.metric];
    const channel = channelFilter(query.channel);
    const model = modelFilter(query.vehicleModel);
    if (query.metric === 'roas' && (channel || query.campaignId || query.groupBy === 'channel' || query.groupBy === 'campaign_id')) {
      throw new MixError('INPUT_INVALID', 'ROAS per channel or campaign needs attribution', {
        userMessage: 'Revenue is not attributed to channels or campaigns in the data, so a ROAS per channel would be made up. Ask for the MMM ROI by channel instead.',
      });
    }
    const tables = this.load();
    const competitor = query.competitor?.trim().toLowerCase();
    if (competitor && !tables.some((t) => t.rows.some((r) => r.competitor?.toLowerCase().startsWith(competitor)))) {
      const names = [...new Set(tables.flatMap((t) => t.rows.map((r) => r.competitor).filter((c): c is string => Boolean(c))))];
      throw new MixError('NOT_FOUND', `No competitor "${query.competitor}"`, {
        userMessage: names.length ? `There is no competitor "${query.competitor}" in the data; it has ${names.join(', ')}.` : 'The data has no competitor spend.',
      });
    }
    const notes: string[] = [];
    const sums = new Map<string, Record<string, number>>();
    const total: Record<string, number> = Object.fromEntries(def.parts.map((p) => [p, 0]));
    const used = new Map<string, Set<number>>();
    const grouped = new Set<MetricTable>();
    /** Per file, the spend of rows left out by `rowsWith`. */
    const without = new Map<string, { rows: number; spend: number }>();
    const label = (part: BaseMeasure) => part.replace(/_/g, ' ');

    for (const part of def.parts) {
      const roles = def.roles?.[part] ?? MEDIA;
      const isMedia = roles.includes('media');
      // Parts of a ratio that come from the same kind of table must come from the same tables (CPM only where
      // both spend and impressions exist, so TV spend never inflates a digital CPM).
      const siblings = def.parts.filter((p) => (def.roles?.[p] ?? MEDIA).join() === roles.join());
      const holds = (t: MetricTable, p: BaseMeasure) => t.measures[p] !== undefined || t.rowCounted.includes(p);
      const candidates = tables.filter((t) => roles.includes(t.role) && siblings.every((p) => holds(t, p)));
      if (candidates.length === 0) {
        throw new MixError('NOT_FOUND', `No file records ${part}`, { userMessage: `The data has no ${label(part)} figures.` });
      }
      let pool = candidates;
      let rowChannel = false;
      let byChannel = query.groupBy === 'channel';
      if (channel) {
        if (isMedia) {
          pool = candidates.filter((t) => t.channel === channel);
          if (pool.length === 0) {
            const own = tables.filter((t) => t.channel === channel);
            const lacking = def.parts.filter((p) => (def.roles?.[p] ?? MEDIA) === MEDIA && own.length > 0 && !own.some((t) => holds(t, p)));
            throw new MixError('NOT_FOUND', `No ${part} data for channel ${channel}`, {
              userMessage:
                own.length > 0 && lacking.length > 0
                  ? `${def.label} needs ${lacking.map(label).join(' and ')}, which the ${channel} data does not record; ${def.label} exists for ${[...new Set(candidates.map((t) => t.channel))].join(', ')}.`
                  : `There is no ${label(part)} data for ${channel}; it is recorded for ${[...new Set(candidates.map((t) => t.channel))].join(', ')}.`,
            });
          }
        } else if (candidates.some((t) => t.has.channel)) {
          pool = candidates.filter((t) => t.has.channel);
          rowChannel = true;
        } else {
          notes.push(`${label(part)} are not attributed to channels in the data; the figure uses all ${label(part)} in the filter.`);
        }
      }
      if (byChannel && !isMedia && !pool.some((t) => t.has.channel)) {
        notes.push(`${label(part)} are not broken down by channel in the data; they are shown as "all channels".`);
        byChannel = false;
      }
      const needs: [boolean, keyof MetricTable['has'], string][] = [
        [Boolean(model), 'model', 'vehicle model'],
        [Boolean(query.campaignId), 'campaign', 'campaign'],
        [Boolean(query.region), 'region', 'region'],
        [Boolean(query.source), 'source', 'source'],
        [Boolean(query.from || query.to), 'date', 'date'],
        [Boolean(query.groupBy) && !(query.groupBy === 'channel' && !byChannel), query.groupBy ? DIMENSION_OF[query.groupBy] : 'date', query.groupBy?.replace('_', ' ') ?? ''],
      ];
      // Media spend is bought nationally: a region's share of it is not in the data, so a region filter never
      // keeps the few regional files (events) and calls that the region's spend.
      if (query.region && pool.some((t) => !t.has.region)) {
        const regional = pool.filter((t) => t.has.region).map((t) => t.channel ?? t.source);
        throw new MixError('INPUT_INVALID', `${part} cannot be filtered by region`, {
          userMessage: `The ${label(part)} data is not broken down by region${regional.length ? ` (only the ${[...new Set(regional)].join(', ')} data ${new Set(regional).size === 1 ? 'is' : 'are'})` : ''}.`,
        });
      }
      for (const [active, dim, what] of needs) {
        if (!active) continue;
        const lacking = pool.filter((t) => !t.has[dim]);
        const names = (ts: MetricTable[]) => ts.map((t) => (t.channel ? CHANNEL_SHORT_NAMES[t.channel as MmmChannel] : t.source)).join(', ');
        if (lacking.length === pool.length) {
          throw new MixError('INPUT_INVALID', `${part} cannot be filtered or grouped by ${what}`, {
            userMessage:
              dim === 'supplier'
                ? `Suppliers (media owners) are recorded only for traditional media (TV broadcasters, radio station groups, OOH suppliers, print publishers); the ${names(pool)} data has none.`
                : `The ${label(part)} data is not broken down by ${what}.`,
          });
        }
        if (lacking.length > 0) {
          notes.push(
            dim === 'supplier'
              ? `Left out ${names(lacking)}: no supplier column (only traditional media record one).`
              : `Left out ${lacking.map((t) => t.source).join(', ')}: no ${what} column, so its ${label(part)} cannot be split that way.`,
          );
          pool = pool.filter((t) => t.has[dim]);
        }
      }

      for (const t of pool) {
        if (query.groupBy === 'supplier') grouped.add(t);
        const rowsUsed = used.get(t.source) ?? new Set<number>();
        used.set(t.source, rowsUsed);
        for (const r of t.rows) {
          if (rowChannel && r.channel !== channel) continue;
          if (model && r.model !== model) continue;
          if (query.campaignId && r.campaign?.toUpperCase() !== query.campaignId.toUpperCase()) continue;
          if (query.region && r.region !== query.region) continue;
          if (query.source && r.source !== query.source) continue;
          if (competitor && r.competitor !== undefined && !r.competitor.toLowerCase().startsWith(competitor)) continue;
          if (query.from && (!r.date || r.date < query.from)) continue;
          if (query.to && (!r.date || r.date > query.to)) continue;
          if (def.rowsWith && !r.values[def.rowsWith]) {
            if (part === def.rowsWith && r.values.spend) {
              const w = without.get(t.source) ?? { rows: 0, spend: 0 };
              without.set(t.source, { rows: w.rows + 1, spend: w.spend + (r.values.spend ?? 0) });
            }
            continue;
          }
          const v = r.values[part] ?? 0;
          total[part]! += v;
          const key = query.groupBy === 'channel' && !byChannel ? 'all channels' : groupKey(r, query.groupBy);
          const g = sums.get(key) ?? Object.fromEntries(def.parts.map((p) => [p, 0]));
          g[part]! += v;
          sums.set(key, g);
          rowsUsed.add(r.index);
        }
      }
    }

    const sources: MetricResult['sources'] = [...used.entries()]
      .filter(([, set]) => set.size > 0)
      .map(([file, set]) => ({ file, rows: set.size, locator: rowLocator([...set]) }));
    if (sources.length === 0 && query.source) {
      const known = [...new Set(tables.filter((t) => t.has.source && def.parts.some((p) => t.measures[p] !== undefined || t.rowCounted.includes(p))).flatMap((t) => t.rows.map((r) => r.source).filter(Boolean)))];
      throw new MixError('NOT_FOUND', `No rows with source ${query.source}`, {
        userMessage: `No ${def.label} come from "${query.source.replace(/_/g, ' ')}"${known.length ? `; the sources in the data are ${known.sort().map((k) => k!.replace(/_/g, ' ')).join(', ')}` : ''}.`,
      });
    }
    if (sources.length === 0) {
      throw new MixError('NOT_FOUND', `No rows match ${JSON.stringify(query)}`, {
        userMessage: `No ${def.label} data matches that filter${query.from || query.to ? ` (${query.from ?? 'start'} to ${query.to ?? 'end'})` : ''}.`,
      });
    }
    // Sums of 2-decimal money values drift in binary floating point; 6 decimals keeps them exact to the penny.
    const clean = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v * 1e6) / 1e6]));
    for (const [k, v] of sums) sums.set(k, clean(v));
    Object.assign(total, clean(total));
    const rows: MetricRow[] = [...sums.entries()]
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([group, parts]) => ({ group, value: def.value(parts), parts }));
    const value = def.value(total);
    if (Number.isNaN(value)) notes.push(`${def.label} is undefined: its denominator is 0 for this filter.`);
    for (const [file, w] of without) {
      const what = def.rowsWith === 'grps' ? 'GRPs' : label(def.rowsWith!);
      notes.push(`Left out ${w.rows} rows of ${file} with spend but no ${what} (£${Math.round(w.spend).toLocaleString('en-GB')}, e.g. VOD bought on impressions): that spend bought no ${what}.`);
    }
    const usedGrouped = [...grouped].filter((t) => used.get(t.source)?.size);
    const supplierSays = supplierNote(usedGrouped);
    if (supplierSays) notes.push(supplierSays);
    if (def.note) notes.push(def.note);
    if (query.metric === 'cost_per_grp' && tables.some((t) => used.get(t.source)?.size && /^delivered/i.test(t.measures.grps ?? ''))) {
      notes.push('TV cost per GRP uses delivered GRPs, not contracted: delivered is what the airtime bought in the end.');
    }
    const groupColumns = [...new Set(usedGrouped.map((t) => t.supplierColumn!))];
    // Only where flighted rows were summed: leads or test drives in a period have one date each.
    if ((query.from || query.to) && tables.some((t) => t.role === 'media' && t.profile.dateEnd && used.get(t.source)?.size)) {
      notes.push('Flighted rows (weekly or bursts) are counted by their start date.');
    }
    return {
      metric: query.metric,
      query,
      value,
      rows,
      unit: def.unit,
      sources,
      ...(notes.length ? { notes: [...new Set(notes)] } : {}),
      ...(groupColumns.length ? { groupColumns } : {}),
    };
  }
}

export function createMetricsEngine(dataDir: string): CsvMetricsEngine {
  return new CsvMetricsEngine(dataDir);
}
