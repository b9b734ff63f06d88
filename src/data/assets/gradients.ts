/**
 * Smooth gradients without dither noise. Skia dithers canvas gradients, which leaves ±1-level noise that
 * PNG compression cannot squeeze (large files, slow encodes). Drawing the gradient once into a 1-pixel
 * strip and stretching it with bilinear smoothing gives rows (or columns) of one exact colour each: the
 * same look, a fraction of the bytes.
 */
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { Box } from './text.js';

const STRIP = 256;
const cache = new Map<string, Canvas>();

function strip(stops: readonly (readonly [number, string])[], vertical: boolean): Canvas {
  const key = `${vertical ? 'v' : 'h'}|${stops.map(([t, c]) => `${t}:${c}`).join('|')}`;
  let c = cache.get(key);
  if (!c) {
    c = vertical ? createCanvas(1, STRIP) : createCanvas(STRIP, 1);
    const ctx = c.getContext('2d');
    const g = vertical ? ctx.createLinearGradient(0, 0, 0, STRIP) : ctx.createLinearGradient(0, 0, STRIP, 0);
    for (const [t, col] of stops) g.addColorStop(t, col);
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, c.width, c.height);
    if (cache.size > 500) cache.clear();
    cache.set(key, c);
  }
  return c;
}

/** Fills the box with a top-to-bottom (or left-to-right) gradient through the stops. */
export function fillGradient(
  ctx: SKRSContext2D,
  box: Box,
  stops: readonly (readonly [number, string])[],
  direction: 'down' | 'right' = 'down',
): void {
  const vertical = direction === 'down';
  const s = strip(stops, vertical);
  ctx.save();
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'low';
  // Sample pixel centres only, so the first and last stops reach the edges without bleeding.
  if (vertical) ctx.drawImage(s, 0, 0.5, 1, STRIP - 1, box.x, box.y, box.w, box.h);
  else ctx.drawImage(s, 0.5, 0, STRIP - 1, 1, box.x, box.y, box.w, box.h);
  ctx.restore();
}

const RADIAL = 128;

/**
 * Paints a radial glow (centre colour fading to transparent) over a circle of radius `r`, optionally
 * squashed vertically by `squash`, from a small cached bitmap stretched with smoothing (no dither noise).
 */
export function fillRadial(
  ctx: SKRSContext2D,
  cx: number,
  cy: number,
  r: number,
  stops: readonly (readonly [number, string])[],
  squash = 1,
): void {
  const key = `r|${stops.map(([t, c]) => `${t}:${c}`).join('|')}`;
  let c = cache.get(key);
  if (!c) {
    c = createCanvas(RADIAL, RADIAL);
    const g2 = c.getContext('2d');
    const g = g2.createRadialGradient(RADIAL / 2, RADIAL / 2, 0, RADIAL / 2, RADIAL / 2, RADIAL / 2);
    for (const [t, col] of stops) g.addColorStop(t, col);
    g2.fillStyle = g;
    g2.fillRect(0, 0, RADIAL, RADIAL);
    cache.set(key, c);
  }
  ctx.save();
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'low';
  ctx.drawImage(c, cx - r, cy - r * squash, 2 * r, 2 * r * squash);
  ctx.restore();
}
