/**
 * Website analytics (daily sessions per model page and traffic source, paid traffic from the ad clicks)
 * and configurator sessions (daily per model, from launch). Sessions ≥ configurator sessions ≥ leads by
 * construction, every day and so every week.
 */
import { VEHICLE_MODELS, type DigitalChannel, type VehicleModelId } from './catalog.js';
import { addDays, dayNumber, type StudyCalendar } from './dates.js';
import type { WeeklyModelFunnel } from './pipeline-tables.js';
import { fixed, type Cell, type Table } from './table.js';
import type { Rng } from '../../util/rng.js';

export const WEBSITE_COLUMNS = ['date', 'week_start', 'vehicle_model', 'traffic_source', 'sessions', 'users', 'pageviews', 'bounce_rate', 'avg_session_seconds'];
export const CONFIGURATOR_COLUMNS = ['date', 'week_start', 'vehicle_model', 'configurator_sessions', 'completed_builds', 'saved_builds', 'avg_build_price_gbp', 'avg_session_seconds'];

const PAID_GROUPS: Record<string, DigitalChannel[]> = {
  paid_search: ['google'],
  paid_social: ['meta', 'tiktok', 'linkedin'],
  display_video: ['youtube', 'dv360'],
};
/** Landing rate of ad clicks (clicks that become a tracked session). */
const LANDING: Record<string, number> = { paid_search: 0.88, paid_social: 0.72, display_video: 0.68 };
const ORGANIC = [
  { source: 'organic_search', perSale: 1300 },
  { source: 'direct', perSale: 800 },
  { source: 'referral', perSale: 220 },
];

export interface WebResult {
  website: Table;
  configurator: Table;
  weeklySessions: Record<VehicleModelId, number[]>;
  weeklyConfigurator: Record<VehicleModelId, number[]>;
}

export function buildWeb(
  rng: Rng,
  cal: StudyCalendar,
  clicks: Record<DigitalChannel, Record<string, number[]>>,
  byModel: Record<VehicleModelId, WeeklyModelFunnel>,
  dailyLeads: Record<VehicleModelId, number[]>,
): WebResult {
  const r = rng.fork('web');
  const n = cal.weeks.length;
  const webRows: Cell[][] = [];
  const cfgRows: Cell[][] = [];
  const weeklySessions = {} as Record<VehicleModelId, number[]>;
  const weeklyConfigurator = {} as Record<VehicleModelId, number[]>;
  const start = dayNumber(cal.start);
  for (const m of VEHICLE_MODELS) {
    weeklySessions[m.id] = new Array<number>(n).fill(0);
    weeklyConfigurator[m.id] = new Array<number>(n).fill(0);
  }
  for (let di = 0; di < cal.days.length; di++) {
    const date = cal.days[di] as string;
    const w = Math.floor(di / 7);
    for (const m of VEHICLE_MODELS) {
      const teaser = addDays(m.launchDate, -14);
      if (date < teaser) continue;
      const launched = date >= m.launchDate;
      const units = byModel[m.id].units;
      const firstWeek = Math.max(0, Math.floor((dayNumber(m.launchDate) - start) / 7));
      const interest = launched
        ? Math.max(units[w] as number, 1) / 7
        : (0.3 * avg(units.slice(firstWeek, firstWeek + 4))) / 7;
      const sessions: [string, number][] = [];
      for (const [group, channels] of Object.entries(PAID_GROUPS)) {
        const c = channels.reduce((a, ch) => a + (clicks[ch][m.id]?.[di] ?? 0), 0);
        sessions.push([group, Math.round(c * (LANDING[group] as number) * r.lognormal(0, 0.04))]);
      }
      for (const o of ORGANIC) sessions.push([o.source, Math.round(interest * o.perSale * r.lognormal(0, 0.12)) + 40]);
      const leads = launched ? (dailyLeads[m.id][di] as number) : 0;
      let total = sessions.reduce((a, s) => a + s[1], 0);
      let cfg = 0;
      if (launched) {
        cfg = Math.max(Math.round(total * r.uniform(0.045, 0.07)), leads * 3);
        if (cfg > total) {
          (sessions[4] as [string, number])[1] += cfg - total; // more direct traffic on a busy configurator day
          total = cfg;
        }
      }
      for (const [source, s] of sessions) {
        if (s <= 0) continue;
        const bounce = source.startsWith('paid') || source === 'display_video' ? r.uniform(0.48, 0.68) : r.uniform(0.3, 0.5);
        webRows.push([date, cal.weeks[w] as string, m.id, source, s, Math.round(s * r.uniform(0.78, 0.9)), Math.round(s * r.uniform(2.1, 3.8)), fixed(bounce, 3), Math.round(r.uniform(70, 210))]);
      }
      weeklySessions[m.id][w]! += total;
      if (launched) {
        const completed = Math.round(cfg * r.uniform(0.25, 0.4));
        cfgRows.push([date, cal.weeks[w] as string, m.id, cfg, completed, Math.round(completed * r.uniform(0.3, 0.5)), fixed(m.listPrice * r.uniform(1.05, 1.18), 2), Math.round(r.uniform(300, 540))]);
        weeklyConfigurator[m.id][w]! += cfg;
      }
    }
  }
  return {
    website: { columns: WEBSITE_COLUMNS, rows: webRows },
    configurator: { columns: CONFIGURATOR_COLUMNS, rows: cfgRows },
    weeklySessions,
    weeklyConfigurator,
  };
}

function avg(xs: number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}
