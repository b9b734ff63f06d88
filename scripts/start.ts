/**
 * `npm start`: until the Slack app lands, bootstraps the data (generates it when missing) and prints a
 * summary of what is on disk.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../src/config/index.js';
import { asMixError } from '../src/errors.js';
import { createLogger } from '../src/log/index.js';
import { MMM_FILES, summarizeDataset } from '../src/data/brand/index.js';
import { generateAll } from '../src/data/generate-all.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL, format: config.LOG_FORMAT });
  if (!existsSync(join(config.DATA_DIR, MMM_FILES.groundTruth))) {
    process.stdout.write(`No data in ${config.DATA_DIR} yet: generating (seed ${config.SEED})…\n`);
    const report = await generateAll({ dataDir: config.DATA_DIR, seed: config.SEED, logger });
    for (const s of report.skipped) process.stdout.write(`  skipped ${s.name}: ${s.reason}\n`);
  }
  process.stdout.write(`${await summarizeDataset(config.DATA_DIR)}\n`);
}

main().catch((err) => {
  process.stderr.write(`start: ${asMixError(err).userMessage}\n`);
  process.exit(1);
});
