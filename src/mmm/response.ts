/**
 * Channel response over a planning window: scale the channel's spend pattern inside the window by m and
 * sum revenue (KPI contribution × value per unit) over the window. Adstock is linear, so the adstock in
 * week t is u_t + m·v_t, where u is the carry-in from before the window and v the window's own adstock.
 * ROI, marginal ROI, curves, the optimizer and scenarios all read from here, so they agree.
 */
import { geometricAdstock, hill, hillDerivative } from './transforms.js';
import type { ChannelCurve, WeeklyTable } from './types.js';

export interface WindowAdstock {
  carryIn: Float64Array;
  own: Float64Array;
}

export class ResponseModel {
  readonly from: number;
  readonly to: number;
  private readonly cache = new Map<string, WindowAdstock>();

  constructor(
    readonly table: WeeklyTable,
    /** Number of final weeks forming the planning window (default: all weeks). */
    windowWeeks?: number,
  ) {
    const n = table.weeks.length;
    this.to = n;
    this.from = windowWeeks === undefined ? 0 : Math.max(0, n - Math.floor(windowWeeks));
  }

  /** The same window valued in KPI units instead of revenue (for a units objective). */
  inUnits(): ResponseModel {
    const ones = new Array<number>(this.table.weeks.length).fill(1);
    return new ResponseModel({ ...this.table, valuePerKpi: ones }, this.to - this.from);
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
      hit = { carryIn, own };
      this.cache.set(key, hit);
    }
    return hit;
  }

  /** Revenue from channel c over the window when its window spend is scaled by m. */
  revenue(c: number, curve: ChannelCurve, m: number): number {
    const { carryIn, own } = this.adstock(c, curve.decay);
    const v = this.table.valuePerKpi;
    let s = 0;
    for (let t = 0; t < own.length; t++) {
      s += (v[this.from + t] as number) * hill((carryIn[t] as number) + m * (own[t] as number), curve.halfSaturation, curve.slope);
    }
    return curve.beta * s;
  }

  /** d revenue / d m. */
  derivative(c: number, curve: ChannelCurve, m: number): number {
    const { carryIn, own } = this.adstock(c, curve.decay);
    const v = this.table.valuePerKpi;
    let s = 0;
    for (let t = 0; t < own.length; t++) {
      const o = own[t] as number;
      if (o === 0) continue;
      s += (v[this.from + t] as number) * o * hillDerivative((carryIn[t] as number) + m * o, curve.halfSaturation, curve.slope);
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
