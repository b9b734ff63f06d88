import { describe, expect, it } from 'vitest';
import { checkBlocks } from '../../src/fakeslack/index.js';
import { answerMessage, decodeRerun, encodeRerun, formatSources } from '../../src/slack/blocks/answer.js';
import { extractLongTables } from '../../src/slack/blocks/tables.js';
import { escapeMrkdwnText, splitMrkdwn } from '../../src/slack/blocks/text.js';
import { Deduper } from '../../src/slack/util/dedupe.js';
import { KeyedQueue } from '../../src/slack/util/keyed-queue.js';
import { UserRateLimiter } from '../../src/slack/util/rate-limit.js';
import { answer } from './harness.js';

describe('Block Kit builders', () => {
  it('splits long mrkdwn at paragraph and line breaks, re-opening cut code fences', () => {
    const text = ['para one '.repeat(200), '```', ...Array.from({ length: 300 }, (_, i) => `row ${i} value`), '```', 'tail'].join('\n\n');
    const pieces = splitMrkdwn(text, 3000);
    expect(pieces.every((p) => p.length <= 3000)).toBe(true);
    expect(pieces.every((p) => (p.match(/```/g) ?? []).length % 2 === 0)).toBe(true);
    expect(pieces.join(' ').replace(/```/g, '').replace(/\s+/g, ' ')).toContain('row 299 value');
  });

  it('moves tables longer than 20 rows to CSV and keeps short ones inline', () => {
    const short = ['| a | b |', '|---|---|', '| 1 | 2 |'].join('\n');
    const long = ['| week | spend |', '|---|---|', ...Array.from({ length: 25 }, (_, i) => `| w${i} | ${i},000 |`)].join('\n');
    const out = extractLongTables(`Short:\n${short}\n\nLong:\n${long}\nend`);
    expect(out.text).toContain('| 1 | 2 |');
    expect(out.text).not.toContain('| w3 |');
    expect(out.text).toContain('a table of 25 rows is attached as `table.csv`');
    expect(out.csvs).toHaveLength(1);
    const csv = out.csvs[0] as { content: string };
    expect(csv.content.split('\n')[0]).toBe('week,spend');
    expect(csv.content).toContain('w3,"3,000"');
  });

  it('builds answers Slack accepts whatever their size', () => {
    const huge = answer({
      reply: 'x '.repeat(60_000),
      sources: Array.from({ length: 30 }, (_, i) => ({ file: `raw/file_${i}.csv`, locator: `rows ${i}` })),
      caveats: Array.from({ length: 15 }, (_, i) => `caveat ${i}`),
      follow_ups: ['a', 'b', 'c', 'd', 'e'],
    });
    const msg = answerMessage(huge, { kind: 'ask', q: 'q'.repeat(5000) });
    expect(checkBlocks(msg.blocks)).toBeUndefined();
    expect(msg.blocks.length).toBeLessThanOrEqual(50);
    expect(msg.text.length).toBeLessThanOrEqual(3000);
    expect(msg.extraAttachments.map((a) => (a as { filename: string }).filename)).toContain('answer.md');
    expect(JSON.stringify(msg.blocks)).toContain('+22 more sources');
  });

  it('warns when a data answer cites nothing, and dedupes sources', () => {
    const msg = answerMessage(answer({ sources: [], intent: 'data_lookup' }), { kind: 'ask', q: 'q' });
    expect(JSON.stringify(msg.blocks)).toContain('No sources were cited');
    expect(
      formatSources([
        { file: 'raw/contracts/tv.md', locator: 'clause 9.3', title: 'tv.md — clause 9.3' },
        { file: 'assets/m.csv', locator: 'rows 82' },
        { file: 'raw/contracts/tv.md', locator: 'clause 9.1' },
        { file: 'assets/m.csv', locator: 'rows 59' },
        { file: 'assets/m.csv', locator: 'rows 82' },
        { file: 'raw/x.csv', title: 'Weekly sales' },
        { file: 'raw/y.csv', locator: 'rows 1–4' },
        { file: 'raw/y.csv', locator: 'campaign HM-1' },
      ]),
    ).toEqual([
      '`raw/contracts/tv.md` clause 9.1, 9.3',
      '`assets/m.csv` rows 59, 82',
      'Weekly sales — `raw/x.csv`',
      '`raw/y.csv` campaign HM-1; rows 1–4',
    ]);
  });

  it('shows caveats under the answer unless the reply already says them', () => {
    const msg = answerMessage(answer({ reply: 'ROI is 2x. _Ranges are 90% intervals._', caveats: ['Ranges are 90% intervals.', 'Radio: wide interval'] }), { kind: 'ask', q: 'q' });
    const caveats = msg.blocks.find((b) => b.block_id === 'answer_caveats');
    expect(JSON.stringify(caveats)).toContain('Radio: wide interval');
    expect(JSON.stringify(caveats)).not.toContain('90% intervals');
  });

  it('round-trips the Regenerate reference and rejects garbage', () => {
    expect(decodeRerun(encodeRerun({ kind: 'mmm', q: 'optimize 2M', qts: '1.2' }))).toEqual({ kind: 'mmm', q: 'optimize 2M', qts: '1.2' });
    expect(decodeRerun('{"kind":"rm -rf"}')).toBeUndefined();
    expect(decodeRerun('not json')).toBeUndefined();
    expect(encodeRerun({ kind: 'ask', q: 'x'.repeat(5000) }).length).toBeLessThan(2000);
  });
});

describe('reliability utilities', () => {
  it('dedupes keys within the TTL and forgets them after', () => {
    let now = 0;
    const d = new Deduper(() => now, 1000);
    expect(d.firstTime('a', 'b')).toBe(true);
    expect(d.firstTime('b')).toBe(false);
    now = 2000;
    expect(d.firstTime('b')).toBe(true);
  });

  it('limits each user per sliding minute and says when to retry', () => {
    let now = 0;
    const r = new UserRateLimiter(2, () => now);
    expect([r.take('u'), r.take('u'), r.take('v')]).toEqual([0, 0, 0]);
    now = 10_000;
    expect(r.take('u')).toBe(50_000);
    now = 60_001;
    expect(r.take('u')).toBe(0);
  });

  it('runs one key at a time and keeps going after a failure', async () => {
    const q = new KeyedQueue();
    const log: string[] = [];
    const job = (name: string, fail = false) => async () => {
      log.push(`+${name}`);
      await new Promise((r) => setTimeout(r, 10));
      log.push(`-${name}`);
      if (fail) throw new Error(name);
    };
    const a = q.run('k', job('a', true)).catch(() => 'failed');
    const b = q.run('k', job('b'));
    const c = q.run('other', job('c'));
    await Promise.all([a, b, c]);
    expect(await a).toBe('failed');
    expect(log.indexOf('-a')).toBeLessThan(log.indexOf('+b'));
    expect(log.indexOf('+c')).toBeLessThan(log.indexOf('-a'));
    await q.drain();
    expect(q.size).toBe(0);
  });
});

describe('escapeMrkdwnText', () => {
  it('escapes & < > in text, keeps Slack tokens, entities and quote markers, and is idempotent', () => {
    const raw = '> Drive & Charge: CPA < £50 -> ok, <@U123> <#C9|mkt> <https://x.io|site> &amp;';
    const once = escapeMrkdwnText(raw);
    expect(once).toBe('> Drive &amp; Charge: CPA &lt; £50 -&gt; ok, <@U123> <#C9|mkt> <https://x.io|site> &amp;');
    expect(escapeMrkdwnText(once)).toBe(once);
  });
});
