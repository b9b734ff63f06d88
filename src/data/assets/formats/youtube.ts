/** YouTube placements as stills: skippable in-stream, 6-second bumper thumbnail and a Shorts ad. */
import { BRAND } from '../../brand/catalog.js';
import { buttonWidth, drawButton, drawLogo, drawTag } from '../brand-marks.js';
import { bubble, label, magnifier, playButton, playGlyph, shareArrow, speaker } from '../chrome.js';
import { drawAvatar, fillRect, sceneWithCar, shadeBand } from '../layout.js';
import { drawText } from '../text.js';
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

function thumbUp(r: RenderInput, cx: number, cy: number, s: number): void {
  const { ctx } = r;
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.roundRect(cx - s * 0.45, cy - s * 0.05, s * 0.22, s * 0.5, s * 0.05);
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(cx - s * 0.18, cy - s * 0.05);
  ctx.lineTo(cx - s * 0.02, cy - s * 0.45);
  ctx.quadraticCurveTo(cx + s * 0.12, cy - s * 0.45, cx + s * 0.08, cy - s * 0.1);
  ctx.lineTo(cx + s * 0.42, cy - s * 0.1);
  ctx.quadraticCurveTo(cx + s * 0.5, cy - s * 0.05, cx + s * 0.42, cy + s * 0.45);
  ctx.lineTo(cx - s * 0.18, cy + s * 0.45);
  ctx.closePath();
  ctx.fill();
}

function youtubeShorts(r: RenderInput): void {
  const { ctx, w, h, copy, rng } = r;
  const u = w / 1080;
  sceneWithCar(r, { x: 0, y: 0, w, h }, { ground: 0.62, carWidth: 0.86, carCenter: 0.46, maxRoof: 0.42 });
  shadeBand(ctx, { x: 0, y: 0, w, h: 560 * u }, 'top', 0.7, '0,0,0');
  shadeBand(ctx, { x: 0, y: h * 0.64, w, h: h * 0.36 }, 'bottom', 0.9, '0,0,0');
  // Shorts mark and top icons.
  ctx.fillStyle = '#ff0033';
  ctx.beginPath();
  ctx.roundRect(40 * u, 60 * u, 56 * u, 68 * u, 18 * u);
  ctx.fill();
  playGlyph(ctx, 70 * u, 94 * u, 30 * u, '#ffffff');
  label(ctx, 'Shorts', 112 * u, 95 * u, 40 * u, '#ffffff', 700);
  magnifier(ctx, w - 150 * u, 94 * u, 50 * u, '#ffffff');
  label(ctx, '\u22EE', w - 60 * u, 94 * u, 48 * u, '#ffffff', 700, 'center');
  const k = drawText(ctx, copy.kicker.toUpperCase(), { x: 70 * u, y: 220 * u, w: 860 * u, h: 44 * u }, { maxSize: 36 * u, weight: 700, color: C.secondary, tracking: 4 * u, maxLines: 1 });
  drawText(ctx, copy.headline, { x: 70 * u, y: k.top + k.height + 24 * u, w: 860 * u, h: 200 * u }, { maxSize: 92 * u, weight: 900, color: '#ffffff', maxLines: 2, lineHeight: 1.05, shadow: { color: 'rgba(0,0,0,0.6)', blur: 12 * u } });
  // Right rail: like, comments, share.
  const x = w - 90 * u;
  const rail: [string, (y: number) => void][] = [
    [`${rng.int(2, 40)}K`, (y) => thumbUp(r, x, y, 64 * u)],
    [`${rng.int(100, 900)}`, (y) => bubble(ctx, x, y, 64 * u, '#ffffff')],
    ['Share', (y) => shareArrow(ctx, x, y, 60 * u, '#ffffff')],
  ];
  rail.forEach(([text, icon], i) => {
    const y = h * 0.5 + i * 170 * u;
    icon(y);
    label(ctx, text, x, y + 66 * u, 26 * u, '#ffffff', 600, 'center');
  });
  const left = 40 * u;
  drawAvatar(ctx, left + 36 * u, h - 420 * u, 36 * u, (ax, ay, s) => drawLogo(ctx, ax, ay, s, '#ffffff', false));
  label(ctx, `@${copy.handle}`, left + 90 * u, h - 420 * u, 34 * u, '#ffffff', 700);
  drawTag(ctx, 'Sponsored', left, h - 360 * u, 44 * u, 'rgba(255,255,255,0.25)', '#ffffff');
  drawText(ctx, `${copy.modelName}: ${copy.facts}`, { x: left, y: h - 296 * u, w: w - 220 * u, h: 90 * u }, { maxSize: 32 * u, minSize: 22 * u, weight: 400, color: '#ffffff', maxLines: 2, lineHeight: 1.3 });
  ctx.fillStyle = '#065fd4';
  ctx.beginPath();
  ctx.roundRect(left, h - 190 * u, w - 80 * u, 96 * u, 48 * u);
  ctx.fill();
  drawText(ctx, copy.cta, { x: left + 40 * u, y: h - 164 * u, w: w - 160 * u, h: 46 * u }, { maxSize: 40 * u, weight: 700, color: '#ffffff', maxLines: 1, align: 'center' });
  fillRect(ctx, { x: 0, y: h - 24 * u, w, h: 6 * u }, 'rgba(255,255,255,0.3)');
  fillRect(ctx, { x: 0, y: h - 24 * u, w: w * 0.35, h: 6 * u }, '#ff0033');
}

export const YOUTUBE_FORMATS: FormatDef[] = [
  { key: 'youtube_instream', channel: 'youtube', slug: 'instream', creativeType: 'instream_skippable', label: 'YouTube skippable in-stream video ad still', width: 1280, height: 720, features: 'Skip Ad button, yellow ad progress bar, player controls and a companion card with a blue call-to-action button', usesScene: true, render: youtubeInstream },
  { key: 'youtube_bumper', channel: 'youtube', slug: 'bumper', creativeType: 'bumper_thumbnail', label: 'YouTube 6-second bumper ad thumbnail', width: 1280, height: 720, features: 'big red play button, bold thumbnail title and 0:06 duration stamp', usesScene: true, render: youtubeBumper },
  { key: 'youtube_shorts', channel: 'youtube', slug: 'shorts', creativeType: 'shorts_ad', label: 'Vertical YouTube Shorts ad', width: 1080, height: 1920, features: 'Shorts header, like, comment and share rail, Sponsored label and a full-width blue call-to-action button', usesScene: true, render: youtubeShorts },
];
