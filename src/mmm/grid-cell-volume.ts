/**
 * Quadrature weights for a posterior evaluated on the hyper-parameter grid. A grid point's probability is
 * its density times the volume of the cell it stands for, measured in the variables the prior is a density
 * of: decay and half-saturation on their own scale, Hill slope on a log scale (its prior is log-normal).
 * Without the volume the grid's spacing acts as a hidden prior: the half-saturation grid is roughly
 * geometric, so its wide upper cells (saturating late) counted as much as the narrow lower ones.
 */
import type { ChannelHyper, HyperGrid } from './types.js';

/** Trapezoid cell widths of sorted axis values (a one-value axis has width 1). */
export function cellWidths(values: readonly number[]): number[] {
  const n = values.length;
  if (n < 2) return values.map(() => 1);
  return values.map((_, i) => {
    const lo = values[Math.max(0, i - 1)] as number;
    const hi = values[Math.min(n - 1, i + 1)] as number;
    return i === 0 || i === n - 1 ? hi - lo : (hi - lo) / 2;
  });
}

/** Width of the cell of the grid value nearest to `v`. */
function widthAt(values: readonly number[], widths: readonly number[], v: number): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (Math.abs((values[i] as number) - v) < Math.abs((values[best] as number) - v)) best = i;
  return widths[best] as number;
}

/** log(cell volume) of a hyper-parameter point, for points on the grid or near it (the refined optimum). */
export function gridCellLogVolume(grid: HyperGrid): (h: ChannelHyper) => number {
  const decay = [...grid.decay].sort((a, b) => a - b);
  const kRel = [...grid.kRel].sort((a, b) => a - b);
  const logSlope = [...grid.slope].sort((a, b) => a - b).map(Math.log);
  const wd = cellWidths(decay);
  const wk = cellWidths(kRel);
  const ws = cellWidths(logSlope);
  return (h) =>
    Math.log(widthAt(decay, wd, h.decay)) + Math.log(widthAt(kRel, wk, h.kRel)) + Math.log(widthAt(logSlope, ws, Math.log(h.slope)));
}
