/**
 * Contracted volume against what was delivered, per media owner or per campaign: TV GRPs (linear airtime, the
 * rows with a contracted GRP figure; VOD is bought on impressions) and outdoor sites booked against posted. The
 * totals a buyer quotes before the shortfalls against a guarantee ("15,609 booked, 15,602 posted").
 */
import { RECONCILE_FILES } from './checks.js';
import { readCsv } from './sources.js';

export interface SupplierDelivery {
  channel: 'tv' | 'ooh';
  supplier: string;
  /** Contracted GRPs or sites booked. */
  contracted: number;
  /** Delivered GRPs or sites posted. */
  delivered: number;
  pct: number;
  unit: 'GRPs' | 'sites';
  /** Weeks (TV) or cycles (OOH) counted. */
  periods: number;
  rows: number[];
}

export interface DeliveryFilter {
  channel?: 'tv' | 'ooh';
  /** Inclusive ISO dates, on the week or cycle start. */
  from?: string;
  to?: string;
}

const num = (s: string | undefined) => (s === undefined || s === '' ? 0 : Number(s));

const SPECS = [
  { channel: 'tv', file: RECONCILE_FILES.tv, supplier: 'broadcaster', date: 'week_start', contracted: 'contracted_grps', delivered: 'delivered_grps', unit: 'GRPs' },
  { channel: 'ooh', file: RECONCILE_FILES.ooh, supplier: 'supplier', date: 'cycle_start', contracted: 'sites_booked', delivered: 'sites_posted', unit: 'sites' },
] as const;

interface Totals {
  channel: 'tv' | 'ooh';
  name: string;
  contracted: number;
  delivered: number;
  pct: number;
  unit: 'GRPs' | 'sites';
  periods: number;
  rows: number[];
}

/** One file's contracted rows summed per supplier or campaign, in the order first seen. */
function totalsBy(dataDir: string, spec: (typeof SPECS)[number], by: 'supplier' | 'campaign', filter: DeliveryFilter): Totals[] {
  const acc = new Map<string, Omit<Totals, 'pct' | 'periods'> & { dates: Set<string> }>();
  for (const r of readCsv(dataDir, spec.file)) {
    const contracted = num(r[spec.contracted]);
    const date = r[spec.date] ?? '';
    const name = (by === 'supplier' ? r[spec.supplier] : r.campaign_id) ?? '';
    if (contracted <= 0 || (by === 'campaign' && !name) || (filter.from && date < filter.from) || (filter.to && date > filter.to)) continue;
    const s = acc.get(name) ?? { channel: spec.channel, name, contracted: 0, delivered: 0, unit: spec.unit, rows: [], dates: new Set<string>() };
    s.contracted += contracted;
    s.delivered += num(r[spec.delivered]);
    s.rows.push(Number(r.__row));
    s.dates.add(date);
    acc.set(name, s);
  }
  return [...acc.values()].map(({ dates, ...s }) => ({ ...s, periods: dates.size, pct: (100 * s.delivered) / s.contracted }));
}

/** Totals per channel and media owner, largest contracted volume first. */
export function supplierDelivery(dataDir: string, filter: DeliveryFilter = {}): SupplierDelivery[] {
  return SPECS.filter((spec) => !filter.channel || filter.channel === spec.channel).flatMap((spec) =>
    totalsBy(dataDir, spec, 'supplier', filter)
      .map(({ name, ...t }) => ({ ...t, supplier: name }))
      .sort((a, b) => b.contracted - a.contracted),
  );
}

export interface CampaignDelivery {
  campaignId: string;
  channel: 'tv' | 'ooh';
  contracted: number;
  delivered: number;
  pct: number;
  unit: 'GRPs' | 'sites';
  rows: number[];
}

/** Delivery against contract per campaign: TV GRPs and outdoor sites posted, TV campaigns first. */
export function campaignDelivery(dataDir: string): CampaignDelivery[] {
  return SPECS.flatMap((spec) =>
    totalsBy(dataDir, spec, 'campaign', {}).map(({ name, channel, contracted, delivered, pct, unit, rows }) => ({ campaignId: name, channel, contracted, delivered, pct, unit, rows })),
  );
}
