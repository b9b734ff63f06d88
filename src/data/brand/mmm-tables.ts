/** The three MMM weeklies (model_ready, channel_activity, model_sales) and ground_truth.json. */
import { BRAND, MMM_CHANNELS, STUDY, VEHICLE_MODELS, type MmmChannel, type VehicleModelId } from './catalog.js';
import type { Controls } from './controls.js';
import { addDays, type StudyCalendar } from './dates.js';
import { penceToGbp } from './money.js';
import type { WeeklyModelFunnel } from './pipeline-tables.js';
import { channelResponse, type SalesModel } from './sales-model.js';
import { fixed, type Cell, type Table } from './table.js';

export const MODEL_READY_COLUMNS = [
  'week_start',
  ...MMM_CHANNELS.map((c) => `${c}_spend`),
  'units_sold',
  'revenue',
  'avg_price',
  'promo_depth',
  'competitor_spend',
  'consumer_confidence',
  'market_index',
  'event_flag',
  'models_on_sale',
] as const;

export const CHANNEL_ACTIVITY_COLUMNS = ['week_start', 'channel', 'spend_gbp', 'impressions', 'clicks', 'grps'];
export const MODEL_SALES_COLUMNS = ['week_start', 'vehicle_model', 'units_sold', 'revenue_gbp', 'avg_price_gbp', 'website_sessions', 'configurator_sessions', 'leads', 'test_drives'];

export interface ChannelActivity {
  impressions: number[];
  clicks: number[];
  grps: number[];
}

export function modelReadyTable(cal: StudyCalendar, spendPence: Record<MmmChannel, number[]>, units: readonly number[], revenuePence: readonly number[], c: Controls): Table {
  const rows: Cell[][] = cal.weeks.map((w, t) => {
    const u = units[t] as number;
    const rev = revenuePence[t] as number;
    return [
      w,
      ...MMM_CHANNELS.map((ch) => penceToGbp(spendPence[ch][t] as number)),
      u,
      penceToGbp(rev),
      u > 0 ? fixed(rev / 100 / u, 2) : '0.00',
      fixed(c.promoDepth[t] as number, 3),
      `${c.competitorSpend[t]}.00`,
      c.consumerConfidence[t] as number,
      fixed(c.marketIndex[t] as number, 3),
      c.eventFlag[t] as number,
      c.modelsOnSale[t] as number,
    ];
  });
  return { columns: MODEL_READY_COLUMNS, rows };
}

export function channelActivityTable(cal: StudyCalendar, spendPence: Record<MmmChannel, number[]>, activity: Record<MmmChannel, ChannelActivity>): Table {
  const rows: Cell[][] = [];
  cal.weeks.forEach((w, t) => {
    for (const ch of MMM_CHANNELS) {
      const a = activity[ch];
      rows.push([w, ch, penceToGbp(spendPence[ch][t] as number), Math.round(a.impressions[t] as number), Math.round(a.clicks[t] as number), fixed(a.grps[t] as number, 1)]);
    }
  });
  return { columns: CHANNEL_ACTIVITY_COLUMNS, rows };
}

export function modelSalesTable(
  cal: StudyCalendar,
  byModel: Record<VehicleModelId, WeeklyModelFunnel>,
  sessions: Record<VehicleModelId, number[]>,
  configurator: Record<VehicleModelId, number[]>,
): Table {
  const rows: Cell[][] = [];
  cal.weeks.forEach((w, t) => {
    for (const m of VEHICLE_MODELS) {
      if (m.launchDate > addDays(w, 6)) continue;
      const f = byModel[m.id];
      const u = f.units[t] as number;
      const rev = f.revenuePence[t] as number;
      rows.push([w, m.id, u, penceToGbp(rev), u > 0 ? fixed(rev / 100 / u, 2) : '0.00', sessions[m.id][t] as number, configurator[m.id][t] as number, f.leads[t] as number, f.testDrives[t] as number]);
    }
  });
  return { columns: MODEL_SALES_COLUMNS, rows };
}

/** ground_truth.json: the parameters that generated sales, and each channel's true contribution and ROI. */
export function groundTruth(seed: number, model: SalesModel, spendPence: Record<MmmChannel, number[]>, avgPrice: readonly number[]): Record<string, unknown> {
  const n = avgPrice.length;
  const channels: Record<string, unknown> = {};
  let mediaUnits = 0;
  for (const ch of MMM_CHANNELS) {
    const p = model.params[ch];
    const spend = spendPence[ch].map((x) => x / 100);
    const total = spend.reduce((a, b) => a + b, 0);
    const contrib = model.contributions[ch];
    let units = 0;
    let revenue = 0;
    for (let t = 0; t < n; t++) {
      units += contrib[t] as number;
      revenue += (contrib[t] as number) * (avgPrice[t] as number);
    }
    mediaUnits += units;
    // Marginal ROI: revenue from one more percent of spend in every week, per pound.
    const bumped = channelResponse(spend.map((x) => x * 1.01), p);
    let extra = 0;
    for (let t = 0; t < n; t++) extra += ((bumped[t] as number) - (contrib[t] as number)) * (avgPrice[t] as number);
    channels[ch] = {
      adstock: 'geometric',
      decay: p.decay,
      half_saturation: p.halfSaturation,
      slope: p.slope,
      beta_units: p.betaUnits,
      total_spend: round2(total),
      true_contribution_units: round2(units),
      true_contribution_revenue: round2(revenue),
      true_roi: round4(total > 0 ? revenue / total : 0),
      true_marginal_roi: round4(total > 0 ? extra / (0.01 * total) : 0),
    };
  }
  const baselineUnits = model.baseline.reduce((a, b) => a + b, 0);
  return {
    seed,
    brand: BRAND.name,
    currency: BRAND.currency,
    weeks: n,
    study_start: STUDY.start,
    study_end: STUDY.end,
    formula:
      'units_sold[t] = round( intercept + models_on_sale·models_on_sale[t] + trend_per_week·t + market_index·market_index[t] + promo_depth·promo_depth[t] + competitor_spend·competitor_spend[t] + consumer_confidence·consumer_confidence[t] + event_flag·event_flag[t] + Σ_c beta_units_c · hill(adstock_c[t]; half_saturation_c, slope_c) + ε[t] ), ε ~ N(0, noise_sd_units²); adstock_c[t] = spend_c[t] + decay_c·adstock_c[t−1] (unnormalised, starting at 0 in week 0); hill(a; K, s) = a^s / (a^s + K^s); t = 0 … weeks−1; spend in GBP; revenue contribution valued at each week\'s avg_price.',
    noise_sd_units: model.noiseSd,
    media_share_of_units: round4(mediaUnits / (mediaUnits + baselineUnits)),
    baseline: {
      intercept: model.coef.intercept,
      trend_per_week: model.coef.trend_per_week,
      total_units: round2(baselineUnits),
    },
    controls: {
      models_on_sale: model.coef.models_on_sale,
      market_index: model.coef.market_index,
      promo_depth: model.coef.promo_depth,
      competitor_spend: model.coef.competitor_spend,
      consumer_confidence: model.coef.consumer_confidence,
      event_flag: model.coef.event_flag,
    },
    channels,
  };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
