/**
 * Contracts (and other Markdown documents) split by numbered clause, each chunk keeping the document title
 * and its section heading so it can be understood and cited ("clause 7.2") on its own.
 */
import { parse as parseYaml } from 'yaml';
import type { FileClass } from '../ingest/classify.js';
import { channelMentioned, normaliseChannel } from '../synonyms.js';
import { humanise } from './format.js';
import type { Chunk, ChunkMetadata } from '../types.js';

interface Unit {
  clause?: string;
  section: string;
  sectionNumber?: string;
  lines: string[];
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
/** "7.2 Text", "**7.2** Text", "- 7.2. Text", "7.2) Text". */
const CLAUSE_LINE = /^\s*(?:[-*]\s+)?(?:\*\*|__)?(?:clause\s+)?(\d+(?:\.\d+)+)[.)]?(?:\*\*|__)?[.:)]?\s+\S/i;
/** "7. Cancellation", "Clause 7 — Cancellation", "Section 7: Fees". */
const NUMBERED_HEADING = /^(?:(?:clause|section|article)\s+)?(\d+(?:\.\d+)*)[.):]?\s*(?:[—–-]\s*)?(.*)$/i;
const MAX_CHARS = 1800;

function stripMd(s: string): string {
  return s.replace(/\*\*|__|`/g, '').trim();
}

function splitUnits(lines: string[]): { title: string; units: Unit[] } {
  let title = '';
  const units: Unit[] = [];
  let section = 'Preamble';
  let sectionNumber: string | undefined;
  let current: Unit = { section, lines: [] };
  const push = () => {
    if (current.lines.some((l) => l.trim())) units.push(current);
  };
  for (const line of lines) {
    const h = HEADING.exec(line);
    if (h) {
      const level = (h[1] as string).length;
      const text = stripMd(h[2] as string);
      if (level === 1 && !title) {
        title = text;
        continue;
      }
      const num = NUMBERED_HEADING.exec(text);
      const number = num && /\d/.test(num[1] as string) && (num[2] || /^(clause|section|article)/i.test(text)) ? (num[1] as string) : undefined;
      push();
      if (number?.includes('.')) {
        current = { section, ...(sectionNumber ? { sectionNumber } : {}), clause: number, lines: [text] };
      } else {
        section = text;
        sectionNumber = number;
        current = { section, ...(number ? { sectionNumber: number, clause: number } : {}), lines: [] };
      }
      continue;
    }
    const c = CLAUSE_LINE.exec(line);
    if (c) {
      push();
      current = { section, ...(sectionNumber ? { sectionNumber } : {}), clause: c[1] as string, lines: [line] };
      continue;
    }
    current.lines.push(line);
  }
  push();
  return { title, units };
}

function splitLong(text: string): string[] {
  if (text.length <= MAX_CHARS) return [text];
  const out: string[] = [];
  let buf = '';
  for (const para of text.split(/\n\s*\n/)) {
    if (buf && buf.length + para.length > MAX_CHARS) {
      out.push(buf);
      buf = '';
    }
    buf = buf ? `${buf}\n\n${para}` : para;
  }
  if (buf) out.push(buf);
  return out;
}

/** YAML front matter (`---` … `---`) as flat key/values, and the body after it. */
function frontMatter(markdown: string): { fields: Record<string, string>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(markdown);
  if (!m) return { fields: {}, body: markdown };
  let parsed: unknown;
  try {
    parsed = parseYaml(m[1] as string);
  } catch {
    return { fields: {}, body: markdown };
  }
  const fields: Record<string, string> = {};
  if (parsed && typeof parsed === 'object') {
    for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) {
      if (v === null || v === undefined) continue;
      if (typeof v !== 'object') fields[k] = String(v);
      else if (!Array.isArray(v)) {
        // Nested maps (rates per format) flattened to "roadside 48 sheet 650, digital 6 sheet 210".
        fields[k] = Object.entries(v as Record<string, unknown>)
          .map(([kk, vv]) => `${kk.replace(/_/g, ' ')} ${String(vv)}`)
          .join(', ');
      } else fields[k] = v.map(String).join(', ');
    }
  }
  return { fields, body: markdown.slice(m[0].length) };
}

export function chunkMarkdown(source: string, markdown: string, cls: FileClass): Chunk[] {
  const { fields, body } = frontMatter(markdown);
  const { title: rawTitle, units } = splitUnits(body.split(/\r?\n/));
  const title = rawTitle || fields.title || source.split('/').pop()!.replace(/\.md$/i, '');
  const channel = normaliseChannel(fields.channel) ?? cls.channel ?? channelMentioned(title);
  const contractId = fields.contract_id ?? fields.id;
  const base: ChunkMetadata = {
    source,
    category: cls.category,
    ...(channel ? { channel } : {}),
    document: title,
    ...(contractId ? { contract_id: contractId } : {}),
    ...(fields.counterparty ? { counterparty: fields.counterparty } : {}),
  };
  const facts = Object.entries(fields)
    .filter(([k]) => k !== 'title')
    .map(([k, v]) => `${humanise(k)}: ${v}`)
    .join('; ');
  const chunks: Chunk[] = [];
  const sections = [...new Set(units.map((u) => (u.sectionNumber ? `${u.sectionNumber}. ${u.section.replace(/^\d+[.)]?\s*/, '')}` : u.section)))];
  const preamble = units.filter((u) => u.section === 'Preamble').map((u) => u.lines.join('\n').trim()).join('\n');
  chunks.push({
    id: `${source}#summary`,
    text: `Document summary: ${title} (${cls.category}, file ${source}). ${facts ? `Key terms — ${facts}. ` : ''}${stripMd(preamble).slice(0, 900)}\nSections: ${sections.join('; ')}.`,
    metadata: { ...base, locator: 'whole document', granularity: 'file-summary' },
  });
  let n = 0;
  const used = new Set<string>();
  for (const u of units) {
    const body = stripMd(u.lines.join('\n').trim());
    if (!body) continue;
    const locator = u.clause ? `clause ${u.clause}` : u.section === 'Preamble' ? 'preamble' : `section "${u.section}"`;
    // Campaign ids mentioned in the clause (not the contract's own reference).
    const campaign = (body.match(/\b[A-Z]{2,}(?:-[A-Z0-9]+){2,}\b/g) ?? []).find((id) => id !== contractId);
    splitLong(body).forEach((part, i) => {
      let id = `${source}#${u.clause ?? `u${n}`}${i ? `-${i}` : ''}`;
      if (used.has(id)) id = `${id}~${n}`;
      used.add(id);
      chunks.push({
        id,
        text: `${title}${fields.counterparty ? ` (${fields.counterparty})` : ''} — ${u.section}. ${u.clause ? `Clause ${u.clause}: ` : ''}${part}`,
        metadata: {
          ...base,
          locator,
          ...(u.clause ? { clause: u.clause } : {}),
          ...(campaign ? { campaign_id: campaign } : {}),
          granularity: 'clause',
        },
      });
    });
    n++;
  }
  return chunks;
}
