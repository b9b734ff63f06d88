import { describe, expect, it } from 'vitest';
import { cellWidths, gridCellLogVolume } from '../../src/mmm/grid-cell-volume.js';
import type { ChannelHyper } from '../../src/mmm/types.js';

describe('grid cell volumes', () => {
  it('gives each axis value the trapezoid width of its cell', () => {
    expect(cellWidths([0, 0.1, 0.2, 0.4])).toEqual([0.1, 0.1, 0.15000000000000002, 0.2]);
    expect(cellWidths([1])).toEqual([1]);
  });

  it('measures half-saturation linearly and the Hill slope on a log scale', () => {
    const logVolume = gridCellLogVolume({ decay: [0.5], kRel: [0.5, 1, 2], slope: [1, 2, 4] });
    const v = (h: ChannelHyper) => Math.exp(logVolume(h));
    // kRel cells: 0.5 → 0.5, 1 → 0.75, 2 → 1; slope cells in log: all ln 2.
    expect(v({ decay: 0.5, kRel: 1, slope: 2 }) / v({ decay: 0.5, kRel: 0.5, slope: 2 })).toBeCloseTo(1.5, 12);
    expect(v({ decay: 0.5, kRel: 2, slope: 1 }) / v({ decay: 0.5, kRel: 2, slope: 4 })).toBeCloseTo(1, 12);
    // An off-grid point (the refined optimum) takes the cell of its nearest grid value.
    expect(v({ decay: 0.47, kRel: 1.1, slope: 2.2 })).toBeCloseTo(v({ decay: 0.5, kRel: 1, slope: 2 }), 12);
  });
});
