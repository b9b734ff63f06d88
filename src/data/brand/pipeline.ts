/**
 * The sales pipeline behind the weekly units: every sale gets a model, day, region, dealer and price;
 * most sales come from a lead (with a test drive between lead and sale), the rest are walk-ins. Leads
 * that do not convert are added in proportion to demand. Nothing happens before a model's launch or at
 * a dealer before it opened.
 */
import { DIGITAL_CHANNELS, MODEL_IDS, REGIONS, VEHICLE_MODELS, type Campaign, type DigitalChannel, type Region, type VehicleModelId } from './catalog.js';
import { dayNumber, isoFromDay, type StudyCalendar } from './dates.js';
import { DEALER_DISCOUNT, MODEL_DEMAND_WEIGHT } from './sales-model.js';
import type { Rng } from '../../util/rng.js';

export interface Sale {
  day: number;
  model: VehicleModelId;
  region: Region;
  dealerId: string;
  pricePence: number;
  lead?: Lead;
}

export interface Lead {
  day: number;
  model: VehicleModelId;
  region: Region;
  dealerId: string;
  source: string;
  campaignId: string;
  type: string;
  status: 'won' | 'lost' | 'open';
  testDriveDay?: number;
  saleDay?: number;
  id?: string;
  testDriveId?: string;
}

export const LEAD_TO_SALE = 0.14;
export const LEAD_ATTRIBUTED_SHARE = 0.8;
export const TEST_DRIVE_TO_SALE = 0.4;

/** Mon … Sun share of showroom sales. */
const SALE_WEEKDAY = [0.9, 0.95, 1.0, 1.0, 1.15, 1.45, 0.55];
const OTHER_SOURCES = [
  { source: 'organic_search', p: 0.2 },
  { source: 'direct', p: 0.12 },
  { source: 'referral', p: 0.05 },
  { source: 'dealer_phone', p: 0.06 },
];
const PAID_SHARE = 0.52;
const LEAD_TYPES = ['test_drive_request', 'brochure_download', 'configurator_submission', 'callback_request', 'finance_quote'];

export interface PipelineInput {
  cal: StudyCalendar;
  units: readonly number[];
  promoDepth: readonly number[];
  campaigns: readonly Campaign[];
  /** Weekly spend per digital channel (GBP), to attribute paid leads. */
  digitalWeekly: Record<DigitalChannel, readonly number[]>;
  /** Whether an event runs on each study day. */
  eventDays: readonly boolean[];
}

export interface Pipeline {
  sales: Sale[];
  leads: Lead[];
}

function weightedIndex(r: Rng, weights: readonly number[]): number {
  let s = 0;
  for (const w of weights) s += w;
  let u = r.next() * s;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i] as number;
    if (u < 0) return i;
  }
  return weights.length - 1;
}

const launchDay = Object.fromEntries(VEHICLE_MODELS.map((m) => [m.id, dayNumber(m.launchDate)])) as Record<VehicleModelId, number>;

function openDealers(region: Region, day: number): string[] {
  return region.dealers.filter((d) => dayNumber(d.opened) <= day).map((d) => d.id);
}

