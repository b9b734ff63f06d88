/** Brand furniture shared by every format: logo, call-to-action button, badges, QR block. */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { BRAND } from '../brand/catalog.js';
import type { Rng } from '../../util/rng.js';
import { font, type Weight } from './fonts.js';
import { luminance } from './color.js';

const C = BRAND.colors;

/** The Halden emblem (a hexagon holding an "H" over a road line) plus wordmark. Returns the width drawn. */
export function drawLogo(ctx: SKRSContext2D, x: number, y: number, h: number, color: string, wordmark = true): number {
  ctx.save();
  const r = h / 2;
  const cx = x + r;
  const cy = y + r;
  ctx.beginPath();
  for (let i = 0; i < 6; i++) {
    const a = Math.PI / 6 + (i * Math.PI) / 3;
    const px = cx + Math.cos(a) * r;
    const py = cy + Math.sin(a) * r;
    if (i === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  }
  ctx.closePath();
  ctx.lineWidth = Math.max(1.2, h * 0.08);
  ctx.strokeStyle = color;
  ctx.stroke();
  ctx.fillStyle = color;
  const bar = h * 0.11;
  ctx.fillRect(cx - r * 0.42, cy - r * 0.45, bar, r * 0.9);
  ctx.fillRect(cx + r * 0.42 - bar, cy - r * 0.45, bar, r * 0.9);
  ctx.fillRect(cx - r * 0.42, cy - bar * 0.9, r * 0.84, bar * 0.8);
  ctx.fillStyle = C.secondary;
  ctx.fillRect(cx - r * 0.42, cy + r * 0.2, r * 0.84, bar * 0.55);
  let width = h;
  if (wordmark) {
    ctx.font = font(h * 0.52, 800);
    ctx.letterSpacing = `${h * 0.08}px`;
    ctx.fillStyle = color;
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'left';
    ctx.fillText('HALDEN', x + h * 1.25, cy + h * 0.02);
    width = h * 1.25 + ctx.measureText('HALDEN').width;
    ctx.letterSpacing = '0px';
  }
  ctx.restore();
  return width;
}

export interface ButtonStyle {
  fill: string;
  text?: string;
  weight?: Weight;
  /** Corner radius as a fraction of the height (0.5 = pill). */
  round?: number;
  arrow?: boolean;
  outline?: string;
}

/** Measures the width a button of this height needs for its label. */
export function buttonWidth(ctx: SKRSContext2D, label: string, h: number, style: Partial<ButtonStyle> = {}): number {
  ctx.font = font(h * 0.42, style.weight ?? 700);
  return ctx.measureText(label).width + h * (style.arrow ? 1.5 : 1.1);
}

/** Draws a call-to-action button with its top-left at (x, y); returns its width. */
export function drawButton(ctx: SKRSContext2D, label: string, x: number, y: number, h: number, style: ButtonStyle): number {
  const w = buttonWidth(ctx, label, h, style);
  ctx.save();
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, h * (style.round ?? 0.5));
  ctx.fillStyle = style.fill;
  ctx.fill();
  if (style.outline) {
    ctx.lineWidth = Math.max(1, h * 0.05);
    ctx.strokeStyle = style.outline;
    ctx.stroke();
  }
  const textColor = style.text ?? (luminance(style.fill) > 0.55 ? C.dark : '#ffffff');
  ctx.fillStyle = textColor;
  ctx.font = font(h * 0.42, style.weight ?? 700);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.fillText(label, x + h * 0.55, y + h * 0.53);
  if (style.arrow) {
    const ax = x + w - h * 0.7;
    ctx.strokeStyle = textColor;
    ctx.lineWidth = Math.max(1.2, h * 0.07);
    ctx.beginPath();
    ctx.moveTo(ax, y + h * 0.36);
    ctx.lineTo(ax + h * 0.16, y + h * 0.5);
    ctx.lineTo(ax, y + h * 0.64);
    ctx.stroke();
  }
  ctx.restore();
  return w;
}

/** A small filled label ("NEW", "Sponsored"); returns its width. */
export function drawTag(ctx: SKRSContext2D, label: string, x: number, y: number, h: number, fill: string, color: string): number {
  ctx.save();
  ctx.font = font(h * 0.55, 700);
  ctx.letterSpacing = `${h * 0.06}px`;
  const w = ctx.measureText(label).width + h * 0.8;
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, h * 0.18);
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.fillStyle = color;
  ctx.textBaseline = 'middle';
  ctx.fillText(label, x + h * 0.4, y + h * 0.54);
  ctx.restore();
  return w;
}

/** A QR-code-looking block: three finder squares and seeded modules (decorative, not scannable). */
export function drawQr(ctx: SKRSContext2D, x: number, y: number, size: number, rng: Rng): void {
  const n = 25;
  const cell = size / (n + 2);
  ctx.save();
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(x, y, size, size);
  ctx.fillStyle = '#0A1A24';
  const ox = x + cell;
  const oy = y + cell;
  const finder = (fx: number, fy: number) => {
    ctx.fillRect(ox + fx * cell, oy + fy * cell, 7 * cell, 7 * cell);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(ox + (fx + 1) * cell, oy + (fy + 1) * cell, 5 * cell, 5 * cell);
    ctx.fillStyle = '#0A1A24';
    ctx.fillRect(ox + (fx + 2) * cell, oy + (fy + 2) * cell, 3 * cell, 3 * cell);
  };
  const inFinder = (i: number, j: number) => (i < 8 && j < 8) || (i > n - 9 && j < 8) || (i < 8 && j > n - 9);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (!inFinder(i, j) && rng.bool(0.48)) ctx.fillRect(ox + i * cell, oy + j * cell, cell + 0.3, cell + 0.3);
    }
  }
  finder(0, 0);
  finder(n - 7, 0);
  finder(0, n - 7);
  ctx.restore();
}
