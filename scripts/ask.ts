/**
 * `npm run ask -- "What is TV ROI?"` — one question to the analyst (offline unless a model key is set).
 * Options: --data-dir <dir>, --session <name> (continue a conversation), --mmm (treat the text as a
 * `/mmm` command), --json (print the Answer object), --no-charts.
 */
import { parseArgs } from 'node:util';
import { createAnalyst } from '../src/agents/index.js';
import { loadConfig } from '../src/config/index.js';
import { asMixError } from '../src/errors.js';
import { createLogger } from '../src/log/index.js';
import { printAnswer } from './agents/print-answer.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'data-dir': { type: 'string' },
    session: { type: 'string', default: 'cli' },
    mmm: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    'no-charts': { type: 'boolean', default: false },
  },
});

const question = positionals.join(' ');
if (!question.trim() && !values.mmm) {
  process.stderr.write('Usage: npm run ask -- "What is TV ROI?"  [--session name] [--data-dir data] [--mmm] [--json]\n');
  process.exit(2);
}

try {
  const config = loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, format: config.LOG_FORMAT, name: 'ask' });
  const analyst = await createAnalyst({ config, logger, ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}) });
  const options = { sessionKey: `cli:${values.session}`, onStatus: (s: string) => process.stderr.write(`… ${s}\n`) };
  const answer = values.mmm ? await analyst.runMmmCommand(question, options) : await analyst.ask(question, options);
  if (values.json) process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
  else await printAnswer(answer, { renderCharts: !values['no-charts'] });
} catch (err) {
  process.stderr.write(`${asMixError(err).userMessage}\n`);
  process.exit(1);
}
