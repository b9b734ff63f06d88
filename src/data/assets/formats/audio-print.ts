/**
 * Radio (a station/podcast-style cover card for the spot: waveform and script excerpt), out-of-home
 * (48-sheet roadside and 6-sheet bus shelter) and print (full page and double-page spread).
 */
import { BRAND } from '../../brand/catalog.js';
import { drawButton, drawLogo, drawQr, drawTag } from '../brand-marks.js';
import { label, speaker } from '../chrome.js';
import { fillRect, sceneWithCar, shadeBand } from '../layout.js';
import { drawText } from '../text.js';
import type { FormatDef, RenderInput } from '../types.js';

const C = BRAND.colors;

/** The sound design line that opens the script, chosen to match the scene of the campaign's visuals. */
const SFX: Record<string, string> = {
  beach_sunset: 'Waves on the shore, children laughing.',
  city_night: 'Rain on a city street, a soft electric hum.',
  mountain_road: 'Wind across a high mountain pass.',
  studio: 'A single piano note, then silence.',
  countryside: 'Birdsong, a gate creaking open.',
  snow_forest: 'Footsteps crunching on fresh snow.',
  city_dusk: 'Evening traffic, a door closing softly.',
};

export function radioScript(r: RenderInput): string {
  const c = r.copy;
  return `SFX: ${SFX[r.spec.scene] ?? 'Ambient road noise.'} VO: ${c.headline.replace(/\.?$/, '.')} The ${c.modelName}, fully electric, up to ${c.rangeKm} km on a charge. ${c.cta}.`;
}

function radioCard(r: RenderInput): void {
  const { ctx, w, h, copy, rng } = r;
  const g = ctx.createLinearGradient(0, 0, w, h);
  g.addColorStop(0, C.primary);
  g.addColorStop(1, C.dark);
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, w, h);
  // On-air light and spot length.
  ctx.fillStyle = '#e53935';
  ctx.beginPath();
  ctx.arc(84, 92, 16, 0, Math.PI * 2);
  ctx.fill();
  label(ctx, 'ON AIR', 114, 93, 30, '#ffffff', 800);
  drawTag(ctx, 'RADIO SPOT \u00b7 30"', 60, 140, 44, C.secondary, C.dark);
  drawLogo(ctx, w - 300, 66, 56, '#ffffff');
  // Waveform: mirrored bars with a seeded envelope.
  const mid = 360;
  const bars = 72;
  const bw = (w - 120) / bars;
  for (let i = 0; i < bars; i++) {
    const env = Math.sin((i / bars) * Math.PI) * 0.8 + 0.2;
    const amp = (20 + rng.uniform(0.2, 1) * 110) * env;
    ctx.fillStyle = i < bars * 0.4 ? C.secondary : 'rgba(63,184,175,0.85)';
    ctx.beginPath();
    ctx.roundRect(60 + i * bw + bw * 0.2, mid - amp, bw * 0.6, amp * 2, bw * 0.3);
    ctx.fill();
  }
  label(ctx, '0:12', 60, 520, 24, 'rgba(255,255,255,0.7)', 500);
  label(ctx, '0:30', w - 60, 520, 24, 'rgba(255,255,255,0.7)', 500, 'right');
  // Script excerpt card.
  const card = { x: 60, y: 560, w: w - 120, h: 330 };
  ctx.fillStyle = 'rgba(255,255,255,0.95)';
  ctx.beginPath();
  ctx.roundRect(card.x, card.y, card.w, card.h, 20);
  ctx.fill();
  label(ctx, '\u201C', card.x + 30, card.y + 50, 90, C.accent, 800);
  label(ctx, 'SCRIPT EXCERPT', card.x + 90, card.y + 44, 22, '#6b7a86', 700);
  drawText(ctx, radioScript(r), { x: card.x + 40, y: card.y + 84, w: card.w - 80, h: card.h - 110 }, { maxSize: 32, minSize: 20, weight: 500, color: C.dark, maxLines: 7, lineHeight: 1.3, italic: true });
  speaker(ctx, 100, h - 110, 56, '#ffffff');
  drawText(ctx, copy.modelName, { x: 160, y: h - 150, w: 500, h: 46 }, { maxSize: 42, weight: 900, color: '#ffffff', maxLines: 1 });
  label(ctx, `For ${copy.audienceLabel} \u00b7 commercial radio and podcasts`, 160, h - 70, 22, 'rgba(255,255,255,0.75)', 500);
  drawText(ctx, copy.cta, { x: w - 380, y: h - 140, w: 320, h: 44 }, { maxSize: 40, weight: 800, color: C.secondary, maxLines: 1, align: 'right' });
}

