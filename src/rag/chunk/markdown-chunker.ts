/**
 * Contracts (and other Markdown documents) split by numbered clause, each chunk keeping the document title
 * and its section heading so it can be understood and cited ("clause 7.2") on its own.
 */
import type { FileClass } from '../ingest/classify.js';
import { channelMentioned } from '../synonyms.js';
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

export function chunkMarkdown(source: string, markdown: string, cls: FileClass): Chunk[] {
  const { title: rawTitle, units } = splitUnits(markdown.split(/\r?\n/));
  const title = rawTitle || source.split('/').pop()!.replace(/\.md$/i, '');
  const channel = cls.channel ?? channelMentioned(title);
  const base: ChunkMetadata = { source, category: cls.category, ...(channel ? { channel } : {}), document: title };
  const chunks: Chunk[] = [];
  const sections = [...new Set(units.map((u) => (u.sectionNumber ? `${u.sectionNumber}. ${u.section.replace(/^\d+[.)]?\s*/, '')}` : u.section)))];
  const preamble = units.filter((u) => u.section === 'Preamble').map((u) => u.lines.join('\n').trim()).join('\n');
  chunks.push({
    id: `${source}#summary`,
    text: `Document summary: ${title} (${cls.category}, file ${source}). ${stripMd(preamble).slice(0, 900)}\nSections: ${sections.join('; ')}.`,
    metadata: { ...base, locator: 'whole document', granularity: 'file-summary' },
  });
  let n = 0;
  const used = new Set<string>();
  for (const u of units) {
    const body = stripMd(u.lines.join('\n').trim());
    if (!body) continue;
    const locator = u.clause ? `clause ${u.clause}` : u.section === 'Preamble' ? 'preamble' : `section "${u.section}"`;
    const campaign = /\b[A-Z]{2,}(?:-[A-Z0-9]+){2,}\b/.exec(body)?.[0];
    splitLong(body).forEach((part, i) => {
      let id = `${source}#${u.clause ?? `u${n}`}${i ? `-${i}` : ''}`;
      if (used.has(id)) id = `${id}~${n}`;
      used.add(id);
      chunks.push({
        id,
        text: `${title} — ${u.section}. ${u.clause ? `Clause ${u.clause}: ` : ''}${part}`,
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
