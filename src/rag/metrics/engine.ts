/**
 * Exact numbers from the CSVs: sums of base measures over the filtered rows, ratios recomputed from the
 * summed parts (never averaged), and the files and rows used as the citation. Retrieval finds context;
 * numbers come from here.
 */
import { CHANNEL_SHORT_NAMES, type MmmChannel } from '../../data/brand/catalog.js';
import { MixError } from '../../errors.js';
import type { MetricQuery, MetricResult, MetricRow, MetricsEngine } from '../types.js';
import { channelFilter, modelFilter } from '../search/retriever.js';
import { rowLocator } from '../chunk/format.js';
import type { BaseMeasure } from './columns.js';
import { loadMetricTables, type FactRow, type MetricTable } from './tables.js';
import { MEDIA, METRICS } from './definitions.js';
import { matchSuppliers } from './suppliers.js';
import { matchFormat } from './formats.js';

export { METRICS };


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

const tableName = (t: MetricTable) => (t.channel ? CHANNEL_SHORT_NAMES[t.channel as MmmChannel] : t.source);

/**
 * The full supplier names a filter stands for ("Albion" → Albion Broadcasting Group, Albion Player), or a
 * NOT_FOUND naming the suppliers the data has when a term matches none.
 */
function resolveSuppliers(terms: string[] | undefined, tables: MetricTable[]): { names: Set<string>; notes: string[] } | undefined {
  const wanted = terms?.map((t) => t.trim()).filter(Boolean);
  if (!wanted?.length) return undefined;
  const known = [...new Set(tables.flatMap((t) => t.rows.map((r) => r.supplier).filter((s): s is string => Boolean(s))))].sort();
  const names = new Set<string>();
  const notes: string[] = [];
  for (const term of wanted) {
    const found = matchSuppliers(term, known);
    if (found.length === 0) {
      throw new MixError('NOT_FOUND', `No supplier "${term}"`, {
        userMessage: known.length ? `There is no media owner "${term}" in the data; it has ${known.join(', ')}.` : 'The data records no media owners.',
      });
    }
    if (found.length > 1) notes.push(`"${term}" covers ${found.join(' and ').replace(/ and (?=.* and )/g, ', ')}.`);
    for (const n of found) names.add(n);
  }
  return { names, notes };
}

/** The format id a filter stands for, or a NOT_FOUND naming the formats the data has. */
function resolveFormat(term: string | undefined, tables: MetricTable[]): string | undefined {
  if (!term?.trim()) return undefined;
  const known = [...new Set(tables.flatMap((t) => t.rows.map((r) => r.format).filter((f): f is string => Boolean(f))))].sort();
  const found = matchFormat(term, known);
  if (!found) {
    throw new MixError('NOT_FOUND', `No format "${term}"`, {
      userMessage: known.length ? `There is no ad format "${term}" in the data; it has ${known.map((f) => f.replace(/_/g, ' ')).join(', ')}.` : 'The data records no ad formats.',
    });
  }
  return found;
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
    const supplier = resolveSuppliers(query.suppliers, tables);
    const format = resolveFormat(query.format, tables);
    const notes: string[] = [...(supplier?.notes ?? [])];
    const sums = new Map<string, Record<string, number>>();
    const total: Record<string, number> = Object.fromEntries(def.parts.map((p) => [p, 0]));
    const used = new Map<string, Set<number>>();
    const grouped = new Set<MetricTable>();
    /** The named suppliers whose rows were summed. */
    const seenSuppliers = new Set<string>();
    const seenFormats = new Set<string>();
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
      // A named media owner keeps the files that hold its rows ("Albion" → TV), whichever channel they are.
      if (supplier) {
        const theirs = pool.filter((t) => t.rows.some((r) => r.supplier !== undefined && supplier.names.has(r.supplier)));
        if (theirs.length === 0) {
          const owners = [...supplier.names].join(' and ');
          const holders = [...new Set(candidates.filter((t) => t.has.supplier).map(tableName))];
          throw new MixError('NOT_FOUND', `No ${part} data for supplier ${owners}`, {
            userMessage:
              isMedia && holders.length
                ? `The data has no ${def.label} for ${owners}: ${label(part)} ${holders.length === 1 ? 'is' : 'are'} recorded for ${holders.join(', ')} buys only.`
                : `The ${label(part)} data is not broken down by media owner, so there is no ${def.label} for ${owners}.`,
          });
        }
        pool = theirs;
      }
      if (format) {
        const theirs = pool.filter((t) => t.rows.some((r) => r.format === format));
        if (theirs.length === 0) {
          throw new MixError('NOT_FOUND', `No ${part} data for format ${format}`, {
            userMessage: `The data has no ${def.label} for ${format.replace(/_/g, ' ')} buys.`,
          });
        }
        pool = theirs;
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
        const names = (ts: MetricTable[]) => ts.map(tableName).join(', ');
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
          if (format && r.format !== format) continue;
          if (supplier && (r.supplier === undefined || !supplier.names.has(r.supplier))) continue;
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
          if (supplier && r.supplier) seenSuppliers.add(r.supplier);
          if (r.format) seenFormats.add(r.format);
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
    if (def.blendNote && seenFormats.size > 1) notes.push(def.blendNote);
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
      ...(supplier ? { suppliers: [...seenSuppliers].sort() } : {}),
    };
  }
}

export function createMetricsEngine(dataDir: string): CsvMetricsEngine {
  return new CsvMetricsEngine(dataDir);
}
