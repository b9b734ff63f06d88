/** Meta (story, feed) and TikTok (in-feed, TopView) placements, drawn with their app chrome. */
import { BRAND } from '../../brand/catalog.js';
import { buttonWidth, drawButton, drawLogo, drawTag } from '../brand-marks.js';
import { bookmark, bubble, heart, label, shareArrow, storyProgress } from '../chrome.js';
import { drawAvatar, fillRect, sceneWithCar, shadeBand } from '../layout.js';
import { drawText } from '../text.js';
import type { FormatDef, RenderInput } from '../types.js';

const C = BRAND.colors;
const emblem = (r: RenderInput) => (x: number, y: number, h: number) => drawLogo(r.ctx, x, y, h, '#ffffff', false);

function metaStory(r: RenderInput): void {
  const { ctx, w, h, copy } = r;
  const u = w / 1080;
  sceneWithCar(r, { x: 0, y: 0, w, h }, { ground: 0.66, carWidth: 0.9, maxRoof: 0.45 });
  shadeBand(ctx, { x: 0, y: 0, w, h: h * 0.42 }, 'top', 0.75);
  shadeBand(ctx, { x: 0, y: h * 0.7, w, h: h * 0.3 }, 'bottom', 0.85);
  storyProgress(ctx, w, 28 * u, 3, 0, u);
  drawAvatar(ctx, 70 * u, 100 * u, 40 * u, emblem(r));
  label(ctx, copy.handle, 128 * u, 86 * u, 32 * u, '#ffffff', 700);
  label(ctx, 'Sponsored', 128 * u, 122 * u, 26 * u, 'rgba(255,255,255,0.85)', 500);
  label(ctx, '\u2715', w - 60 * u, 100 * u, 40 * u, '#ffffff', 500, 'center');
  label(ctx, '\u2022\u2022\u2022', w - 130 * u, 100 * u, 28 * u, '#ffffff', 700, 'center');
  const k = drawText(ctx, copy.kicker.toUpperCase(), { x: 80 * u, y: 230 * u, w: 920 * u, h: 50 * u }, { maxSize: 38 * u, weight: 700, color: C.secondary, tracking: 4 * u, maxLines: 1 });
  const m = drawText(ctx, copy.modelName, { x: 80 * u, y: k.top + k.height + 28 * u, w: 920 * u, h: 140 * u }, { maxSize: 120 * u, weight: 900, color: '#ffffff', maxLines: 1 });
  drawText(ctx, copy.headline, { x: 80 * u, y: m.top + m.height + 30 * u, w: 880 * u, h: 170 * u }, { maxSize: 72 * u, weight: 600, color: '#ffffff', maxLines: 2, lineHeight: 1.15 });
  drawText(ctx, copy.facts, { x: 80 * u, y: h - 400 * u, w: 920 * u, h: 44 * u }, { maxSize: 34 * u, weight: 500, color: '#ffffff', maxLines: 1, align: 'center' });
  // Swipe-up call to action: chevron above a white pill.
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 6 * u;
  ctx.beginPath();
  ctx.moveTo(w / 2 - 24 * u, h - 290 * u);
  ctx.lineTo(w / 2, h - 314 * u);
  ctx.lineTo(w / 2 + 24 * u, h - 290 * u);
  ctx.stroke();
  const bh = 100 * u;
  const bw = buttonWidth(ctx, copy.cta, bh, { fill: '#ffffff' });
  drawButton(ctx, copy.cta, (w - bw) / 2, h - 260 * u, bh, { fill: '#ffffff', text: C.primary });
  label(ctx, copy.legal, w / 2, h - 60 * u, 20 * u, 'rgba(255,255,255,0.75)', 400, 'center');
}

