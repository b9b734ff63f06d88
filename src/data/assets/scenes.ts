/**
 * Vector backdrops for the creatives. Each scene fills a box and puts its road or floor at `groundY`,
 * where the car is parked. Details (stars, windows, trees) come from the seeded rng, so scenes vary
 * between creatives but are the same for the same seed.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Rng } from '../../util/rng.js';
import type { Box } from './text.js';
import { mix, rgba } from './color.js';
import { fillGradient, fillRadial } from './gradients.js';

export type SceneId = 'beach_sunset' | 'city_night' | 'mountain_road' | 'studio' | 'countryside' | 'snow_forest' | 'city_dusk';

export const SCENE_LABELS: Record<SceneId, string> = {
  beach_sunset: 'sunset beach scene',
  city_night: 'city night skyline scene',
  mountain_road: 'mountain road scene',
  studio: 'studio spotlight scene',
  countryside: 'green countryside lane scene',
  snow_forest: 'snowy pine forest scene',
  city_dusk: 'city skyline at dusk scene',
};

/** Whether the scene is lit at night (headlights on, light text reads best). */
export const NIGHT_SCENES: ReadonlySet<SceneId> = new Set(['city_night', 'city_dusk', 'studio']);

export function drawScene(ctx: SKRSContext2D, scene: SceneId, box: Box, groundY: number, rng: Rng): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(box.x, box.y, box.w, box.h);
  ctx.clip();
  SCENES[scene](ctx, box, groundY, rng);
  ctx.restore();
}

type SceneFn = (ctx: SKRSContext2D, b: Box, g: number, rng: Rng) => void;

function sky(ctx: SKRSContext2D, b: Box, bottom: number, stops: [number, string][]): void {
  fillGradient(ctx, { x: b.x, y: b.y, w: b.w, h: bottom - b.y + 1 }, stops);
}

function ridge(ctx: SKRSContext2D, b: Box, baseY: number, amp: number, color: string, rng: Rng, peaks: number, snow = false): void {
  const pts: [number, number][] = [[b.x, baseY]];
  const step = b.w / peaks;
  for (let i = 0; i < peaks; i++) {
    pts.push([b.x + step * (i + 0.5 + rng.uniform(-0.2, 0.2)), baseY - amp * rng.uniform(0.55, 1)]);
    pts.push([b.x + step * (i + 1), baseY - amp * rng.uniform(0.05, 0.3)]);
  }
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.moveTo(b.x, b.y + b.h);
  for (const [x, y] of pts) ctx.lineTo(x, y);
  ctx.lineTo(b.x + b.w, b.y + b.h);
  ctx.closePath();
  ctx.fill();
  if (!snow) return;
  // Snow caps: the top fifth of each peak, following both flanks.
  ctx.fillStyle = 'rgba(250,252,255,0.92)';
  for (let i = 1; i < pts.length - 1; i += 2) {
    const [l, p, r] = [pts[i - 1]!, pts[i]!, pts[i + 1]!];
    const t = 0.22;
    ctx.beginPath();
    ctx.moveTo(p[0], p[1]);
    ctx.lineTo(p[0] + (r[0] - p[0]) * t, p[1] + (r[1] - p[1]) * t);
    ctx.lineTo(p[0] + (r[0] - p[0]) * t * 0.5, p[1] + (r[1] - p[1]) * t * 0.8);
    ctx.lineTo(p[0], p[1] + (l[1] - p[1]) * t * 0.7);
    ctx.lineTo(p[0] + (l[0] - p[0]) * t, p[1] + (l[1] - p[1]) * t);
    ctx.closePath();
    ctx.fill();
  }
}

function road(ctx: SKRSContext2D, b: Box, g: number, color: string, line: string | null): void {
  const depth = Math.max(12, (b.y + b.h - g) * 0.55);
  ctx.fillStyle = color;
  ctx.fillRect(b.x, g - depth * 0.35, b.w, b.y + b.h - g + depth * 0.35);
  if (line) {
    ctx.fillStyle = line;
    const dash = b.w / 14;
    for (let x = b.x; x < b.x + b.w; x += dash * 1.7) ctx.fillRect(x, g + depth * 0.45, dash, Math.max(2, depth * 0.06));
  }
}

