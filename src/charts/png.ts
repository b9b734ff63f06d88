/** PNG of a finished chart canvas (see src/util/png.ts for why not skia's encoder). */
import type { Canvas } from '@napi-rs/canvas';
import { encodeRgbaPng } from '../util/png.js';

export function encodePng(canvas: Canvas): Buffer {
  const { width, height } = canvas;
  const rgba = canvas.getContext('2d').getImageData(0, 0, width, height).data;
  return encodeRgbaPng(rgba, width, height, 3);
}
