/** Platform UI chrome drawn around or over creatives so each placement is recognisable at a glance. */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { font } from './fonts.js';

/** Instagram/Facebook story progress segments across the top. */
export function storyProgress(ctx: SKRSContext2D, w: number, y: number, segments: number, done: number, u: number): void {
  const pad = 24 * u;
  const gap = 8 * u;
  const segW = (w - 2 * pad - gap * (segments - 1)) / segments;
  for (let i = 0; i < segments; i++) {
    ctx.fillStyle = 'rgba(255,255,255,0.4)';
    ctx.beginPath();
    ctx.roundRect(pad + i * (segW + gap), y, segW, 6 * u, 3 * u);
    ctx.fill();
    const part = i < done ? 1 : i === done ? 0.45 : 0;
    if (part > 0) {
      ctx.fillStyle = '#ffffff';
      ctx.beginPath();
      ctx.roundRect(pad + i * (segW + gap), y, segW * part, 6 * u, 3 * u);
      ctx.fill();
    }
  }
}

export function heart(ctx: SKRSContext2D, cx: number, cy: number, s: number, color: string): void {
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.moveTo(cx, cy + s * 0.35);
  ctx.bezierCurveTo(cx - s * 0.9, cy - s * 0.2, cx - s * 0.45, cy - s * 0.75, cx, cy - s * 0.3);
  ctx.bezierCurveTo(cx + s * 0.45, cy - s * 0.75, cx + s * 0.9, cy - s * 0.2, cx, cy + s * 0.35);
  ctx.fill();
}

export function bubble(ctx: SKRSContext2D, cx: number, cy: number, s: number, color: string): void {
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.ellipse(cx, cy - s * 0.05, s * 0.5, s * 0.4, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(cx - s * 0.3, cy + s * 0.2);
  ctx.lineTo(cx - s * 0.42, cy + s * 0.5);
  ctx.lineTo(cx - s * 0.05, cy + s * 0.3);
  ctx.fill();
  ctx.fillStyle = 'rgba(0,0,0,0.55)';
  for (let i = -1; i <= 1; i++) {
    ctx.beginPath();
    ctx.arc(cx + i * s * 0.2, cy - s * 0.05, s * 0.06, 0, Math.PI * 2);
    ctx.fill();
  }
}

export function shareArrow(ctx: SKRSContext2D, cx: number, cy: number, s: number, color: string): void {
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.moveTo(cx + s * 0.5, cy - s * 0.05);
  ctx.lineTo(cx + s * 0.02, cy - s * 0.45);
  ctx.lineTo(cx + s * 0.02, cy - s * 0.22);
  ctx.quadraticCurveTo(cx - s * 0.5, cy - s * 0.2, cx - s * 0.5, cy + s * 0.4);
  ctx.quadraticCurveTo(cx - s * 0.3, cy + s * 0.05, cx + s * 0.02, cy + s * 0.1);
  ctx.lineTo(cx + s * 0.02, cy + s * 0.35);
  ctx.closePath();
  ctx.fill();
}

export function bookmark(ctx: SKRSContext2D, cx: number, cy: number, s: number, color: string): void {
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.moveTo(cx - s * 0.32, cy - s * 0.45);
  ctx.lineTo(cx + s * 0.32, cy - s * 0.45);
  ctx.lineTo(cx + s * 0.32, cy + s * 0.45);
  ctx.lineTo(cx, cy + s * 0.2);
  ctx.lineTo(cx - s * 0.32, cy + s * 0.45);
  ctx.closePath();
  ctx.fill();
}

/** A triangle play glyph centred at (cx, cy). */
export function playGlyph(ctx: SKRSContext2D, cx: number, cy: number, s: number, color: string): void {
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.moveTo(cx - s * 0.35, cy - s * 0.45);
  ctx.lineTo(cx + s * 0.5, cy);
  ctx.lineTo(cx - s * 0.35, cy + s * 0.45);
  ctx.closePath();
  ctx.fill();
}

/** YouTube-style red rounded play button. */
export function playButton(ctx: SKRSContext2D, cx: number, cy: number, h: number): void {
  ctx.fillStyle = '#ff0000';
  ctx.beginPath();
  ctx.roundRect(cx - h * 0.72, cy - h / 2, h * 1.44, h, h * 0.28);
  ctx.fill();
  playGlyph(ctx, cx + h * 0.04, cy, h * 0.5, '#ffffff');
}

/** The "i ▷ AdChoices" corner marker of display ads. */
export function adChoices(ctx: SKRSContext2D, right: number, top: number, s: number, withText: boolean): void {
  ctx.save();
  ctx.font = font(s * 0.7, 500);
  const label = 'AdChoices';
  const tw = withText ? ctx.measureText(label).width + s * 0.4 : 0;
  const w = s * 1.1 + tw;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(right - w, top, w, s);
  ctx.fillStyle = '#00aecd';
  ctx.beginPath();
  ctx.moveTo(right - s * 0.85, top + s * 0.18);
  ctx.lineTo(right - s * 0.2, top + s * 0.5);
  ctx.lineTo(right - s * 0.85, top + s * 0.82);
  ctx.closePath();
  ctx.fill();
  if (withText) {
    ctx.fillStyle = '#444444';
    ctx.textBaseline = 'middle';
    ctx.fillText(label, right - w + s * 0.2, top + s * 0.54);
  }
  ctx.restore();
}

/** Magnifier glyph for search bars. */
export function magnifier(ctx: SKRSContext2D, cx: number, cy: number, s: number, color: string): void {
  ctx.strokeStyle = color;
  ctx.lineWidth = s * 0.14;
  ctx.beginPath();
  ctx.arc(cx - s * 0.08, cy - s * 0.08, s * 0.3, 0, Math.PI * 2);
  ctx.stroke();
  ctx.beginPath();
  ctx.moveTo(cx + s * 0.14, cy + s * 0.14);
  ctx.lineTo(cx + s * 0.42, cy + s * 0.42);
  ctx.stroke();
}

/** Speaker glyph with sound waves (radio, muted-video toggles). */
export function speaker(ctx: SKRSContext2D, cx: number, cy: number, s: number, color: string): void {
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.moveTo(cx - s * 0.45, cy - s * 0.15);
  ctx.lineTo(cx - s * 0.25, cy - s * 0.15);
  ctx.lineTo(cx, cy - s * 0.4);
  ctx.lineTo(cx, cy + s * 0.4);
  ctx.lineTo(cx - s * 0.25, cy + s * 0.15);
  ctx.lineTo(cx - s * 0.45, cy + s * 0.15);
  ctx.closePath();
  ctx.fill();
  ctx.strokeStyle = color;
  ctx.lineWidth = s * 0.08;
  for (const r of [0.22, 0.4]) {
    ctx.beginPath();
    ctx.arc(cx + s * 0.05, cy, s * r, -0.8, 0.8);
    ctx.stroke();
  }
}

/** Single-line text helper for chrome labels (no fitting; chrome labels are short and fixed). */
export function label(
  ctx: SKRSContext2D,
  text: string,
  x: number,
  y: number,
  size: number,
  color: string,
  weight: 400 | 500 | 600 | 700 | 800 = 500,
  align: 'left' | 'center' | 'right' = 'left',
): number {
  ctx.save();
  ctx.font = font(size, weight);
  ctx.fillStyle = color;
  ctx.textAlign = align;
  ctx.textBaseline = 'middle';
  ctx.fillText(text, x, y);
  const w = ctx.measureText(text).width;
  ctx.restore();
  return w;
}
