/**
 * Finds the data files to index under a data dir and turns each into chunks. Only data is indexed: CSVs and
 * Markdown under `raw/` and the asset manifest — never JSON truth files (ground truth, known issues), the
 * MMM tables or anything the generators know that the data does not show.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { chunkAssets } from '../chunk/asset-chunker.js';
import { chunkCsv } from '../chunk/csv-chunker.js';
import { chunkMarkdown } from '../chunk/markdown-chunker.js';
import type { Chunk } from '../types.js';
import { classifyFile } from './classify.js';
import { parseCsv } from './csv-table.js';

export type CollectionName = 'text_documents' | 'campaign_assets';
export const COLLECTIONS: readonly CollectionName[] = ['text_documents', 'campaign_assets'];

export interface SourceFile {
  /** Relative to the data dir, `/`-separated. */
  source: string;
  abs: string;
  collection: CollectionName;
}

const TRUTH_FILE = /(ground[_-]?truth|known[_-]?issues|truth|answers?[_-]?key|generator)/i;

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) out.push(...walk(abs));
    else out.push(abs);
  }
  return out;
}

/** The files each collection is built from, sorted for deterministic output. */
export function discoverSources(dataDir: string): SourceFile[] {
  const rel = (abs: string) => relative(dataDir, abs).split(sep).join('/');
  const text = walk(join(dataDir, 'raw'))
    .filter((abs) => /\.(csv|md)$/i.test(abs) && !TRUTH_FILE.test(rel(abs)))
    .map((abs) => ({ source: rel(abs), abs, collection: 'text_documents' as const }));
  const assets = walk(join(dataDir, 'assets'))
    .filter((abs) => /\.csv$/i.test(abs) && /manifest/i.test(abs))
    .map((abs) => ({ source: rel(abs), abs, collection: 'campaign_assets' as const }));
  return [...text, ...assets];
}

export function hashFile(abs: string): string {
  return createHash('sha256').update(readFileSync(abs)).digest('hex').slice(0, 32);
}

/** Chunks of one file. */
export function chunkFile(file: SourceFile): Chunk[] {
  const text = readFileSync(file.abs, 'utf8');
  if (file.collection === 'campaign_assets') return chunkAssets(parseCsv(file.source, text));
  const cls = classifyFile(file.source);
  if (cls.kind === 'markdown') return chunkMarkdown(file.source, text, cls);
  return chunkCsv(parseCsv(file.source, text), cls);
}