function tree(ctx: SKRSContext2D, x: number, base: number, h: number, color: string, snow: boolean): void {
  ctx.fillStyle = color;
  for (let i = 0; i < 3; i++) {
    const tierTop = base - h + i * h * 0.22;
    const half = h * (0.18 + i * 0.07);
    ctx.beginPath();
    ctx.moveTo(x, tierTop);
    ctx.lineTo(x + half, tierTop + h * 0.42);
    ctx.lineTo(x - half, tierTop + h * 0.42);
    ctx.fill();
    if (snow) {
      ctx.fillStyle = 'rgba(255,255,255,0.85)';
      ctx.beginPath();
      ctx.moveTo(x, tierTop);
      ctx.lineTo(x + half * 0.35, tierTop + h * 0.14);
      ctx.lineTo(x - half * 0.35, tierTop + h * 0.14);
      ctx.fill();
      ctx.fillStyle = color;
    }
  }
  ctx.fillRect(x - h * 0.03, base - h * 0.12, h * 0.06, h * 0.12);
}

const beachSunset: SceneFn = (ctx, b, g, rng) => {
  const horizon = b.y + (g - b.y) * 0.72;
  sky(ctx, b, horizon, [[0, '#2b1b4d'], [0.45, '#b4446c'], [0.8, '#f28c38'], [1, '#fcd581']]);
  const r = Math.min(b.w, b.h) * 0.11;
  const sx = b.x + b.w * rng.uniform(0.55, 0.75);
  ctx.save();
  ctx.beginPath();
  ctx.rect(b.x, b.y, b.w, horizon - b.y);
  ctx.clip();
  fillRadial(ctx, sx, horizon, r * 4, [[0, 'rgba(255,236,170,0.9)'], [0.08, 'rgba(255,236,170,0.9)'], [1, 'rgba(255,180,90,0)']]);
  ctx.restore();
  ctx.fillStyle = '#fff1c4';
  ctx.beginPath();
  ctx.arc(sx, horizon, r, Math.PI, 0);
  ctx.fill();
  fillGradient(ctx, { x: b.x, y: horizon, w: b.w, h: g - horizon }, [[0, '#e9875a'], [1, '#3b2a5c']]);
  ctx.fillStyle = 'rgba(255,230,170,0.55)';
  for (let i = 0; i < 14; i++) {
    const y = horizon + (g - horizon) * (i / 14) ** 1.3;
    const wdt = r * (0.4 + i * 0.25) * rng.uniform(0.7, 1.3);
    ctx.fillRect(sx - wdt / 2 + rng.uniform(-r, r) * 0.3, y, wdt, Math.max(1, (g - horizon) * 0.012));
  }
  ctx.save();
  ctx.beginPath();
  ctx.moveTo(b.x, g + b.h * 0.01);
  ctx.quadraticCurveTo(b.x + b.w * 0.5, g - b.h * 0.03, b.x + b.w, g + b.h * 0.005);
  ctx.lineTo(b.x + b.w, b.y + b.h);
  ctx.lineTo(b.x, b.y + b.h);
  ctx.clip();
  fillGradient(ctx, { x: b.x, y: g - b.h * 0.03, w: b.w, h: b.y + b.h - g + b.h * 0.03 }, [[0, '#e2b07a'], [1, '#a8704a']]);
  ctx.restore();
  // Dune grass tufts.
  ctx.strokeStyle = '#5b4a2a';
  ctx.lineWidth = Math.max(1, b.w * 0.002);
  for (let i = 0; i < 10; i++) {
    const x = b.x + b.w * rng.next();
    const y = g + (b.y + b.h - g) * rng.uniform(0.3, 0.9);
    for (let k = -2; k <= 2; k++) {
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.quadraticCurveTo(x + k * b.w * 0.004, y - b.h * 0.02, x + k * b.w * 0.009, y - b.h * 0.035);
      ctx.stroke();
    }
  }
};

function skyline(ctx: SKRSContext2D, b: Box, base: number, maxH: number, color: string, windows: string | null, rng: Rng): void {
  let x = b.x - rng.uniform(0, 20);
  while (x < b.x + b.w) {
    const bw = b.w * rng.uniform(0.04, 0.09);
    const bh = maxH * rng.uniform(0.35, 1);
    ctx.fillStyle = color;
    ctx.fillRect(x, base - bh, bw, bh);
    if (rng.bool(0.25)) ctx.fillRect(x + bw * 0.45, base - bh - maxH * 0.08, bw * 0.08, maxH * 0.08);
    if (windows) {
      const cell = Math.max(3, bw / 6);
      for (let wy = base - bh + cell; wy < base - cell; wy += cell * 1.6) {
        for (let wx = x + cell * 0.6; wx < x + bw - cell; wx += cell * 1.4) {
          if (rng.bool(0.38)) {
            ctx.fillStyle = windows;
            ctx.fillRect(wx, wy, cell * 0.7, cell * 0.8);
          }
        }
      }
    }
    x += bw + b.w * rng.uniform(0.002, 0.012);
  }
}

