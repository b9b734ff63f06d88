/** Radio: a station/podcast-style cover card for the spot, with waveform and script excerpt. */
import { BRAND } from '../../brand/catalog.js';
import { drawLogo, drawTag } from '../brand-marks.js';
import { label, speaker } from '../chrome.js';
import { fillGradient } from '../gradients.js';
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
  fillGradient(ctx, { x: 0, y: 0, w, h }, [[0, C.primary], [1, C.dark]]);
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

export const AUDIO_FORMATS: FormatDef[] = [
  { key: 'radio_cover', channel: 'radio', slug: 'spot-card', creativeType: 'radio_spot_card', label: 'Radio spot cover card (30-second commercial)', width: 1080, height: 1080, features: 'On Air light, audio waveform and a script excerpt with SFX and voice-over lines', usesScene: false, render: radioCard },
];
