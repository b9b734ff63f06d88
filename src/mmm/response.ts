/**
 * Channel response over a planning window: scale the channel's spend pattern inside the window by m and
 * sum revenue (KPI contribution × value per unit) over the window. Adstock is linear, so the adstock in
 * week t is u_t + m·v_t, where u is the carry-in from before the window and v the window's own adstock.
 * ROI, marginal ROI, curves, the optimizer and scenarios all read from here, so they agree.
 *
 * With `carryOver` the window also earns its tail: the weeks after it ends, while its adstock decays with
 * no further spend (to below 0.1 % of the last week's level, at most a year), valued at the window's
 * average value per unit. Plans need it — without it a 4-week plan would credit TV with only the first
 * weeks of an effect that lasts months — while the in-sample ROI table and decomposition stay inside the
 * data, as the fit sees them.
 */
import { geometricAdstock, hill, hillDerivative } from './transforms.js';
import type { ChannelCurve, WeeklyTable } from './types.js';

export interface WindowAdstock {
  carryIn: Float64Array;
  own: Float64Array;
  /** decay^k for the tail weeks k = 1…K after the window (empty without carry-over). */
  tail: Float64Array;
}

export interface ResponseModelOptions {
  /** Count the revenue the window's adstock earns after the window ends (default false). */
  carryOver?: boolean;
}

/** Tail weeks until decay^k < 0.1 %, capped at a year. */
export const MAX_TAIL_WEEKS = 52;
export function tailWeeks(decay: number): number {
  if (!(decay > 0)) return 0;
  if (decay >= 1) return MAX_TAIL_WEEKS;
  return Math.min(MAX_TAIL_WEEKS, Math.ceil(Math.log(0.001) / Math.log(decay)));
}

export class ResponseModel {
  readonly from: number;
  readonly to: number;
  readonly carryOver: boolean;
  /** Average value per KPI unit over the window: what a tail week's unit is worth. */
  private readonly tailValue: number;
  private readonly cache = new Map<string, WindowAdstock>();

  constructor(
    readonly table: WeeklyTable,
    /** Number of final weeks forming the planning window (default: all weeks). */
    windowWeeks?: number,
    options: ResponseModelOptions = {},
  ) {
    const n = table.weeks.length;
    this.to = n;
    this.from = windowWeeks === undefined ? 0 : Math.max(0, n - Math.floor(windowWeeks));
    this.carryOver = options.carryOver ?? false;
    let v = 0;
    for (let t = this.from; t < this.to; t++) v += table.valuePerKpi[t] as number;
    this.tailValue = this.to > this.from ? v / (this.to - this.from) : 0;
  }

  /** The same window valued in KPI units instead of revenue (for a units objective). */
  inUnits(): ResponseModel {
    const ones = new Array<number>(this.table.weeks.length).fill(1);
    return new ResponseModel({ ...this.table, valuePerKpi: ones }, this.to - this.from, { carryOver: this.carryOver });
  }

  get weeks(): number {
    return this.to - this.from;
  }

  /** Spend of channel c inside the window. */
  spend(c: number): number {
    const x = this.table.spend[c] as number[];
    let s = 0;
    for (let t = this.from; t < this.to; t++) s += x[t] as number;
    return s;
  }

  adstock(c: number, decay: number): WindowAdstock {
    const key = `${c}:${decay}`;
    let hit = this.cache.get(key);
    if (!hit) {
      const x = this.table.spend[c] as number[];
      const n = this.to - this.from;
      const own = geometricAdstock(x.slice(this.from, this.to), decay);
      const carryIn = new Float64Array(n);
      if (this.from > 0) {
        const before = geometricAdstock(x.slice(0, this.from), decay);
        let carry = before[this.from - 1] as number;
        for (let t = 0; t < n; t++) {
          carry *= decay;
          carryIn[t] = carry;
        }
      }
      const tail = new Float64Array(this.carryOver ? tailWeeks(decay) : 0);
      for (let k = 0; k < tail.length; k++) tail[k] = decay ** (k + 1);
      hit = { carryIn, own, tail };
      this.cache.set(key, hit);
    }
    return hit;
  }

  /** Revenue from channel c over the window when its window spend is scaled by m. */
  revenue(c: number, curve: ChannelCurve, m: number): number {
    const { carryIn, own, tail } = this.adstock(c, curve.decay);
    const v = this.table.valuePerKpi;
    let s = 0;
    for (let t = 0; t < own.length; t++) {
      s += (v[this.from + t] as number) * hill((carryIn[t] as number) + m * (own[t] as number), curve.halfSaturation, curve.slope);
    }
    if (tail.length > 0 && own.length > 0) {
      const last = (carryIn[own.length - 1] as number) + m * (own[own.length - 1] as number);
      for (let k = 0; k < tail.length; k++) s += this.tailValue * hill(last * (tail[k] as number), curve.halfSaturation, curve.slope);
    }
    return curve.beta * s;
  }

  /** d revenue / d m. */
  derivative(c: number, curve: ChannelCurve, m: number): number {
    const { carryIn, own, tail } = this.adstock(c, curve.decay);
    const v = this.table.valuePerKpi;
    let s = 0;
    for (let t = 0; t < own.length; t++) {
      const o = own[t] as number;
      if (o === 0) continue;
      s += (v[this.from + t] as number) * o * hillDerivative((carryIn[t] as number) + m * o, curve.halfSaturation, curve.slope);
    }
    const oLast = own.length > 0 ? (own[own.length - 1] as number) : 0;
    if (tail.length > 0 && oLast > 0) {
      const last = (carryIn[own.length - 1] as number) + m * oLast;
      for (let k = 0; k < tail.length; k++) {
        const d = tail[k] as number;
        s += this.tailValue * oLast * d * hillDerivative(last * d, curve.halfSaturation, curve.slope);
      }
    }
    return curve.beta * s;
  }

  /** Revenue attributable to the window's spend (response at m = 1 minus response at m = 0). */
  contribution(c: number, curve: ChannelCurve): number {
    return this.revenue(c, curve, 1) - (this.from > 0 ? this.revenue(c, curve, 0) : 0);
  }

  /** Revenue per unit of spend at the margin: d revenue / d spend at current spend. */
  marginalRoi(c: number, curve: ChannelCurve, m = 1): number {
    const s = this.spend(c);
    return s > 0 ? this.derivative(c, curve, m) / s : 0;
  }
}
