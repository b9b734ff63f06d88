/**
 * TV as stills: hero frame with a broadcaster-style lower third, packshot end frame, and the same spot as
 * served on the Albion Player video-on-demand service (the VOD addendum in the contracts).
 */
import { BRAND } from '../../brand/catalog.js';
import { drawLogo, drawTag } from '../brand-marks.js';
import { label, magnifier } from '../chrome.js';
import { font } from '../fonts.js';
import { fillRect, sceneWithCar, shadeBand } from '../layout.js';
import { drawText } from '../text.js';
import type { FormatDef, RenderInput } from '../types.js';

const C = BRAND.colors;

/** Broadcaster-style lower third and channel bug over a hero still. */
function tvStill(r: RenderInput): void {
  const { ctx, w, h, copy } = r;
  const u = w / 1920;
  sceneWithCar(r, { x: 0, y: 0, w, h }, { ground: 0.66, carWidth: 0.52, carCenter: 0.62, maxRoof: 0.2 });
  // Cinematic letterbox bars.
  fillRect(ctx, { x: 0, y: 0, w, h: 70 * u }, '#000000');
  fillRect(ctx, { x: 0, y: h - 70 * u, w, h: 70 * u }, '#000000');
  // Channel bug (generic, semi-transparent) top-right.
  ctx.globalAlpha = 0.75;
  label(ctx, 'HD', w - 110 * u, 125 * u, 40 * u, '#ffffff', 800, 'center');
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 3 * u;
  ctx.strokeRect(w - 160 * u, 98 * u, 100 * u, 56 * u);
  ctx.globalAlpha = 1;
  // Lower third: petrol-blue plate with model, amber strip with headline.
  const lx = 110 * u;
  const ly = h - 330 * u;
  fillRect(ctx, { x: lx, y: ly, w: 900 * u, h: 110 * u }, C.primary);
  fillRect(ctx, { x: lx, y: ly, w: 14 * u, h: 170 * u }, C.accent);
  drawLogo(ctx, lx + 40 * u, ly + 27 * u, 56 * u, '#ffffff', false);
  drawText(ctx, copy.modelName.toUpperCase(), { x: lx + 120 * u, y: ly + 30 * u, w: 760 * u, h: 56 * u }, { maxSize: 56 * u, weight: 800, color: '#ffffff', maxLines: 1, tracking: 4 * u });
  fillRect(ctx, { x: lx, y: ly + 110 * u, w: 900 * u, h: 60 * u }, C.secondary);
  drawText(ctx, `${copy.headline}  \u00b7  ${copy.cta}`, { x: lx + 40 * u, y: ly + 124 * u, w: 840 * u, h: 34 * u }, { maxSize: 32 * u, weight: 700, color: C.dark, maxLines: 1 });
  // Legal super.
  drawText(ctx, copy.legal, { x: lx, y: h - 130 * u, w: 1300 * u, h: 26 * u }, { maxSize: 22 * u, weight: 400, color: 'rgba(255,255,255,0.85)', maxLines: 1, shadow: { color: 'rgba(0,0,0,0.9)', blur: 6 * u } });
}

/** Packshot end frame: car on the studio floor, logo, model, search bar "Search Halden". */
function tvEndFrame(r: RenderInput): void {
  const { ctx, w, h, copy } = r;
  const u = w / 1920;
  sceneWithCar(r, { x: 0, y: 0, w, h }, { ground: 0.68, carWidth: 0.56, maxRoof: 0.36, scene: 'studio' });
  drawLogo(ctx, w / 2 - 170 * u, 70 * u, 70 * u, '#ffffff');
  drawText(ctx, copy.modelName, { x: 200 * u, y: 180 * u, w: w - 400 * u, h: 100 * u }, { maxSize: 96 * u, weight: 900, color: '#ffffff', maxLines: 1, align: 'center' });
  drawText(ctx, copy.headline, { x: 200 * u, y: 290 * u, w: w - 400 * u, h: 60 * u }, { maxSize: 52 * u, weight: 500, color: 'rgba(255,255,255,0.9)', maxLines: 1, align: 'center' });
  // Search bar call to action.
  const bar = { x: w / 2 - 380 * u, y: h - 250 * u, w: 760 * u, h: 96 * u };
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.roundRect(bar.x, bar.y, bar.w, bar.h, 48 * u);
  ctx.fill();
  magnifier(ctx, bar.x + 60 * u, bar.y + bar.h / 2, 48 * u, '#5f6368');
  label(ctx, 'Halden', bar.x + 110 * u, bar.y + bar.h / 2, 44 * u, '#202124', 500);
  fillRect(ctx, { x: bar.x + 262 * u, y: bar.y + 24 * u, w: 3 * u, h: 48 * u }, '#202124');
  ctx.font = font(56 * u * 0.55, 700);
  ctx.letterSpacing = `${56 * u * 0.06}px`;
  const tagW = ctx.measureText(copy.cta.toUpperCase()).width + 56 * u * 0.8;
  ctx.letterSpacing = '0px';
  drawTag(ctx, copy.cta.toUpperCase(), bar.x + bar.w - tagW - 20 * u, bar.y + 20 * u, 56 * u, C.secondary, C.dark);
  drawText(ctx, `${copy.facts}  \u00b7  ${copy.legal}`, { x: 120 * u, y: h - 110 * u, w: w - 240 * u, h: 28 * u }, { maxSize: 24 * u, weight: 400, color: 'rgba(255,255,255,0.75)', maxLines: 1, align: 'center' });
}

