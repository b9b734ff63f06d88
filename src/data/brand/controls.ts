/**
 * Weekly control series of the mix model: UK EV market seasonality (plate-change peaks in March and
 * September), consumer confidence, competitor spend, promotions, launch events and models on sale.
 * Each from its own random stream, independent of the media plans.
 */
import { VEHICLE_MODELS } from './catalog.js';
import { addDays, type StudyCalendar } from './dates.js';
import type { Rng } from '../../util/rng.js';

/** Monthly registration seasonality of the UK new-car market (Jan … Dec), before tempering. */
const MONTH_SEASONALITY = [0.85, 0.45, 1.75, 0.85, 0.9, 1.05, 0.8, 0.45, 1.55, 0.9, 0.85, 0.8];

export const COMPETITORS = [
  { name: 'Norvik Automotive', focus: 'family SUV' },
  { name: 'Aurel EV', focus: 'premium saloon' },
  { name: 'Kestrel Motors', focus: 'premium SUV' },
  { name: 'Solenne', focus: 'coupé SUV' },
  { name: 'Brightwater Cars', focus: 'mass market' },
] as const;

export const COMPETITOR_MEDIA = ['tv', 'digital', 'ooh', 'other'] as const;

export interface CompetitorWeek {
  week: number;
  competitor: string;
  focus: string;
  /** Whole pounds per media group. */
  byMedia: Record<(typeof COMPETITOR_MEDIA)[number], number>;
  total: number;
}

export interface EconomicWeek {
  consumerConfidence: number;
  cpiInflationPct: number;
  bankRatePct: number;
  unemploymentPct: number;
  petrolPricePpl: number;
  electricityPricePkwh: number;
  ukBevRegistrations: number;
  bevSharePct: number;
}

export interface Controls {
  marketIndex: number[];
  consumerConfidence: number[];
  /** Sum of competitor spend per week, whole GBP. */
  competitorSpend: number[];
  competitorRows: CompetitorWeek[];
  promoDepth: number[];
  eventFlag: number[];
  modelsOnSale: number[];
  economic: EconomicWeek[];
}

function monthOf(iso: string): number {
  return Number(iso.slice(5, 7)) - 1;
}

export function modelsOnSaleAt(weekStart: string): number {
  const weekEnd = addDays(weekStart, 6);
  return VEHICLE_MODELS.filter((m) => m.launchDate <= weekEnd).length;
}

export function buildControls(rng: Rng, cal: StudyCalendar): Controls {
  const n = cal.weeks.length;
  const mid = cal.weeks.map((w) => addDays(w, 3)); // the Thursday decides the month of a week

  const rm = rng.fork('market');
  const marketIndex = mid.map((d) => {
    const raw = MONTH_SEASONALITY[monthOf(d)] as number;
    return round(1 + 0.55 * (raw / 0.9333 - 1) + rm.normal(0, 0.03), 3);
  });

  // Monthly indicators: mean-reverting walks, one value per calendar month.
  const months = [...new Set(mid.map((d) => d.slice(0, 7)))];
  const re = rng.fork('economy');
  let cc = -22;
  let cpi = 4.0;
  let bank = 5.25;
  let unemp = 4.0;
  let petrol = 145;
  let elec = 28.5;
  const monthly = new Map<string, Omit<EconomicWeek, 'ukBevRegistrations' | 'bevSharePct'>>();
  for (const m of months) {
    cc = cc + 0.25 * (-19 - cc) + re.normal(0, 1.6);
    cpi = Math.max(1.5, cpi + 0.15 * (2.6 - cpi) + re.normal(0, 0.15));
    if (re.bool(0.12)) bank = Math.max(3.5, bank - 0.25);
    unemp = unemp + 0.1 * (4.4 - unemp) + re.normal(0, 0.05);
    petrol = petrol + 0.2 * (140 - petrol) + re.normal(0, 1.8);
    elec = elec + 0.1 * (25 - elec) + re.normal(0, 0.3);
    monthly.set(m, {
      consumerConfidence: Math.round(cc),
      cpiInflationPct: round(cpi, 1),
      bankRatePct: round(bank, 2),
      unemploymentPct: round(unemp, 1),
      petrolPricePpl: round(petrol, 1),
      electricityPricePkwh: round(elec, 2),
    });
  }
  const rb = rng.fork('bev');
  const economic: EconomicWeek[] = mid.map((d, w) => {
    const base = monthly.get(d.slice(0, 7))!;
    const share = 16 + (6 * w) / n + rb.normal(0, 0.6);
    return {
      ...base,
      ukBevRegistrations: Math.round(7400 * (marketIndex[w] as number) * (1 + (0.25 * w) / n) * rb.lognormal(0, 0.04)),
      bevSharePct: round(share, 1),
    };
  });
  const consumerConfidence = economic.map((e) => e.consumerConfidence);

  const rc = rng.fork('competitors');
  const competitorRows: CompetitorWeek[] = [];
  const competitorSpend = new Array<number>(n).fill(0);
  for (const comp of COMPETITORS) {
    const r = rc.fork(comp.name);
    const level = r.uniform(90_000, 260_000);
    let burst = 0;
    let burstLevel = 1;
    for (let w = 0; w < n; w++) {
      if (burst <= 0 && r.bool(0.08)) {
        burst = r.int(2, 6);
        burstLevel = r.uniform(1.6, 3.0);
      }
      const f = burst > 0 ? burstLevel : r.uniform(0.6, 1.1);
      burst--;
      const total = level * f * r.lognormal(0, 0.15);
      const tvShare = r.uniform(0.3, 0.5);
      const digShare = r.uniform(0.25, 0.4);
      const oohShare = r.uniform(0.08, 0.15);
      const byMedia = {
        tv: Math.round(total * tvShare),
        digital: Math.round(total * digShare),
        ooh: Math.round(total * oohShare),
        other: 0,
      };
      byMedia.other = Math.max(0, Math.round(total) - byMedia.tv - byMedia.digital - byMedia.ooh);
      const t = byMedia.tv + byMedia.digital + byMedia.ooh + byMedia.other;
      competitorRows.push({ week: w, competitor: comp.name, focus: comp.focus, byMedia, total: t });
      competitorSpend[w] = (competitorSpend[w] as number) + t;
    }
  }

  const rp = rng.fork('promotions');
  const promoDepth = new Array<number>(n).fill(0);
  for (let w = 0; w < n; w++) promoDepth[w] = round(rp.uniform(0.01, 0.03), 3);
  for (let w = rp.int(2, 8); w < n; w += rp.int(6, 14)) {
    const len = rp.int(2, 5);
    const depth = rp.uniform(0.05, 0.13);
    for (let k = 0; k < len && w + k < n; k++) promoDepth[w + k] = round(Math.min(0.15, depth + rp.uniform(-0.01, 0.01)), 3);
  }

  const eventFlag = new Array<number>(n).fill(0);
  for (const m of VEHICLE_MODELS) {
    const lw = cal.weekIndexOf(m.launchDate);
    if (lw < 0) continue;
    eventFlag[lw] = 1;
    if (lw + 1 < n) eventFlag[lw + 1] = 1;
  }
  const modelsOnSale = cal.weeks.map(modelsOnSaleAt);
  return { marketIndex, consumerConfidence, competitorSpend, competitorRows, promoDepth, eventFlag, modelsOnSale, economic };
}

function round(x: number, d: number): number {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}
