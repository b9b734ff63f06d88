/** Layout helpers the format renderers share: a scene with the car parked in it, legibility overlays. */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { carHeight, drawCar } from './car.js';
import { fillGradient } from './gradients.js';
import { drawScene, NIGHT_SCENES, type SceneId } from './scenes.js';
import type { Box } from './text.js';
import type { RenderInput } from './types.js';

export interface SceneCarOptions {
  /** Ground line as a fraction of the box height. */
  ground: number;
  /** Car length as a fraction of the box width (capped so the roof stays inside the box). */
  carWidth: number;
  /** Horizontal centre of the car as a fraction of the box width (default 0.5). */
  carCenter?: number;
  flip?: boolean;
  scene?: SceneId;
  /** Where the car's roof may reach at most (fraction of the box height from its top). */
  maxRoof?: number;
}

/** Draws the spec's scene into the box and parks the car on its ground line. */
export function sceneWithCar(r: RenderInput, box: Box, o: SceneCarOptions): { groundY: number; carBox: Box } {
  const scene = o.scene ?? r.spec.scene;
  const groundY = box.y + box.h * o.ground;
  drawScene(r.ctx, scene, box, groundY, r.rng.fork('scene'));
  const model = r.spec.campaign.model;
  const maxHeight = groundY - (box.y + box.h * (o.maxRoof ?? 0.1));
  let length = box.w * o.carWidth;
  const hgt = carHeight(model, length);
  if (hgt > maxHeight) length *= maxHeight / hgt;
  const x = box.x + box.w * (o.carCenter ?? 0.5) - length / 2;
  r.ctx.save();
  r.ctx.beginPath();
  r.ctx.rect(box.x, box.y, box.w, box.h);
  r.ctx.clip();
  drawCar(r.ctx, model, {
    x,
    groundY,
    length,
    paint: r.spec.paint.hex,
    flip: o.flip,
    lightsOn: NIGHT_SCENES.has(scene) || scene === 'snow_forest',
    reflection: scene === 'studio',
  });
  r.ctx.restore();
  const ch = carHeight(model, length);
  return { groundY, carBox: { x, y: groundY - ch, w: length, h: ch } };
}

/** A vertical dark-to-clear gradient for text legibility over a scene. */
export function shadeBand(ctx: SKRSContext2D, box: Box, from: 'top' | 'bottom' | 'left', alpha = 0.65, color = '10,26,36'): void {
  const solid = `rgba(${color},${alpha})`;
  const clear = `rgba(${color},0)`;
  const stops: [number, string][] = from === 'bottom' ? [[0, clear], [1, solid]] : [[0, solid], [1, clear]];
  fillGradient(ctx, box, stops, from === 'left' ? 'right' : 'down');
}

export function fillRect(ctx: SKRSContext2D, box: Box, color: string): void {
  ctx.fillStyle = color;
  ctx.fillRect(box.x, box.y, box.w, box.h);
}

/** A circular brand avatar (emblem on petrol blue), as used in social headers. */
export function drawAvatar(ctx: SKRSContext2D, cx: number, cy: number, r: number, drawEmblem: (x: number, y: number, h: number) => void): void {
  ctx.save();
  ctx.fillStyle = '#0B3D5C';
  ctx.beginPath();
  ctx.arc(cx, cy, r, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
  drawEmblem(cx - r * 0.6, cy - r * 0.6, r * 1.2);
}
