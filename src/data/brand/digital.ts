/**
 * Daily per-campaign rows for the six digital channels. A channel's weekly spend (pence) is spread over
 * days with a weekday pattern, then over the campaigns running that day; delivery metrics follow from
 * per-campaign CPM/CTR/conversion rates inside industry ranges.
 */
import { creativeIdsFor, MODEL_IDS, type Campaign, type DigitalChannel } from './catalog.js';
import type { StudyCalendar } from './dates.js';
import { allocatePence, penceToGbp } from './money.js';
import { MODEL_DEMAND_WEIGHT } from './sales-model.js';
import { fixed, type Cell, type Table } from './table.js';
import type { Rng } from '../../util/rng.js';

interface Rates {
  /** Cost per thousand impressions, GBP (for google: cost per click). */
  price: [number, number];
  ctr: [number, number];
  cvr: [number, number];
  /** Video views per impression (0 = no video). */
  view: [number, number];
}

const RATES: Record<DigitalChannel, Rates> = {
  meta: { price: [5.5, 8.5], ctr: [0.008, 0.014], cvr: [0.015, 0.035], view: [0.15, 0.28] },
  google: { price: [1.1, 2.2], ctr: [0.04, 0.075], cvr: [0.03, 0.06], view: [0, 0] },
  dv360: { price: [2.5, 4.2], ctr: [0.0008, 0.0016], cvr: [0.005, 0.012], view: [0.04, 0.1] },
  tiktok: { price: [4.0, 6.5], ctr: [0.006, 0.011], cvr: [0.008, 0.02], view: [0.25, 0.4] },
  youtube: { price: [8.0, 12.0], ctr: [0.003, 0.006], cvr: [0.01, 0.025], view: [0.25, 0.35] },
  linkedin: { price: [28, 42], ctr: [0.004, 0.007], cvr: [0.03, 0.07], view: [0, 0] },
};

const EXTRA_COLUMNS: Record<DigitalChannel, string[]> = {
  meta: ['reach', 'frequency', 'video_views'],
  google: ['campaign_type', 'avg_cpc_gbp', 'search_impression_share'],
  dv360: ['inventory_type', 'viewable_impressions', 'video_views'],
  tiktok: ['video_views', 'engagements'],
  youtube: ['video_views', 'completed_views'],
  linkedin: ['engagements', 'lead_form_opens'],
};

export const DIGITAL_BASE_COLUMNS = [
  'date',
  'week_start',
  'campaign_id',
  'campaign_name',
  'vehicle_model',
  'audience_segment',
  'creative_id',
  'impressions',
  'clicks',
  'spend_gbp',
  'conversions',
] as const;

export function digitalColumns(channel: DigitalChannel): string[] {
  return [...DIGITAL_BASE_COLUMNS, ...EXTRA_COLUMNS[channel]];
}

/** Mon … Sun spend weights of digital delivery. */
const WEEKDAY_SPEND = [1.02, 1.04, 1.03, 1.0, 0.95, 0.94, 1.02];

export interface DigitalResult {
  table: Table;
  weeklyPence: number[];
  weeklyImpressions: number[];
  weeklyClicks: number[];
  /** Clicks per day per model (landing-page traffic for website analytics). */
  dailyModelClicks: Record<string, number[]>;
}

/** Campaigns of one channel running on each study day. */
export function activeByDay(campaigns: readonly Campaign[], channel: string, cal: StudyCalendar): Campaign[][] {
  const own = campaigns.filter((c) => c.channel === channel);
  return cal.days.map((d) => own.filter((c) => c.start <= d && c.end >= d));
}

export function campaignWeight(c: Campaign): number {
  return MODEL_DEMAND_WEIGHT[c.model] * (c.kind === 'launch' ? 2.2 : c.kind === 'seasonal' ? 1.2 : 1);
}

