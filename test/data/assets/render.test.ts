import { createHash } from 'node:crypto';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { buildCampaigns } from '../../../src/data/brand/catalog.js';
import { ensureFonts } from '../../../src/data/assets/fonts.js';
import { renderCreative } from '../../../src/data/assets/index.js';
import { planCreatives } from '../../../src/data/assets/plan.js';
import { pngSize } from '../../../src/data/assets/png.js';
import { fitText } from '../../../src/data/assets/text.js';
import type { CreativeSpec } from '../../../src/data/assets/types.js';

const specs = planCreatives(buildCampaigns());
/** One creative per format (the first in plan order). */
const perFormat = [...new Map(specs.map((s) => [s.format.key, s])).values()];
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A 12x12 thumbnail's RGB values: a cheap visual fingerprint. */
async function fingerprint(png: Buffer): Promise<number[]> {
  const img = await loadImage(png);
  const c = createCanvas(12, 12);
  const ctx = c.getContext('2d');
  ctx.drawImage(img, 0, 0, 12, 12);
  return [...ctx.getImageData(0, 0, 12, 12).data].filter((_, i) => i % 4 !== 3);
}
const distance = (a: number[], b: number[]) => a.reduce((s, v, i) => s + Math.abs(v - (b[i] ?? 0)), 0) / a.length;

describe('creative rendering', () => {
  const rendered = new Map<string, Buffer>();
  const get = async (s: CreativeSpec) => {
    if (!rendered.has(s.creativeId)) rendered.set(s.creativeId, await renderCreative(s, 42));
    return rendered.get(s.creativeId)!;
  };

  it('renders every format as a PNG of the format size', async () => {
    for (const s of perFormat) {
      const png = await get(s);
      expect(pngSize(png), s.format.key).toEqual({ width: s.format.width, height: s.format.height });
    }
  });

  it('is deterministic: same seed, same bytes; another seed changes the scenes', async () => {
    const s = perFormat.find((x) => x.format.key === 'tiktok_in_feed')!;
    expect(sha(await renderCreative(s, 42))).toBe(sha(await get(s)));
    expect(sha(await renderCreative(s, 7))).not.toBe(sha(await get(s)));
  });

  it('draws visibly different creatives for different formats of one campaign', async () => {
    const launch = specs.filter((s) => s.campaign.id === 'HM-META-SUMMIT-24Q3' || s.campaign.id === 'HM-OOH-SUMMIT-24Q3' || s.campaign.id === 'HM-RADIO-SUMMIT-24Q3');
    const prints = await Promise.all(launch.map(async (s) => fingerprint(await get(s))));
    for (let i = 0; i < prints.length; i++) {
      for (let j = i + 1; j < prints.length; j++) {
        expect(distance(prints[i]!, prints[j]!), `${launch[i]!.creativeId} vs ${launch[j]!.creativeId}`).toBeGreaterThan(8);
      }
    }
  });

  it('draws different scenes for different models on the same format', async () => {
    const stories = ['terra', 'vento', 'summit', 'lumen'].map((m) => specs.find((s) => s.format.key === 'meta_story' && s.campaign.model === m)!);
    const prints = await Promise.all(stories.map(async (s) => fingerprint(await get(s))));
    for (let i = 0; i < prints.length; i++) {
      for (let j = i + 1; j < prints.length; j++) expect(distance(prints[i]!, prints[j]!)).toBeGreaterThan(8);
    }
  });
});

describe('text fitting', () => {
  ensureFonts();
  const ctx = createCanvas(10, 10).getContext('2d');
  it('shrinks and wraps to fit the box', () => {
    const fit = fitText(ctx, 'Seven seats. Zero emissions.', { x: 0, y: 0, w: 300, h: 100 }, { maxSize: 80, color: '#000', maxLines: 2 });
    expect(fit.lines.length).toBeLessThanOrEqual(2);
    expect(fit.width).toBeLessThanOrEqual(300.5);
    expect(fit.height).toBeLessThanOrEqual(100.5);
    expect(fit.size).toBeLessThan(80);
  });
  it('refuses text that cannot fit instead of overflowing', () => {
    expect(() => fitText(ctx, 'Business class on four wheels', { x: 0, y: 0, w: 40, h: 10 }, { maxSize: 20, minSize: 12, color: '#000', maxLines: 1 })).toThrow(/does not fit/);
  });
});