const cityNight: SceneFn = (ctx, b, g, rng) => {
  sky(ctx, b, g, [[0, '#050b1a'], [0.6, '#0d2240'], [1, '#1b3d5f']]);
  ctx.fillStyle = 'rgba(255,255,255,0.8)';
  for (let i = 0; i < 60; i++) {
    const s = rng.uniform(0.6, 1.8) * (b.w / 1080);
    ctx.fillRect(b.x + b.w * rng.next(), b.y + (g - b.y) * rng.next() * 0.5, s, s);
  }
  ctx.fillStyle = '#f5f2e6';
  ctx.beginPath();
  ctx.arc(b.x + b.w * 0.86, b.y + (g - b.y) * 0.34, Math.min(b.w, b.h) * 0.028, 0, Math.PI * 2);
  ctx.fill();
  skyline(ctx, b, g, (g - b.y) * 0.55, '#142a44', null, rng);
  skyline(ctx, b, g, (g - b.y) * 0.38, '#0a1626', 'rgba(255,214,120,0.85)', rng);
  // Teal and amber neon glow on the horizon.
  fillGradient(ctx, { x: b.x, y: g - (g - b.y) * 0.15, w: b.w, h: (g - b.y) * 0.15 }, [[0, 'rgba(63,184,175,0)'], [1, 'rgba(63,184,175,0.35)']]);
  // Wet road with light streaks.
  fillGradient(ctx, { x: b.x, y: g - 2, w: b.w, h: b.y + b.h - g + 2 }, [[0, '#1a2a3a'], [1, '#05090f']]);
  for (let i = 0; i < 24; i++) {
    ctx.fillStyle = rng.bool(0.5) ? 'rgba(242,177,52,0.35)' : 'rgba(63,184,175,0.3)';
    const x = b.x + b.w * rng.next();
    ctx.fillRect(x, g + (b.y + b.h - g) * rng.uniform(0.05, 0.9), b.w * rng.uniform(0.003, 0.008), (b.y + b.h - g) * rng.uniform(0.1, 0.3));
  }
};

const mountainRoad: SceneFn = (ctx, b, g, rng) => {
  sky(ctx, b, g, [[0, '#5d8fc4'], [0.7, '#bcd6ea'], [1, '#f4e3c6']]);
  const span = g - b.y;
  ridge(ctx, b, g - span * 0.28, span * 0.5, '#8fa7c0', rng, 4, true);
  ridge(ctx, b, g - span * 0.16, span * 0.38, '#5f7d96', rng, 5);
  ridge(ctx, b, g - span * 0.02, span * 0.22, '#2f4a3e', rng, 7);
  for (let i = 0; i < 18; i++) {
    const x = b.x + b.w * rng.next();
    tree(ctx, x, g - span * 0.01, span * rng.uniform(0.08, 0.16), '#1d3329', false);
  }
  road(ctx, b, g, '#3a3f45', '#f4f1e8');
  ctx.fillStyle = '#6f7a5a';
  ctx.fillRect(b.x, b.y + b.h - (b.y + b.h - g) * 0.25, b.w, b.h);
};

const studio: SceneFn = (ctx, b, g, _rng) => {
  sky(ctx, b, g, [[0, '#0b1620'], [1, '#1d3446']]);
  const cx = b.x + b.w / 2;
  fillRadial(ctx, cx, g - (g - b.y) * 0.2, Math.max(b.w, b.h) * 0.55, [[0, 'rgba(180,220,235,0.45)'], [1, 'rgba(180,220,235,0)']]);
  fillGradient(ctx, { x: b.x, y: g - 1, w: b.w, h: b.y + b.h - g + 1 }, [[0, '#2a3c4a'], [1, '#081018']]);
  ctx.fillStyle = 'rgba(63,184,175,0.7)';
  ctx.fillRect(b.x, g - 1, b.w, Math.max(2, b.h * 0.003));
};

