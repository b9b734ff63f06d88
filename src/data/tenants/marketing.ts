/**
 * Daily media spend per channel (campaign flights × season × noise, held to the channel's share of the
 * budget and to $50–$500/day) and the platform metrics that go with it (impressions, clicks, platform-
 * reported conversions; email sends, opens and clicks).
 */
import type { Rng } from '../../util/rng.js';
import { dayOfWeek, dayOfYear } from '../weather/dates.js';
import { holidayIndicators } from './holidays.js';
import { CHANNELS, type BrandSpec, type ChannelId } from './types.js';

export const SPEND_MIN = 50;
export const SPEND_MAX = 500;
/** Allowed share of total spend per channel (the seed's media mix). */
export const SHARE_RANGE: Record<ChannelId, [number, number]> = {
  meta: [0.4, 0.5],
  google_search: [0.3, 0.4],
  email: [0.1, 0.2],
};

/** Probability that a gap between flights is a full hiatus (channel dark, spend 0) rather than a low level. */
const HIATUS_P = 0.4;

/**
 * Flighting: campaign flights at a level each, separated by gaps that are either a hiatus (spend 0, the
 * media planner's meaning of "flighting") or low always-on spend.
 */
function flights(n: number, rng: Rng): Float64Array {
  const out = new Float64Array(n);
  let on = rng.bool(0.5);
  for (let t = 0; t < n; ) {
    const len = on ? rng.int(10, 35) : rng.int(7, 21);
    const level = on ? rng.uniform(1.3, 1.9) : rng.bool(HIATUS_P) ? 0 : rng.uniform(0.15, 0.45);
    for (let k = 0; k < len && t < n; k++, t++) out[t] = level;
    on = !on;
  }
  return out;
}

/**
 * Email: spend follows campaign sends (two or three a week on any day, four in an occasional promo
 * week); days without a send cost nothing (automated flows are in the platform subscription).
 */
function emailPattern(dates: readonly string[], rng: Rng): Float64Array {
  const out = new Float64Array(dates.length);
  let sendDays: number[] = [];
  for (let t = 0; t < dates.length; t++) {
    const dow = dayOfWeek(dates[t] as string);
    if (t === 0 || dow === 1) {
      const sends = rng.bool(0.15) ? 4 : rng.int(2, 3);
      sendDays = rng.shuffle([0, 1, 2, 3, 4, 5, 6]).slice(0, sends);
    }
    out[t] = sendDays.includes(dow) ? rng.uniform(0.6, 1.4) : 0;
  }
  return out;
}

export function drawShares(rng: Rng): Record<ChannelId, number> {
  const raw = { meta: rng.uniform(0.43, 0.47), google_search: rng.uniform(0.33, 0.37), email: rng.uniform(0.13, 0.17) };
  const s = raw.meta + raw.google_search + raw.email;
  return { meta: raw.meta / s, google_search: raw.google_search / s, email: raw.email / s };
}

/** Scales a pattern to the wanted mean while keeping every active day inside [SPEND_MIN, SPEND_MAX] (dark days stay 0). */
function fitToMean(pattern: Float64Array, mean: number): Float64Array {
  const x = Float64Array.from(pattern);
  for (let iter = 0; iter < 30; iter++) {
    let s = 0;
    for (const v of x) s += v;
    const f = (mean * x.length) / s;
    let changed = false;
    for (let t = 0; t < x.length; t++) {
      if (x[t] === 0) continue;
      const v = Math.min(SPEND_MAX, Math.max(SPEND_MIN, (x[t] as number) * f));
      if (v !== x[t]) changed = true;
      x[t] = v;
    }
    if (!changed || Math.abs(f - 1) < 1e-9) break;
  }
  for (let t = 0; t < x.length; t++) x[t] = Math.round((x[t] as number) * 100) / 100;
  return x;
}

export function generateSpend(brand: BrandSpec, dates: readonly string[], rng: Rng): {
  spend: Record<ChannelId, Float64Array>;
  shares: Record<ChannelId, number>;
} {
  const shares = drawShares(rng.fork('shares'));
  const hol = holidayIndicators(dates);
  const spend = {} as Record<ChannelId, Float64Array>;
  for (const ch of CHANNELS) {
    const r = rng.fork(`spend:${ch}`);
    const base = ch === 'email' ? emailPattern(dates, r) : flights(dates.length, r);
    const pattern = new Float64Array(dates.length);
    for (let t = 0; t < dates.length; t++) {
      const doy = dayOfYear(dates[t] as string);
      const season = 1 + 0.15 * Math.cos((2 * Math.PI * (doy - brand.budgetPeakDoy)) / 365.25);
      const q4 = ch !== 'email' && ((hol.holiday_shopping[t] as number) > 0 || (hol.black_friday[t] as number) > 0 || (hol.cyber_weekend[t] as number) > 0) ? 1.3 : 1;
      pattern[t] = (base[t] as number) * season * q4 * r.lognormal(0, 0.1);
    }
    spend[ch] = fitToMean(pattern, brand.budgetPerDay * shares[ch]);
  }
  return { spend, shares };
}

export interface PlatformRates {
  /** Cost per thousand impressions (meta), per click (google) or per thousand sends (email), USD. */
  unitCost: number;
  ctr: number;
  cvr: number;
  /** Email only: open rate and click-to-open rate. */
  openRate?: number;
  clickToOpen?: number;
}

export function drawPlatformRates(rng: Rng): Record<ChannelId, PlatformRates> {
  return {
    meta: { unitCost: rng.uniform(8, 14), ctr: rng.uniform(0.008, 0.015), cvr: rng.uniform(0.02, 0.04) },
    google_search: { unitCost: rng.uniform(1.2, 2.8), ctr: rng.uniform(0.03, 0.07), cvr: rng.uniform(0.04, 0.08) },
    email: { unitCost: rng.uniform(2.5, 4.5), ctr: 0, cvr: rng.uniform(0.03, 0.06), openRate: rng.uniform(0.25, 0.4), clickToOpen: rng.uniform(0.06, 0.12) },
  };
}

export interface PlatformDay {
  impressions: number;
  clicks: number;
  conversions: number;
  /** Email only. */
  sends?: number;
  opens?: number;
}

/** What the ad platforms report for a day's spend (conversions are platform-attributed, not incremental). */
export function platformDay(ch: ChannelId, spend: number, rates: PlatformRates, rng: Rng): PlatformDay {
  const jitter = rng.lognormal(0, 0.06);
  if (ch === 'email') {
    const sends = Math.round((spend / (rates.unitCost * jitter)) * 1000);
    const opens = rng.poisson(sends * (rates.openRate as number));
    const clicks = rng.poisson(opens * (rates.clickToOpen as number));
    return { impressions: sends, clicks, conversions: rng.poisson(clicks * rates.cvr), sends, opens };
  }
  if (ch === 'google_search') {
    const clicks = Math.round(spend / (rates.unitCost * jitter));
    const impressions = Math.round(clicks / (rates.ctr * rng.lognormal(0, 0.05)));
    return { impressions, clicks, conversions: rng.poisson(clicks * rates.cvr) };
  }
  const impressions = Math.round((spend / (rates.unitCost * jitter)) * 1000);
  const clicks = rng.poisson(impressions * rates.ctr);
  return { impressions, clicks, conversions: rng.poisson(clicks * rates.cvr) };
}
