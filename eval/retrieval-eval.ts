/**
 * `npm run eval [-- --data-dir D] [--questions eval/questions.yml] [--out eval/results.json]`
 * Builds the index if needed (incremental), runs every question through vector-only, keyword-only and
 * hybrid retrieval, prints hit@5, MRR and recall@10 per category and overall, lists the failures and
 * writes the results as JSON. Exits 1 when hybrid misses the targets (hit@5 ≥ 0.95, MRR ≥ 0.85, every
 * category hit@5 ≥ 0.85), 2 when the questions reference documents that are not in the index.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/index.js';
import { asMixError } from '../src/errors.js';
import { readChunks } from '../src/rag/build-index.js';
import { indexDirOf, readManifest } from '../src/rag/index-manifest.js';
import { buildIndex, openRetriever } from '../src/rag/index.js';
import { writeFileAtomic } from '../src/rag/store/fs-util.js';
import type { SearchMode } from '../src/rag/types.js';
import { aggregate, missingTargets, parseQuestions, scoreQuestion, type Aggregate, type QuestionScore } from './retrieval-scoring.js';

const MODES: SearchMode[] = ['vector', 'keyword', 'hybrid'];
const TARGETS = { hitAt5: 0.95, mrr: 0.85, categoryHitAt5: 0.85 };


function table(rows: string[][]): string {
  const w = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ')).join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      questions: { type: 'string', default: 'eval/questions.yml' },
      out: { type: 'string', default: 'eval/results.json' },
    },
  });
  const config = loadConfig();
  const dataDir = values['data-dir'] ?? config.DATA_DIR;
  const questions = parseQuestions(readFileSync(values.questions, 'utf8'));

  const build = await buildIndex({ dataDir, config });
  process.stdout.write(`index: ${build.collections.map((c) => `${c.name} ${c.status} (${c.chunks} chunks)`).join(', ')}\n`);
  const manifest = readManifest(indexDirOf(dataDir))!;
  const retriever = await openRetriever({ dataDir, config });

  // Every target must exist in the index, or a typo in the questions would read as a retrieval failure.
  const chunks = {
    text: readChunks(join(indexDirOf(dataDir), 'text_documents')),
    assets: readChunks(join(indexDirOf(dataDir), 'campaign_assets')),
  };
  const missing = missingTargets(questions, chunks);
  if (missing.length) {
    process.stderr.write(`These expected targets match nothing in the index:\n  ${missing.join('\n  ')}\n`);
    return 2;
  }

  const results: { id: string; category: string; question: string; scores: Record<SearchMode, QuestionScore>; top: string[] }[] = [];
  for (const q of questions) {
    const scores = {} as Record<SearchMode, QuestionScore>;
    let top: string[] = [];
    for (const mode of MODES) {
      const hits = await retriever.search(q.collection === 'assets' ? 'campaign_assets' : 'text_documents', q.question, { topK: 10, mode });
      scores[mode] = scoreQuestion(q, hits);
      if (mode === 'hybrid') top = hits.slice(0, 5).map((h) => `${h.metadata.source} · ${h.metadata.locator ?? ''}${h.metadata.campaign_id ? ` · ${h.metadata.campaign_id}` : ''}`);
    }
    results.push({ id: q.id, category: q.category, question: q.question, scores, top });
  }

  const categories = [...new Set(questions.map((q) => q.category))];
  const summary: Record<string, Record<SearchMode, Aggregate>> = {};
  for (const cat of [...categories, 'overall']) {
    const rs = results.filter((r) => cat === 'overall' || r.category === cat);
    summary[cat] = Object.fromEntries(MODES.map((m) => [m, aggregate(rs.map((r) => r.scores[m]))])) as Record<SearchMode, Aggregate>;
  }

  const f = (x: number) => x.toFixed(3);
  const header = ['category', 'n', ...MODES.flatMap((m) => [`${m} hit@5`, 'MRR', 'R@10'])];
  const rows = [header, ...Object.entries(summary).map(([cat, s]) => [cat, String(s.hybrid.n), ...MODES.flatMap((m) => [f(s[m].hitAt5), f(s[m].mrr), f(s[m].recallAt10)])])];
  const emb = manifest.collections.text_documents?.embedder;
  process.stdout.write(`\nretrieval eval — ${questions.length} questions, embedder ${emb?.kind}/${emb?.model} (${emb?.dims}d), ${manifest.store} store\n\n${table(rows)}\n`);

  const failures = results.filter((r) => r.scores.hybrid.hitAt5 === 0);
  process.stdout.write(`\nhybrid failures (not in top 5): ${failures.length}\n`);
  for (const r of failures) process.stdout.write(`  ${r.id} [rank ${r.scores.hybrid.rank || '>10'}] ${r.question}\n    got: ${r.top.slice(0, 3).join(' | ')}\n`);
  const vectorOnly = results.filter((r) => r.scores.vector.hitAt5 === 1 && r.scores.keyword.hitAt5 === 0).map((r) => r.id);
  const keywordOnly = results.filter((r) => r.scores.keyword.hitAt5 === 1 && r.scores.vector.hitAt5 === 0).map((r) => r.id);
  process.stdout.write(`\nfound in top 5 by vector but not keyword: ${vectorOnly.length} (${vectorOnly.join(', ') || '-'})\n`);
  process.stdout.write(`found in top 5 by keyword but not vector: ${keywordOnly.length} (${keywordOnly.join(', ') || '-'})\n`);

  const overall = summary.overall!.hybrid;
  const worst = Math.min(...categories.map((c) => summary[c]!.hybrid.hitAt5));
  const pass = overall.hitAt5 >= TARGETS.hitAt5 && overall.mrr >= TARGETS.mrr && worst >= TARGETS.categoryHitAt5;
  process.stdout.write(
    `\ntargets (hybrid): hit@5 ${f(overall.hitAt5)} ≥ ${TARGETS.hitAt5}, MRR ${f(overall.mrr)} ≥ ${TARGETS.mrr}, worst category ${f(worst)} ≥ ${TARGETS.categoryHitAt5} → ${pass ? 'PASS' : 'FAIL'}\n`,
  );

  const json = {
    embedder: emb,
    store: manifest.store,
    questions: questions.length,
    targets: TARGETS,
    pass,
    summary,
    vectorOnly,
    keywordOnly,
    results,
  };
  writeFileAtomic(values.out, `${JSON.stringify(json, null, 2)}\n`);
  process.stdout.write(`wrote ${values.out}\n`);
  return pass ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    const e = asMixError(err);
    process.stderr.write(`eval: ${e.userMessage}\n${e.code === 'INTERNAL' ? `${e.message}\n` : ''}`);
    process.exit(2);
  },
);
