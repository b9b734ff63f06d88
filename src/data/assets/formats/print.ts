/** Print: magazine full page, double-page spread and half page, with spec tables and legal lines. */
import { BRAND } from '../../brand/catalog.js';
import { drawButton, drawLogo } from '../brand-marks.js';
import { label } from '../chrome.js';
import { fillRect, sceneWithCar, shadeBand } from '../layout.js';
import { fillGradient } from '../gradients.js';
import { drawText } from '../text.js';
import type { FormatDef, RenderInput } from '../types.js';

const C = BRAND.colors;

function specTable(r: RenderInput, x: number, y: number, w: number, size: number, ink: string): void {
  const c = r.copy;
  const cells: [string, string][] = [
    [`${c.rangeKm} km`, 'WLTP range'],
    [`${c.zeroTo62}s`, '0\u201362 mph'],
    [`${c.seats}`, 'seats'],
    [c.price.replace('From ', ''), 'from, OTR'],
  ];
  const cw = w / cells.length;
  cells.forEach(([v, k], i) => {
    const cx = x + i * cw;
    if (i > 0) fillRect(r.ctx, { x: cx, y, w: 1.5, h: size * 2.2 }, 'rgba(0,0,0,0.2)');
    drawText(r.ctx, v, { x: cx + size * 0.6, y, w: cw - size * 1.2, h: size * 1.1 }, { maxSize: size, weight: 800, color: ink, maxLines: 1 });
    label(r.ctx, k, cx + size * 0.6, y + size * 1.75, size * 0.5, '#6b7a86', 500);
  });
}

function fullPage(r: RenderInput): void {
  const { ctx, w, h, copy } = r;
  const u = w / 1240;
  fillRect(ctx, { x: 0, y: 0, w, h }, '#fbfaf7');
  const img = { x: 0, y: 0, w, h: 1000 * u };
  sceneWithCar(r, img, { ground: 0.82, carWidth: 0.82, maxRoof: 0.38 });
  shadeBand(ctx, { x: 0, y: 0, w, h: 420 * u }, 'top', 0.7);
  drawText(ctx, copy.headline, { x: 90 * u, y: 100 * u, w: 1060 * u, h: 240 * u }, { maxSize: 104 * u, weight: 900, color: '#ffffff', maxLines: 2, lineHeight: 1.02 });
  const k = drawText(ctx, copy.kicker.toUpperCase(), { x: 90 * u, y: 1060 * u, w: 700 * u, h: 30 * u }, { maxSize: 26 * u, weight: 700, color: C.accent, tracking: 3 * u, maxLines: 1 });
  const m = drawText(ctx, copy.modelName, { x: 90 * u, y: k.top + k.height + 16 * u, w: 700 * u, h: 76 * u }, { maxSize: 72 * u, weight: 900, color: C.primary, maxLines: 1 });
  drawText(ctx, `${copy.body} ${copy.brand} \u2014 ${BRAND.tagline.toLowerCase()}.`, { x: 90 * u, y: m.top + m.height + 28 * u, w: 1060 * u, h: 130 * u }, { maxSize: 34 * u, minSize: 22 * u, weight: 400, color: '#2b3a44', maxLines: 3, lineHeight: 1.4 });
  specTable(r, 90 * u, 1430 * u, 1060 * u, 44 * u, C.primary);
  drawText(ctx, `${copy.cta} at ${copy.url}`, { x: 90 * u, y: 1570 * u, w: 760 * u, h: 44 * u }, { maxSize: 38 * u, weight: 700, color: C.primary, maxLines: 1 });
  drawLogo(ctx, w - 330 * u, 1560 * u, 60 * u, C.primary);
  drawText(ctx, copy.legal, { x: 90 * u, y: h - 70 * u, w: 1060 * u, h: 24 * u }, { maxSize: 18 * u, weight: 400, color: '#6b7a86', maxLines: 1 });
}

