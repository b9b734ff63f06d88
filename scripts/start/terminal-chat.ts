/**
 * A terminal chat with the bot through the fake Slack: what you type is posted as a DM from a sandbox
 * user (slash commands run as commands), and the bot's replies are printed as they arrive.
 */
import { createInterface } from 'node:readline';
import { FAKE_IDS, type FakeMessage, type FakeSlack, type FakeSlackChange } from '../../src/fakeslack/index.js';

type Block = { type: string; text?: { text?: string } | string; elements?: { text?: string; type?: string }[]; fields?: { text?: string }[] };

/** The readable text of a message: its sections, context lines and files. */
export function renderMessage(m: FakeMessage): string {
  const lines: string[] = [];
  for (const b of (m.blocks ?? []) as Block[]) {
    if (b.type === 'section' || b.type === 'header') lines.push(typeof b.text === 'string' ? b.text : (b.text?.text ?? ''));
    if (b.type === 'section' && b.fields) lines.push(b.fields.map((f) => f.text ?? '').join('   '));
    if (b.type === 'context') lines.push(`  ${(b.elements ?? []).map((e) => e.text ?? '').join('  ·  ')}`);
    if (b.type === 'actions') lines.push(`  [${(b.elements ?? []).map((e) => (typeof e.text === 'object' ? (e.text as { text?: string }).text : e.text) ?? '').join('] [')}]`);
  }
  if (lines.length === 0 && m.text) lines.push(m.text);
  for (const f of m.files ?? []) lines.push(`  📎 ${f.title} — ${f.url_private}`);
  return lines.filter(Boolean).join('\n');
}

export function startTerminalChat(fake: FakeSlack, out: NodeJS.WritableStream = process.stdout): () => void {
  const user = FAKE_IDS.admin;
  const channel = FAKE_IDS.adminDm;
  let threadTs: string | undefined;
  const printed = new Map<string, string>();
  const onChange = (c: FakeSlackChange): void => {
    if (c.type !== 'message_posted' && c.type !== 'message_updated') return;
    const m = c.message;
    if (m.channel !== channel || m.user !== FAKE_IDS.botUser || m.streaming) return;
    const text = renderMessage(m);
    if (!text || printed.get(m.ts) === text || /Working on it|Regenerating/.test(text)) return;
    printed.set(m.ts, text);
    out.write(`\n🤖 ${text}\n\n> `);
  };
  fake.on('change', onChange);
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: '> ' });
  out.write('\nChat with Mix Analyst (you are Alex, a workspace admin). Try "what did we spend on Meta in Q2?",\n');
  out.write('"/mmm optimize 2M" or "/reindex". "/new" starts a new thread; Ctrl+C quits.\n\n');
  rl.prompt();
  rl.on('line', (line) => {
    const text = line.trim();
    if (!text) return rl.prompt();
    if (text === '/new') {
      threadTs = undefined;
      out.write('(new thread)\n');
      return rl.prompt();
    }
    if (text.startsWith('/')) {
      const [command = '', ...rest] = text.split(/\s+/);
      void fake.slashCommand({ user, channel, command, text: rest.join(' ') }).catch((e: Error) => out.write(`(${e.message})\n`));
      return;
    }
    void fake
      .postUserMessage({ user, channel, text, ...(threadTs ? { thread_ts: threadTs } : {}) })
      .then((p) => {
        threadTs ??= p.ts;
      })
      .catch((e: Error) => out.write(`(${e.message})\n`));
  });
  return () => {
    fake.off('change', onChange);
    rl.close();
  };
}