/** The spot on Albion Player (broadcaster VOD): player chrome, ad counter, no skip, "Visit advertiser". */
function tvVod(r: RenderInput): void {
  const { ctx, w, h, copy } = r;
  const u = w / 1920;
  sceneWithCar(r, { x: 0, y: 0, w, h }, { ground: 0.74, carWidth: 0.5, carCenter: 0.64, maxRoof: 0.3 });
  shadeBand(ctx, { x: 0, y: 0, w, h: 260 * u }, 'top', 0.7, '0,0,0');
  // Albion Player mark (the broadcaster's VOD service).
  ctx.fillStyle = '#7b2cbf';
  ctx.beginPath();
  ctx.arc(100 * u, 90 * u, 34 * u, 0, Math.PI * 2);
  ctx.fill();
  label(ctx, 'A', 100 * u, 92 * u, 40 * u, '#ffffff', 800, 'center');
  label(ctx, 'albion player', 150 * u, 90 * u, 40 * u, '#ffffff', 700);
  ctx.fillStyle = 'rgba(0,0,0,0.6)';
  ctx.beginPath();
  ctx.roundRect(w - 380 * u, 60 * u, 320 * u, 60 * u, 30 * u);
  ctx.fill();
  label(ctx, 'Ad 1 of 2 \u00b7 0:24', w - 220 * u, 91 * u, 28 * u, '#ffffff', 600, 'center');
  const k = drawText(ctx, copy.kicker.toUpperCase(), { x: 100 * u, y: 260 * u, w: 700 * u, h: 34 * u }, { maxSize: 30 * u, weight: 700, color: C.secondary, tracking: 3 * u, maxLines: 1 });
  const m = drawText(ctx, copy.modelName, { x: 100 * u, y: k.top + k.height + 20 * u, w: 700 * u, h: 100 * u }, { maxSize: 90 * u, weight: 900, color: '#ffffff', maxLines: 1, shadow: { color: 'rgba(0,0,0,0.6)', blur: 14 * u } });
  drawText(ctx, copy.headline, { x: 100 * u, y: m.top + m.height + 20 * u, w: 640 * u, h: 130 * u }, { maxSize: 54 * u, weight: 600, color: '#ffffff', maxLines: 2, shadow: { color: 'rgba(0,0,0,0.6)', blur: 12 * u } });
  // Player bar: scrubber with ad-break markers, time, and the advertiser link.
  shadeBand(ctx, { x: 0, y: h - 260 * u, w, h: 260 * u }, 'bottom', 0.8, '0,0,0');
  const bar = { x: 100 * u, y: h - 110 * u, w: w - 200 * u, h: 8 * u };
  fillRect(ctx, bar, 'rgba(255,255,255,0.3)');
  fillRect(ctx, { ...bar, w: bar.w * 0.2 }, '#fbc02d');
  for (const t of [0.33, 0.62, 0.88]) fillRect(ctx, { x: bar.x + bar.w * t, y: bar.y - 4 * u, w: 8 * u, h: 16 * u }, '#fbc02d');
  label(ctx, '\u275A\u275A', 100 * u, h - 60 * u, 30 * u, '#ffffff', 700);
  label(ctx, '0:06 / 0:30', 170 * u, h - 60 * u, 28 * u, '#ffffff', 500);
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 3 * u;
  ctx.beginPath();
  ctx.roundRect(w - 460 * u, h - 220 * u, 360 * u, 76 * u, 8 * u);
  ctx.stroke();
  label(ctx, 'Visit advertiser  \u203A', w - 280 * u, h - 181 * u, 32 * u, '#ffffff', 600, 'center');
  drawLogo(ctx, 100 * u, h - 230 * u, 56 * u, '#ffffff');
}

export const TV_FORMATS: FormatDef[] = [
  { key: 'tv_still', channel: 'tv', slug: 'still', creativeType: 'tv_still', label: 'TV commercial hero still (30-second spot)', width: 1920, height: 1080, features: 'cinematic letterbox, broadcaster-style lower third with model and headline, channel bug and legal super', usesScene: true, render: tvStill },
  { key: 'tv_end_frame', channel: 'tv', slug: 'end-frame', creativeType: 'tv_end_frame', label: 'TV commercial end frame (packshot)', width: 1920, height: 1080, features: 'studio packshot, logo, "Search Halden" search bar and legal super', usesScene: true, render: tvEndFrame },
  { key: 'tv_vod', channel: 'tv', slug: 'albion-player-vod', creativeType: 'bvod_preroll', label: 'Broadcaster video-on-demand pre-roll on Albion Player (same 30-second spot)', width: 1920, height: 1080, features: 'Albion Player chrome, "Ad 1 of 2" counter, scrubber with ad-break markers and a Visit advertiser button, no skip', usesScene: true, render: tvVod },
];
