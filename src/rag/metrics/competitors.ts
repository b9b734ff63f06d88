/**
 * Competitors' spend (`competitor_spend.csv`: one row per competitor and week, a spend column per media group):
 * each row becomes one fact per media group, so the engine can filter and group it by competitor and media, and
 * set TV spend against ours for a share of voice.
 */
import type { MmmChannel } from '../../data/brand/catalog.js';
import type { FileClass } from '../ingest/classify.js';
import type { CsvTable } from '../ingest/csv-table.js';
import { profileTable, toNumber } from '../ingest/profile.js';
import type { FactRow, MetricTable } from './tables.js';

const COMPETITOR_COLUMN = /^(competitor|competitor_name|rival|brand)$/i;
/** "tv_spend_gbp" → tv; the total column is the sum of the others and is not read. */
const MEDIA_SPEND = /^([a-z]+)_spend(_gbp)?$/i;
/** The competitors' media groups that are one of our channels (digital and other are several of ours). */
const AS_CHANNEL: Record<string, MmmChannel> = { tv: 'tv', ooh: 'ooh', radio: 'radio', print: 'print' };

/** Whether a table is a competitor spend file: a competitor column and spend per media group. */
export function isCompetitorTable(table: CsvTable): boolean {
  return table.columns.some((c) => COMPETITOR_COLUMN.test(c)) && table.columns.filter((c) => MEDIA_SPEND.test(c) && !/^total/i.test(c)).length > 0;
}

export function toCompetitorTable(table: CsvTable, cls: FileClass): MetricTable {
  const profile = profileTable(table);
  const competitorCol = table.columns.find((c) => COMPETITOR_COLUMN.test(c))!;
  const media = table.columns
    .map((c) => ({ column: c, media: MEDIA_SPEND.exec(c)?.[1]?.toLowerCase() }))
    .filter((m): m is { column: string; media: string } => Boolean(m.media) && m.media !== 'total');
  const rows: FactRow[] = [];
  table.rows.forEach((r, index) => {
    const date = profile.date && r[profile.date] ? r[profile.date]!.slice(0, 10) : undefined;
    for (const m of media) {
      const v = toNumber(r[m.column]);
      const channel = AS_CHANNEL[m.media];
      rows.push({
        index,
        ...(date ? { date } : {}),
        ...(channel ? { channel } : {}),
        competitor: (r[competitorCol] ?? '').trim(),
        media: m.media,
        values: { competitor_spend: Number.isFinite(v) ? v : 0 },
      });
    }
  });
  return {
    source: table.source,
    cls,
    role: 'competitors',
    profile,
    measures: {},
    rowCounted: ['competitor_spend'],
    rows,
    has: { channel: true, model: false, campaign: false, region: false, date: Boolean(profile.date), supplier: false, creative: false, competitor: true, media: true },
  };
}
