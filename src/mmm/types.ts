/**
 * Internal types of the MMM engine. Everything a fit produces is plain JSON (numbers and arrays, no typed
 * arrays) so it can be cached on disk and shipped in tool results.
 */

/** A validated weekly wide table, columns already mapped to roles. */
export interface WeeklyTable {
  /** ISO dates of the week starts, ascending, one per row. */
  weeks: string[];
  /** Channel names (e.g. `tv`), in column order. */
  channels: string[];
  /** spend[c][t]: spend of channel c in week t (≥ 0). */
  spend: number[][];
  /** The series the model fits (units sold, or revenue when no units column). */
  kpi: number[];
  kpiName: string;
  /**
   * Revenue per KPI unit in each week (average price when the KPI is units, 1 when the KPI is revenue):
   * revenue contributions are KPI contributions × this, week by week.
   */
  valuePerKpi: number[];
  /** Revenue per week (units × price, or the revenue column). */
  revenue: number[];
  /** Units per week when known. */
  units?: number[];
  controls: { name: string; values: number[] }[];
}

/** Which CSV column plays which role. */
export interface ColumnMapping {
  date: string;
  /** channel name → spend column. */
  media: Record<string, string>;
  units?: string;
  revenue?: string;
  /** Average price per unit (revenue / units). */
  price?: string;
  /** Which series to fit: units (valued at `price`) or revenue. Default units when units and price exist. */
  target?: 'units' | 'revenue';
  controls?: string[];
}

/** Hyper-parameters of one channel. `kRel` = half-saturation / median positive adstock of the channel. */
export interface ChannelHyper {
  decay: number;
  kRel: number;
  slope: number;
}

/** The absolute curve of one channel: adstock decay, Hill half-saturation (adstocked spend units), slope. */
export interface ChannelCurve {
  decay: number;
  halfSaturation: number;
  slope: number;
  /** KPI units per week at full saturation (h = 1). */
  beta: number;
}

/** A lift test / experiment result used to calibrate a channel. */
export interface LiftTest {
  channel: string;
  /** First and last week (ISO dates of week starts, inclusive) of the test. */
  start: string;
  end: string;
  /** Relative spend change during the test, e.g. 0.5 = +50 %, −1 = switched off. */
  spendChange: number;
  /** Measured incremental revenue over the test window and the following carry-over weeks. */
  liftRevenue: number;
  /** Standard error of the measured lift (same unit); default 20 % of |lift|. */
  standardError?: number;
}

export interface HyperGrid {
  decay: number[];
  kRel: number[];
  slope: number[];
}

export interface FitOptions {
  seed?: number;
  /** Yearly Fourier pairs (default: 0, 1 or 2, chosen by rolling-origin CV). */
  fourierOrder?: number;
  /** Rolling-origin folds and their test horizon in weeks (default 4 × 13). */
  folds?: number;
  horizon?: number;
  /** Coordinate-descent sweeps over channels (default 3). */
  sweeps?: number;
  /** Passes of continuous hyper-parameter refinement after the grid (default 2). */
  refine?: number;
  /** Priors on each channel's hyper-parameters (default Meridian-like; null = flat). */
  hyperPrior?: { kRelMean: number; kRelSd: number; logSlopeSd: number; slopeMean?: number; decayMean?: number; decaySd?: number } | null;
  /** Temperature of the hyper-parameter pseudo-posterior the bootstrap samples from (default 4). */
  temperature?: number;
  /** Search score: penalised likelihood ('map', default) or rolling-origin CV error ('cv'). */
  score?: 'map' | 'cv';
  grid?: HyperGrid;
  lambdas?: number[];
  /** Bootstrap draws (default 1,000) and block length in weeks (default auto). */
  draws?: number;
  blockLength?: number;
  /** Interval coverage, default 0.9. */
  level?: number;
  /** Weeks held out at the end for the holdout R² (default 20 % of the weeks, at least 8; 0 = skip). */
  holdoutWeeks?: number;
  calibration?: LiftTest[];
}

/** One draw of the uncertainty ensemble: a curve per channel. */
export interface Draw {
  curves: ChannelCurve[];
}

export interface DiagnosticsDetail {
  r2: number;
  holdoutR2: number;
  cvR2: number;
  mape: number;
  nrmse: number;
  durbinWatson: number;
  /** Ljung–Box statistic on residual lags 1–4 and its approximate p-value. */
  ljungBox: { statistic: number; pValue: number };
  warnings: string[];
}

export interface ChannelReport {
  channel: string;
  spend: number;
  curve: ChannelCurve;
  /** Revenue contribution and ROI (revenue per unit of spend), with intervals at `level`. */
  contribution: { estimate: number; low: number; high: number };
  roi: { estimate: number; low: number; high: number };
  contributionKpi: number;
  marginalRoi: number;
  calibrated: boolean;
  /** Factor by which the bootstrap interval was widened for honesty (1 = not widened). */
  widened: number;
  warnings: string[];
  /** Highest |correlation| with another channel's media column, and which. */
  maxCorrelation: { with: string; r: number } | null;
}

/** A complete, JSON-serialisable fit. */
export interface MmmFit {
  version: number;
  kpiName: string;
  weeks: string[];
  channels: string[];
  level: number;
  lambda: number;
  hyper: ChannelHyper[];
  curves: ChannelCurve[];
  /** Baseline part of the fit per week (intercept + trend + seasonality + controls), KPI units. */
  baseline: number[];
  /** contributions[c][t] in KPI units. */
  contributions: number[][];
  fitted: number[];
  draws: Draw[];
  channelReports: ChannelReport[];
  diagnostics: DiagnosticsDetail;
  /** Named coefficients of the non-media features (original units of each column). */
  baselineCoefficients: Record<string, number>;
  search: { candidatesEvaluated: number; score: number };
}
