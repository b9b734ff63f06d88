/**
 * `npm run search -- "Meta CPM in March" [--assets] [--top 5] [--mode hybrid|vector|keyword]
 *   [--channel meta] [--category digital] [--model terra] [--data-dir D]`
 * Prints the ranked hits with their score, source, locator and the start of their text.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/index.js';
import { asMixError, MixError } from '../src/errors.js';
import { openRetriever } from '../src/rag/index.js';
import type { DocCategory, SearchMode } from '../src/rag/types.js';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      assets: { type: 'boolean', default: false },
      top: { type: 'string', default: '5' },
      mode: { type: 'string', default: 'hybrid' },
      channel: { type: 'string' },
      category: { type: 'string' },
      model: { type: 'string' },
      'data-dir': { type: 'string' },
    },
    allowPositionals: true,
  });
  const query = positionals.join(' ').trim();
  if (!query) throw new MixError('INPUT_INVALID', 'no query', { userMessage: 'Usage: npm run search -- "Meta CPM in March" [--assets] [--top 5]' });
  const mode = values.mode as SearchMode;
  if (!['hybrid', 'vector', 'keyword'].includes(mode)) throw new MixError('INPUT_INVALID', 'bad mode', { userMessage: '--mode must be hybrid, vector or keyword' });
  const config = loadConfig();
  const retriever = await openRetriever({ dataDir: values['data-dir'] ?? config.DATA_DIR, config });
  const topK = Number(values.top);
  const t0 = performance.now();
  const hits = values.assets
    ? await retriever.searchAssets(query, { topK, mode, ...(values.channel ? { channel: values.channel } : {}), ...(values.model ? { vehicleModel: values.model } : {}) })
    : await retriever.searchText(query, {
        topK,
        mode,
        ...(values.channel ? { channel: values.channel } : {}),
        ...(values.model ? { vehicleModel: values.model } : {}),
        ...(values.category ? { category: values.category.split(',') as DocCategory[] } : {}),
      });
  const ms = performance.now() - t0;
  process.stdout.write(`${hits.length} hits for "${query}" (${mode}, ${ms.toFixed(1)} ms)\n\n`);
  hits.forEach((h, i) => {
    const m = h.metadata;
    const where = [m.source, m.locator, m.campaign_id, m.image_path].filter(Boolean).join(' · ');
    const ranks = h.ranks ? ` [vector #${h.ranks.vector ?? '-'}, keyword #${h.ranks.keyword ?? '-'}]` : '';
    const sim = h.similarity !== undefined ? ` similarity ${h.similarity.toFixed(2)}` : '';
    process.stdout.write(`${i + 1}. ${h.score.toFixed(4)}${ranks}${sim}  ${where}\n   ${h.text.slice(0, 220).replace(/\s+/g, ' ')}…\n\n`);
  });
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    const e = asMixError(err);
    process.stderr.write(`search: ${e.userMessage}\n`);
    process.exit(2);
  },
);
