/**
 * Weekly spend plans per channel. Each channel's bursts are drawn from its own random stream, so
 * channels vary independently of each other and of seasonality — the condition for a mix model to tell
 * their effects apart.
 */
import { ANNUAL_BUDGET, VEHICLE_MODELS, type MmmChannel } from './catalog.js';
import type { StudyCalendar } from './dates.js';
import { FLIGHT_PROFILES, type FlightProfile } from './media-params.js';
import type { Rng } from '../../util/rng.js';

/** Weeks (indices) in which a model launches inside the window. */
export function launchWeekIndices(cal: StudyCalendar): number[] {
  return VEHICLE_MODELS.map((m) => cal.weekIndexOf(m.launchDate)).filter((w) => w >= 0);
}

/** Burst/gap pattern with lognormal levels; `unit` weeks per step (OOH books two-week cycles). */
function flightPattern(rng: Rng, profile: FlightProfile, steps: number): number[] {
  const out = new Array<number>(steps).fill(0);
  let i = rng.bool(0.5) ? 0 : rng.int(0, profile.offMax);
  while (i < steps) {
    const on = rng.int(profile.onMin, profile.onMax);
    const level = rng.lognormal(0, profile.sigma);
    for (let k = 0; k < on && i < steps; k++, i++) {
      out[i] = level * (profile.jitter > 0 ? rng.lognormal(0, profile.jitter) : 1);
    }
    i += rng.int(profile.offMin, profile.offMax);
  }
  return out;
}

/**
 * Weekly GBP targets for a channel (not events): bursts, optional launch lifts, scaled so each calendar
 * year spends the channel's annual budget ×0.93–1.07. OOH is planned in two-week cycles (equal weeks).
 */
export function weeklyPlan(rng: Rng, channel: Exclude<MmmChannel, 'events'>, cal: StudyCalendar): number[] {
  const profile = FLIGHT_PROFILES[channel];
  const n = cal.weeks.length;
  const cycle = channel === 'ooh' ? 2 : 1;
  const steps = Math.ceil(n / cycle);
  const pattern = flightPattern(rng, profile, steps);
  const weekly = Array.from({ length: n }, (_, w) => pattern[Math.floor(w / cycle)] as number);
  for (const lw of launchWeekIndices(cal)) {
    if (!rng.bool(profile.launchLift)) continue;
    const from = Math.max(0, lw - 1);
    for (let w = from; w < Math.min(n, lw + 3); w++) if ((weekly[w] as number) > 0) weekly[w] = (weekly[w] as number) * 1.3;
  }
  // Normalise per calendar year of 52 weeks to the budget.
  for (let y = 0; y * 52 < n; y++) {
    const lo = y * 52;
    const hi = Math.min(n, lo + 52);
    let sum = 0;
    for (let w = lo; w < hi; w++) sum += weekly[w] as number;
    const target = ANNUAL_BUDGET[channel] * rng.uniform(0.93, 1.07) * ((hi - lo) / 52);
    const f = sum > 0 ? target / sum : 0;
    for (let w = lo; w < hi; w++) weekly[w] = (weekly[w] as number) * f;
  }
  if (cycle === 2) for (let w = 0; w + 1 < n; w += 2) weekly[w + 1] = weekly[w] as number;
  return weekly;
}
