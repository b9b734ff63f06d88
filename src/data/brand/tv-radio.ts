/**
 * Weekly broadcast rows: TV airtime (Albion linear, Skyline satellite, Albion Player VOD) priced at the
 * contracted cost per GRP / CPM, and radio spots per station group. One GRP = 1 % of 53M UK adults.
 */
import { creativeIdsFor, type Campaign } from './catalog.js';
import { TV_ALBION, TV_SKYLINE, VOD_ALBION } from './contract-terms.js';
import { addDays, type StudyCalendar } from './dates.js';
import { activeByDay, campaignWeight } from './digital.js';
import type { KnownIssue } from './known-issues.js';
import { allocatePence, penceToGbp } from './money.js';
import { fixed, type Cell, type Table } from './table.js';
import type { Rng } from '../../util/rng.js';

const ADULTS_000 = 53_000;

export const BROADCASTER: Record<string, string> = {
  [TV_ALBION.id]: 'Albion Broadcasting Group',
  [TV_SKYLINE.id]: 'Skyline Satellite Media',
  [VOD_ALBION.id]: 'Albion Player',
};

export interface BroadcastResult {
  table: Table;
  weeklyPence: number[];
  /** GRPs (TV linear + radio) or thousands of impacts per week, for channel_activity.csv. */
  weeklyGrps: number[];
  weeklyImpacts000: number[];
  issues: KnownIssue[];
}

export const TV_COLUMNS = [
  'week_start', 'week_end', 'broadcaster', 'contract_id', 'buy_type', 'campaign_id', 'creative_id', 'vehicle_model',
  'spots', 'contracted_grps', 'delivered_grps', 'impacts_000', 'reach_pct', 'avg_frequency', 'vod_impressions',
  'completion_rate', 'rate_gbp', 'rate_unit', 'spend_gbp',
];

function reachPct(grps: number, k: number): number {
  return 100 * (1 - Math.exp(-grps / k));
}

function creativeFor(c: Campaign, week: number): string {
  const ids = creativeIdsFor(c);
  return ids[week % ids.length] as string;
}

/** Campaigns of a channel on the Thursday of each week. */
function weekCampaigns(campaigns: readonly Campaign[], channel: string, cal: StudyCalendar): Campaign[][] {
  const byDay = activeByDay(campaigns, channel, cal);
  return cal.weeks.map((_, w) => byDay[w * 7 + 3] as Campaign[]);
}

export function buildTv(rng: Rng, plan: readonly number[], campaigns: readonly Campaign[], cal: StudyCalendar): BroadcastResult {
  const r = rng.fork('tv-rows');
  const byWeek = weekCampaigns(campaigns, 'tv', cal);
  const n = cal.weeks.length;
  const rows: Cell[][] = [];
  const weeklyPence = new Array<number>(n).fill(0);
  const weeklyGrps = new Array<number>(n).fill(0);
  const weeklyImpacts000 = new Array<number>(n).fill(0);
  // Albion under-delivers in its first six bought weeks from May 2025 (planted issue).
  const shortFrom = cal.weekIndexOf('2025-05-05');
  let shortWeeks = 0;
  const shortRows: number[] = [];
  let shortContracted = 0;
  let shortDelivered = 0;
  for (let w = 0; w < n; w++) {
    const pence = Math.round((plan[w] as number) * 100);
    if (pence <= 0) continue;
    const vodShare = r.uniform(0.12, 0.24);
    const skyShare = r.uniform(0.25, 0.38);
    const buys = allocatePence(pence, [1 - vodShare - skyShare, skyShare, vodShare]);
    const active = byWeek[w] as Campaign[];
    const under = w >= shortFrom && shortWeeks < 6 && (buys[0] as number) > 0;
    if (under) shortWeeks++;
    for (const [bi, contract] of [TV_ALBION, TV_SKYLINE, VOD_ALBION].entries()) {
      const parts = allocatePence(buys[bi] as number, active.map(campaignWeight));
      active.forEach((c, ci) => {
        const p = parts[ci] as number;
        const base: Cell[] = [cal.weeks[w] as string, addDays(cal.weeks[w] as string, 6), BROADCASTER[contract.id], contract.id];
        if (contract === VOD_ALBION) {
          const thousands = Math.round(p / (VOD_ALBION.cpm * 100));
          if (thousands <= 0) return;
          const spend = thousands * VOD_ALBION.cpm * 100;
          const impressions = thousands * 1000;
          rows.push([...base, 'vod', c.id, creativeFor(c, w), c.model, 0, '0.0', '0.0', thousands, fixed(Math.min(60, (impressions / (ADULTS_000 * 1000)) * 100 * 0.6), 1), fixed(r.uniform(2.2, 3.4), 2), impressions, fixed(r.uniform(0.86, 0.95), 3), String(VOD_ALBION.cpm), 'per_1000_impressions', penceToGbp(spend)]);
          weeklyPence[w] = (weeklyPence[w] as number) + spend;
          weeklyImpacts000[w] = (weeklyImpacts000[w] as number) + thousands;
          return;
        }
        const cpp = (contract as typeof TV_ALBION | typeof TV_SKYLINE).costPerGrp;
        const tenths = Math.round((p / (cpp * 100)) * 10);
        if (tenths <= 0) return;
        const contracted = tenths / 10;
        const spend = tenths * cpp * 10;
        const short = contract === TV_ALBION && under;
        const delivered = Math.round(contracted * (short ? r.uniform(0.79, 0.86) : r.uniform(0.965, 1.05)) * 10) / 10;
        const spots = Math.max(1, Math.round(contracted / r.uniform(2.5, 4.5)));
        const reach = reachPct(delivered, 140);
        rows.push([...base, 'linear', c.id, creativeFor(c, w), c.model, spots, fixed(contracted, 1), fixed(delivered, 1), Math.round(delivered * (ADULTS_000 / 100)), fixed(reach, 1), fixed(reach > 0 ? delivered / reach : 0, 2), 0, '0.000', String(cpp), 'per_grp', penceToGbp(spend)]);
        if (short) {
          shortRows.push(rows.length);
          shortContracted += contracted;
          shortDelivered += delivered;
        }
        weeklyPence[w] = (weeklyPence[w] as number) + spend;
        weeklyGrps[w] = (weeklyGrps[w] as number) + delivered;
        weeklyImpacts000[w] = (weeklyImpacts000[w] as number) + Math.round(delivered * (ADULTS_000 / 100));
      });
    }
  }
  const issues: KnownIssue[] = [];
  if (shortRows.length > 0) {
    const pct = (100 * shortDelivered) / shortContracted;
    issues.push({
      id: 'KI-TV-ALB-GRP',
      type: 'grp_under_delivery',
      file: 'raw/tv_airtime.csv',
      rows: shortRows,
      locator: `Albion Broadcasting Group linear airtime, ${shortWeeks} bought weeks from 2025-05-05`,
      contract_id: TV_ALBION.id,
      contract_file: `raw/contracts/${TV_ALBION.file}`,
      clause: '5.2',
      expected: `≥ ${TV_ALBION.deliveryGuaranteePct}% of contracted GRPs (${fixed(shortContracted, 1)} GRPs contracted)`,
      actual: `${fixed(shortDelivered, 1)} GRPs delivered (${fixed(pct, 1)}%)`,
      description: 'Albion delivered well under the guaranteed share of contracted GRPs over six weeks; a make-good is due under the delivery guarantee.',
    });
  }
  return { table: { columns: TV_COLUMNS, rows }, weeklyPence, weeklyGrps, weeklyImpacts000, issues };
}

