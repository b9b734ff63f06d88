/**
 * The data is learnable: with the true decays and saturation curves, a bounded ridge on model_ready.csv
 * recovers each big channel's ROI, for every seed the MMM evaluation uses. If this fails, no MMM can pass.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBrandDataset, MMM_FILES } from '../../src/data/brand/index.js';
import { ensureTestData } from '../helpers/test-data.js';
import { recoverWithTrueCurves } from './recoverability.js';

describe('recoverability of the causal truth', () => {
  it('recovers ROIs on the shared seed-42 dataset', async () => {
    const dir = await ensureTestData();
    const r = recoverWithTrueCurves(await readFile(join(dir, MMM_FILES.modelReady), 'utf8'), await readFile(join(dir, MMM_FILES.groundTruth), 'utf8'));
    expect(r.r2).toBeGreaterThan(0.95);
    expect(r.medianRelError).toBeLessThan(0.1);
  });

  it.each([7, 2024])('recovers ROIs for seed %i', (seed) => {
    const built = buildBrandDataset(seed);
    const r = recoverWithTrueCurves(built.files.get(MMM_FILES.modelReady)!, built.files.get(MMM_FILES.groundTruth)!);
    expect(r.r2).toBeGreaterThan(0.95);
    expect(r.medianRelError).toBeLessThan(0.15);
    for (const c of ['tv', 'meta', 'google'] as const) expect(r.relError[c]).toBeLessThan(0.15);
  });
});
