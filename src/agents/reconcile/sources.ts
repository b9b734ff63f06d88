/**
 * Reads what the reconciliation needs straight from the data dir: CSV tables (as records, with their
 * 1-based data row numbers) and the Markdown contracts (YAML front matter terms + numbered clauses).
 * Cached per file and modification time, so repeated questions cost nothing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { MixError } from '../../errors.js';

export type CsvRecord = Record<string, string> & { __row: string };

export interface ContractDoc {
  /** Relative to the data dir, e.g. `raw/contracts/tv-skyline-satellite-airtime.md`. */
  file: string;
  terms: Record<string, unknown>;
  title: string;
  /** "5.2" → clause text. */
  clauses: Map<string, string>;
}

const cache = new Map<string, { mtimeMs: number; value: unknown }>();

function cached<T>(path: string, build: () => T): T {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(path).mtimeMs;
  } catch {
    throw new MixError('DATA_MISSING', `missing ${path}`, { userMessage: 'The data files are missing — run `npm run generate` first.' });
  }
  const hit = cache.get(path);
  if (hit && hit.mtimeMs === mtimeMs) return hit.value as T;
  const value = build();
  cache.set(path, { mtimeMs, value });
  return value;
}

export function readCsv(dataDir: string, rel: string): CsvRecord[] {
  const path = join(dataDir, rel);
  return cached(path, () => {
    const rows = parseCsv(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
    return rows.map((r, i) => ({ ...r, __row: String(i + 1) }) as CsvRecord);
  });
}

export function parseContract(file: string, text: string): ContractDoc {
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const terms = fm ? ((parseYaml(fm[1]!) as Record<string, unknown>) ?? {}) : {};
  const body = fm ? text.slice(fm[0].length) : text;
  const clauses = new Map<string, string>();
  let current: string | undefined;
  for (const line of body.split('\n')) {
    const m = /^\s*(?:[-*]\s*)?\**(\d{1,2}\.\d{1,2})\**\.?\s+(.*)$/.exec(line);
    if (m) {
      current = m[1]!;
      clauses.set(current, m[2]!.trim());
    } else if (/^#/.test(line)) {
      current = undefined;
    } else if (current && line.trim()) {
      clauses.set(current, `${clauses.get(current)} ${line.trim()}`);
    }
  }
  const title = String(terms.title ?? /^#\s+(.*)$/m.exec(body)?.[1] ?? file);
  return { file, terms, title, clauses };
}

export function readContracts(dataDir: string): ContractDoc[] {
  const dir = join(dataDir, 'raw', 'contracts');
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.md')).sort();
  } catch {
    return [];
  }
  return names.map((n) => cached(join(dir, n), () => parseContract(`raw/contracts/${n}`, readFileSync(join(dir, n), 'utf8'))));
}

/** The clause whose text best matches the keywords (first on ties), for citing. */
export function findClause(doc: ContractDoc, keywords: RegExp[]): { clause: string; text: string } | undefined {
  let best: { clause: string; text: string; score: number } | undefined;
  for (const [clause, text] of doc.clauses) {
    const score = keywords.reduce((s, re) => s + (re.test(text) ? 1 : 0), 0);
    if (score > 0 && (!best || score > best.score)) best = { clause, text, score };
  }
  return best ? { clause: best.clause, text: best.text } : undefined;
}