function doublePage(r: RenderInput): void {
  const { ctx, w, h, copy } = r;
  const u = w / 1654;
  sceneWithCar(r, { x: 0, y: 0, w, h }, { ground: 0.8, carWidth: 0.5, carCenter: 0.3, maxRoof: 0.4 });
  shadeBand(ctx, { x: 0, y: 0, w, h: h * 0.4 }, 'top', 0.7);
  // Gutter: the fold between the two pages.
  fillGradient(ctx, { x: w / 2 - 40 * u, y: 0, w: 80 * u, h }, [[0, 'rgba(0,0,0,0)'], [0.5, 'rgba(0,0,0,0.35)'], [1, 'rgba(0,0,0,0)']], 'right');
  drawText(ctx, copy.headline, { x: 70 * u, y: 80 * u, w: 680 * u, h: 230 * u }, { maxSize: 92 * u, weight: 900, color: '#ffffff', maxLines: 2, lineHeight: 1.02 });
  // Right page copy panel.
  const p = { x: w / 2 + 90 * u, y: h - 560 * u, w: w / 2 - 160 * u, h: 480 * u };
  ctx.fillStyle = 'rgba(251,250,247,0.96)';
  ctx.beginPath();
  ctx.roundRect(p.x, p.y, p.w, p.h, 8 * u);
  ctx.fill();
  const k = drawText(ctx, copy.kicker.toUpperCase(), { x: p.x + 40 * u, y: p.y + 40 * u, w: p.w - 80 * u, h: 24 * u }, { maxSize: 22 * u, weight: 700, color: C.accent, tracking: 3 * u, maxLines: 1 });
  const m = drawText(ctx, copy.modelName, { x: p.x + 40 * u, y: k.top + k.height + 12 * u, w: p.w - 80 * u, h: 60 * u }, { maxSize: 58 * u, weight: 900, color: C.primary, maxLines: 1 });
  drawText(ctx, copy.body, { x: p.x + 40 * u, y: m.top + m.height + 20 * u, w: p.w - 80 * u, h: 100 * u }, { maxSize: 28 * u, minSize: 18 * u, weight: 400, color: '#2b3a44', maxLines: 3, lineHeight: 1.35 });
  specTable(r, p.x + 40 * u, p.y + 280 * u, p.w - 80 * u, 34 * u, C.primary);
  const bh = 56 * u;
  drawButton(ctx, `${copy.cta} at ${copy.url}`, p.x + 40 * u, p.y + p.h - bh - 36 * u, bh, { fill: C.primary, round: 0.1 });
  drawLogo(ctx, w - 300 * u, 60 * u, 56 * u, '#ffffff');
  drawText(ctx, copy.legal, { x: 70 * u, y: h - 50 * u, w: w / 2 - 140 * u, h: 20 * u }, { maxSize: 16 * u, weight: 400, color: 'rgba(255,255,255,0.85)', maxLines: 1 });
}

/** Horizontal half page: photo left, copy column right. */
function halfPage(r: RenderInput): void {
  const { ctx, w, h, copy } = r;
  const u = w / 1240;
  fillRect(ctx, { x: 0, y: 0, w, h }, '#fbfaf7');
  const img = { x: 0, y: 0, w: 700 * u, h };
  sceneWithCar(r, img, { ground: 0.78, carWidth: 0.92, maxRoof: 0.3 });
  shadeBand(ctx, { x: 0, y: 0, w: img.w, h: 260 * u }, 'top', 0.65);
  drawText(ctx, copy.headline, { x: 50 * u, y: 50 * u, w: 600 * u, h: 170 * u }, { maxSize: 72 * u, weight: 900, color: '#ffffff', maxLines: 2, lineHeight: 1.02 });
  const x = 750 * u;
  const cw = w - x - 50 * u;
  const k = drawText(ctx, copy.kicker.toUpperCase(), { x, y: 60 * u, w: cw, h: 26 * u }, { maxSize: 22 * u, weight: 700, color: C.accent, tracking: 2 * u, maxLines: 1 });
  const m = drawText(ctx, copy.modelName, { x, y: k.top + k.height + 14 * u, w: cw, h: 60 * u }, { maxSize: 56 * u, weight: 900, color: C.primary, maxLines: 1 });
  drawText(ctx, copy.body, { x, y: m.top + m.height + 24 * u, w: cw, h: 170 * u }, { maxSize: 28 * u, minSize: 18 * u, weight: 400, color: '#2b3a44', maxLines: 5, lineHeight: 1.4 });
  const facts: [string, string][] = [[`${copy.rangeKm} km`, 'WLTP range'], [copy.price.replace('From ', ''), 'from, OTR']];
  facts.forEach(([v, t], i) => {
    const fx = x + i * (cw / 2);
    drawText(ctx, v, { x: fx, y: 470 * u, w: cw / 2 - 20 * u, h: 44 * u }, { maxSize: 42 * u, weight: 800, color: C.primary, maxLines: 1 });
    label(ctx, t, fx, 545 * u, 20 * u, '#6b7a86', 500);
  });
  drawButton(ctx, `${copy.cta} at ${copy.url}`, x, 610 * u, 60 * u, { fill: C.primary, round: 0.1 });
  drawLogo(ctx, x, h - 150 * u, 50 * u, C.primary);
  drawText(ctx, copy.legal, { x, y: h - 70 * u, w: cw, h: 40 * u }, { maxSize: 15 * u, minSize: 10 * u, weight: 400, color: '#6b7a86', maxLines: 2 });
}

export const PRINT_FORMATS: FormatDef[] = [
  { key: 'print_full_page', channel: 'print', slug: 'full-page', creativeType: 'full_page', label: 'Magazine full-page ad', width: 1240, height: 1754, realFormat: 'A4 full page 210 x 297 mm, proof at 150 dpi', features: 'headline over the photo, body copy, a spec table (range, 0-62, seats, price) and legal line', usesScene: true, render: fullPage },
  { key: 'print_double_page', channel: 'print', slug: 'double-page', creativeType: 'double_page_spread', label: 'Magazine double-page spread', width: 1654, height: 1169, realFormat: 'A3 spread 420 x 297 mm, proof at 100 dpi', features: 'image across both pages with the gutter fold, headline on the left page, copy panel with spec table on the right page', usesScene: true, render: doublePage },
  { key: 'print_half_page', channel: 'print', slug: 'half-page', creativeType: 'half_page', label: 'Magazine horizontal half-page ad', width: 1240, height: 877, realFormat: 'A4 horizontal half page 210 x 148 mm, proof at 150 dpi', features: 'photo with headline on the left, copy column with range, price, call to action and legal line on the right', usesScene: true, render: halfPage },
];
