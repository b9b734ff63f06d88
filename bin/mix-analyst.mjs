#!/usr/bin/env node
// `mix-analyst <command> [args]`: runs the matching entry point in scripts/ with tsx (no build step).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const commands = {
  start: 'scripts/start.ts',
  generate: 'scripts/generate.ts',
  'generate:tenants': 'scripts/generate-tenants.ts',
  'validate:tenants': 'scripts/validate-tenants.ts',
  index: 'scripts/index-data.ts',
  search: 'scripts/search.ts',
  ask: 'scripts/ask.ts',
  chat: 'scripts/chat.ts',
  mmm: 'scripts/mmm/cli.ts',
  bench: 'scripts/bench.ts',
};

const [command = 'help', ...args] = process.argv.slice(2);
if (!(command in commands)) {
  process.stdout.write(
    `Usage: mix-analyst <command> [args]\n\nCommands:\n${Object.keys(commands)
      .map((c) => `  ${c}`)
      .join('\n')}\n\nExamples:\n  mix-analyst ask "What is TV ROI?"\n  mix-analyst mmm optimize --budget 2500000\n`,
  );
  process.exit(command === 'help' || command === '--help' ? 0 : 2);
}
const script = resolve(root, commands[command]);
if (!existsSync(script)) {
  process.stderr.write(`mix-analyst: ${commands[command]} is missing from this installation.\n`);
  process.exit(2);
}
const require = createRequire(import.meta.url);
const tsxCli = require.resolve('tsx/cli');
const result = spawnSync(process.execPath, [tsxCli, script, ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
