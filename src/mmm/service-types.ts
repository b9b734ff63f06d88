/**
 * The MMM facade the agents, the Slack commands and the digest call (`loadMmmService(...)` in
 * src/mmm/index.ts builds it from `data/mmm/model_ready.csv`, fitting once and caching). Numbers are
 * revenue in the data's currency unless a field says otherwise.
 */
import type { ChartSpec } from '../charts/types.js';

export interface Interval {
  estimate: number;
  low: number;
  high: number;
}

export interface ChannelRoi {
  channel: string;
  spend: number;
  contribution: Interval;
  roi: Interval;
  marginalRoi: number;
  /** Set when a lift test constrained this channel. */
  calibrated?: boolean;
  /** Plain-language warnings (collinear with X, wide interval…). */
  warnings: string[];
}

export interface MmmSummary {
  total_spend: number;
  total_units: number;
  total_revenue: number;
  weeks_of_data: number;
  channel_breakdown: { channel: string; spend: number; share: number }[];
  weekly_spend: { week: string; spend: number }[];
  date_range: { from: string; to: string };
}

export interface FitDiagnostics {
  r2: number;
  holdoutR2: number;
  mape: number;
  nrmse: number;
  durbinWatson?: number;
  warnings: string[];
}

export interface OptimizeRequest {
  /** Total budget for the planning period; default = current total. */
  budget?: number;
  /**
   * Money on top of today's spend over the period ("where should an extra 500K go?"), instead of `budget`:
   * the plan starts from today's mix unscaled, no channel drops below it, and the lift is what the extra earns.
   */
  extra?: number;
  /** Symmetric relative bound, default 0.3 (±30 %). */
  bounds?: number;
  /** Per-channel [min, max] multipliers of current spend, overriding `bounds`. */
  channelBounds?: Record<string, [number, number]>;
  /** Channels held at current spend. */
  lock?: string[];
  objective?: 'revenue' | 'units' | 'profit';
  /** Planning window: the last N weeks (default all weeks of data); the budget is for this window. */
  periodWeeks?: number;
}

export interface OptimizeResult {
  budget: number;
  allocation: {
    channel: string;
    current: number;
    optimal: number;
    change: number;
    changePct: number;
    marginalRoiBefore: number;
    marginalRoiAfter: number;
    boundHit?: 'lower' | 'upper' | 'locked';
    explanation: string;
  }[];
  expectedLift: Interval;
  expectedLiftPct: Interval;
  charts: ChartSpec[];
  /** Length of the planning window in weeks: budget and spends are totals over it (default all weeks). */
  weeks?: number;
}

export interface ScenarioRequest {
  /** Relative spend changes per channel, e.g. { tv: -0.1, meta: +0.1 }; −1 switches a channel off. */
  changes?: Record<string, number>;
  /** Absolute spend changes per channel in currency over the window, e.g. { youtube: 500000 }. */
  absolute?: Record<string, number>;
  /** Move `amount` (currency) or `fraction` (of the source's spend, default 0.1) between two channels. */
  move?: { from: string; to: string; amount?: number; fraction?: number };
  /** Planning window: the last N weeks (default all weeks of data). */
  periodWeeks?: number;
}

export interface ScenarioResult {
  description: string;
  deltaRevenue: Interval;
  deltaPct: Interval;
  perChannel: { channel: string; before: number; after: number; deltaRevenue: number }[];
  /** Planning window in weeks: spends and revenue changes are totals over it. */
  weeks?: number;
}

export interface CurvesResult {
  /** Spend and response are totals over this many weeks (all weeks of data), not weekly values. */
  weeks?: number;
  channels: {
    channel: string;
    /** Total spend over `weeks` at each curve point (0 … 2× current). */
    spend: number[];
    /** Incremental revenue over `weeks` at each point. */
    response: number[];
    /** Current total spend over `weeks`. */
    current: number;
    decay: number;
    adstockWeights: number[];
  }[];
  charts: ChartSpec[];
}

export interface MmmService {
  summary(): MmmSummary;
  roi(): { channels: ChannelRoi[]; diagnostics: FitDiagnostics; charts: ChartSpec[] };
  optimize(request?: OptimizeRequest): OptimizeResult;
  curves(channel?: string): CurvesResult;
  scenario(request: ScenarioRequest): ScenarioResult;
  diagnostics(): FitDiagnostics;
  /** Actual spend per channel in the last `weeks` weeks of data (all weeks when omitted): a plan's "before". */
  windowSpend(weeks?: number): { channel: string; spend: number }[];
}