const countryside: SceneFn = (ctx, b, g, rng) => {
  sky(ctx, b, g, [[0, '#6fb1e0'], [1, '#d8ecf5']]);
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  for (let i = 0; i < 5; i++) {
    const cx = b.x + b.w * rng.next();
    const cy = b.y + (g - b.y) * rng.uniform(0.08, 0.4);
    const r = Math.min(b.w, b.h) * rng.uniform(0.03, 0.06);
    for (let k = 0; k < 4; k++) {
      ctx.beginPath();
      ctx.arc(cx + (k - 1.5) * r * 0.9, cy + (k % 2) * r * 0.2, r * (k === 1 || k === 2 ? 1.2 : 0.85), 0, Math.PI * 2);
      ctx.fill();
    }
  }
  const span = g - b.y;
  const hills = ['#8cbf6a', '#6aa451', '#4d8a3f'];
  hills.forEach((c, i) => {
    ctx.fillStyle = c;
    ctx.beginPath();
    ctx.moveTo(b.x, b.y + b.h);
    const y0 = g - span * (0.3 - i * 0.09);
    ctx.lineTo(b.x, y0);
    ctx.bezierCurveTo(b.x + b.w * 0.3, y0 - span * 0.15, b.x + b.w * 0.6, y0 + span * 0.1, b.x + b.w, y0 - span * 0.05);
    ctx.lineTo(b.x + b.w, b.y + b.h);
    ctx.fill();
  });
  ctx.fillStyle = '#2f5a2a';
  for (let i = 0; i < 12; i++) {
    const x = b.x + b.w * rng.next();
    const y = g - span * rng.uniform(0.05, 0.2);
    ctx.beginPath();
    ctx.arc(x, y, span * rng.uniform(0.025, 0.05), 0, Math.PI * 2);
    ctx.fill();
  }
  road(ctx, b, g, '#55585c', '#f4f1e8');
  ctx.fillStyle = '#4d8a3f';
  ctx.fillRect(b.x, b.y + b.h - (b.y + b.h - g) * 0.3, b.w, b.h);
};

const snowForest: SceneFn = (ctx, b, g, rng) => {
  sky(ctx, b, g, [[0, '#9fb9d3'], [1, '#e8f0f6']]);
  const span = g - b.y;
  ridge(ctx, b, g - span * 0.12, span * 0.3, '#c9d7e4', rng, 5);
  for (let i = 0; i < 26; i++) {
    const far = i < 14;
    tree(ctx, b.x + b.w * rng.next(), g - span * (far ? 0.06 : 0), span * rng.uniform(far ? 0.1 : 0.18, far ? 0.16 : 0.3), far ? '#4f6b70' : '#24433f', true);
  }
  ctx.fillStyle = '#f4f8fb';
  ctx.fillRect(b.x, g - 2, b.w, b.y + b.h - g + 2);
  ctx.fillStyle = '#c9d5df';
  ctx.fillRect(b.x, g + (b.y + b.h - g) * 0.15, b.w, (b.y + b.h - g) * 0.4);
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  for (let i = 0; i < 90; i++) {
    const r = rng.uniform(1, 3.5) * (b.w / 1080);
    ctx.beginPath();
    ctx.arc(b.x + b.w * rng.next(), b.y + b.h * rng.next(), r, 0, Math.PI * 2);
    ctx.fill();
  }
};

const cityDusk: SceneFn = (ctx, b, g, rng) => {
  sky(ctx, b, g, [[0, '#24325e'], [0.55, '#8a5a8c'], [1, '#f0a875']]);
  const span = g - b.y;
  skyline(ctx, b, g - span * 0.04, span * 0.5, mix('#24325e', '#000000', 0.3), 'rgba(255,220,150,0.6)', rng);
  // A bridge span in front of the skyline.
  ctx.strokeStyle = rgba('#0A1A24', 0.9);
  ctx.lineWidth = Math.max(2, b.w * 0.004);
  ctx.beginPath();
  ctx.moveTo(b.x, g - span * 0.08);
  ctx.quadraticCurveTo(b.x + b.w / 2, g - span * 0.35, b.x + b.w, g - span * 0.08);
  ctx.stroke();
  for (let i = 1; i < 12; i++) {
    const x = b.x + (b.w * i) / 12;
    const t = i / 12;
    const y = g - span * 0.08 - 4 * t * (1 - t) * span * 0.135;
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x, g - span * 0.06);
    ctx.stroke();
  }
  ctx.fillStyle = '#0A1A24';
  ctx.fillRect(b.x, g - span * 0.065, b.w, span * 0.03);
  road(ctx, b, g, '#20262e', 'rgba(242,177,52,0.8)');
};

const SCENES: Record<SceneId, SceneFn> = {
  beach_sunset: beachSunset,
  city_night: cityNight,
  mountain_road: mountainRoad,
  studio,
  countryside,
  snow_forest: snowForest,
  city_dusk: cityDusk,
};
