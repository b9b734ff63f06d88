/** Out-of-home: 48-sheet roadside billboard, bus-shelter 6-sheet and digital 6-sheet screen. */
import { BRAND } from '../../brand/catalog.js';
import { drawButton, drawLogo, drawQr } from '../brand-marks.js';
import { fillRect, sceneWithCar, shadeBand } from '../layout.js';
import { drawText } from '../text.js';
import type { FormatDef, RenderInput } from '../types.js';

const C = BRAND.colors;

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

/** Digital 6-sheet (D6) screen frame: portrait, full-bleed, one of a 3-frame sequence in a 10-second slot. */
function digitalSixSheet(r: RenderInput): void {
  const { ctx, w, h, copy } = r;
  const u = w / 1080;
  sceneWithCar(r, { x: 0, y: 0, w, h }, { ground: 0.66, carWidth: 0.92, maxRoof: 0.42, flip: true });
  shadeBand(ctx, { x: 0, y: 0, w, h: h * 0.42 }, 'top', 0.85);
  const m = drawText(ctx, copy.shortName, { x: 70 * u, y: 120 * u, w: 940 * u, h: 200 * u }, { maxSize: 200 * u, weight: 900, color: '#ffffff', maxLines: 1, tracking: 8 * u });
  drawText(ctx, copy.headline, { x: 70 * u, y: m.top + m.height + 40 * u, w: 900 * u, h: 220 * u }, { maxSize: 96 * u, weight: 800, color: C.secondary, maxLines: 2, lineHeight: 1.05 });
  const panel = { x: 0, y: h * 0.74, w, h: h * 0.26 };
  fillRect(ctx, panel, C.primary);
  fillRect(ctx, { x: 0, y: panel.y, w, h: 10 * u }, C.accent);
  drawText(ctx, copy.facts, { x: 70 * u, y: panel.y + 60 * u, w: 940 * u, h: 44 * u }, { maxSize: 38 * u, minSize: 24 * u, weight: 600, color: '#ffffff', maxLines: 1 });
  drawButton(ctx, copy.cta, 70 * u, panel.y + 150 * u, 100 * u, { fill: C.secondary, text: C.dark, arrow: true, round: 0.5 });
  drawLogo(ctx, w - 370 * u, panel.y + 165 * u, 70 * u, '#ffffff');
  // Frame 2 of 3 of the digital loop.
  for (let i = 0; i < 3; i++) {
    ctx.fillStyle = i === 1 ? '#ffffff' : 'rgba(255,255,255,0.35)';
    ctx.beginPath();
    ctx.arc(w / 2 + (i - 1) * 40 * u, h - 60 * u, 10 * u, 0, Math.PI * 2);
    ctx.fill();
  }
}

export const OOH_FORMATS: FormatDef[] = [
  { key: 'ooh_48_sheet', channel: 'ooh', slug: '48-sheet', creativeType: 'roadside_48_sheet', label: '48-sheet roadside billboard', width: 1600, height: 800, realFormat: '48-sheet 6096 x 3048 mm, proof at 1600x800 px', features: 'short headline in huge type, car large on the right, logo and URL', usesScene: true, render: billboard48 },
  { key: 'ooh_6_sheet', channel: 'ooh', slug: '6-sheet', creativeType: 'bus_shelter_6_sheet', label: 'Bus-shelter 6-sheet portrait poster', width: 800, height: 1200, realFormat: '6-sheet 1200 x 1800 mm, proof at 800x1200 px', features: 'portrait layout with headline, car scene, facts and a QR code block', usesScene: true, render: sixSheet },
  { key: 'ooh_digital_6_sheet', channel: 'ooh', slug: 'digital-6-sheet', creativeType: 'digital_6_sheet', label: 'Digital 6-sheet (D6) street screen frame', width: 1080, height: 1920, realFormat: 'digital 6-sheet 1080x1920 screen, 10-second slot', features: 'full-bleed portrait frame with the model name in huge type, brand-blue panel with facts and amber button, frame 2 of 3 dots', usesScene: true, render: digitalSixSheet },
];
