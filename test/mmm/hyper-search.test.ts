import { describe, expect, it } from 'vitest';
import { gridCellLogVolume } from '../../src/mmm/grid-cell-volume.js';
import { rollingFolds } from '../../src/mmm/cross-validation.js';
import { buildDesign } from '../../src/mmm/design.js';
import { DEFAULT_GRID, DEFAULT_LAMBDAS, searchHyper } from '../../src/mmm/hyper-search.js';
import { DEFAULT_HYPER_PRIOR, hyperNegLogPrior } from '../../src/mmm/hyper-prior.js';
import { validateTable } from '../../src/mmm/table-validate.js';
import type { ChannelHyper } from '../../src/mmm/types.js';
import { simulateWeekly } from './simulate.js';

describe('hyper-parameter pseudo-posterior', () => {
  const { table } = simulateWeekly({ seed: 3, noise: 0.01, channels: 3 });
  const t = validateTable(table);
  const posteriorAt = (temperature: number) => {
    const design = buildDesign(t, t.channels.map(() => ({ decay: 0.3, kRel: 1, slope: 1 })), 0);
    const folds = rollingFolds(t.weeks.length, 4, 13);
    return searchHyper(design, { grid: DEFAULT_GRID, lambdas: DEFAULT_LAMBDAS, sweeps: 1, folds, refine: 0, temperature }).posterior;
  };

  it('tempers the likelihood only: with the data tempered away, weights are prior × cell volume', () => {
    const logVolume = gridCellLogVolume(DEFAULT_GRID);
    const post = posteriorAt(1e12)[0]!;
    const expected = post.candidates.map((h) => Math.exp(-hyperNegLogPrior(h, DEFAULT_HYPER_PRIOR) + logVolume(h)));
    const total = expected.reduce((a, b) => a + b, 0);
    post.weights.forEach((w, i) => expect(w).toBeCloseTo(expected[i]! / total, 6));
    // The prior still acts: a steep S-curve far from the prior's centre weighs far less than a gentle one.
    const weightOf = (h: ChannelHyper) => post.weights[post.candidates.findIndex((c) => c.decay === h.decay && c.kRel === h.kRel && c.slope === h.slope)] ?? 0;
    expect(weightOf({ decay: 0.4, kRel: 3.5, slope: 3 })).toBeLessThan(0.01 * weightOf({ decay: 0.4, kRel: 1, slope: 1 }));
  });

  it('concentrates where the data point at the default temperature', () => {
    const post = posteriorAt(4)[0]!;
    const top = Math.max(...post.weights);
    expect(top).toBeGreaterThan(1 / post.candidates.length);
    expect(post.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});
