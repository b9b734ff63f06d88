/**
 * Group permutation importance on the holdout: permute a group's columns together (one shared row
 * permutation, so within-group structure survives) and measure the drop in holdout R². Permutation says
 * how much the fitted model leans on a group; `significant` adds that the drop is material (≥ threshold)
 * and consistent across permutations (mean more than two standard errors above zero).
 */
import { rSquared } from '../ridge.js';
import type { Rng } from '../../util/rng.js';
import type { FeatureGroup } from './types.js';

export interface ImportanceOptions {
  permutations: number;
  /** Minimum mean drop in holdout R² for a group to count. */
  threshold: number;
}

export interface PermutationImportance {
  group: FeatureGroup;
  importance: number;
  sd: number;
  significant: boolean;
}

export function permutationImportance(
  predict: (columns: Float64Array[]) => Float64Array,
  holdout: Float64Array[],
  y: Float64Array,
  groups: readonly FeatureGroup[],
  rng: Rng,
  options: ImportanceOptions,
): PermutationImportance[] {
  const n = y.length;
  const baseR2 = rSquared(y, predict(holdout));
  return [...new Set(groups)].map((group) => {
    const idx = groups.flatMap((g, j) => (g === group ? [j] : []));
    const drops: number[] = [];
    for (let b = 0; b < options.permutations; b++) {
      const perm = rng.shuffle(Array.from({ length: n }, (_, i) => i));
      const cols = holdout.slice();
      for (const j of idx) {
        const src = holdout[j] as Float64Array;
        cols[j] = Float64Array.from(perm, (p) => src[p] as number);
      }
      drops.push(baseR2 - rSquared(y, predict(cols)));
    }
    const mean = drops.reduce((a, b) => a + b, 0) / drops.length;
    const sd = Math.sqrt(drops.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, drops.length - 1));
    const se = sd / Math.sqrt(drops.length);
    return { group, importance: mean, sd, significant: mean >= options.threshold && mean - 2 * se > 0 };
  });
}
