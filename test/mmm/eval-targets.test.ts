/**
 * Issue #3's acceptance, run as the README runs it: `npm run eval:mmm -- --strict` on the evaluation seeds
 * (42, 7, 2024) fits each generated world and checks R², holdout R², ROI coverage, median ROI error and the
 * optimizer against the generator's truth. A change to the estimation that breaks a target fails here.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface SeedResult {
  seed: number;
  r2: number;
  holdoutR2: number;
  coverage: number;
  medianApe: number;
  optimizer: { totalExact: boolean; boundsHold: boolean; lockHolds: boolean; beatsRandom: boolean };
}

describe('MMM evaluation against the generator truth', () => {
  it('meets every target on the evaluation seeds', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'eval/mmm-eval.ts', '--strict', '--json'], { encoding: 'utf8' });
    const results = JSON.parse(run.stdout) as SeedResult[];
    const summary = results.map((r) => ({
      seed: r.seed,
      r2: r.r2 >= 0.8,
      holdoutR2: r.holdoutR2 >= 0.6,
      coverage: r.coverage >= 9,
      medianApe: `${(r.medianApe * 100).toFixed(1)} %`,
      optimizer: r.optimizer.totalExact && r.optimizer.boundsHold && r.optimizer.lockHolds && r.optimizer.beatsRandom,
    }));
    expect(results.map((r) => r.seed)).toEqual([42, 7, 2024]);
    for (const r of results) expect(r.medianApe, JSON.stringify(summary)).toBeLessThanOrEqual(0.15);
    expect(summary.every((s) => s.r2 && s.holdoutR2 && s.coverage && s.optimizer), JSON.stringify(summary)).toBe(true);
    expect(run.status, run.stderr).toBe(0);
  }, 180_000);
});
