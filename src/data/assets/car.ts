/**
 * Side-view car silhouettes drawn with paths, one body per model (family SUV, coupé SUV, premium SUV,
 * saloon): rounded body outline, glasshouse, wheel arches, multi-spoke wheels, light signatures and
 * paint shading. Coordinates are normalised to the car's length; y grows upwards from the ground.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { VehicleModelId } from '../brand/catalog.js';
import { mix, shade } from './color.js';
import { fillGradient, fillRadial } from './gradients.js';

type Pt = readonly [number, number];

interface BodySpec {
  outline: Pt[];
  windows: Pt[];
  /** B-pillar x positions (split the glasshouse into doors). */
  pillars: number[];
  wheelR: number;
  wheels: [number, number];
  spokes: number;
  /** Shoulder (character) line height. */
  shoulder: number;
}

const BODIES: Record<VehicleModelId, BodySpec> = {
  terra: {
    outline: [[0.005, 0.1], [0, 0.215], [0.035, 0.275], [0.3, 0.315], [0.43, 0.445], [0.86, 0.445], [0.955, 0.41], [0.985, 0.33], [1, 0.2], [0.99, 0.095]],
    windows: [[0.325, 0.322], [0.44, 0.428], [0.85, 0.428], [0.935, 0.395], [0.95, 0.335]],
    pillars: [0.58, 0.74],
    wheelR: 0.088,
    wheels: [0.185, 0.805],
    spokes: 5,
    shoulder: 0.27,
  },
  vento: {
    outline: [[0.005, 0.105], [0, 0.215], [0.04, 0.272], [0.31, 0.312], [0.455, 0.435], [0.62, 0.44], [0.88, 0.36], [0.975, 0.318], [1, 0.2], [0.99, 0.1]],
    windows: [[0.335, 0.32], [0.465, 0.42], [0.62, 0.425], [0.84, 0.358], [0.87, 0.33]],
    pillars: [0.6],
    wheelR: 0.09,
    wheels: [0.19, 0.8],
    spokes: 10,
    shoulder: 0.255,
  },
  summit: {
    outline: [[0.005, 0.105], [0, 0.245], [0.03, 0.305], [0.3, 0.335], [0.425, 0.47], [0.88, 0.465], [0.97, 0.43], [0.99, 0.35], [1, 0.21], [0.99, 0.1]],
    windows: [[0.322, 0.342], [0.435, 0.452], [0.87, 0.448], [0.95, 0.415], [0.962, 0.35]],
    pillars: [0.585, 0.75],
    wheelR: 0.092,
    wheels: [0.18, 0.81],
    spokes: 6,
    shoulder: 0.3,
  },
  lumen: {
    outline: [[0.005, 0.08], [0, 0.17], [0.045, 0.213], [0.33, 0.248], [0.47, 0.355], [0.68, 0.358], [0.85, 0.285], [0.985, 0.272], [1, 0.2], [0.99, 0.078]],
    windows: [[0.355, 0.256], [0.48, 0.341], [0.675, 0.344], [0.82, 0.283], [0.845, 0.27]],
    pillars: [0.6],
    wheelR: 0.078,
    wheels: [0.185, 0.795],
    spokes: 8,
    shoulder: 0.205,
  },
};

export interface CarOptions {
  /** Left edge, ground line, length in px. */
  x: number;
  groundY: number;
  length: number;
  paint: string;
  /** Face right instead of left. */
  flip?: boolean;
  /** Headlights on (night scenes). */
  lightsOn?: boolean;
  /** Draw a mirrored reflection on a glossy floor below the ground line. */
  reflection?: boolean;
}

/** Path through the points with every corner rounded (arcTo), closed. */
function roundedPolygon(ctx: SKRSContext2D, pts: Pt[], radius: number): void {
  const n = pts.length;
  const mid = (a: Pt, b: Pt): Pt => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const start = mid(pts[n - 1] as Pt, pts[0] as Pt);
  ctx.beginPath();
  ctx.moveTo(start[0], start[1]);
  for (let i = 0; i < n; i++) {
    const p = pts[i] as Pt;
    const q = pts[(i + 1) % n] as Pt;
    ctx.arcTo(p[0], p[1], q[0], q[1], radius);
  }
  ctx.closePath();
}

export function carHeight(model: VehicleModelId, length: number): number {
  return Math.max(...BODIES[model].outline.map((p) => p[1])) * length;
}