function metaFeed(r: RenderInput): void {
  const { ctx, w, h, copy } = r;
  const u = w / 1080;
  fillRect(ctx, { x: 0, y: 0, w, h }, '#ffffff');
  drawAvatar(ctx, 64 * u, 62 * u, 36 * u, emblem(r));
  label(ctx, BRAND.name, 116 * u, 48 * u, 30 * u, '#050505', 700);
  label(ctx, 'Sponsored \u00b7 \u25CB', 116 * u, 82 * u, 24 * u, '#65676b', 500);
  label(ctx, '\u2022\u2022\u2022', w - 60 * u, 60 * u, 28 * u, '#65676b', 700, 'center');
  drawText(ctx, `${copy.headline}. ${copy.body}`, { x: 32 * u, y: 118 * u, w: w - 64 * u, h: 72 * u }, { maxSize: 28 * u, minSize: 20 * u, weight: 400, color: '#050505', maxLines: 2, lineHeight: 1.25 });
  const img = { x: 0, y: 200 * u, w, h: 680 * u };
  sceneWithCar(r, img, { ground: 0.8, carWidth: 0.78, maxRoof: 0.3, carCenter: 0.53 });
  shadeBand(ctx, { x: 0, y: img.y, w, h: img.h * 0.35 }, 'top', 0.55);
  const tagW = drawTag(ctx, copy.kicker.toUpperCase(), 40 * u, img.y + 36 * u, 44 * u, C.secondary, C.dark);
  void tagW;
  drawText(ctx, copy.modelName, { x: 40 * u, y: img.y + 100 * u, w: 700 * u, h: 80 * u }, { maxSize: 72 * u, weight: 900, color: '#ffffff', maxLines: 1 });
  // Link preview bar with the CTA button, as in the Facebook feed.
  const bar = { x: 0, y: img.y + img.h, w, h: h - img.y - img.h };
  fillRect(ctx, bar, '#f0f2f5');
  label(ctx, copy.url.toUpperCase(), 32 * u, bar.y + 50 * u, 24 * u, '#65676b', 500);
  const bw = buttonWidth(ctx, copy.cta, 72 * u, { fill: '#e4e6eb', round: 0.15 });
  drawText(ctx, copy.headline, { x: 32 * u, y: bar.y + 80 * u, w: w - bw - 100 * u, h: 100 * u }, { maxSize: 36 * u, minSize: 22 * u, weight: 700, color: '#050505', maxLines: 2 });
  drawButton(ctx, copy.cta, w - bw - 32 * u, bar.y + (bar.h - 72 * u) / 2, 72 * u, { fill: '#e4e6eb', text: '#050505', round: 0.15 });
}

function instagramFeed(r: RenderInput): void {
  const { ctx, w, h, copy, rng } = r;
  fillRect(ctx, { x: 0, y: 0, w, h }, '#ffffff');
  drawAvatar(ctx, 56, 50, 32, emblem(r));
  label(ctx, copy.handle, 104, 36, 28, '#262626', 700);
  label(ctx, 'Sponsored', 104, 68, 22, '#737373', 500);
  label(ctx, '\u2022\u2022\u2022', w - 50, 50, 26, '#262626', 700, 'center');
  const img = { x: 0, y: 100, w, h: 1000 };
  sceneWithCar(r, img, { ground: 0.78, carWidth: 0.84, maxRoof: 0.42, flip: true });
  shadeBand(ctx, { x: 0, y: img.y, w, h: 400 }, 'top', 0.6);
  const k = drawText(ctx, copy.kicker.toUpperCase(), { x: 56, y: img.y + 60, w: 800, h: 34 }, { maxSize: 30, weight: 700, color: C.secondary, tracking: 3, maxLines: 1 });
  drawText(ctx, copy.headline, { x: 56, y: k.top + k.height + 20, w: 900, h: 180 }, { maxSize: 84, weight: 900, color: '#ffffff', maxLines: 2, lineHeight: 1.05 });
  // The Instagram CTA strip takes the brand colour.
  fillRect(ctx, { x: 0, y: 1100, w, h: 70 }, C.primary);
  label(ctx, copy.cta, 40, 1136, 28, '#ffffff', 600);
  label(ctx, '\u203A', w - 40, 1134, 44, '#ffffff', 500, 'right');
  heart(ctx, 60, 1212, 52, '#262626');
  bubble(ctx, 140, 1210, 50, '#262626');
  shareArrow(ctx, 220, 1210, 46, '#262626');
  bookmark(ctx, w - 60, 1210, 50, '#262626');
  label(ctx, `${rng.int(1200, 9800).toLocaleString('en-GB')} likes`, 40, 1268, 26, '#262626', 700);
  drawText(ctx, `${copy.handle} Meet the ${copy.modelName}: ${copy.facts.split(' · ')[0]!.toLowerCase()}.`, { x: 40, y: 1296, w: w - 80, h: 30 }, { maxSize: 26, minSize: 18, weight: 400, color: '#262626', maxLines: 1 });
}

