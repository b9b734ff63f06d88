import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { encodeRgbaPngAsync as encodePng } from '../../src/util/png.js';
import { pngSize } from '../../src/data/assets/png.js';

describe('PNG writer and header reader', () => {
  const w = 5;
  const h = 3;
  const rgba = new Uint8ClampedArray(w * h * 4);
  for (let i = 0; i < w * h; i++) rgba.set([i * 13, 255 - i * 7, (i * 29) % 256, 255], i * 4);

  it('round-trips pixels through a real decoder', async () => {
    const png = await encodePng(rgba, w, h);
    const img = await loadImage(png);
    expect([img.width, img.height]).toEqual([w, h]);
    const ctx = createCanvas(w, h).getContext('2d');
    ctx.drawImage(img, 0, 0);
    expect([...ctx.getImageData(0, 0, w, h).data]).toEqual([...rgba]);
  });

  it('reads width and height from the IHDR chunk and rejects non-PNG bytes', async () => {
    const png = await encodePng(rgba, w, h);
    expect(pngSize(png)).toEqual({ width: w, height: h });
    expect(pngSize(Buffer.from('GIF89a not a png at all......'))).toBeNull();
    expect(pngSize(png.subarray(0, 20))).toBeNull();
  });

  it('is deterministic', async () => {
    expect((await encodePng(rgba, w, h)).equals(await encodePng(rgba, w, h))).toBe(true);
  });
});

describe('sync and async encoders', () => {
  it('write the same pixels', async () => {
    const { encodeRgbaPng } = await import('../../src/util/png.js');
    const rgba = new Uint8ClampedArray(4 * 4 * 4).map((_, i) => (i * 37) % 256);
    const a = await loadImage(encodeRgbaPng(rgba, 4, 4, 3));
    const b = await loadImage(await encodePng(rgba, 4, 4));
    const px = (img: Awaited<ReturnType<typeof loadImage>>) => {
      const c = createCanvas(4, 4);
      c.getContext('2d').drawImage(img, 0, 0);
      return Array.from(c.getContext('2d').getImageData(0, 0, 4, 4).data);
    };
    expect(px(a)).toEqual(px(b));
  });
});
