/**
 * Cost per car sold through tracking codes: won leads (`leads.csv`, status won) carry the campaign id of
 * the paid click that created them (`campaign_id`, source paid_<channel>) or the event source; media spend
 * comes from the metrics engine for the same filters. Channels without tracking codes (TV, radio, outdoor,
 * print) have spend but no attributable sales — their effect is only visible in the marketing-mix model.
 */
import { MMM_CHANNELS, type MmmChannel } from '../../data/brand/catalog.js';
import type { MetricsEngine } from '../../rag/types.js';
import { readCsv } from '../reconcile/sources.js';

export const LEADS_FILE = 'raw/leads.csv';

export interface AttributionQuery {
  groupBy: 'channel' | 'campaign_id' | 'vehicle_model';
  channel?: string;
  vehicleModel?: string;
  /** Inclusive ISO dates, on the sale date for sales and the delivery date for spend. */
  from?: string;
  to?: string;
}

export interface AttributionRow {
  group: string;
  spend: number;
  leads: number;
  sales: number;
  /** Undefined when no sale is attributable. */
  costPerSale?: number;
  costPerLead?: number;
}

export interface AttributionResult {
  rows: AttributionRow[];
  total: { spend: number; leads: number; sales: number; costPerSale?: number };
  /** Spend of channels with no tracking codes, which cannot be divided by attributed sales. */
  unattributable: { channel: string; spend: number }[];
  leadRows: number;
  spendSources: { file: string; rows: number; locator?: string }[];
}

function channelOfLead(source: string, campaignId: string): MmmChannel | undefined {
  if (campaignId) {
    const ch = campaignId.split('-')[1]?.toLowerCase();
    if (ch && (MMM_CHANNELS as readonly string[]).includes(ch)) return ch as MmmChannel;
  }
  if (source === 'event') return 'events';
  const m = /^paid_(\w+)$/.exec(source);
  return m && (MMM_CHANNELS as readonly string[]).includes(m[1]!) ? (m[1] as MmmChannel) : undefined;
}

/** Channels whose leads carry a tracking code (campaign id or source); TV, radio, OOH and print do not. */
export const TRACKED: ReadonlySet<string> = new Set(['meta', 'google', 'dv360', 'tiktok', 'youtube', 'linkedin', 'events']);

export function attributedSales(dataDir: string, metrics: MetricsEngine, q: AttributionQuery): AttributionResult {
  const inRange = (d: string | undefined) => Boolean(d) && (!q.from || d! >= q.from) && (!q.to || d! <= q.to);
  const acc = new Map<string, AttributionRow>();
  const row = (g: string) => acc.get(g) ?? acc.set(g, { group: g, spend: 0, leads: 0, sales: 0 }).get(g)!;
  const leads = readCsv(dataDir, LEADS_FILE);
  for (const l of leads) {
    const channel = channelOfLead(l.source ?? '', l.campaign_id ?? '');
    if (!channel) continue;
    if (q.channel && channel !== q.channel) continue;
    if (q.vehicleModel && l.vehicle_model !== q.vehicleModel) continue;
    const key = q.groupBy === 'channel' ? channel : q.groupBy === 'vehicle_model' ? (l.vehicle_model ?? '') : l.campaign_id || `${channel} (no campaign id)`;
    if (inRange(l.created_date)) row(key).leads++;
    if (l.status === 'won' && inRange(l.sale_date)) row(key).sales++;
  }
  const unattributable: { channel: string; spend: number }[] = [];
  const spendSources: AttributionResult['spendSources'] = [];
  const filters = {
    ...(q.vehicleModel ? { vehicleModel: q.vehicleModel } : {}),
    ...(q.from ? { from: q.from } : {}),
    ...(q.to ? { to: q.to } : {}),
  };
  if (q.groupBy === 'channel') {
    const spend = metrics.queryMetrics({ metric: 'spend', groupBy: 'channel', ...(q.channel ? { channel: q.channel } : {}), ...filters });
    spendSources.push(...spend.sources);
    for (const r of spend.rows) {
      if (TRACKED.has(r.group)) row(r.group).spend += r.value;
      else unattributable.push({ channel: r.group, spend: r.value });
    }
  } else {
    // Only tracked channels' spend is divided by tracked sales.
    for (const ch of TRACKED) {
      if (q.channel && ch !== q.channel) continue;
      let spend;
      try {
        spend = metrics.queryMetrics({ metric: 'spend', groupBy: q.groupBy, channel: ch, ...filters });
      } catch {
        continue; // this channel's file has no such column (events carry no campaign id)
      }
      spendSources.push(...spend.sources);
      for (const r of spend.rows) if (r.group !== '(none)') row(r.group).spend += r.value;
    }
  }
  const rows = [...acc.values()]
    .filter((r) => r.spend > 0 || r.sales > 0)
    .map((r) => ({
      ...r,
      // No spend in the window (sales from an earlier flight) means no cost per sale for it.
      ...(r.sales > 0 && r.spend > 0 ? { costPerSale: r.spend / r.sales } : {}),
      ...(r.leads > 0 && r.spend > 0 ? { costPerLead: r.spend / r.leads } : {}),
    }));
  const total = rows.reduce((t, r) => ({ spend: t.spend + r.spend, leads: t.leads + r.leads, sales: t.sales + r.sales }), { spend: 0, leads: 0, sales: 0 });
  return {
    rows: rows.sort((a, b) => (a.costPerSale ?? Infinity) - (b.costPerSale ?? Infinity)),
    total: { ...total, ...(total.sales > 0 ? { costPerSale: total.spend / total.sales } : {}) },
    unattributable,
    leadRows: leads.length,
    spendSources,
  };
}
