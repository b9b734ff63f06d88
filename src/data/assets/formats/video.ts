/** Video placements as stills: YouTube in-stream and bumper thumbnail, TV hero still and end frame. */
import { BRAND } from '../../brand/catalog.js';
import { buttonWidth, drawButton, drawLogo, drawTag } from '../brand-marks.js';
import { label, magnifier, playButton, playGlyph, speaker } from '../chrome.js';
import { drawAvatar, fillRect, sceneWithCar, shadeBand } from '../layout.js';
import { drawText } from '../text.js';
import { font } from '../fonts.js';
import type { FormatDef, RenderInput } from '../types.js';

const C = BRAND.colors;

/** YouTube player controls along the bottom: yellow ad progress, play, volume, time. */
function playerControls(r: RenderInput, u: number, elapsed: string, total: string, progress: number): void {
  const { ctx, w, h } = r;
  shadeBand(ctx, { x: 0, y: h - 130 * u, w, h: 130 * u }, 'bottom', 0.7, '0,0,0');
  fillRect(ctx, { x: 20 * u, y: h - 70 * u, w: w - 40 * u, h: 5 * u }, 'rgba(255,255,255,0.35)');
  fillRect(ctx, { x: 20 * u, y: h - 70 * u, w: (w - 40 * u) * progress, h: 5 * u }, '#fbc02d');
  playGlyph(ctx, 46 * u, h - 32 * u, 30 * u, '#ffffff');
  speaker(ctx, 110 * u, h - 32 * u, 30 * u, '#ffffff');
  label(ctx, `${elapsed} / ${total}`, 150 * u, h - 31 * u, 18 * u, '#ffffff', 500);
  label(ctx, '\u2699   \u26F6', w - 40 * u, h - 31 * u, 22 * u, '#ffffff', 500, 'right');
}

function youtubeInstream(r: RenderInput): void {
  const { ctx, w, h, copy } = r;
  const u = w / 1280;
  sceneWithCar(r, { x: 0, y: 0, w, h }, { ground: 0.78, carWidth: 0.6, carCenter: 0.62, maxRoof: 0.25 });
  shadeBand(ctx, { x: 0, y: 0, w: w * 0.6, h }, 'left', 0.7);
  // Video super, as cut into the film.
  const k = drawText(ctx, copy.kicker.toUpperCase(), { x: 60 * u, y: 80 * u, w: 560 * u, h: 30 * u }, { maxSize: 26 * u, weight: 700, color: C.secondary, tracking: 3 * u, maxLines: 1 });
  const m = drawText(ctx, copy.modelName, { x: 60 * u, y: k.top + k.height + 16 * u, w: 560 * u, h: 80 * u }, { maxSize: 72 * u, weight: 900, color: '#ffffff', maxLines: 1 });
  drawText(ctx, copy.headline, { x: 60 * u, y: m.top + m.height + 16 * u, w: 520 * u, h: 110 * u }, { maxSize: 46 * u, weight: 600, color: '#ffffff', maxLines: 2 });
  // Companion call-to-action card bottom-left.
  const card = { x: 24 * u, y: h - 250 * u, w: 470 * u, h: 96 * u };
  ctx.fillStyle = 'rgba(255,255,255,0.96)';
  ctx.beginPath();
  ctx.roundRect(card.x, card.y, card.w, card.h, 12 * u);
  ctx.fill();
  drawAvatar(ctx, card.x + 48 * u, card.y + card.h / 2, 30 * u, (x, y, s) => drawLogo(ctx, x, y, s, '#ffffff', false));
  const bh = 48 * u;
  const bw = buttonWidth(ctx, copy.cta, bh);
  drawText(ctx, copy.modelName, { x: card.x + 92 * u, y: card.y + 20 * u, w: card.w - bw - 120 * u, h: 26 * u }, { maxSize: 24 * u, minSize: 14 * u, weight: 700, color: '#0f0f0f', maxLines: 1 });
  label(ctx, `Ad \u00b7 ${copy.url}`, card.x + 92 * u, card.y + 66 * u, 18 * u, '#606060', 500);
  drawButton(ctx, copy.cta, card.x + card.w - bw - 16 * u, card.y + (card.h - bh) / 2, bh, { fill: '#065fd4', text: '#ffffff', round: 0.5 });
  drawTag(ctx, 'Ad \u00b7 0:12', 24 * u, h - 126 * u, 34 * u, '#fbc02d', '#0f0f0f');
  // Skip button bottom-right.
  const skip = { x: w - 210 * u, y: h - 190 * u, w: 186 * u, h: 60 * u };
  ctx.fillStyle = 'rgba(0,0,0,0.7)';
  ctx.fillRect(skip.x, skip.y, skip.w, skip.h);
  ctx.strokeStyle = 'rgba(255,255,255,0.5)';
  ctx.lineWidth = 1.5 * u;
  ctx.strokeRect(skip.x, skip.y, skip.w, skip.h);
  label(ctx, 'Skip Ad', skip.x + 26 * u, skip.y + skip.h / 2, 24 * u, '#ffffff', 600);
  playGlyph(ctx, skip.x + skip.w - 40 * u, skip.y + skip.h / 2, 24 * u, '#ffffff');
  fillRect(ctx, { x: skip.x + skip.w - 28 * u, y: skip.y + 19 * u, w: 4 * u, h: 22 * u }, '#ffffff');
  playerControls(r, u, '0:03', '0:15', 0.2);
}

