/**
 * IAB display units for Google Ads (light, responsive-display look) and DV360 programmatic (dark, rich
 * look): leaderboard, MPU, skyscraper, responsive 1.91:1, billboard and half page.
 */
import { BRAND } from '../../brand/catalog.js';
import { buttonWidth, drawButton, drawLogo } from '../brand-marks.js';
import { adChoices } from '../chrome.js';
import { fillRect, sceneWithCar, shadeBand } from '../layout.js';
import { drawText } from '../text.js';
import type { FormatDef, RenderInput } from '../types.js';

const C = BRAND.colors;

interface Theme {
  panel: string;
  ink: string;
  accent: string;
  button: string;
  buttonText: string;
}

const LIGHT: Theme = { panel: '#ffffff', ink: C.primary, accent: C.accent, button: C.primary, buttonText: '#ffffff' };
const DARK: Theme = { panel: C.dark, ink: '#ffffff', accent: C.secondary, button: C.secondary, buttonText: C.dark };

/** Button of height bh placed right-aligned or centred in a box; returns nothing. */
function cta(r: RenderInput, t: Theme, x: number, y: number, bh: number, align: 'left' | 'center' | 'right', boxW = 0): void {
  const bw = buttonWidth(r.ctx, r.copy.cta, bh, { arrow: true });
  const bx = align === 'left' ? x : align === 'center' ? x + (boxW - bw) / 2 : x - bw;
  drawButton(r.ctx, r.copy.cta, bx, y, bh, { fill: t.button, text: t.buttonText, arrow: true, round: 0.18 });
}

function frame(r: RenderInput): void {
  r.ctx.strokeStyle = 'rgba(0,0,0,0.25)';
  r.ctx.lineWidth = 1;
  r.ctx.strokeRect(0.5, 0.5, r.w - 1, r.h - 1);
}

function leaderboard(t: Theme) {
  return (r: RenderInput): void => {
    const { ctx, w, h, copy } = r;
    fillRect(ctx, { x: 0, y: 0, w, h }, t.panel);
    drawLogo(ctx, 12, h / 2 - 14, 28, t.ink, true);
    sceneWithCar(r, { x: 150, y: 0, w: 190, h }, { ground: 0.86, carWidth: 0.86, maxRoof: 0.1 });
    drawText(ctx, copy.modelName.toUpperCase(), { x: 352, y: 14, w: 210, h: 16 }, { maxSize: 13, minSize: 9, weight: 800, color: t.accent, tracking: 1, maxLines: 1 });
    drawText(ctx, copy.headline, { x: 352, y: 34, w: 220, h: 44 }, { maxSize: 20, minSize: 11, weight: 700, color: t.ink, maxLines: 2, lineHeight: 1.1 });
    cta(r, t, w - 12, h / 2 - 17, 34, 'right');
    adChoices(ctx, w, 0, 14, false);
    frame(r);
  };
}

function mpu(t: Theme) {
  return (r: RenderInput): void => {
    const { ctx, w, h, copy } = r;
    fillRect(ctx, { x: 0, y: 0, w, h }, t.panel);
    sceneWithCar(r, { x: 0, y: 0, w, h: 140 }, { ground: 0.84, carWidth: 0.76, maxRoof: 0.12 });
    drawLogo(ctx, 10, 10, 20, '#ffffff', true);
    drawText(ctx, copy.modelName.toUpperCase(), { x: 14, y: 150, w: 272, h: 16 }, { maxSize: 13, weight: 800, color: t.accent, tracking: 1.5, maxLines: 1 });
    drawText(ctx, copy.headline, { x: 14, y: 170, w: 272, h: 36 }, { maxSize: 21, minSize: 12, weight: 800, color: t.ink, maxLines: 2, lineHeight: 1.05 });
    cta(r, t, 14, h - 40, 30, 'left');
    adChoices(ctx, w, 0, 15, false);
    frame(r);
  };
}

function skyscraper(t: Theme) {
  return (r: RenderInput): void => {
    const { ctx, w, h, copy } = r;
    fillRect(ctx, { x: 0, y: 0, w, h }, t.panel);
    drawLogo(ctx, 16, 18, 22, t.ink, true);
    drawText(ctx, copy.kicker.toUpperCase(), { x: 12, y: 62, w: w - 24, h: 28 }, { maxSize: 11, minSize: 8, weight: 700, color: t.accent, maxLines: 2, tracking: 0.5 });
    drawText(ctx, copy.modelName, { x: 12, y: 96, w: w - 24, h: 60 }, { maxSize: 28, minSize: 14, weight: 900, color: t.ink, maxLines: 2, lineHeight: 1.0 });
    drawText(ctx, copy.headline, { x: 12, y: 166, w: w - 24, h: 80 }, { maxSize: 19, minSize: 11, weight: 600, color: t.ink, maxLines: 4, lineHeight: 1.15 });
    sceneWithCar(r, { x: 0, y: 262, w, h: 190 }, { ground: 0.78, carWidth: 0.92, maxRoof: 0.3 });
    drawText(ctx, `Up to ${copy.rangeKm} km range`, { x: 12, y: 470, w: w - 24, h: 16 }, { maxSize: 13, weight: 600, color: t.ink, maxLines: 1, align: 'center' });
    drawText(ctx, copy.price, { x: 12, y: 492, w: w - 24, h: 16 }, { maxSize: 13, weight: 500, color: t.ink, maxLines: 1, align: 'center' });
    cta(r, t, 0, h - 64, 32, 'center', w);
    adChoices(ctx, w, 0, 15, false);
    frame(r);
  };
}

