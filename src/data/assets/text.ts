/**
 * Text fitting for creatives: greedy word wrap plus shrink-to-fit. Hand-written because canvas has no
 * layout engine and no library wraps against @napi-rs/canvas's measureText. Text that cannot fit at the
 * minimum size throws instead of overflowing, so a layout bug fails generation rather than shipping.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { MixError } from '../../errors.js';
import { font, type Weight } from './fonts.js';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface TextStyle {
  weight?: Weight;
  italic?: boolean;
  maxSize: number;
  minSize?: number;
  maxLines?: number;
  /** Line height as a multiple of the font size. */
  lineHeight?: number;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  color: string;
  /** Extra letter spacing in px at the chosen size (canvas letterSpacing). */
  tracking?: number;
  uppercase?: boolean;
  shadow?: { color: string; blur: number };
}

export interface FittedText {
  size: number;
  lines: string[];
  /** Height of the block as drawn. */
  height: number;
  /** Widest line. */
  width: number;
}

export function wrapWords(ctx: SKRSContext2D, text: string, maxWidth: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || ctx.measureText(candidate).width <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Largest size in [minSize, maxSize] at which `text` fits the box; throws when even minSize overflows. */
export function fitText(ctx: SKRSContext2D, text: string, box: Box, style: TextStyle): FittedText {
  const minSize = style.minSize ?? Math.max(6, style.maxSize * 0.4);
  const maxLines = style.maxLines ?? 3;
  const lh = style.lineHeight ?? 1.12;
  const content = style.uppercase ? text.toUpperCase() : text;
  for (let size = style.maxSize; size >= minSize; size = size > 24 ? size * 0.94 : size - 0.5) {
    ctx.font = font(size, style.weight ?? 400, style.italic);
    ctx.letterSpacing = `${style.tracking ?? 0}px`;
    const lines = wrapWords(ctx, content, box.w);
    const width = Math.max(...lines.map((l) => ctx.measureText(l).width));
    const height = size * (1 + (lines.length - 1) * lh);
    if (lines.length <= maxLines && width <= box.w + 0.5 && height <= box.h + 0.5) {
      ctx.letterSpacing = '0px';
      return { size, lines, height, width };
    }
  }
  ctx.letterSpacing = '0px';
  throw new MixError('INTERNAL', `creative text does not fit ${Math.round(box.w)}x${Math.round(box.h)}: "${text}"`, {
    userMessage: 'A creative layout could not fit its text.',
  });
}

/** Fits and draws text in the box; returns the fitted block (its top is at `top`). */
export function drawText(
  ctx: SKRSContext2D,
  text: string,
  box: Box,
  style: TextStyle,
): FittedText & { top: number } {
  const fitted = fitText(ctx, text, box, style);
  const lh = style.lineHeight ?? 1.12;
  const valign = style.valign ?? 'top';
  const top =
    valign === 'top' ? box.y : valign === 'middle' ? box.y + (box.h - fitted.height) / 2 : box.y + box.h - fitted.height;
  ctx.save();
  ctx.font = font(fitted.size, style.weight ?? 400, style.italic);
  ctx.letterSpacing = `${style.tracking ?? 0}px`;
  ctx.fillStyle = style.color;
  ctx.textBaseline = 'alphabetic';
  const align = style.align ?? 'left';
  ctx.textAlign = align;
  if (style.shadow) {
    ctx.shadowColor = style.shadow.color;
    ctx.shadowBlur = style.shadow.blur;
  }
  const x = align === 'left' ? box.x : align === 'center' ? box.x + box.w / 2 : box.x + box.w;
  fitted.lines.forEach((line, i) => {
    // Inter's cap height is ~0.73 em: put the first baseline so caps touch the top of the block.
    ctx.fillText(line, x, top + fitted.size * 0.8 + i * fitted.size * lh);
  });
  ctx.restore();
  return { ...fitted, top };
}

/** Width of a single line in a given font (for pills and buttons). */
export function measure(ctx: SKRSContext2D, text: string, size: number, weight: Weight = 400): number {
  ctx.font = font(size, weight);
  return ctx.measureText(text).width;
}
