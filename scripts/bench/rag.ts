/**
 * Retrieval speed: full index build (target < 20 s on 2 cores), the no-change incremental run, opening the
 * index, warm query latency per mode over the evaluation questions (hybrid p95 target < 30 ms) and exact
 * metric queries. Works on a private copy of DATA_DIR (or a freshly generated brand dataset).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadConfig } from '../../src/config/index.js';
import { generateBrandDataset } from '../../src/data/brand/index.js';
import { buildIndex, createMetricsEngine, openRetriever } from '../../src/rag/index.js';
import type { MetricQuery } from '../../src/rag/types.js';
import type { BenchFigure } from './types.js';
import { percentile, timeRuns } from './util.js';

export async function run(): Promise<BenchFigure[]> {
  const config = loadConfig({ overrides: { QDRANT_URL: '', EMBEDDER: 'lsa' } });
  const dir = mkdtempSync(join(tmpdir(), 'bench-rag-'));
  try {
    let note = `copy of ${config.DATA_DIR}`;
    if (existsSync(join(config.DATA_DIR, 'raw'))) {
      cpSync(join(config.DATA_DIR, 'raw'), join(dir, 'raw'), { recursive: true });
      const manifest = join(config.DATA_DIR, 'assets', 'asset_manifest.csv');
      if (existsSync(manifest)) cpSync(manifest, join(dir, 'assets', 'asset_manifest.csv'));
    } else {
      await generateBrandDataset({ dataDir: dir, seed: config.SEED });
      note = 'generated brand dataset, no creatives';
    }
    const t0 = performance.now();
    const report = await buildIndex({ dataDir: dir, config, force: true });
    const buildMs = performance.now() - t0;
    const t1 = performance.now();
    await buildIndex({ dataDir: dir, config });
    const incrementalMs = performance.now() - t1;
    const chunks = report.collections.map((c) => `${c.chunks} ${c.name}`).join(', ');

    const t2 = performance.now();
    const retriever = await openRetriever({ dataDir: dir, config });
    const openMs = performance.now() - t2;

    const { questions } = parseYaml(readFileSync('eval/questions.yml', 'utf8')) as { questions: { question: string; collection?: string }[] };
    const latency = async (mode: 'hybrid' | 'vector' | 'keyword') => {
      const times: number[] = [];
      for (const q of questions) {
        const name = q.collection === 'assets' ? 'campaign_assets' : 'text_documents';
        times.push(...(await timeRuns(() => retriever.search(name, q.question, { topK: 5, mode }), 3, 1)));
      }
      return times.sort((a, b) => a - b);
    };
    const hybrid = await latency('hybrid');
    const vector = await latency('vector');
    const keyword = await latency('keyword');

    const metrics = createMetricsEngine(dir);
    const t3 = performance.now();
    metrics.queryMetrics({ metric: 'spend' });
    const metricsLoadMs = performance.now() - t3;
    const queries: MetricQuery[] = [
      { metric: 'cpm', channel: 'meta', groupBy: 'month' },
      { metric: 'spend', groupBy: 'channel', from: '2025-01-01', to: '2025-03-31' },
      { metric: 'leads', vehicleModel: 'lumen', groupBy: 'quarter' },
      { metric: 'cost_per_sale', groupBy: 'vehicle_model' },
    ];
    const metricTimes = (await Promise.all(queries.map((q) => timeRuns(() => metrics.queryMetrics(q), 5)))).flat().sort((a, b) => a - b);

    return [
      { name: 'index build, full (chunk + LSA fit + embed + store + keyword)', value: buildMs, unit: 'ms', target: '< 20000 ms', note: `${chunks}; ${note}` },
      { name: 'index build, nothing changed', value: incrementalMs, unit: 'ms' },
      { name: 'open index (chunks, keyword index, LSA model, vectors)', value: openMs, unit: 'ms' },
      { name: `hybrid query p50 (warm, ${questions.length} questions × 3)`, value: percentile(hybrid, 50), unit: 'ms' },
      { name: 'hybrid query p95 (warm)', value: percentile(hybrid, 95), unit: 'ms', target: '< 30 ms' },
      { name: 'vector-only query p95 (warm)', value: percentile(vector, 95), unit: 'ms' },
      { name: 'keyword-only query p95 (warm)', value: percentile(keyword, 95), unit: 'ms' },
      { name: 'metrics engine first query (loads and profiles the CSVs)', value: metricsLoadMs, unit: 'ms' },
      { name: 'metrics query p95 (warm)', value: percentile(metricTimes, 95), unit: 'ms' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
