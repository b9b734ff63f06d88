/** Radio: a station/podcast-style cover card for the spot, with waveform and script excerpt. */
import { BRAND, type VehicleModelId } from '../../brand/catalog.js';
import { drawLogo, drawTag } from '../brand-marks.js';
import { label, speaker } from '../chrome.js';
import { fillGradient } from '../gradients.js';
import { sceneWithCar } from '../layout.js';
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

/** Background tint per model, so the cards of different models read apart at a glance. */
const TINTS: Record<VehicleModelId, string> = {
  terra: '#0F4C47',
  vento: '#5A3412',
  summit: '#26323D',
  lumen: '#18264A',
};

function radioCard(r: RenderInput): void {
  const { ctx, w, h, copy, rng } = r;
  fillGradient(ctx, { x: 0, y: 0, w, h }, [[0, TINTS[r.spec.campaign.model]], [1, C.dark]]);
  // On-air light, spot length and logo.
  ctx.fillStyle = '#e53935';
  ctx.beginPath();
  ctx.arc(84, 80, 16, 0, Math.PI * 2);
  ctx.fill();
  label(ctx, 'ON AIR', 114, 81, 30, '#ffffff', 800);
  drawTag(ctx, 'RADIO SPOT \u00b7 30"', 290, 58, 44, C.secondary, C.dark);
  drawLogo(ctx, w - 300, 52, 56, '#ffffff');
  // Cover art: the campaign's scene and car in a rounded square, as on a station or podcast page.
  const art = { x: 60, y: 150, w: 400, h: 400 };
  ctx.save();
  ctx.beginPath();
  ctx.roundRect(art.x, art.y, art.w, art.h, 28);
  ctx.clip();
  sceneWithCar(r, art, { ground: 0.8, carWidth: 0.94, maxRoof: 0.3 });
  ctx.restore();
  const x = art.x + art.w + 40;
  const cw = w - x - 60;
  const k = drawText(ctx, copy.kicker.toUpperCase(), { x, y: 170, w: cw, h: 26 }, { maxSize: 22, weight: 700, color: C.secondary, tracking: 2, maxLines: 1 });
  const m = drawText(ctx, copy.modelName, { x, y: k.top + k.height + 16, w: cw, h: 120 }, { maxSize: 64, weight: 900, color: '#ffffff', maxLines: 2, lineHeight: 1.0 });
  const hl = drawText(ctx, copy.headline, { x, y: m.top + m.height + 20, w: cw, h: 110 }, { maxSize: 40, weight: 600, color: 'rgba(255,255,255,0.92)', maxLines: 2 });
  drawText(ctx, `For ${copy.audienceLabel} \u00b7 commercial radio and podcasts`, { x, y: Math.max(hl.top + hl.height + 24, 470), w: cw, h: 60 }, { maxSize: 22, minSize: 16, weight: 500, color: 'rgba(255,255,255,0.75)', maxLines: 2, lineHeight: 1.3 });
  // Waveform: mirrored bars with a seeded envelope; the played part in amber.
  const mid = 660;
  const bars = 64;
  const bw = (w - 120) / bars;
  for (let i = 0; i < bars; i++) {
    const env = Math.sin((i / bars) * Math.PI) * 0.75 + 0.25;
    const amp = (10 + rng.uniform(0.2, 1) * 62) * env;
    ctx.fillStyle = i < bars * 0.4 ? C.secondary : 'rgba(63,184,175,0.85)';
    ctx.beginPath();
    ctx.roundRect(60 + i * bw + bw * 0.2, mid - amp, bw * 0.6, amp * 2, bw * 0.3);
    ctx.fill();
  }
  label(ctx, '0:12', 60, 760, 22, 'rgba(255,255,255,0.7)', 500);
  label(ctx, '0:30', w - 60, 760, 22, 'rgba(255,255,255,0.7)', 500, 'right');
  // Script excerpt card with the call to action.
  const card = { x: 60, y: 795, w: w - 120, h: 235 };
  ctx.fillStyle = 'rgba(255,255,255,0.95)';
  ctx.beginPath();
  ctx.roundRect(card.x, card.y, card.w, card.h, 20);
  ctx.fill();
  speaker(ctx, card.x + 46, card.y + 38, 36, C.accent);
  label(ctx, 'SCRIPT EXCERPT', card.x + 84, card.y + 38, 20, '#6b7a86', 700);
  drawText(ctx, copy.cta, { x: card.x + card.w - 330, y: card.y + 24, w: 300, h: 30 }, { maxSize: 28, weight: 800, color: C.primary, maxLines: 1, align: 'right' });
  drawText(ctx, radioScript(r), { x: card.x + 36, y: card.y + 72, w: card.w - 72, h: card.h - 92 }, { maxSize: 30, minSize: 18, weight: 500, color: C.dark, maxLines: 5, lineHeight: 1.3, italic: true });
}

export const AUDIO_FORMATS: FormatDef[] = [
  { key: 'radio_cover', channel: 'radio', slug: 'spot-card', creativeType: 'radio_spot_card', label: 'Radio spot cover card (30-second commercial)', width: 1080, height: 1080, features: 'On Air light, cover art with the car, audio waveform and a script excerpt with SFX and voice-over lines', usesScene: true, render: radioCard },
];