export function buildPipeline(rng: Rng, input: PipelineInput): Pipeline {
  const { cal, units } = input;
  const r = rng.fork('pipeline');
  const start = dayNumber(cal.start);
  const end = dayNumber(cal.end);
  const campaignIndex = new Map<string, Campaign[]>();
  for (const c of input.campaigns) {
    const k = `${c.channel}|${c.model}`;
    campaignIndex.set(k, [...(campaignIndex.get(k) ?? []), c]);
  }
  const campaignFor = (channel: string, model: VehicleModelId, day: number): Campaign | undefined => {
    const iso = isoFromDay(day);
    return campaignIndex.get(`${channel}|${model}`)?.find((c) => c.start <= iso && c.end >= iso);
  };
  const pickSource = (model: VehicleModelId, day: number): { source: string; campaignId: string } => {
    const w = Math.floor((day - start) / 7);
    if (r.next() < PAID_SHARE) {
      const weights = DIGITAL_CHANNELS.map((c) => (input.digitalWeekly[c][w] as number) + 1);
      const ch = DIGITAL_CHANNELS[weightedIndex(r, weights)] as DigitalChannel;
      const camp = campaignFor(ch, model, day);
      if (camp && (input.digitalWeekly[ch][w] as number) > 0) return { source: `paid_${ch}`, campaignId: camp.id };
    }
    if (input.eventDays[day - start] && r.bool(0.25)) return { source: 'event', campaignId: '' };
    return { source: OTHER_SOURCES[weightedIndex(r, OTHER_SOURCES.map((s) => s.p))]!.source, campaignId: '' };
  };
  const regionWeights = REGIONS.map((g) => g.weight);
  const newLead = (model: VehicleModelId, day: number, region: Region, dealerId: string): Lead => ({
    day, model, region, dealerId, ...pickSource(model, day), type: LEAD_TYPES[weightedIndex(r, [0.4, 0.2, 0.2, 0.12, 0.08])] as string, status: 'lost',
  });

  const sales: Sale[] = [];
  const leads: Lead[] = [];
  const weeklyModelSales: Record<VehicleModelId, number[]> = Object.fromEntries(MODEL_IDS.map((m) => [m, new Array<number>(units.length).fill(0)])) as Record<VehicleModelId, number[]>;
  for (let w = 0; w < units.length; w++) {
    const weekDay0 = start + w * 7;
    const onSale = VEHICLE_MODELS.filter((m) => launchDay[m.id] <= weekDay0 + 6);
    const promo = input.promoDepth[w] as number;
    for (let u = 0; u < (units[w] as number); u++) {
      const model = onSale[weightedIndex(r, onSale.map((m) => MODEL_DEMAND_WEIGHT[m.id]))]!;
      const dayWeights = SALE_WEEKDAY.map((x, k) => (weekDay0 + k >= launchDay[model.id] ? x : 0));
      const day = weekDay0 + weightedIndex(r, dayWeights);
      const region = REGIONS[weightedIndex(r, regionWeights)] as Region;
      const pricePence = Math.round((model.listPrice * (1 - promo) * (1 - r.uniform(0, 2 * DEALER_DISCOUNT))) / 10) * 1000;
      let lead: Lead | undefined;
      const earliest = Math.max(start, launchDay[model.id]);
      if (r.bool(LEAD_ATTRIBUTED_SHARE)) {
        const lag = Math.min(60, Math.max(3, Math.round(r.lognormal(Math.log(21), 0.45))));
        // Leads cannot predate the window or the launch: such sales get a shorter, uniform lag instead.
        const leadDay = day - lag >= earliest ? day - lag : day - 2 >= earliest ? r.int(earliest, day - 2) : day;
        if (day - leadDay >= 2) {
          const dealers = openDealers(region, leadDay);
          lead = newLead(model.id, leadDay, region, r.pick(dealers));
          lead.status = 'won';
          lead.saleDay = day;
          lead.testDriveDay = leadDay + Math.max(1, Math.round((day - leadDay) * r.uniform(0.2, 0.7)));
          if (lead.testDriveDay > day) lead.testDriveDay = day;
          leads.push(lead);
        }
      }
      const dealerId = lead ? lead.dealerId : r.pick(openDealers(region, day));
      sales.push({ day, model: model.id, region, dealerId, pricePence, lead });
      weeklyModelSales[model.id][w]! += 1;
    }
  }

  // Leads that do not convert, in proportion to each model's demand over the next weeks.
  const perSale = LEAD_ATTRIBUTED_SHARE * (1 / LEAD_TO_SALE - 1);
  const tdShare = (LEAD_ATTRIBUTED_SHARE / TEST_DRIVE_TO_SALE - LEAD_ATTRIBUTED_SHARE) / perSale;
  for (const m of VEHICLE_MODELS) {
    const s = weeklyModelSales[m.id];
    for (let w = 0; w < units.length; w++) {
      const ahead = s.slice(w, w + 4);
      const demand = ahead.reduce((a, b) => a + b, 0) / Math.max(1, ahead.length);
      const count = r.poisson(demand * perSale);
      for (let k = 0; k < count; k++) {
        const day = start + w * 7 + r.int(0, 6);
        if (day < launchDay[m.id]) continue;
        const region = REGIONS[weightedIndex(r, regionWeights)] as Region;
        const lead = newLead(m.id, day, region, r.pick(openDealers(region, day)));
        if (r.bool(tdShare)) {
          const td = day + r.int(2, 14);
          if (td <= end) lead.testDriveDay = td;
        }
        lead.status = end - day < 45 && r.bool(0.7) ? 'open' : 'lost';
        leads.push(lead);
      }
    }
  }
  topUpFunnel(r, cal, sales, leads, newLead);
  return { sales, leads };
}

/** Per model and week: test drives ≥ sales and leads ≥ test drives, adding unconverted leads where short. */
function topUpFunnel(r: Rng, cal: StudyCalendar, sales: Sale[], leads: Lead[], newLead: (m: VehicleModelId, d: number, g: Region, id: string) => Lead): void {
  const start = dayNumber(cal.start);
  const n = cal.weeks.length;
  const key = (m: string, day: number) => `${m}|${Math.floor((day - start) / 7)}`;
  const salesW = new Map<string, number>();
  const tdW = new Map<string, number>();
  const leadW = new Map<string, number>();
  const inc = (map: Map<string, number>, k: string) => map.set(k, (map.get(k) ?? 0) + 1);
  for (const s of sales) inc(salesW, key(s.model, s.day));
  for (const l of leads) {
    inc(leadW, key(l.model, l.day));
    if (l.testDriveDay !== undefined) inc(tdW, key(l.model, l.testDriveDay));
  }
  const regionWeights = REGIONS.map((g) => g.weight);
  for (const m of MODEL_IDS) {
    for (let w = 0; w < n; w++) {
      const k = `${m}|${w}`;
      const firstDay = Math.max(start + w * 7, launchDay[m]);
      if (firstDay > start + w * 7 + 6) continue;
      const missingTd = (salesW.get(k) ?? 0) - (tdW.get(k) ?? 0);
      for (let i = 0; i < missingTd; i++) {
        const day = firstDay + r.int(0, start + w * 7 + 6 - firstDay);
        const region = REGIONS[weightedIndex(r, regionWeights)] as Region;
        const lead = newLead(m, day, region, r.pick(openDealers(region, day)));
        lead.type = 'test_drive_request';
        lead.testDriveDay = day;
        lead.status = 'lost';
        leads.push(lead);
        inc(tdW, k);
        inc(leadW, k);
      }
      const missingLeads = (tdW.get(k) ?? 0) - (leadW.get(k) ?? 0);
      for (let i = 0; i < missingLeads; i++) {
        const day = firstDay + r.int(0, start + w * 7 + 6 - firstDay);
        const region = REGIONS[weightedIndex(r, regionWeights)] as Region;
        leads.push(newLead(m, day, region, r.pick(openDealers(region, day))));
        inc(leadW, k);
      }
    }
  }
}
