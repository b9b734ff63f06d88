import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { digestStatePath } from '../../src/slack/index.js';
import { FAKE_IDS, type Harness, answer, startHarness } from './harness.js';

const roiAnswer = answer({
  agent_used: 'mmm_analyst',
  intent: 'mmm_analysis',
  reply: 'Search returns *£3.10* per £1 (2.40–3.90); TV *£1.20* (0.80–1.60).',
  sources: [{ file: 'mmm/model_ready.csv', locator: '104 weeks' }],
  attachments: [{ type: 'chart', title: 'ROI by channel', altText: 'Search 3.1x, TV 1.2x', spec: { kind: 'roi', title: 'ROI', bars: [{ channel: 'search', roi: 3.1 }] } }],
});

let harnesses: Harness[] = [];
let dataDir = '';
afterEach(async () => {
  for (const h of harnesses) await h.close();
  harnesses = [];
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function bot(clock: () => number): Promise<Harness> {
  const h = await startHarness({
    dataDir,
    clock,
    runMmmCommand: async (text) => (text === 'roi' ? roiAnswer : answer()),
    config: { DIGEST_ENABLED: 'true', DIGEST_CRON: '0 9 * * 1', DIGEST_TIMEZONE: 'Europe/London', DIGEST_CHANNEL: 'mmm-digest' },
    app: { startDigest: false },
  });
  harnesses.push(h);
  return h;
}

const digestPosts = (h: Harness) => h.slack.messages('mmm-digest').filter((m) => JSON.stringify(m.blocks ?? []).includes('Weekly channel-ROI digest'));

describe('weekly digest', () => {
  it('posts once per scheduled week on a fake clock, also across a restart', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'mix-digest-'));
    let now = Date.parse('2026-01-05T08:59:00Z'); // Monday, one minute before 09:00 London (GMT)
    const clock = (): number => now;
    const first = await bot(clock);
    const digest = first.bot.digest!;

    expect(await digest.tick()).toBe('missed'); // last week's slot, long before this app's first run
    now = Date.parse('2026-01-05T09:00:05Z');
    expect(await digest.tick()).toBe('posted');
    now += 3600_000;
    expect(await digest.tick()).toBe('already_posted');
    expect(digestPosts(first)).toHaveLength(1);
    const post = digestPosts(first)[0]!;
    expect(JSON.stringify(post.blocks)).toContain('5 January 2026');
    expect(JSON.stringify(post.blocks)).toContain('MMM analyst');
    const chart = await first.slack.waitForMessage((m) => m.channel === FAKE_IDS.digest && (m.files?.length ?? 0) > 0, 5000);
    expect(chart.files?.[0]?.title).toBe('ROI by channel');
    const state = JSON.parse(await readFile(digestStatePath(dataDir), 'utf8')) as { lastPeriod: string; channel: string };
    expect(state).toMatchObject({ lastPeriod: '2026-01-05T09:00:00.000Z', channel: FAKE_IDS.digest });

    // Restart the app the same morning: the period is already posted.
    await first.close();
    harnesses = [];
    const second = await bot(clock);
    now = Date.parse('2026-01-05T10:30:00Z');
    expect(await second.bot.digest!.tick()).toBe('already_posted');
    expect(digestPosts(second)).toHaveLength(0);

    // Next Monday (BST is not in January, so 09:00 London = 09:00 UTC).
    now = Date.parse('2026-01-12T09:00:02Z');
    const [a, b] = await Promise.all([second.bot.digest!.tick(), second.bot.digest!.tick()]);
    expect([a, b]).toEqual(['posted', 'posted']); // one run shared by concurrent callers
    expect(digestPosts(second)).toHaveLength(1);
    now = Date.parse('2026-01-14T12:00:00Z');
    expect(await second.bot.digest!.tick()).toBe('already_posted');
    // Down for a whole Monday: the missed slot is not posted days later.
    now = Date.parse('2026-01-20T18:00:00Z');
    expect(await second.bot.digest!.tick()).toBe('missed');
    expect(digestPosts(second)).toHaveLength(1);
  });

  it('follows the timezone: 09:00 London is 08:00 UTC in summer', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'mix-digest-'));
    const h = await bot(() => Date.parse('2026-06-01T08:00:30Z'));
    expect(h.bot.digest!.lastOccurrence(Date.parse('2026-06-01T08:00:30Z'))?.toISOString()).toBe('2026-06-01T08:00:00.000Z');
    expect(await h.bot.digest!.tick()).toBe('posted');
  });

  it('`/mmm digest now` posts for admins only', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'mix-digest-'));
    const h = await bot(() => Date.parse('2026-01-07T12:00:00Z'));
    await h.slack.slashCommand({ user: FAKE_IDS.analyst, channel: 'marketing', command: '/mmm', text: 'digest now' });
    await h.slack.waitForMessage((m) => m.ephemeral_to === FAKE_IDS.analyst && /only workspace admins/.test(m.text), 5000);
    await h.slack.slashCommand({ user: FAKE_IDS.admin, channel: 'marketing', command: '/mmm', text: 'digest now' });
    await h.slack.waitForMessage((m) => m.ephemeral_to === FAKE_IDS.admin && /Digest posted/.test(m.text), 5000);
    expect(digestPosts(h)).toHaveLength(1);
  });
});
