/** `/mmm` command parsing in tests: the command when the text must parse, the message when it must not. */
import { parseMmmCommand } from '../../../src/agents/mmm-command/parse.js';

export function ok(text: string) {
  const r = parseMmmCommand(text);
  if (!r.ok) throw new Error(`expected ok for ${text}: ${r.error}`);
  return r.command;
}

export function err(text: string): string {
  const r = parseMmmCommand(text);
  if (r.ok) throw new Error(`expected an error for ${text}`);
  return r.error;
}
