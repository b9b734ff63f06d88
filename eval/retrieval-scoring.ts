/** Pure scoring of retrieval results against expected targets: hit@k, reciprocal rank, recall@k. */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Chunk } from '../src/rag/types.js';

export type Target = Record<string, string>;

export interface Question {
  id: string;
  category: string;
  question: string;
  collection?: 'text' | 'assets';
  expect: Target[];
  /** `all` (default): recall counts every target; `any`: one matched target is full recall. */
  recall?: 'all' | 'any';
}

function monthOverlaps(chunk: Chunk, month: string): boolean {
  const from = String(chunk.metadata.date_from ?? '');
  const to = String(chunk.metadata.date_to ?? from);
  if (!from) return false;
  const start = `${month}-01`;
  const end = `${month}-31`;
  return from <= end && to >= start;
}

/** Whether a retrieved chunk satisfies one target (see eval/questions.yml for the rules). */
export function matchesTarget(chunk: Chunk, t: Target): boolean {
  for (const [key, want] of Object.entries(t)) {
    const w = String(want);
    if (key === 'month') {
      if (!monthOverlaps(chunk, w)) return false;
    } else if (key === 'clause') {
      const c = String(chunk.metadata.clause ?? '');
      if (!(c === w || c.startsWith(`${w}.`))) return false;
    } else if (key === 'text') {
      if (!chunk.text.toLowerCase().includes(w.toLowerCase())) return false;
    } else {
      const v = chunk.metadata[key];
      if (v === undefined || String(v).toLowerCase() !== w.toLowerCase()) return false;
    }
  }
  return true;
}

export interface QuestionScore {
  /** 1-based rank of the first chunk matching any target; 0 when none in the list. */
  rank: number;
  hitAt5: number;
  rr: number;
  recallAt10: number;
}

export function scoreQuestion(q: Question, retrieved: Chunk[]): QuestionScore {
  const firstIdx = retrieved.findIndex((c) => q.expect.some((t) => matchesTarget(c, t)));
  const rank = firstIdx >= 0 ? firstIdx + 1 : 0;
  const top10 = retrieved.slice(0, 10);
  const found = q.expect.filter((t) => top10.some((c) => matchesTarget(c, t))).length;
  const recallAt10 = q.recall === 'any' ? (found > 0 ? 1 : 0) : found / q.expect.length;
  return { rank, hitAt5: rank > 0 && rank <= 5 ? 1 : 0, rr: rank > 0 ? 1 / rank : 0, recallAt10 };
}

export interface Aggregate {
  n: number;
  hitAt5: number;
  mrr: number;
  recallAt10: number;
}

export function aggregate(scores: QuestionScore[]): Aggregate {
  const n = scores.length;
  const mean = (f: (s: QuestionScore) => number) => (n ? scores.reduce((a, s) => a + f(s), 0) / n : 0);
  const r = (x: number) => Math.round(x * 1e4) / 1e4;
  return { n, hitAt5: r(mean((s) => s.hitAt5)), mrr: r(mean((s) => s.rr)), recallAt10: r(mean((s) => s.recallAt10)) };
}

const questionsSchema = z.object({
  questions: z
    .array(
      z.object({
        id: z.string(),
        category: z.string(),
        question: z.string().min(3),
        collection: z.enum(['text', 'assets']).optional(),
        expect: z.array(z.record(z.string(), z.coerce.string())).min(1),
        recall: z.enum(['all', 'any']).optional(),
      }),
    )
    .min(1),
});

/** The questions of an eval YAML file (`questions: [...]`), validated. */
export function parseQuestions(yamlText: string): Question[] {
  return questionsSchema.parse(parseYaml(yamlText)).questions as Question[];
}

/**
 * Targets no indexed chunk matches, as "id: target": a typo or a renamed value in the questions would
 * otherwise read as a retrieval failure.
 */
export function missingTargets(questions: Question[], chunks: { text: Chunk[]; assets: Chunk[] }): string[] {
  return questions.flatMap((q) =>
    q.expect.filter((t) => !chunks[q.collection ?? 'text'].some((c) => matchesTarget(c, t))).map((t) => `${q.id}: ${JSON.stringify(t)}`),
  );
}
