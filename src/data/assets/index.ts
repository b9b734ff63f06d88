/**
 * Campaign creatives: renders every planned creative to `<dataDir>/assets/{channel}/` and writes
 * `assets/asset_manifest.csv`. Deterministic: the seed drives all scene details, so the same seed gives the
 * same bytes. The whole folder is built beside the old one and swapped in by rename, so a failed run never
 * leaves a half-written asset set.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { MixError } from '../../errors.js';
import type { Logger } from '../../log/logger.js';
import { createRng } from '../../util/rng.js';
import { buildCampaigns } from '../brand/catalog.js';
import { copyFor } from './copy.js';
import { describeCreative } from './describe.js';
import { ensureFonts } from './fonts.js';
import { MANIFEST_FILE, manifestCsv, type ManifestRow } from './manifest.js';
import { planCreatives } from './plan.js';
import { encodeRgbaPngAsync } from '../../util/png.js';
import type { CreativeSpec } from './types.js';

export { assetChecks } from './checks.js';
export { MANIFEST_COLUMNS, MANIFEST_FILE, readManifest, type ManifestRow } from './manifest.js';
export { planCreatives } from './plan.js';

export interface GenerateAssetsOptions {
  dataDir: string;
  seed: number;
  logger?: Logger;
}

/** Deflate runs on libuv's pool while the main thread draws the next creative; this bounds memory. */
const MAX_IN_FLIGHT = 3;

/** Draws one creative and returns its PNG bytes. */
export async function renderCreative(spec: CreativeSpec, seed: number): Promise<Buffer> {
  ensureFonts();
  const { width: w, height: h } = spec.format;
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  spec.format.render({ ctx, w, h, spec, copy: copyFor(spec.campaign), rng: createRng(seed).fork(spec.creativeId) });
  const img = ctx.getImageData(0, 0, w, h);
  posterize(img.data, w * h);
  return encodeRgbaPngAsync(img.data, w, h);
}

/**
 * Clears the two low bits of each colour channel: anti-aliasing and the few remaining dithered fills leave
 * ±1-level noise that deflate cannot compress; without it files are a third smaller, with no visible banding.
 */
function posterize(rgba: Uint8ClampedArray, pixels: number): void {
  const px = new Uint32Array(rgba.buffer, rgba.byteOffset, pixels);
  const mask = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 0xfffcfcfc : 0xfcfcfcff;
  for (let i = 0; i < px.length; i++) px[i] = (px[i] as number) & mask;
}

export async function generateAssets(opts: GenerateAssetsOptions): Promise<{ count: number; bytes: number }> {
  if (!Number.isSafeInteger(opts.seed)) {
    throw new MixError('INPUT_INVALID', `seed must be an integer, got ${String(opts.seed)}`, {
      userMessage: 'The creative generator needs an integer seed (e.g. --seed 42).',
    });
  }
  const t0 = performance.now();
  ensureFonts();
  const specs = planCreatives(buildCampaigns());
  const finalDir = join(opts.dataDir, 'assets');
  const tmpDir = join(opts.dataDir, `.assets-tmp-${process.pid}`);
  const rows: ManifestRow[] = [];
  let bytes = 0;
  try {
    await rm(tmpDir, { recursive: true, force: true });
    const inFlight = new Set<Promise<void>>();
    for (const spec of specs) {
      const rel = spec.imagePath.replace(/^assets\//, '');
      const task = (async () => {
        const png = await renderCreative(spec, opts.seed);
        const file = join(tmpDir, rel);
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, png);
        bytes += png.length;
        rows.push(manifestRow(spec, png.length));
      })();
      const tracked: Promise<void> = task.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
      if (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    const order = new Map(specs.map((s, i) => [s.imagePath, i]));
    rows.sort((a, b) => order.get(a.image_path)! - order.get(b.image_path)!);
    await writeFile(join(tmpDir, MANIFEST_FILE.replace(/^assets\//, '')), manifestCsv(rows));
    const oldDir = `${finalDir}.old-${process.pid}`;
    await rm(oldDir, { recursive: true, force: true });
    await rename(finalDir, oldDir).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
    await rename(tmpDir, finalDir);
    await rm(oldDir, { recursive: true, force: true });
  } catch (err) {
    await rm(tmpDir, { recursive: true, force: true }).catch(() => undefined);
    if (err instanceof MixError) throw err;
    throw new MixError('DATA_INVALID', `could not write creatives under ${finalDir}: ${(err as Error).message}`, {
      userMessage: `I could not write the campaign creatives to ${finalDir}; check that the data directory is writable.`,
      cause: err,
    });
  }
  opts.logger?.info(
    { count: specs.length, bytes, ms: Math.round(performance.now() - t0) },
    'campaign creatives rendered',
  );
  return { count: specs.length, bytes };
}

function manifestRow(spec: CreativeSpec, size: number): ManifestRow {
  const c = spec.campaign;
  return {
    image_path: spec.imagePath,
    description: describeCreative(spec),
    channel: c.channel,
    vehicle_model: c.model,
    creative_type: spec.format.creativeType,
    audience_segment: c.audience,
    campaign_id: c.id,
    dimensions: `${spec.format.width}x${spec.format.height}`,
    file_size: String(size),
  };
}