function youtubeBumper(r: RenderInput): void {
  const { ctx, w, h, copy } = r;
  const u = w / 1280;
  sceneWithCar(r, { x: 0, y: 0, w, h }, { ground: 0.86, carWidth: 0.72, carCenter: 0.5, maxRoof: 0.42, flip: true });
  shadeBand(ctx, { x: 0, y: 0, w, h: h * 0.5 }, 'top', 0.75, '0,0,0');
  // Thumbnail-style title: heavy type with a dark outline.
  const t = drawText(ctx, copy.shortName, { x: 60 * u, y: 40 * u, w: w - 120 * u, h: 150 * u }, { maxSize: 150 * u, weight: 900, color: '#ffffff', maxLines: 1, align: 'center', tracking: 12 * u, shadow: { color: 'rgba(0,0,0,0.8)', blur: 18 * u } });
  drawText(ctx, copy.headline.toUpperCase(), { x: 120 * u, y: t.top + t.height + 20 * u, w: w - 240 * u, h: 50 * u }, { maxSize: 44 * u, weight: 800, color: C.secondary, maxLines: 1, align: 'center', shadow: { color: 'rgba(0,0,0,0.8)', blur: 12 * u } });
  playButton(ctx, w / 2, h * 0.55, 110 * u);
  drawTag(ctx, '6s bumper', 30 * u, 30 * u, 40 * u, C.primary, '#ffffff');
  drawLogo(ctx, w - 260 * u, 30 * u, 44 * u, '#ffffff');
  ctx.fillStyle = 'rgba(0,0,0,0.8)';
  ctx.beginPath();
  ctx.roundRect(w - 100 * u, h - 64 * u, 76 * u, 40 * u, 6 * u);
  ctx.fill();
  label(ctx, '0:06', w - 62 * u, h - 44 * u, 24 * u, '#ffffff', 600, 'center');
  drawTag(ctx, 'Ad', 30 * u, h - 64 * u, 40 * u, '#fbc02d', '#0f0f0f');
  label(ctx, `${copy.cta} \u00b7 ${copy.url}`, 110 * u, h - 44 * u, 26 * u, '#ffffff', 600);
}

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

export const VIDEO_FORMATS: FormatDef[] = [
  { key: 'youtube_instream', channel: 'youtube', slug: 'instream', creativeType: 'instream_skippable', label: 'YouTube skippable in-stream video ad still', width: 1280, height: 720, features: 'Skip Ad button, yellow ad progress bar, player controls and a companion card with a blue call-to-action button', usesScene: true, render: youtubeInstream },
  { key: 'youtube_bumper', channel: 'youtube', slug: 'bumper', creativeType: 'bumper_thumbnail', label: 'YouTube 6-second bumper ad thumbnail', width: 1280, height: 720, features: 'big red play button, bold thumbnail title and 0:06 duration stamp', usesScene: true, render: youtubeBumper },
  { key: 'tv_still', channel: 'tv', slug: 'still', creativeType: 'tv_still', label: 'TV commercial hero still (30-second spot)', width: 1920, height: 1080, features: 'cinematic letterbox, broadcaster-style lower third with model and headline, channel bug and legal super', usesScene: true, render: tvStill },
  { key: 'tv_end_frame', channel: 'tv', slug: 'end-frame', creativeType: 'tv_end_frame', label: 'TV commercial end frame (packshot)', width: 1920, height: 1080, features: 'studio packshot, logo, "Search Halden" search bar and legal super', usesScene: true, render: tvEndFrame },
];