function billboard48(r: RenderInput): void {
  const { ctx, w, h, copy } = r;
  const u = w / 1600;
  sceneWithCar(r, { x: 0, y: 0, w, h }, { ground: 0.84, carWidth: 0.44, carCenter: 0.75, maxRoof: 0.2 });
  shadeBand(ctx, { x: 0, y: 0, w: w * 0.62, h }, 'left', 0.9);
  const hl = drawText(ctx, copy.headline, { x: 70 * u, y: 80 * u, w: 640 * u, h: 340 * u }, { maxSize: 120 * u, weight: 900, color: '#ffffff', maxLines: 3, lineHeight: 1.02 });
  drawText(ctx, `The all-electric ${copy.modelName}`, { x: 70 * u, y: hl.top + hl.height + 36 * u, w: 640 * u, h: 50 * u }, { maxSize: 46 * u, weight: 600, color: C.secondary, maxLines: 1 });
  drawLogo(ctx, 70 * u, h - 130 * u, 70 * u, '#ffffff');
  drawButton(ctx, `${copy.cta} \u00b7 ${copy.url}`, 420 * u, h - 134 * u, 78 * u, { fill: C.secondary, text: C.dark, round: 0.5 });
}

function sixSheet(r: RenderInput): void {
  const { ctx, w, h, copy, rng } = r;
  const u = w / 800;
  fillRect(ctx, { x: 0, y: 0, w, h }, C.primary);
  const k = drawText(ctx, copy.kicker.toUpperCase(), { x: 56 * u, y: 60 * u, w: 688 * u, h: 34 * u }, { maxSize: 30 * u, weight: 700, color: C.secondary, tracking: 3 * u, maxLines: 1 });
  drawText(ctx, copy.headline, { x: 56 * u, y: k.top + k.height + 24 * u, w: 688 * u, h: 230 * u }, { maxSize: 92 * u, weight: 900, color: '#ffffff', maxLines: 3, lineHeight: 1.02 });
  sceneWithCar(r, { x: 0, y: 390 * u, w, h: 470 * u }, { ground: 0.8, carWidth: 0.9, maxRoof: 0.2 });
  fillRect(ctx, { x: 0, y: 860 * u, w, h: 8 * u }, C.secondary);
  drawText(ctx, copy.modelName, { x: 56 * u, y: 905 * u, w: 480 * u, h: 60 * u }, { maxSize: 56 * u, weight: 900, color: '#ffffff', maxLines: 1 });
  drawText(ctx, copy.facts, { x: 56 * u, y: 985 * u, w: 480 * u, h: 60 * u }, { maxSize: 26 * u, minSize: 16 * u, weight: 500, color: 'rgba(255,255,255,0.85)', maxLines: 2, lineHeight: 1.3 });
  drawLogo(ctx, 56 * u, h - 100 * u, 56 * u, '#ffffff');
  drawQr(ctx, w - 236 * u, 900 * u, 180 * u, rng.fork('qr'));
  drawText(ctx, `Scan to ${copy.cta.toLowerCase()}`, { x: w - 256 * u, y: 1095 * u, w: 220 * u, h: 50 * u }, { maxSize: 22 * u, minSize: 14 * u, weight: 600, color: '#ffffff', maxLines: 2, align: 'center' });
}

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
  const gut = ctx.createLinearGradient(w / 2 - 40 * u, 0, w / 2 + 40 * u, 0);
  gut.addColorStop(0, 'rgba(0,0,0,0)');
  gut.addColorStop(0.5, 'rgba(0,0,0,0.35)');
  gut.addColorStop(1, 'rgba(0,0,0,0)');
  ctx.fillStyle = gut;
  ctx.fillRect(w / 2 - 40 * u, 0, 80 * u, h);
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

export const AUDIO_FORMATS: FormatDef[] = [
  { key: 'radio_cover', channel: 'radio', slug: 'spot-card', creativeType: 'radio_spot_card', label: 'Radio spot cover card (30-second commercial)', width: 1080, height: 1080, features: 'On Air light, audio waveform and a script excerpt with SFX and voice-over lines', usesScene: false, render: radioCard },
];

export const OOH_FORMATS: FormatDef[] = [
  { key: 'ooh_48_sheet', channel: 'ooh', slug: '48-sheet', creativeType: 'billboard_48_sheet', label: '48-sheet roadside billboard', width: 1600, height: 800, realFormat: '48-sheet 6096 x 3048 mm, proof at 1600x800 px', features: 'short headline in huge type, car large on the right, logo and URL', usesScene: true, render: billboard48 },
  { key: 'ooh_6_sheet', channel: 'ooh', slug: '6-sheet', creativeType: 'bus_shelter_6_sheet', label: 'Bus-shelter 6-sheet portrait poster', width: 800, height: 1200, realFormat: '6-sheet 1200 x 1800 mm, proof at 800x1200 px', features: 'portrait layout with headline, car scene, facts and a QR code block', usesScene: true, render: sixSheet },
];

export const PRINT_FORMATS: FormatDef[] = [
  { key: 'print_full_page', channel: 'print', slug: 'full-page', creativeType: 'magazine_full_page', label: 'Magazine full-page ad', width: 1240, height: 1754, realFormat: 'A4 full page 210 x 297 mm, proof at 150 dpi', features: 'headline over the photo, body copy, a spec table (range, 0-62, seats, price) and legal line', usesScene: true, render: fullPage },
  { key: 'print_double_page', channel: 'print', slug: 'double-page', creativeType: 'magazine_double_page_spread', label: 'Magazine double-page spread', width: 1654, height: 1169, realFormat: 'A3 spread 420 x 297 mm, proof at 100 dpi', features: 'image across both pages with the gutter fold, headline on the left page, copy panel with spec table on the right page', usesScene: true, render: doublePage },
];

