/** Turns the simulated pipeline into leads.csv, test_drives.csv and vehicle_sales.csv, plus weekly rollups. */
import { MODEL_IDS, REGIONS, type VehicleModelId } from './catalog.js';
import { dayNumber, isoFromDay, type StudyCalendar } from './dates.js';
import { penceToGbp } from './money.js';
import type { Lead, Pipeline } from './pipeline.js';
import { fixed, type Cell, type Table } from './table.js';
import type { Rng } from '../../util/rng.js';

export const LEADS_COLUMNS = ['lead_id', 'created_date', 'week_start', 'vehicle_model', 'region', 'dealer_id', 'source', 'campaign_id', 'lead_type', 'status', 'test_drive_id', 'sale_date'];
export const TEST_DRIVES_COLUMNS = ['test_drive_id', 'lead_id', 'date', 'week_start', 'dealer_id', 'region', 'vehicle_model', 'duration_min', 'outcome', 'feedback_score'];
export const VEHICLE_SALES_COLUMNS = ['date', 'week_start', 'dealer_id', 'dealer_name', 'region', 'vehicle_model', 'units_sold', 'lead_attributed_units', 'walk_in_units', 'revenue_gbp', 'avg_transaction_price_gbp'];

export interface WeeklyModelFunnel {
  units: number[];
  revenuePence: number[];
  leads: number[];
  testDrives: number[];
}

export interface PipelineTables {
  leads: Table;
  testDrives: Table;
  vehicleSales: Table;
  /** Per model: weekly units, revenue, leads created and test drives. */
  byModel: Record<VehicleModelId, WeeklyModelFunnel>;
  /** Leads created per model per study day (for configurator sessions). */
  dailyLeads: Record<VehicleModelId, number[]>;
  weeklyRevenuePence: number[];
}

const dealerName = new Map(REGIONS.flatMap((g) => g.dealers.map((d) => [d.id, d.name] as const)));

export function buildPipelineTables(rng: Rng, cal: StudyCalendar, p: Pipeline): PipelineTables {
  const r = rng.fork('pipeline-tables');
  const start = dayNumber(cal.start);
  const n = cal.weeks.length;
  const week = (day: number) => Math.floor((day - start) / 7);
  const byModel = Object.fromEntries(
    MODEL_IDS.map((m) => [m, { units: zeros(n), revenuePence: zeros(n), leads: zeros(n), testDrives: zeros(n) }]),
  ) as Record<VehicleModelId, WeeklyModelFunnel>;
  const dailyLeads = Object.fromEntries(MODEL_IDS.map((m) => [m, zeros(cal.days.length)])) as Record<VehicleModelId, number[]>;

  const leads = p.leads.slice().sort((a, b) => a.day - b.day);
  leads.forEach((l, i) => {
    l.id = `LD-${String(i + 1).padStart(6, '0')}`;
  });
  const withTd = leads.filter((l) => l.testDriveDay !== undefined).sort((a, b) => (a.testDriveDay as number) - (b.testDriveDay as number));
  withTd.forEach((l, i) => {
    l.testDriveId = `TD-${String(i + 1).padStart(6, '0')}`;
  });
  const leadRows: Cell[][] = leads.map((l) => {
    byModel[l.model].leads[week(l.day)]! += 1;
    dailyLeads[l.model][l.day - start]! += 1;
    return [l.id as string, isoFromDay(l.day), cal.weeks[week(l.day)] as string, l.model, l.region.id, l.dealerId, l.source, l.campaignId, l.type, l.status, l.testDriveId ?? '', l.saleDay === undefined ? '' : isoFromDay(l.saleDay)];
  });
  const tdRows: Cell[][] = withTd.map((l: Lead) => {
    const d = l.testDriveDay as number;
    byModel[l.model].testDrives[week(d)]! += 1;
    const outcome = l.status === 'won' ? 'purchased' : l.status === 'open' ? 'pending' : 'not_purchased';
    const score = l.status === 'won' ? r.int(4, 5) : r.int(2, 5);
    return [l.testDriveId as string, l.id as string, isoFromDay(d), cal.weeks[week(d)] as string, l.dealerId, l.region.id, l.model, r.int(25, 60), outcome, score];
  });

  // Sales aggregated per day, dealer and model.
  const agg = new Map<string, { day: number; dealer: string; region: string; model: VehicleModelId; units: number; lead: number; pence: number }>();
  const weeklyRevenuePence = zeros(n);
  for (const s of p.sales) {
    const k = `${s.day}|${s.dealerId}|${s.model}`;
    const a = agg.get(k) ?? { day: s.day, dealer: s.dealerId, region: s.region.id, model: s.model, units: 0, lead: 0, pence: 0 };
    a.units++;
    if (s.lead) a.lead++;
    a.pence += s.pricePence;
    agg.set(k, a);
    byModel[s.model].units[week(s.day)]! += 1;
    byModel[s.model].revenuePence[week(s.day)]! += s.pricePence;
    weeklyRevenuePence[week(s.day)]! += s.pricePence;
  }
  const salesRows: Cell[][] = [...agg.values()]
    .sort((a, b) => a.day - b.day || a.dealer.localeCompare(b.dealer) || a.model.localeCompare(b.model))
    .map((a) => [isoFromDay(a.day), cal.weeks[week(a.day)] as string, a.dealer, dealerName.get(a.dealer) ?? a.dealer, a.region, a.model, a.units, a.lead, a.units - a.lead, penceToGbp(a.pence), fixed(a.pence / 100 / a.units, 2)]);
  return {
    leads: { columns: LEADS_COLUMNS, rows: leadRows },
    testDrives: { columns: TEST_DRIVES_COLUMNS, rows: tdRows },
    vehicleSales: { columns: VEHICLE_SALES_COLUMNS, rows: salesRows },
    byModel,
    dailyLeads,
    weeklyRevenuePence,
  };
}

function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}