export function buildDigital(rng: Rng, channel: DigitalChannel, weeklyPlanGbp: readonly number[], campaigns: readonly Campaign[], cal: StudyCalendar): DigitalResult {
  const r = rng.fork(`digital:${channel}`);
  const rates = RATES[channel];
  const campaignRates = new Map<string, { price: number; ctr: number; cvr: number; view: number }>();
  for (const c of campaigns.filter((x) => x.channel === channel)) {
    const cr = r.fork(c.id);
    campaignRates.set(c.id, {
      price: cr.uniform(...rates.price),
      ctr: cr.uniform(...rates.ctr),
      cvr: cr.uniform(...rates.cvr),
      view: rates.view[1] > 0 ? cr.uniform(...rates.view) : 0,
    });
  }
  const byDay = activeByDay(campaigns, channel, cal);
  const rows: Cell[][] = [];
  const n = cal.weeks.length;
  const weeklyPence = new Array<number>(n).fill(0);
  const weeklyImpressions = new Array<number>(n).fill(0);
  const weeklyClicks = new Array<number>(n).fill(0);
  const dailyModelClicks: Record<string, number[]> = {};
  for (const m of MODEL_IDS) dailyModelClicks[m] = new Array<number>(cal.days.length).fill(0);
  for (let w = 0; w < n; w++) {
    const pence = Math.round((weeklyPlanGbp[w] as number) * 100);
    if (pence <= 0) continue;
    const dayPence = allocatePence(pence, WEEKDAY_SPEND.map((x) => x * r.lognormal(0, 0.08)));
    for (let k = 0; k < 7; k++) {
      const di = w * 7 + k;
      const active = byDay[di] as Campaign[];
      const parts = allocatePence(dayPence[k] as number, active.map(campaignWeight));
      active.forEach((c, ci) => {
        const p = parts[ci] as number;
        if (p <= 0) return;
        const cr = campaignRates.get(c.id)!;
        const spend = p / 100;
        const noise = r.lognormal(0, 0.1);
        const impressions = channel === 'google'
          ? Math.max(1, Math.round(spend / (cr.price * noise) / (cr.ctr * r.lognormal(0, 0.08))))
          : Math.max(1, Math.round((spend / (cr.price * noise)) * 1000));
        const clicks = channel === 'google'
          ? Math.min(impressions, Math.max(1, Math.round(spend / (cr.price * noise))))
          : Math.min(impressions, Math.round(impressions * cr.ctr * r.lognormal(0, 0.1)));
        const conversions = Math.min(clicks, Math.round(clicks * cr.cvr * r.lognormal(0, 0.15)));
        const creatives = creativeIdsFor(c);
        const creative = creatives[Math.floor((di - cal.dayIndexOf(c.start < cal.start ? cal.start : c.start)) / 7) % creatives.length] as string;
        const base: Cell[] = [cal.days[di] as string, cal.weeks[w] as string, c.id, c.name, c.model, c.audience, creative, impressions, clicks, penceToGbp(p), conversions];
        rows.push([...base, ...extras(channel, r, impressions, clicks, spend, cr.view, c.audience)]);
        weeklyPence[w] = (weeklyPence[w] as number) + p;
        weeklyImpressions[w] = (weeklyImpressions[w] as number) + impressions;
        weeklyClicks[w] = (weeklyClicks[w] as number) + clicks;
        const mc = dailyModelClicks[c.model] as number[];
        mc[di] = (mc[di] as number) + clicks;
      });
    }
  }
  return { table: { columns: digitalColumns(channel), rows }, weeklyPence, weeklyImpressions, weeklyClicks, dailyModelClicks };
}

function extras(channel: DigitalChannel, r: Rng, impressions: number, clicks: number, spend: number, view: number, audience: string): Cell[] {
  switch (channel) {
    case 'meta': {
      const frequency = r.uniform(1.3, 2.4);
      return [Math.round(impressions / frequency), fixed(frequency, 2), Math.round(impressions * view * r.lognormal(0, 0.1))];
    }
    case 'google':
      return [audience === 'fleet_buyers' ? 'performance_max' : 'search', fixed(spend / Math.max(1, clicks), 2), fixed(r.uniform(0.42, 0.78), 2)];
    case 'dv360': {
      const video = r.bool(0.35);
      return [video ? 'online_video' : 'display', Math.round(impressions * r.uniform(0.55, 0.72)), video ? Math.round(impressions * view * 3) : 0];
    }
    case 'tiktok':
      return [Math.round(impressions * view * r.lognormal(0, 0.1)), Math.round(impressions * r.uniform(0.01, 0.03))];
    case 'youtube': {
      const views = Math.round(impressions * view * r.lognormal(0, 0.08));
      return [views, Math.round(views * r.uniform(0.35, 0.55))];
    }
    case 'linkedin':
      return [Math.round(impressions * r.uniform(0.008, 0.016)), Math.min(clicks, Math.round(clicks * r.uniform(0.08, 0.15)))];
  }
}
