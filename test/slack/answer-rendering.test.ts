/**
 * The newer offline answers as Slack receives them — real Bolt app, real analyst, fake Slack: delivery
 * findings with quoted clauses, supplier metrics, period notes, "none" answers, and /mmm input errors.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_IDS, type FakeMessage } from '../../src/fakeslack/index.js';
import { checkBlocks } from '../../src/fakeslack/block-limits.js';
import { startEnv, stopEnv, type Env } from './helpers/real-bot.js';
import { slackDataCopy } from './helpers/real-data.js';

let env: Env;
let dataDir = '';

beforeAll(async () => {
  dataDir = await slackDataCopy();
  env = await startEnv('socket', dataDir);
}, 300_000);
afterAll(async () => {
  await stopEnv(env);
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Asks in a channel thread and returns the final answer's text sections, checked against Slack's rules. */
async function ask(question: string): Promise<string> {
  const q = await env.slack.postUserMessage({ user: FAKE_IDS.analyst, channel: 'marketing', text: `<@${FAKE_IDS.botUser}> ${question}` });
  const m = await env.slack.waitForMessage(
    (x: FakeMessage) => x.thread_ts === q.ts && x.user === FAKE_IDS.botUser && !x.streaming && JSON.stringify(x.blocks ?? []).includes('answer_actions'),
    60_000,
  );
  expect(checkBlocks(m.blocks)).toBeUndefined();
  const sections = (m.blocks as { type: string; text?: { text: string } }[]).filter((b) => b.type === 'section').map((b) => b.text!.text);
  const text = sections.join('\n');
  for (const line of text.split('\n')) {
    const plain = line.replace(/`[^`]*`/g, '');
    expect(plain, line).not.toMatch(/\*\*|^#{1,6} |\|\s*-{3}|\[[^\]]+\]\(/);
    expect((plain.match(/\*/g) ?? []).length % 2, `unpaired * in: ${line}`).toBe(0);
    // & < > are escaped, except Slack's own tokens and a quote's leading >.
    expect(plain.replace(/^>/, '').replace(/<[@#!][^>]+>/g, ''), line).not.toMatch(/&(?!amp;|lt;|gt;)|[<>]/);
  }
  return text;
}

/** One row of a contract's rate table, as written in the contract file. */
async function contractRow(file: string, first: string): Promise<string[]> {
  const md = await readFile(join(dataDir, 'raw/contracts', file), 'utf8');
  const line = md.split('\n').find((l) => l.startsWith(`| ${first} |`))!;
  return line.split('|').slice(2, -1).map((c) => c.trim());
}

describe('delivery and contract answers in Slack', () => {
  it('quotes a clause with a rate table as quoted rows, whole numbers, escaped ampersands', async () => {
    const text = await ask('did Crestline deliver the Drive & Charge insertions?');
    const quote = text.split('\n').filter((l) => l.startsWith('>'));
    const row = await contractRow('media-partnership-crestline.md', 'Drive & Charge');
    expect(quote).toContain(`> Drive &amp; Charge — ${row.join(' · ')}`);
    expect(text).not.toContain('| Drive');
  });

  it('cuts a finding\'s clause quote at a sentence or row, not mid-word, and keeps the quote marker', async () => {
    const text = await ask('Are there invoice mismatches?');
    const lines = text.split('\n');
    const i = lines.findIndex((l) => l.includes('Invoice above the contracted rate'));
    expect(lines[i + 1]).toMatch(/^> The Contractor invoices each cycle .*Agreement\.$/);
    expect(lines[i + 2]).toMatch(/^> _\(a table of \d+ rows follows in the contract\)_$/);
    expect(text).toContain('Drive &amp; Charge 2025-09-24');
  });

  it('renders delivery per supplier, SLA misses, supplier metrics, period notes and "none" answers', async () => {
    const ooh = await ask('OOH sites booked vs posted');
    expect(ooh).toMatch(/^⚠️ \*Sites booked but not posted\* — .*clause 5\.3_\.$/m);
    expect(ooh).toMatch(/^> TransitAds guarantees /m);
    const sla = await ask('how is Meridian doing against its SLAs?');
    expect(sla.split('\n').filter((l) => /^> .*metric `\w+`\)\.$/.test(l))).toHaveLength(2);
    const cpg = await ask('compare Albion and Skyline on cost per GRP in the last 3 months');
    expect(cpg).toMatch(/^_“Last 3 months” is taken from [^_]+_$/m);
    expect(cpg).toMatch(/^• Skyline Satellite Media: £[\d,]+$/m);
    const none = await ask('TikTok spend in the last 4 weeks');
    expect(none).toMatch(/^\*TikTok spend in the last 4 weeks \([^)]*\): none\* — /m);
  });
});

describe('/mmm input errors', () => {
  it.each([
    ['optimize abc', /"abc" is not an amount I can read/],
    ['optimize 2M lock tv,foo', /I don't know a channel called "foo"/],
    ['scenario tv +abc', /"\+abc" is not a change I can read for TV/],
  ])('`/mmm %s` is said back to the user alone, nothing posted in the channel', async (cmd, message) => {
    const before = env.slack.messages('marketing').filter((m) => m.user === FAKE_IDS.botUser && !m.thread_ts && !m.ephemeral_to).length;
    const res = await env.slack.slashCommand({ user: FAKE_IDS.analyst, channel: 'marketing', command: '/mmm', text: cmd });
    expect(res.acked).toBe(true);
    await env.slack.waitForMessage((m) => m.ephemeral_to === FAKE_IDS.analyst && message.test(m.text), 5000);
    await new Promise((r) => setTimeout(r, 500));
    expect(env.slack.messages('marketing').filter((m) => m.user === FAKE_IDS.botUser && !m.thread_ts && !m.ephemeral_to)).toHaveLength(before);
  });

  it('valid budgets as people type them still post a plan in the channel', async () => {
    await env.slack.slashCommand({ user: FAKE_IDS.analyst, channel: 'marketing', command: '/mmm', text: 'optimize 2,5M' });
    const root = await env.slack.waitForMessage((m) => !m.thread_ts && m.user === FAKE_IDS.botUser && /Optimal split of £2\.50M/.test(JSON.stringify(m.blocks ?? [])), 60_000);
    expect(checkBlocks(root.blocks)).toBeUndefined();
  });
});
