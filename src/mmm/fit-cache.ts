/**
 * On-disk cache of a fit, keyed by a hash of the CSV text, the fit options and the engine version, so a
 * restarted service answers without refitting. Written atomically (temp file + rename); a corrupt or
 * stale cache is ignored, never trusted.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../util/atomic-write.js';
import { FIT_VERSION } from './fit.js';
import type { FitOptions, MmmFit } from './types.js';

export function fitCacheKey(csvText: string, options: FitOptions, mappingKey = ''): string {
  return createHash('sha256')
    .update(`v${FIT_VERSION}\n`)
    .update(JSON.stringify(options))
    .update('\n')
    .update(mappingKey)
    .update('\n')
    .update(csvText)
    .digest('hex');
}

interface CacheFile {
  key: string;
  fit: MmmFit;
}

export async function readFitCache(path: string, key: string): Promise<MmmFit | null> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as CacheFile;
    if (parsed.key !== key || parsed.fit?.version !== FIT_VERSION) return null;
    const d = parsed.fit.diagnostics;
    if (d.holdoutR2 === null) d.holdoutR2 = NaN; // JSON has no NaN
    return parsed.fit;
  } catch {
    return null;
  }
}

export async function writeFitCache(path: string, key: string, fit: MmmFit): Promise<void> {
  await writeFileAtomic(path, JSON.stringify({ key, fit } satisfies CacheFile));
}
