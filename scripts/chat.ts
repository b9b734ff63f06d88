/**
 * `npm run chat [-- --data-dir D] [--session name]` — an interactive conversation with the analyst in the
 * terminal. Follow-ups work ("and for TikTok?", "make that 2M"); lines starting with /mmm run commands;
 * /new starts a fresh conversation; /quit (or Ctrl-D) leaves. Charts are written to out/.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { createAnalyst } from '../src/agents/index.js';
import { loadConfig } from '../src/config/index.js';
import { asMixError } from '../src/errors.js';
import { createLogger } from '../src/log/index.js';
import { printAnswer } from './agents/print-answer.js';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    session: { type: 'string' },
    'no-charts': { type: 'boolean', default: false },
  },
});

const config = loadConfig();
const logger = createLogger({ level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, format: config.LOG_FORMAT, name: 'chat' });
let analyst;
try {
  analyst = await createAnalyst({ config, logger, ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}) });
} catch (err) {
  process.stderr.write(`${asMixError(err).userMessage}\n`);
  process.exit(1);
}

let conversation = 0;
const base = values.session ?? `chat-${process.pid}`;
const key = () => `cli:${base}${conversation ? `-${conversation}` : ''}`;
process.stdout.write(`Mix Analyst (${analyst.provider}). Ask about spend, sales, contracts, creatives or the model; /mmm help for commands, /new, /quit.\n`);

const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
rl.setPrompt('\nyou › ');
rl.prompt();
for await (const line of rl) {
  const text = line.trim();
  if (text === '/quit' || text === '/exit') break;
  if (text === '/new') {
    conversation++;
    process.stdout.write('(new conversation)\n');
  } else if (text) {
    const options = { sessionKey: key(), onStatus: (s: string) => process.stderr.write(`… ${s}\n`) };
    try {
      const answer = text.startsWith('/mmm') ? await analyst.runMmmCommand(text, options) : await analyst.ask(text, options);
      await printAnswer(answer, { renderCharts: !values['no-charts'] });
    } catch (err) {
      process.stdout.write(`${asMixError(err).userMessage}\n`);
    }
  }
  rl.prompt();
}
rl.close();
