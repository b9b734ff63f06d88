import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../src/data/assets/png-encode.js';
import { pngSize } from '../../../src/data/assets/png.js';

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