export function drawCar(ctx: SKRSContext2D, model: VehicleModelId, o: CarOptions): void {
  if (o.reflection) {
    ctx.save();
    ctx.globalAlpha = 0.22;
    ctx.translate(0, o.groundY * 2);
    ctx.scale(1, -1);
    drawCarBody(ctx, model, { ...o, reflection: false });
    ctx.restore();
  }
  drawCarBody(ctx, model, o);
}

function drawCarBody(ctx: SKRSContext2D, model: VehicleModelId, o: CarOptions): void {
  const b = BODIES[model];
  const L = o.length;
  const tx = (p: Pt): Pt => [p[0] * L, -p[1] * L];
  ctx.save();
  ctx.translate(o.flip ? o.x + L : o.x, o.groundY);
  if (o.flip) ctx.scale(-1, 1);

  // Ground shadow.
  fillRadial(ctx, L / 2, 0, L * 0.56, [[0, 'rgba(0,0,0,0.55)'], [0.75, 'rgba(0,0,0,0.35)'], [1, 'rgba(0,0,0,0)']], 0.07);

  // Body with vertical paint shading.
  const top = -Math.max(...b.outline.map((p) => p[1])) * L;
  roundedPolygon(ctx, b.outline.map(tx), L * 0.03);
  ctx.save();
  ctx.clip();
  fillGradient(ctx, { x: 0, y: top, w: L, h: -top }, [
    [0, mix(o.paint, '#ffffff', 0.35)],
    [0.45, o.paint],
    [0.75, shade(o.paint, -0.35)],
    [1, shade(o.paint, -0.6)],
  ]);
  ctx.restore();
  ctx.lineWidth = Math.max(1, L * 0.003);
  ctx.strokeStyle = shade(o.paint, -0.55);
  ctx.stroke();

  // Shoulder highlight and lower sill.
  ctx.strokeStyle = 'rgba(255,255,255,0.45)';
  ctx.lineWidth = Math.max(1, L * 0.004);
  ctx.beginPath();
  ctx.moveTo(L * 0.06, -b.shoulder * L);
  ctx.quadraticCurveTo(L * 0.5, -(b.shoulder + 0.012) * L, L * 0.97, -(b.shoulder + 0.02) * L);
  ctx.stroke();
  // Dark sill and wheel-arch cladding, clipped to the body.
  ctx.save();
  roundedPolygon(ctx, b.outline.map(tx), L * 0.03);
  ctx.clip();
  ctx.fillStyle = 'rgba(10,14,18,0.6)';
  ctx.fillRect(0, -L * (b.outline[0]![1] + 0.028), L, L * 0.03);
  for (const wx of b.wheels) {
    ctx.fillStyle = '#0b0f13';
    ctx.beginPath();
    ctx.arc(wx * L, -b.wheelR * L, b.wheelR * L * 1.17, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.restore();

  // Glasshouse.
  ctx.save();
  roundedPolygon(ctx, b.windows.map(tx), L * 0.012);
  ctx.clip();
  const gTop = -b.windows[1]![1] * L;
  fillGradient(ctx, { x: 0, y: gTop, w: L, h: -b.windows[0]![1] * L - gTop + 2 }, [[0, '#1c2a36'], [0.55, '#3b5366'], [1, '#0f1820']]);
  // Sky reflection streak across the glass.
  ctx.fillStyle = 'rgba(255,255,255,0.16)';
  ctx.beginPath();
  ctx.moveTo(L * 0.4, -L * 0.5);
  ctx.lineTo(L * 0.55, -L * 0.5);
  ctx.lineTo(L * 0.45, -L * 0.2);
  ctx.lineTo(L * 0.3, -L * 0.2);
  ctx.fill();
  // Pillars.
  ctx.fillStyle = shade(o.paint, -0.7);
  for (const px of b.pillars) ctx.fillRect(px * L - L * 0.009, -L * 0.6, L * 0.018, L * 0.6);
  ctx.restore();

  // Door shut lines and handles.
  ctx.strokeStyle = shade(o.paint, -0.45);
  ctx.lineWidth = Math.max(1, L * 0.002);
  for (const px of b.pillars) {
    ctx.beginPath();
    ctx.moveTo(px * L, -b.windows[0]![1] * L);
    ctx.lineTo(px * L + L * 0.01, -L * 0.1);
    ctx.stroke();
    ctx.fillStyle = mix(o.paint, '#ffffff', 0.5);
    ctx.fillRect(px * L + L * 0.025, -(b.shoulder - 0.015) * L, L * 0.045, L * 0.008);
  }
  // Mirror: a black cap on a short stalk at the base of the windscreen.
  const mw = b.windows[0]!;
  ctx.fillStyle = '#14191e';
  ctx.beginPath();
  ctx.moveTo((mw[0] + 0.012) * L, -(mw[1] - 0.004) * L);
  ctx.lineTo((mw[0] + 0.05) * L, -(mw[1] - 0.002) * L);
  ctx.lineTo((mw[0] + 0.046) * L, -(mw[1] + 0.024) * L);
  ctx.quadraticCurveTo((mw[0] + 0.02) * L, -(mw[1] + 0.03) * L, (mw[0] + 0.012) * L, -(mw[1] + 0.012) * L);
  ctx.closePath();
  ctx.fill();

  // Front: slim LED light bar along the bonnet edge and a dark lower intake; rear: light bar and diffuser.
  const nose = b.outline[2]!;
  const bottom = b.outline[0]![1];
  ctx.save();
  roundedPolygon(ctx, b.outline.map(tx), L * 0.03);
  ctx.clip();
  ctx.fillStyle = '#161c22';
  ctx.beginPath();
  ctx.roundRect(-L * 0.01, -(bottom + 0.055) * L, L * 0.07, L * 0.022, L * 0.008);
  ctx.fill();
  const tail = b.outline[b.outline.length - 3]!;
  ctx.fillRect(L * 0.94, -(bottom + 0.03) * L, L * 0.08, L * 0.018);
  ctx.restore();
  ctx.fillStyle = o.lightsOn ? '#f4fbff' : '#e6eef2';
  if (o.lightsOn) {
    ctx.shadowColor = '#bfe8ff';
    ctx.shadowBlur = L * 0.03;
  }
  ctx.beginPath();
  ctx.roundRect(L * 0.004, -(nose[1] - 0.022) * L, L * 0.065, L * 0.009, L * 0.004);
  ctx.fill();
  ctx.shadowBlur = 0;
  ctx.fillStyle = '#d3202a';
  ctx.shadowColor = '#ff3b3b';
  ctx.shadowBlur = o.lightsOn ? L * 0.025 : 0;
  ctx.fillRect(L * (tail[0] - 0.06), -(tail[1] - 0.03) * L, L * 0.065, L * 0.012);
  ctx.shadowBlur = 0;

  for (const wx of b.wheels) drawWheel(ctx, wx * L, -b.wheelR * L, b.wheelR * L, b.spokes);
  ctx.restore();
}

function drawWheel(ctx: SKRSContext2D, cx: number, cy: number, r: number, spokes: number): void {
  ctx.fillStyle = '#15191d';
  ctx.beginPath();
  ctx.arc(cx, cy, r, 0, Math.PI * 2);
  ctx.fill();
  const rim = ctx.createRadialGradient(cx - r * 0.2, cy - r * 0.25, r * 0.05, cx, cy, r * 0.68);
  rim.addColorStop(0, '#f3f5f7');
  rim.addColorStop(0.6, '#9aa4ad');
  rim.addColorStop(1, '#4a535b');
  ctx.fillStyle = rim;
  ctx.beginPath();
  ctx.arc(cx, cy, r * 0.68, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#262c32';
  for (let i = 0; i < spokes; i++) {
    const a = (i / spokes) * Math.PI * 2;
    const a2 = a + Math.PI / spokes;
    ctx.beginPath();
    ctx.moveTo(cx + Math.cos(a + 0.25) * r * 0.2, cy + Math.sin(a + 0.25) * r * 0.2);
    ctx.lineTo(cx + Math.cos(a + 0.12) * r * 0.62, cy + Math.sin(a + 0.12) * r * 0.62);
    ctx.lineTo(cx + Math.cos(a2 - 0.12) * r * 0.62, cy + Math.sin(a2 - 0.12) * r * 0.62);
    ctx.lineTo(cx + Math.cos(a2 - 0.25) * r * 0.2, cy + Math.sin(a2 - 0.25) * r * 0.2);
    ctx.fill();
  }
  ctx.fillStyle = '#d8dde2';
  ctx.beginPath();
  ctx.arc(cx, cy, r * 0.14, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#0B3D5C';
  ctx.beginPath();
  ctx.arc(cx, cy, r * 0.08, 0, Math.PI * 2);
  ctx.fill();
}