function tiktokSidebar(r: RenderInput, u: number): void {
  const { ctx, w, h, rng } = r;
  const x = w - 90 * u;
  let y = h * 0.42;
  drawAvatar(ctx, x, y, 48 * u, emblem(r));
  ctx.fillStyle = '#fe2c55';
  ctx.beginPath();
  ctx.arc(x, y + 50 * u, 18 * u, 0, Math.PI * 2);
  ctx.fill();
  label(ctx, '+', x, y + 49 * u, 30 * u, '#ffffff', 700, 'center');
  const counts = [`${rng.int(12, 96)}.${rng.int(1, 9)}K`, `${rng.int(300, 2400).toLocaleString('en-GB')}`, `${rng.int(800, 6000).toLocaleString('en-GB')}`, `${rng.int(500, 4000).toLocaleString('en-GB')}`];
  const icons = [heart, bubble, bookmark, shareArrow];
  for (let i = 0; i < icons.length; i++) {
    y += 150 * u;
    icons[i]!(ctx, x, y, 70 * u, i === 0 ? '#ffffff' : '#ffffff');
    label(ctx, counts[i]!, x, y + 62 * u, 24 * u, '#ffffff', 600, 'center');
  }
  // Spinning sound disc.
  ctx.fillStyle = '#222222';
  ctx.beginPath();
  ctx.arc(x, h - 230 * u, 44 * u, 0, Math.PI * 2);
  ctx.fill();
  drawLogo(ctx, x - 22 * u, h - 252 * u, 44 * u, '#ffffff', false);
}

function tiktokInFeed(r: RenderInput): void {
  const { ctx, w, h, copy } = r;
  const u = w / 1080;
  sceneWithCar(r, { x: 0, y: 0, w, h }, { ground: 0.6, carWidth: 0.82, carCenter: 0.45, maxRoof: 0.4 });
  shadeBand(ctx, { x: 0, y: 0, w, h: 220 * u }, 'top', 0.5, '0,0,0');
  shadeBand(ctx, { x: 0, y: h * 0.62, w, h: h * 0.38 }, 'bottom', 0.85, '0,0,0');
  label(ctx, 'Following', w / 2 - 110 * u, 110 * u, 34 * u, 'rgba(255,255,255,0.7)', 600, 'center');
  label(ctx, 'For You', w / 2 + 100 * u, 110 * u, 36 * u, '#ffffff', 700, 'center');
  fillRect(ctx, { x: w / 2 + 70 * u, y: 140 * u, w: 60 * u, h: 6 * u }, '#ffffff');
  // Text sticker: the TikTok-native white box caption.
  const sticker = { x: 90 * u, y: 300 * u, w: 780 * u, h: 230 * u };
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.roundRect(sticker.x - 30 * u, sticker.y - 30 * u, sticker.w + 60 * u, sticker.h + 60 * u, 24 * u);
  ctx.fill();
  drawText(ctx, `POV: ${copy.headline.replace(/\.$/, '')}`, sticker, { maxSize: 76 * u, weight: 800, color: '#111111', maxLines: 3, align: 'center', valign: 'middle' });
  tiktokSidebar(r, u);
  const left = 40 * u;
  const textW = w - 220 * u;
  label(ctx, `@${copy.handle}`, left, h - 520 * u, 38 * u, '#ffffff', 700);
  drawText(ctx, `Meet the ${copy.modelName}. ${copy.facts.split(' · ')[0]} #${copy.modelName.replace(/\s/g, '')} #EV #${copy.segment.normalize('NFD').replace(/[^a-z]/gi, '')}`, { x: left, y: h - 480 * u, w: textW, h: 100 * u }, { maxSize: 32 * u, minSize: 24 * u, weight: 400, color: '#ffffff', maxLines: 2, lineHeight: 1.3 });
  drawTag(ctx, 'Sponsored', left, h - 360 * u, 44 * u, 'rgba(255,255,255,0.25)', '#ffffff');
  label(ctx, `\u266B  ${BRAND.short} \u00b7 Original sound`, left, h - 280 * u, 28 * u, '#ffffff', 500);
  // Full-width CTA bar in the brand amber.
  ctx.fillStyle = C.secondary;
  ctx.beginPath();
  ctx.roundRect(left, h - 220 * u, textW, 88 * u, 10 * u);
  ctx.fill();
  drawText(ctx, `${copy.cta}  \u203A`, { x: left + 30 * u, y: h - 200 * u, w: textW - 60 * u, h: 48 * u }, { maxSize: 38 * u, weight: 700, color: C.dark, maxLines: 1, align: 'center' });
  fillRect(ctx, { x: 0, y: h - 110 * u, w, h: 110 * u }, '#000000');
  const tabs = ['Home', 'Friends', '+', 'Inbox', 'Profile'];
  tabs.forEach((t, i) => label(ctx, t, (w / 5) * (i + 0.5), h - 55 * u, t === '+' ? 46 * u : 24 * u, i === 0 ? '#ffffff' : 'rgba(255,255,255,0.7)', 600, 'center'));
}

