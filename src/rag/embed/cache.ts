/**
 * Reuses vectors of unchanged texts between builds for paid embedders (OpenAI), so a rebuild after one file
 * changed sends only that file's chunks. LSA is refitted on the whole corpus instead (its space changes).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { float32ToBytes, readFloat32, writeFileAtomic, writeJsonAtomic } from '../store/fs-util.js';
import type { Embedder } from './types.js';

interface CacheMeta {
  model: string;
  dims: number;
  keys: string[];
}

const key = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 24);

export async function embedWithCache(embedder: Embedder, texts: string[], dir: string): Promise<{ vectors: Float32Array[]; reused: number }> {
  if (embedder.info.kind === 'lsa') return { vectors: await embedder.embedDocuments(texts), reused: 0 };
  const metaPath = join(dir, 'embedding-cache.json');
  const vecPath = join(dir, 'embedding-cache.f32');
  const cached = new Map<string, Float32Array>();
  if (existsSync(metaPath) && existsSync(vecPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as CacheMeta;
    if (meta.model === `${embedder.info.kind}/${embedder.info.model}`) {
      const all = readFloat32(vecPath);
      meta.keys.forEach((k, i) => cached.set(k, all.slice(i * meta.dims, (i + 1) * meta.dims)));
    }
  }
  const keys = texts.map(key);
  const missing = [...new Set(keys.filter((k) => !cached.has(k)))];
  const textOf = new Map(keys.map((k, i) => [k, texts[i]!]));
  const fresh = await embedder.embedDocuments(missing.map((k) => textOf.get(k)!));
  missing.forEach((k, i) => cached.set(k, fresh[i]!));
  const vectors = keys.map((k) => cached.get(k)!);
  const dims = vectors[0]?.length ?? 0;
  const unique = [...new Set(keys)];
  const flat = new Float32Array(unique.length * dims);
  unique.forEach((k, i) => flat.set(cached.get(k)!, i * dims));
  writeFileAtomic(vecPath, float32ToBytes(flat));
  writeJsonAtomic(metaPath, { model: `${embedder.info.kind}/${embedder.info.model}`, dims, keys: unique } satisfies CacheMeta);
  return { vectors, reused: texts.length - missing.length };
}