function responsive(t: Theme) {
  return (r: RenderInput): void => {
    const { ctx, w, h, copy } = r;
    const split = Math.round(w * 0.6);
    sceneWithCar(r, { x: 0, y: 0, w: split, h }, { ground: 0.8, carWidth: 0.84, maxRoof: 0.2 });
    fillRect(ctx, { x: split, y: 0, w: w - split, h }, t.panel);
    fillRect(ctx, { x: split, y: 0, w: 8, h }, t.accent);
    const x = split + 48;
    const bw = w - split - 90;
    drawLogo(ctx, x, 56, 44, t.ink, true);
    const k = drawText(ctx, copy.kicker.toUpperCase(), { x, y: 150, w: bw, h: 24 }, { maxSize: 20, weight: 700, color: t.accent, tracking: 2, maxLines: 1 });
    const m = drawText(ctx, copy.modelName, { x, y: k.top + k.height + 16, w: bw, h: 70 }, { maxSize: 56, weight: 900, color: t.ink, maxLines: 1 });
    drawText(ctx, copy.headline, { x, y: m.top + m.height + 18, w: bw, h: 110 }, { maxSize: 40, weight: 600, color: t.ink, maxLines: 2, lineHeight: 1.15 });
    drawText(ctx, copy.facts, { x, y: h - 170, w: bw, h: 24 }, { maxSize: 20, minSize: 13, weight: 500, color: t.ink, maxLines: 1 });
    cta(r, t, x, h - 120, 64, 'left');
    adChoices(ctx, w, 0, 22, true);
  };
}

function billboard(t: Theme) {
  return (r: RenderInput): void => {
    const { ctx, w, h, copy } = r;
    sceneWithCar(r, { x: 0, y: 0, w, h }, { ground: 0.86, carWidth: 0.42, carCenter: 0.7, maxRoof: 0.12 });
    shadeBand(ctx, { x: 0, y: 0, w: w * 0.55, h }, 'left', 0.9);
    drawLogo(ctx, 30, 24, 30, '#ffffff', true);
    const m = drawText(ctx, copy.modelName.toUpperCase(), { x: 30, y: 78, w: 420, h: 22 }, { maxSize: 20, weight: 800, color: t.accent, tracking: 3, maxLines: 1 });
    const top = m.top + m.height + 12;
    drawText(ctx, copy.headline, { x: 30, y: top, w: 420, h: h - 76 - top }, { maxSize: 40, weight: 800, color: '#ffffff', maxLines: 2, lineHeight: 1.05 });
    cta(r, t, 30, h - 62, 40, 'left');
    adChoices(ctx, w, 0, 16, true);
  };
}

function halfPage(t: Theme) {
  return (r: RenderInput): void => {
    const { ctx, w, h, copy } = r;
    fillRect(ctx, { x: 0, y: 0, w, h }, t.panel);
    const k = drawText(ctx, copy.kicker.toUpperCase(), { x: 22, y: 30, w: w - 44, h: 18 }, { maxSize: 15, weight: 700, color: t.accent, tracking: 2, maxLines: 1 });
    const m = drawText(ctx, copy.modelName, { x: 22, y: k.top + k.height + 12, w: w - 44, h: 46 }, { maxSize: 40, weight: 900, color: t.ink, maxLines: 1 });
    drawText(ctx, copy.headline, { x: 22, y: m.top + m.height + 14, w: w - 44, h: 70 }, { maxSize: 28, weight: 600, color: t.ink, maxLines: 2 });
    sceneWithCar(r, { x: 0, y: 210, w, h: 250 }, { ground: 0.8, carWidth: 0.9, maxRoof: 0.25 });
    drawText(ctx, copy.facts, { x: 22, y: 478, w: w - 44, h: 16 }, { maxSize: 14, minSize: 10, weight: 500, color: t.ink, maxLines: 1, align: 'center' });
    cta(r, t, 0, 510, 40, 'center', w);
    drawLogo(ctx, w / 2 - 52, h - 40, 22, t.ink, true);
    adChoices(ctx, w, 0, 15, false);
  };
}

const display = (channel: 'google' | 'dv360', key: string, slug: string, type: string, label: string, width: number, height: number, features: string, render: (r: RenderInput) => void): FormatDef => ({
  key: `${channel}_${key}`, channel, slug, creativeType: type, label, width, height, features, usesScene: true, render,
});

export const GOOGLE_FORMATS: FormatDef[] = [
  display('google', 'responsive', 'responsive-1200x628', 'responsive_display', 'Landscape 1.91:1 Google responsive display ad', 1200, 628, 'scene on the left, white brand panel with headline and call-to-action button, AdChoices marker', responsive(LIGHT)),
  display('google', 'leaderboard', 'leaderboard-728x90', 'leaderboard', 'Google Display Network leaderboard banner', 728, 90, 'logo, small car shot, headline and call-to-action button in one strip', leaderboard(LIGHT)),
  display('google', 'mpu', 'mpu-300x250', 'mpu', 'Google Display Network MPU (medium rectangle)', 300, 250, 'scene with the car on top, headline and button below', mpu(LIGHT)),
];

export const DV360_FORMATS: FormatDef[] = [
  display('dv360', 'billboard', 'billboard-970x250', 'display_billboard', 'DV360 programmatic billboard banner', 970, 250, 'full-bleed scene with dark fade, headline left and amber button', billboard(DARK)),
  display('dv360', 'half_page', 'half-page-300x600', 'display_half_page', 'DV360 programmatic half-page ad', 300, 600, 'dark panel with headline, car scene, facts and amber button', halfPage(DARK)),
  display('dv360', 'skyscraper', 'skyscraper-160x600', 'skyscraper', 'DV360 programmatic wide skyscraper', 160, 600, 'dark stacked layout: logo, model name, headline, car scene, range and price, amber button', skyscraper(DARK)),
];
