/**
 * `npm run index [-- --text | --assets] [--check] [--force] [--data-dir D]`
 * Builds the search index under <dataDir>/index (incremental: unchanged collections are skipped).
 * `--check` only reports counts and staleness, and exits 1 when a collection is missing or stale.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/index.js';
import { asMixError } from '../src/errors.js';
import { createLogger } from '../src/log/index.js';
import { buildIndex, checkIndex } from '../src/rag/index.js';

function pad(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      text: { type: 'boolean', default: false },
      assets: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
    },
  });
  const config = loadConfig();
  const dataDir = values['data-dir'] ?? config.DATA_DIR;
  const only = values.text && !values.assets ? 'text' : values.assets && !values.text ? 'assets' : undefined;
  const logger = createLogger({ level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, format: config.LOG_FORMAT });

  if (values.check) {
    const check = await checkIndex({ dataDir, config, ...(only ? { only } : {}) });
    process.stdout.write(`index ${check.indexDir} (${check.store} store)\n`);
    const rows = [['collection', 'state', 'chunks', 'in store', 'embedder', 'why']];
    for (const c of check.collections) {
      rows.push([
        c.name,
        !c.built ? 'missing' : c.stale ? 'stale' : 'up to date',
        String(c.count),
        String(c.storeCount),
        c.embedder ? `${c.embedder.kind}/${c.embedder.model} (${c.embedder.dims}d)` : '-',
        [...c.reasons, ...c.changedFiles.map((f) => `changed: ${f}`), ...c.removedFiles.map((f) => `removed: ${f}`)].join('; ') || '-',
      ]);
    }
    process.stdout.write(`${pad(rows)}\n`);
    return check.collections.some((c) => c.stale || !c.built) ? 1 : 0;
  }

  const report = await buildIndex({ dataDir, config, logger, force: values.force, ...(only ? { only } : {}) });
  const rows = [['collection', 'status', 'files', 'changed', 'chunks', 'embedder', 'chunk ms', 'embed ms', 'store ms', 'keyword ms', 'total ms']];
  for (const c of report.collections) {
    const t = c.timings;
    rows.push([
      c.name,
      c.status,
      String(c.files),
      String(c.changedFiles.length + c.removedFiles.length),
      String(c.chunks),
      c.embedder ? `${c.embedder.kind}/${c.embedder.model} (${c.embedder.dims}d)` : '-',
      ...[t.chunkMs, t.embedMs, t.storeMs, t.keywordMs, t.totalMs].map((x) => String(Math.round(x))),
    ]);
  }
  process.stdout.write(`${pad(rows)}\nindexed into ${report.indexDir} (${report.store} store) in ${Math.round(report.totalMs)} ms\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    const e = asMixError(err);
    process.stderr.write(`index: ${e.userMessage}\n`);
    if (e.code === 'INTERNAL') process.stderr.write(`${e.message}\n`);
    process.exit(2);
  },
);