function tiktokTopView(r: RenderInput): void {
  const { ctx, w, h, copy } = r;
  const u = w / 1080;
  sceneWithCar(r, { x: 0, y: 0, w, h }, { ground: 0.72, carWidth: 0.95, maxRoof: 0.5, flip: true });
  shadeBand(ctx, { x: 0, y: 0, w, h: h * 0.5 }, 'top', 0.8, '0,0,0');
  shadeBand(ctx, { x: 0, y: h * 0.75, w, h: h * 0.25 }, 'bottom', 0.85, '0,0,0');
  drawTag(ctx, 'Sponsored', 40 * u, 70 * u, 50 * u, 'rgba(0,0,0,0.45)', '#ffffff');
  ctx.fillStyle = 'rgba(0,0,0,0.45)';
  ctx.beginPath();
  ctx.roundRect(w - 220 * u, 70 * u, 180 * u, 60 * u, 30 * u);
  ctx.fill();
  label(ctx, 'Skip 5', w - 130 * u, 101 * u, 28 * u, '#ffffff', 600, 'center');
  const lw = 380 * u;
  drawLogo(ctx, (w - lw) / 2 + 20 * u, 300 * u, 90 * u, '#ffffff');
  const k = drawText(ctx, copy.kicker.toUpperCase(), { x: 80 * u, y: 470 * u, w: 920 * u, h: 46 * u }, { maxSize: 36 * u, weight: 700, color: C.secondary, tracking: 4 * u, maxLines: 1, align: 'center' });
  const m = drawText(ctx, copy.shortName, { x: 80 * u, y: k.top + k.height + 30 * u, w: 920 * u, h: 200 * u }, { maxSize: 190 * u, weight: 900, color: '#ffffff', maxLines: 1, align: 'center', tracking: 10 * u });
  drawText(ctx, copy.headline, { x: 120 * u, y: m.top + m.height + 40 * u, w: 840 * u, h: 150 * u }, { maxSize: 64 * u, weight: 600, color: '#ffffff', maxLines: 2, align: 'center' });
  const bh = 104 * u;
  const bw = buttonWidth(ctx, copy.cta, bh, { fill: '#fe2c55', arrow: true });
  drawButton(ctx, copy.cta, (w - bw) / 2, h - 300 * u, bh, { fill: '#fe2c55', text: '#ffffff', arrow: true, round: 0.2 });
  label(ctx, `@${copy.handle} \u00b7 TopView`, w / 2, h - 140 * u, 28 * u, 'rgba(255,255,255,0.8)', 500, 'center');
}

export const SOCIAL_FORMATS: FormatDef[] = [
  { key: 'meta_story', channel: 'meta', slug: 'story', creativeType: 'story', label: 'Vertical Instagram and Facebook story ad', width: 1080, height: 1920, features: 'story progress bar, Sponsored label and swipe-up button', usesScene: true, render: metaStory },
  { key: 'meta_feed', channel: 'meta', slug: 'feed', creativeType: 'feed', label: 'Square Facebook and Instagram feed ad', width: 1080, height: 1080, features: 'Sponsored post header, caption and link bar with the call-to-action button', usesScene: true, render: metaFeed },
  { key: 'meta_instagram_portrait', channel: 'meta', slug: 'instagram-4x5', creativeType: 'instagram_feed_portrait', label: 'Portrait 4:5 Instagram feed ad', width: 1080, height: 1350, features: 'Instagram post header with Sponsored label, brand-blue call-to-action strip, like, comment, share and save icons and caption', usesScene: true, render: instagramFeed },
  { key: 'tiktok_in_feed', channel: 'tiktok', slug: 'in-feed', creativeType: 'in_feed_video', label: 'Vertical TikTok in-feed video ad', width: 1080, height: 1920, features: 'For You feed chrome, POV text sticker, like and share sidebar, Sponsored label and amber CTA bar', usesScene: true, render: tiktokInFeed },
  { key: 'tiktok_topview', channel: 'tiktok', slug: 'topview', creativeType: 'topview', label: 'Full-screen TikTok TopView app-open ad', width: 1080, height: 1920, features: 'Skip countdown, Sponsored label, centred logo and red CTA button', usesScene: true, render: tiktokTopView },
];
