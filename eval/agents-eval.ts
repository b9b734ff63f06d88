/**
 * `npm run eval:agents [-- --data-dir D] [--questions eval/agent_questions.yml] [--only id,id] [--verbose]`
 * Runs every question of eval/agent_questions.yml end to end through the analyst (offline provider unless
 * `--provider anthropic|openai` with a key), then the retrieval questions of eval/questions.yml, and
 * reports routing accuracy, answer correctness (numbers computed from the data), p50/p95 latency.
 * Targets offline: routing ≥ 95 %, correctness ≥ 90 %, p95 < 500 ms. Exits 1 when a target is missed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { createAnalystFromDeps, type Answer } from '../src/agents/index.js';
import { selectProvider } from '../src/agents/providers/select.js';
import { loadServices } from '../src/agents/services.js';
import { FileSessionStore } from '../src/agents/sessions/file-store.js';
import { loadConfig } from '../src/config/index.js';
import { asMixError } from '../src/errors.js';
import { silentLogger } from '../src/log/index.js';
import { buildIndex } from '../src/rag/index.js';
import { hasNumber, includesAny, percentile } from './agents/check.js';
import { rows } from './agents/csv.js';
import { expectedNumber, expectedText, type ExpectContext } from './agents/expect.js';

const TARGETS = { routing: 0.95, correctness: 0.9, p95Ms: 500 };

const spec = z.record(z.string(), z.unknown());
const questionSchema = z.object({
  id: z.string(),
  persona: z.enum(['cmo', 'media_planner', 'procurement', 'sales_director']),
  kind: z.enum(['lookup', 'join', 'analysis', 'model', 'extraction', 'asset', 'followup', 'bad_input', 'help', 'small_talk', 'out_of_scope']),
  question: z.string().optional(),
  question_repeat: z.object({ text: z.string(), length: z.number().int() }).optional(),
  session: z.string().optional(),
  command: z.boolean().optional(),
  expect: z.object({
    route: z.enum(['data_lookup', 'asset_search', 'mmm_analysis', 'both', 'help', 'small_talk', 'out_of_scope']),
    agent: z.enum(['rag_analyst', 'mmm_analyst', 'orchestrator']).optional(),
    numbers: z.array(spec.and(z.object({ tolerance: z.number().optional() }))).optional(),
    text: z.array(z.string()).optional(),
    texts_any: z.array(z.string()).optional(),
    not_text: z.array(z.string()).optional(),
    text_from: z.array(spec).optional(),
    sources: z.array(z.string()).optional(),
    charts: z.number().int().optional(),
    assets: z.object({ min: z.number().int(), channel: z.string().optional(), vehicle_model: z.string().optional() }).optional(),
  }),
});
type EvalQuestion = z.infer<typeof questionSchema>;

interface Outcome {
  id: string;
  persona: string;
  kind: string;
  routeOk: boolean;
  correct: boolean;
  ms: number;
  failures: string[];
  answer: Answer;
}

function checkAnswer(q: EvalQuestion, a: Answer, ctx: ExpectContext, manifest: Map<string, Record<string, string>>): string[] {
  const f: string[] = [];
  const e = q.expect;
  const reply = a.reply;
  if (e.agent && a.agent_used !== e.agent) f.push(`agent ${a.agent_used} ≠ ${e.agent}`);
  for (const n of e.numbers ?? []) {
    let v: number;
    try {
      v = expectedNumber(ctx, n);
    } catch (err) {
      f.push(`expectation error: ${(err as Error).message}`);
      continue;
    }
    if (!hasNumber(reply, v, (n.tolerance as number | undefined) ?? 0.015)) f.push(`missing number ${Number(v.toPrecision(6))} (${Object.keys(n)[0]})`);
  }
  for (const t of e.text ?? []) if (!includesAny(reply, [t])) f.push(`missing text "${t}"`);
  if (e.texts_any && !includesAny(reply, e.texts_any)) f.push(`missing any of ${e.texts_any.join(' | ')}`);
  for (const t of e.not_text ?? []) if (includesAny(reply, [t])) f.push(`must not contain "${t}"`);
  for (const s of e.text_from ?? []) {
    let options: string[];
    try {
      options = expectedText(ctx, s);
    } catch (err) {
      f.push(`expectation error: ${(err as Error).message}`);
      continue;
    }
    if (!includesAny(reply, options)) f.push(`missing ${options.join(' / ')}`);
  }
  const files = new Set(a.sources.map((s) => s.file));
  for (const s of e.sources ?? []) if (!files.has(s)) f.push(`source ${s} not cited`);
  const charts = a.attachments.filter((x) => x.type === 'chart').length;
  if (e.charts !== undefined && charts < e.charts) f.push(`${charts} charts < ${e.charts}`);
  if (e.assets) {
    const assets = a.attachments.filter((x) => x.type === 'asset');
    if (assets.length < e.assets.min) f.push(`${assets.length} creatives < ${e.assets.min}`);
    for (const x of assets) {
      const row = manifest.get(basename(x.path));
      if (!row) f.push(`creative ${basename(x.path)} not in the manifest`);
      else if ((e.assets.channel && row.channel !== e.assets.channel) || (e.assets.vehicle_model && row.vehicle_model !== e.assets.vehicle_model)) {
        f.push(`creative ${basename(x.path)} is ${row.channel}/${row.vehicle_model}`);
      }
    }
  }
  return f;
}

function table(lines: string[][]): string {
  const w = lines[0]!.map((_, i) => Math.max(...lines.map((r) => (r[i] ?? '').length)));
  return lines.map((r) => r.map((c, i) => c.padEnd(w[i]!)).join('  ')).join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      questions: { type: 'string', default: 'eval/agent_questions.yml' },
      'rag-questions': { type: 'string', default: 'eval/questions.yml' },
      only: { type: 'string' },
      provider: { type: 'string', default: 'offline' },
      verbose: { type: 'boolean', default: false },
    },
  });
  const config = loadConfig({ overrides: { LLM_PROVIDER: values.provider as 'offline', LOG_LEVEL: 'silent' } });
  const dataDir = resolve(values['data-dir'] ?? config.DATA_DIR);
  const logger = silentLogger();
  const all = z.object({ questions: z.array(questionSchema).min(1) }).parse(parseYaml(readFileSync(values.questions!, 'utf8'))).questions;
  const only = values.only ? new Set(values.only.split(',')) : undefined;
  const questions = only ? all.filter((q) => only.has(q.id) || (q.session && all.some((o) => only.has(o.id) && o.session === q.session))) : all;

  const build = await buildIndex({ dataDir, config, logger });
  process.stdout.write(`index: ${build.collections.map((c) => `${c.name} ${c.status}`).join(', ')}\n`);
  const t0 = performance.now();
  const services = await loadServices({ config, dataDir, logger });
  const stateDir = mkdtempSync(join(tmpdir(), 'agents-eval-'));
  let tick = Date.parse('2026-01-05T09:00:00Z');
  const clock = () => new Date((tick += 1000));
  const sessionStore = new FileSessionStore({ dir: stateDir, clock, logger, ttlHours: 72, maxTurns: 40, maxCount: 5000 });
  const analyst = createAnalystFromDeps({ ...services, clock, logger, sessionStore, provider: selectProvider(config, logger), dataDir });
  await analyst.ask('What did we spend on Meta in 2024?', { sessionKey: 'eval:warmup' });
  process.stdout.write(`analyst ready (${analyst.provider}) in ${Math.round(performance.now() - t0)} ms, including the warm-up question\n\n`);

  const ctx: ExpectContext = { dataDir, mmm: services.mmm };
  const manifest = new Map(rows(dataDir, 'assets/asset_manifest.csv').map((r) => [basename(r.image_path!), r]));
  const outcomes: Outcome[] = [];
  for (const q of questions) {
    const text = q.question_repeat ? q.question_repeat.text.repeat(Math.ceil(q.question_repeat.length / q.question_repeat.text.length)).slice(0, q.question_repeat.length) : (q.question ?? '');
    const options = { sessionKey: `eval:${q.session ?? q.id}` };
    const start = performance.now();
    let answer: Answer;
    try {
      answer = q.command ? await analyst.runMmmCommand(text, options) : await analyst.ask(text, options);
    } catch (err) {
      const e = asMixError(err);
      outcomes.push({ id: q.id, persona: q.persona, kind: q.kind, routeOk: false, correct: false, ms: performance.now() - start, failures: [`threw ${e.code}: ${e.message}`], answer: { reply: '', sources: [], attachments: [], agent_used: 'orchestrator', session_id: '', follow_ups: [] } });
      continue;
    }
    const ms = performance.now() - start;
    const failures = checkAnswer(q, answer, ctx, manifest);
    const routeOk = answer.intent === q.expect.route;
    if (!routeOk) failures.unshift(`route ${answer.intent} ≠ ${q.expect.route}`);
    outcomes.push({ id: q.id, persona: q.persona, kind: q.kind, routeOk, correct: failures.filter((x) => !x.startsWith('route')).length === 0, ms, failures, answer });
  }

  const lines = [['id', 'persona', 'kind', 'route', 'correct', 'ms', 'notes']];
  for (const o of outcomes) lines.push([o.id, o.persona, o.kind, o.routeOk ? 'ok' : 'FAIL', o.correct ? 'ok' : 'FAIL', String(Math.round(o.ms)), o.failures.join('; ').slice(0, 140)]);
  process.stdout.write(`${table(lines)}\n`);
  if (values.verbose) {
    for (const o of outcomes.filter((x) => x.failures.length)) process.stdout.write(`\n--- ${o.id}\n${o.answer.reply}\n`);
  }

  const routing = outcomes.filter((o) => o.routeOk).length / outcomes.length;
  const correctness = outcomes.filter((o) => o.correct).length / outcomes.length;
  const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  const byGroup = (key: 'persona' | 'kind') =>
    [...new Set(outcomes.map((o) => o[key]))].map((g) => {
      const os = outcomes.filter((o) => o[key] === g);
      return `${g} ${os.filter((o) => o.correct && o.routeOk).length}/${os.length}`;
    });
  process.stdout.write(`\nby persona: ${byGroup('persona').join(' · ')}\nby kind:    ${byGroup('kind').join(' · ')}\n`);

  // The retrieval evaluation's questions, asked end to end: does the answer cite a file that holds the answer?
  const rag = parseYaml(readFileSync(values['rag-questions']!, 'utf8')) as { questions: { id: string; question: string; collection?: string; expect: { source: string }[] }[] };
  let ragCited = 0;
  const ragTimes: number[] = [];
  const ragMisses: string[] = [];
  for (const q of rag.questions) {
    const start = performance.now();
    const a = await analyst.ask(q.question, { sessionKey: `eval:rag:${q.id}` });
    ragTimes.push(performance.now() - start);
    const cited = new Set([...a.sources.map((s) => s.file), ...a.attachments.flatMap((x) => (x.type === 'asset' ? [`assets/${x.channel ?? ''}/${basename(x.path)}`, basename(x.path)] : []))]);
    const ok = q.expect.some((t) => cited.has(t.source) || cited.has(basename(t.source)));
    if (ok) ragCited++;
    else ragMisses.push(q.id);
  }
  ragTimes.sort((a, b) => a - b);
  rmSync(stateDir, { recursive: true, force: true });

  const fmt = (x: number) => `${(x * 100).toFixed(1)}%`;
  process.stdout.write(
    [
      '',
      `questions          ${outcomes.length}`,
      `routing accuracy   ${fmt(routing)}  (target ≥ ${fmt(TARGETS.routing)})`,
      `answer correctness ${fmt(correctness)}  (target ≥ ${fmt(TARGETS.correctness)})`,
      `latency p50 / p95  ${Math.round(p50)} / ${Math.round(p95)} ms  (target p95 < ${TARGETS.p95Ms} ms)`,
      `retrieval questions answered from an expected file: ${ragCited}/${rag.questions.length} (${fmt(ragCited / rag.questions.length)}), p95 ${Math.round(percentile(ragTimes, 95))} ms${ragMisses.length ? `; misses: ${ragMisses.join(', ')}` : ''}`,
      '',
    ].join('\n'),
  );
  const ok = routing >= TARGETS.routing && correctness >= TARGETS.correctness && p95 < TARGETS.p95Ms;
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const e = asMixError(err);
    process.stderr.write(`eval:agents: ${e.userMessage}\n${e.code === 'INTERNAL' ? `${(err as Error).stack}\n` : ''}`);
    process.exit(2);
  },
);
