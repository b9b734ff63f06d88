/** LinkedIn sponsored content: single-image 1.91:1 post image and a square document/carousel card. */
import { BRAND } from '../../brand/catalog.js';
import { drawButton, drawLogo, drawTag } from '../brand-marks.js';
import { label } from '../chrome.js';
import { fillRect, sceneWithCar } from '../layout.js';
import { drawText } from '../text.js';
import type { FormatDef, RenderInput } from '../types.js';

const C = BRAND.colors;

function sponsoredImage(r: RenderInput): void {
  const { ctx, w, h, copy } = r;
  fillRect(ctx, { x: 0, y: 0, w, h }, '#f3f2ef');
  const panelW = 470;
  fillRect(ctx, { x: 0, y: 0, w: panelW, h }, '#ffffff');
  sceneWithCar(r, { x: panelW, y: 0, w: w - panelW, h }, { ground: 0.8, carWidth: 0.86, maxRoof: 0.22 });
  fillRect(ctx, { x: panelW - 6, y: 0, w: 6, h }, C.accent);
  drawLogo(ctx, 44, 44, 40, C.primary);
  drawTag(ctx, 'Promoted', 44, 110, 30, '#eef3f8', '#666666');
  const m = drawText(ctx, copy.modelName, { x: 44, y: 168, w: panelW - 88, h: 50 }, { maxSize: 44, weight: 800, color: C.primary, maxLines: 1 });
  const hl = drawText(ctx, copy.headline, { x: 44, y: m.top + m.height + 16, w: panelW - 88, h: 120 }, { maxSize: 38, weight: 600, color: '#191919', maxLines: 3, lineHeight: 1.15 });
  drawText(ctx, copy.body, { x: 44, y: hl.top + hl.height + 20, w: panelW - 88, h: 90 }, { maxSize: 22, minSize: 15, weight: 400, color: '#555555', maxLines: 3, lineHeight: 1.3 });
  const bh = 56;
  drawButton(ctx, copy.cta, 44, h - bh - 44, bh, { fill: '#ffffff', text: '#0a66c2', outline: '#0a66c2' });
}

function documentCard(r: RenderInput): void {
  const { ctx, w, h, copy } = r;
  fillRect(ctx, { x: 0, y: 0, w, h }, C.primary);
  sceneWithCar(r, { x: 60, y: 60, w: w - 120, h: 400 }, { ground: 0.82, carWidth: 0.8, maxRoof: 0.12, scene: 'studio' });
  drawText(ctx, copy.headline, { x: 60, y: 500, w: w - 120, h: 80 }, { maxSize: 60, weight: 800, color: '#ffffff', maxLines: 1 });
  label(ctx, `${copy.modelName} for business \u00b7 at a glance`, 60, 612, 30, C.secondary, 600);
  const tiles: [string, string][] = [
    [`${copy.rangeKm} km`, 'WLTP range'],
    ['2%', 'Benefit-in-kind, 2024/25'],
    ['0 g/km', 'CO2 when driven'],
    [copy.price.replace('From ', ''), 'List price from'],
  ];
  const tw = (w - 120 - 30) / 2;
  tiles.forEach(([value, caption], i) => {
    const x = 60 + (i % 2) * (tw + 30);
    const y = 660 + Math.floor(i / 2) * 150;
    ctx.fillStyle = 'rgba(255,255,255,0.1)';
    ctx.beginPath();
    ctx.roundRect(x, y, tw, 130, 14);
    ctx.fill();
    drawText(ctx, value, { x: x + 28, y: y + 22, w: tw - 56, h: 52 }, { maxSize: 50, weight: 900, color: '#ffffff', maxLines: 1 });
    label(ctx, caption, x + 28, y + 100, 24, 'rgba(255,255,255,0.8)', 500);
  });
  drawLogo(ctx, 60, h - 84, 40, '#ffffff');
  label(ctx, '1 / 5  \u203A', w - 60, h - 64, 30, '#ffffff', 700, 'right');
  drawText(ctx, copy.cta, { x: w / 2 - 200, y: h - 82, w: 400, h: 36 }, { maxSize: 30, weight: 600, color: C.accent, maxLines: 1, align: 'center' });
}

export const LINKEDIN_FORMATS: FormatDef[] = [
  { key: 'linkedin_sponsored', channel: 'linkedin', slug: 'sponsored-1200x627', creativeType: 'sponsored_single_image', label: 'LinkedIn sponsored content single-image ad', width: 1200, height: 627, features: 'white copy panel with Promoted label, headline, body copy and an outlined LinkedIn-blue button', usesScene: true, render: sponsoredImage },
  { key: 'linkedin_document', channel: 'linkedin', slug: 'document-1080x1080', creativeType: 'document_carousel', label: 'LinkedIn document (carousel) ad cover card for business buyers', width: 1080, height: 1080, features: 'studio car shot over four stat tiles (range, benefit-in-kind, CO2, price) and a 1 / 5 page marker', usesScene: true, render: documentCard },
];
