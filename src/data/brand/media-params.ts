/**
 * The causal media parameters: the single source of truth for how each channel's spend turns into sales
 * (adstock decay, Hill slope, target ROI) and how each channel is flighted. The seed jitters them a little
 * so that different seeds are different worlds; `ground_truth.json` records the values actually used.
 */
import type { MmmChannel } from './catalog.js';
import { MMM_CHANNELS } from './catalog.js';
import type { Rng } from '../../util/rng.js';

export interface ChannelTruthBase {
  /** Geometric adstock decay per week. */
  decay: number;
  /** Hill slope (1 = concave from the start, > 1 = S-shaped). */
  slope: number;
  /** Target return on spend (contribution revenue / spend) over the study. */
  roi: number;
  /** Half-saturation as a multiple of the channel's median positive adstocked weekly spend. */
  halfSatFactor: number;
}

/** TV/OOH carry over for weeks, search hardly at all; Google/Meta/YouTube pay back best, print/radio least. */
export const CHANNEL_TRUTH: Record<MmmChannel, ChannelTruthBase> = {
  tv: { decay: 0.62, slope: 1.4, roi: 1.6, halfSatFactor: 1.0 },
  ooh: { decay: 0.55, slope: 1.2, roi: 2.1, halfSatFactor: 0.9 },
  youtube: { decay: 0.4, slope: 1.3, roi: 2.9, halfSatFactor: 1.0 },
  meta: { decay: 0.28, slope: 1.1, roi: 3.4, halfSatFactor: 1.1 },
  google: { decay: 0.15, slope: 1.0, roi: 4.2, halfSatFactor: 1.2 },
  dv360: { decay: 0.3, slope: 1.2, roi: 2.4, halfSatFactor: 0.9 },
  tiktok: { decay: 0.22, slope: 1.3, roi: 2.9, halfSatFactor: 1.0 },
  linkedin: { decay: 0.25, slope: 1.1, roi: 1.8, halfSatFactor: 1.0 },
  print: { decay: 0.42, slope: 1.0, roi: 0.75, halfSatFactor: 1.0 },
  radio: { decay: 0.35, slope: 1.2, roi: 0.65, halfSatFactor: 1.0 },
  events: { decay: 0.48, slope: 1.1, roi: 2.3, halfSatFactor: 1.0 },
};

/** Draws this seed's parameters: decays ±0.04, slopes ±0.1, ROIs ×0.88–1.12. */
export function drawChannelTruth(rng: Rng): Record<MmmChannel, ChannelTruthBase> {
  const out = {} as Record<MmmChannel, ChannelTruthBase>;
  for (const c of MMM_CHANNELS) {
    const r = rng.fork(`truth:${c}`);
    const b = CHANNEL_TRUTH[c];
    out[c] = {
      decay: round3(b.decay + r.uniform(-0.04, 0.04)),
      slope: round3(b.slope + r.uniform(-0.1, 0.1)),
      roi: b.roi * r.uniform(0.88, 1.12),
      halfSatFactor: b.halfSatFactor * r.uniform(0.9, 1.1),
    };
  }
  return out;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** How a channel is flighted: bursts of `on` weeks separated by `off` weeks, levels lognormal(0, sigma). */
export interface FlightProfile {
  onMin: number;
  onMax: number;
  offMin: number;
  offMax: number;
  /** Spread of burst levels. */
  sigma: number;
  /** Week-to-week wobble inside a burst. */
  jitter: number;
  /** Probability that a burst is lifted for a launch (×1.3). */
  launchLift: number;
}

export const FLIGHT_PROFILES: Record<Exclude<MmmChannel, 'events'>, FlightProfile> = {
  tv: { onMin: 2, onMax: 5, offMin: 2, offMax: 4, sigma: 0.4, jitter: 0.3, launchLift: 0.5 },
  ooh: { onMin: 1, onMax: 3, offMin: 1, offMax: 3, sigma: 0.5, jitter: 0, launchLift: 0.4 },
  youtube: { onMin: 2, onMax: 5, offMin: 1, offMax: 3, sigma: 0.4, jitter: 0.35, launchLift: 0.4 },
  meta: { onMin: 2, onMax: 5, offMin: 1, offMax: 3, sigma: 0.45, jitter: 0.35, launchLift: 0.3 },
  google: { onMin: 3, onMax: 6, offMin: 1, offMax: 2, sigma: 0.5, jitter: 0.3, launchLift: 0.3 },
  dv360: { onMin: 2, onMax: 4, offMin: 2, offMax: 5, sigma: 0.5, jitter: 0.35, launchLift: 0.3 },
  tiktok: { onMin: 2, onMax: 4, offMin: 2, offMax: 5, sigma: 0.5, jitter: 0.35, launchLift: 0.3 },
  linkedin: { onMin: 2, onMax: 4, offMin: 2, offMax: 5, sigma: 0.5, jitter: 0.35, launchLift: 0.2 },
  print: { onMin: 1, onMax: 3, offMin: 1, offMax: 4, sigma: 0.4, jitter: 0.3, launchLift: 0.3 },
  radio: { onMin: 2, onMax: 3, offMin: 2, offMax: 5, sigma: 0.4, jitter: 0.3, launchLift: 0.3 },
};
