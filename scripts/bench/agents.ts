/**
 * Analyst speed (offline provider): start-up (services, MMM fit from cache or fresh, table warm-up) and
 * end-to-end answer latency over the questions of eval/agent_questions.yml (p95 target < 500 ms), plus
 * a `/mmm optimize` command. Works on a private copy of DATA_DIR (or a freshly generated brand dataset).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { createAnalyst } from '../../src/agents/index.js';
import { loadConfig } from '../../src/config/index.js';
import { generateBrandDataset } from '../../src/data/brand/index.js';
import { silentLogger } from '../../src/log/index.js';
import { buildIndex } from '../../src/rag/index.js';
import type { BenchFigure } from './types.js';
import { percentile } from './util.js';

export async function run(): Promise<BenchFigure[]> {
  const config = loadConfig({ overrides: { QDRANT_URL: '', EMBEDDER: 'lsa', LLM_PROVIDER: 'offline', LOG_LEVEL: 'silent' } });
  const dir = mkdtempSync(join(tmpdir(), 'bench-agents-'));
  const logger = silentLogger();
  try {
    let note = `copy of ${config.DATA_DIR}`;
    if (existsSync(join(config.DATA_DIR, 'raw')) && existsSync(join(config.DATA_DIR, 'mmm'))) {
      for (const sub of ['raw', 'mmm']) cpSync(join(config.DATA_DIR, sub), join(dir, sub), { recursive: true });
      const manifest = join(config.DATA_DIR, 'assets', 'asset_manifest.csv');
      if (existsSync(manifest)) cpSync(manifest, join(dir, 'assets', 'asset_manifest.csv'));
    } else {
      await generateBrandDataset({ dataDir: dir, seed: config.SEED });
      note = 'generated brand dataset, no creatives';
    }
    await buildIndex({ dataDir: dir, config, logger });
    const t0 = performance.now();
    const analyst = await createAnalyst({ config, dataDir: dir, logger });
    const startup = performance.now() - t0;

    const { questions } = parseYaml(readFileSync('eval/agent_questions.yml', 'utf8')) as { questions: { id: string; question?: string; session?: string; command?: boolean }[] };
    const asked = questions.filter((q) => q.question && !q.command);
    const times: number[] = [];
    for (const q of asked) {
      const s = performance.now();
      await analyst.ask(q.question!, { sessionKey: `bench:${q.session ?? q.id}` });
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    const s = performance.now();
    await analyst.runMmmCommand('optimize 0.3', { sessionKey: 'bench:cmd' });
    const command = performance.now() - s;
    return [
      { name: 'createAnalyst (services, model, warm-up)', value: startup, unit: 'ms', note },
      { name: 'answer latency p50 (offline)', value: percentile(times, 50), unit: 'ms', note: `${times.length} eval questions` },
      { name: 'answer latency p95 (offline)', value: percentile(times, 95), unit: 'ms', target: '< 500 ms' },
      { name: 'answer latency max (offline)', value: times[times.length - 1]!, unit: 'ms' },
      { name: '/mmm optimize (default budget, ±30%)', value: command, unit: 'ms' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