export const RADIO_STATIONS = [
  { name: 'Capital Wave Network', ratePerSpot: 640, grpPerSpot: 0.9 },
  { name: 'Northern Sound Group', ratePerSpot: 410, grpPerSpot: 0.55 },
  { name: 'Talk Britain Radio', ratePerSpot: 360, grpPerSpot: 0.45 },
] as const;

export const RADIO_COLUMNS = [
  'week_start', 'week_end', 'station_group', 'campaign_id', 'creative_id', 'vehicle_model', 'spots', 'grps',
  'impacts_000', 'reach_pct', 'avg_frequency', 'rate_per_spot_gbp', 'spend_gbp',
];

export function buildRadio(rng: Rng, plan: readonly number[], campaigns: readonly Campaign[], cal: StudyCalendar): BroadcastResult {
  const r = rng.fork('radio-rows');
  const byWeek = weekCampaigns(campaigns, 'radio', cal);
  const n = cal.weeks.length;
  const rows: Cell[][] = [];
  const weeklyPence = new Array<number>(n).fill(0);
  const weeklyGrps = new Array<number>(n).fill(0);
  const weeklyImpacts000 = new Array<number>(n).fill(0);
  for (let w = 0; w < n; w++) {
    const pence = Math.round((plan[w] as number) * 100);
    if (pence <= 0) continue;
    const byStation = allocatePence(pence, RADIO_STATIONS.map(() => r.uniform(0.5, 1.5)));
    const active = byWeek[w] as Campaign[];
    RADIO_STATIONS.forEach((st, si) => {
      const parts = allocatePence(byStation[si] as number, active.map(campaignWeight));
      active.forEach((c, ci) => {
        const spots = Math.round((parts[ci] as number) / (st.ratePerSpot * 100));
        if (spots <= 0) return;
        const spend = spots * st.ratePerSpot * 100;
        const grps = Math.round(spots * st.grpPerSpot * r.uniform(0.9, 1.1) * 10) / 10;
        const reach = reachPct(grps, 90);
        rows.push([cal.weeks[w] as string, addDays(cal.weeks[w] as string, 6), st.name, c.id, creativeFor(c, w), c.model, spots, fixed(grps, 1), Math.round(grps * (ADULTS_000 / 100)), fixed(reach, 1), fixed(reach > 0 ? grps / reach : 0, 2), String(st.ratePerSpot), penceToGbp(spend)]);
        weeklyPence[w] = (weeklyPence[w] as number) + spend;
        weeklyGrps[w] = (weeklyGrps[w] as number) + grps;
        weeklyImpacts000[w] = (weeklyImpacts000[w] as number) + Math.round(grps * (ADULTS_000 / 100));
      });
    });
  }
  return { table: { columns: RADIO_COLUMNS, rows }, weeklyPence, weeklyGrps, weeklyImpacts000, issues: [] };
}
