/** Shared by `npm run ask` and `npm run chat`: prints an Answer and writes its charts to out/ as PNG. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Answer } from '../../src/agents/index.js';

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'chart';
}

/** Slack mrkdwn → terminal: bold/italic markers and entities. */
export function plain(mrkdwn: string): string {
  return mrkdwn.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

export async function printAnswer(answer: Answer, options: { outDir?: string; renderCharts?: boolean; write?: (s: string) => void } = {}): Promise<string[]> {
  const write = options.write ?? ((s: string) => process.stdout.write(s));
  const outDir = resolve(options.outDir ?? 'out');
  write(`\n${plain(answer.reply)}\n`);
  write(`\n— ${answer.agent_used}${answer.intent ? ` · ${answer.intent}` : ''} · session ${answer.session_id}\n`);
  if (answer.sources.length) {
    write('Sources:\n');
    for (const s of answer.sources.slice(0, 12)) write(`  • ${s.file}${s.locator ? ` (${s.locator})` : ''}${s.score !== undefined ? ` [${s.score.toFixed(2)}]` : ''}\n`);
    if (answer.sources.length > 12) write(`  … ${answer.sources.length - 12} more\n`);
  }
  const written: string[] = [];
  const charts = answer.attachments.filter((a) => a.type === 'chart');
  if (charts.length && options.renderCharts !== false) {
    const { renderChart } = await import('../../src/charts/index.js');
    await mkdir(outDir, { recursive: true });
    for (const [i, c] of charts.entries()) {
      const file = join(outDir, `${answer.session_id}-${slug(c.title)}-${i + 1}.png`);
      try {
        await writeFile(file, await renderChart(c.spec));
        written.push(file);
      } catch (err) {
        write(`  (chart "${c.title}" could not be drawn: ${(err as Error).message})\n`);
      }
    }
  }
  const assets = answer.attachments.filter((a) => a.type === 'asset');
  if (assets.length || written.length) {
    write('Attachments:\n');
    for (const a of assets) write(`  • creative: ${relative(process.cwd(), a.path)} — ${a.title}\n`);
    for (const f of written) write(`  • chart: ${relative(process.cwd(), f)}\n`);
  }
  if (answer.follow_ups.length) write(`Try next: ${answer.follow_ups.map((f) => `“${f}”`).join(' · ')}\n`);
  return written;
}
