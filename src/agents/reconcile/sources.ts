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
  /** "5" → "Delivery and audit". */
  sections: Map<string, string>;
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
  const sections = new Map<string, string>();
  let current: string | undefined;
  for (const line of body.split('\n')) {
    const m = /^\s*(?:[-*]\s*)?\**(\d{1,2}\.\d{1,2})\**\.?\s+(.*)$/.exec(line);
    if (m) {
      current = m[1]!;
      clauses.set(current, m[2]!.trim());
    } else if (/^#/.test(line)) {
      current = undefined;
      const h = /^#+\s*(\d+)\.\s*(.+)$/.exec(line);
      if (h) sections.set(h[1]!, h[2]!.trim());
    } else if (current && line.trim()) {
      clauses.set(current, `${clauses.get(current)} ${line.trim()}`);
    }
  }
  const title = String(terms.title ?? /^#\s+(.*)$/m.exec(body)?.[1] ?? file);
  return { file, terms, title, clauses, sections };
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

/** The contract a reference names: its id, file name, counterparty or title ("Skyline", "satellite"). */
export function findContract(docs: ContractDoc[], ref: string): ContractDoc | undefined {
  const r = ref.trim().toLowerCase();
  const exact = docs.find((d) => String(d.terms.contract_id ?? '').toLowerCase() === r || d.file.toLowerCase().endsWith(r) || d.file.toLowerCase().includes(r));
  if (exact) return exact;
  const words = r.split(/[^a-z0-9]+/).filter((w) => w.length > 3 && !['contract', 'agreement', 'media', 'with', 'the', 'terms'].includes(w));
  let best: { doc: ContractDoc; score: number } | undefined;
  for (const d of docs) {
    const hay = `${d.file} ${d.title} ${String(d.terms.counterparty ?? '')} ${String(d.terms.channel ?? '')}`.toLowerCase();
    const score = words.filter((w) => hay.includes(w)).length;
    if (score > 0 && (!best || score > best.score)) best = { doc: d, score };
  }
  return best?.doc;
}

/** Short lower-case names people use for the counterparties: "albion", "skyline", "metro outdoor". */
export function contractParties(docs: ContractDoc[]): string[] {
  const names = new Set<string>();
  for (const d of docs) {
    const full = String(d.terms.counterparty ?? '').toLowerCase().replace(/\b(ltd|plc|limited|group|uk|media|broadcasting|satellite)\b/g, ' ').replace(/\s+/g, ' ').trim();
    if (full) names.add(full.split(' ').slice(0, 2).join(' '));
    const first = full.split(' ')[0];
    if (first && first.length > 3) names.add(first);
  }
  return [...names].filter((n) => n.length > 3).sort();
}
