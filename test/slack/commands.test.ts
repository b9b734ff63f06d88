import { afterEach, describe, expect, it } from 'vitest';
import { parseMmmCommand } from '../../src/slack/index.js';
import { FAKE_IDS, type Harness, answer, noCalibration, startHarness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const chartAnswer = answer({
  agent_used: 'mmm_analyst',
  intent: 'mmm_analysis',
  reply: '*Optimal split of £2.0M*: move spend from TV to search. Expected lift *+4.1%* (2.0%–6.3%).',
  sources: [{ file: 'mmm/model_ready.csv', locator: 'weeks 2024-W01–2025-W52' }],
  attachments: [
    { type: 'chart', title: 'Budget before and after', altText: 'TV down 20%, search up 30%', spec: { kind: 'budget_shift', title: 'Budget', rows: [{ channel: 'tv', before: 1, after: 0.8 }] } },
  ],
});

describe('/mmm', () => {
  it('parses subcommands, seeds and the private flag', () => {
    expect(parseMmmCommand('')).toEqual({ kind: 'help' });
    expect(parseMmmCommand('regenerate 7')).toEqual({ kind: 'regenerate', seed: 7 });
    expect(parseMmmCommand('regenerate x').kind).toBe('invalid');
    expect(parseMmmCommand('digest now')).toEqual({ kind: 'digest_now' });
    expect(parseMmmCommand('optimize 2M private lock tv')).toEqual({ kind: 'run', text: 'optimize 2M lock tv', privately: true });
  });

  it('`/mmm optimize 2000000` acks in time, posts the result in the channel and its chart in the thread', async () => {
    const seen: string[] = [];
    h = await startHarness({
      runMmmCommand: async (text, o) => {
        seen.push(`${text}|${o.sessionKey}`);
        await new Promise((r) => setTimeout(r, 300));
        return chartAnswer;
      },
    });
    const res = await h.slack.slashCommand({ user: FAKE_IDS.analyst, channel: 'marketing', command: '/mmm', text: 'optimize 2000000' });
    expect(res.acked).toBe(true);
    expect(res.ackMs).toBeLessThan(3000);
    const result = await h.slack.waitForMessage((m) => m.channel === FAKE_IDS.marketing && !m.thread_ts && JSON.stringify(m.blocks ?? []).includes('Optimal split'), 5000);
    expect(JSON.stringify(result.blocks)).toContain('MMM analyst');
    const chart = await h.slack.waitForMessage((m) => m.thread_ts === result.ts && (m.files?.length ?? 0) > 0, 5000);
    expect(chart.files?.[0]?.title).toBe('Budget before and after');
    expect(chart.files?.[0]?.mimetype).toBe('image/png');
    expect(seen).toEqual([`optimize 2000000|${FAKE_IDS.marketing}:${result.ts}`]);
  });

  it('follow-ups in the thread of a /mmm result continue its session', async () => {
    h = await startHarness({ runMmmCommand: async () => chartAnswer });
    await h.slack.slashCommand({ user: FAKE_IDS.analyst, channel: 'marketing', command: '/mmm', text: 'optimize 2M' });
    const root = await h.slack.waitForMessage((m) => !m.thread_ts && JSON.stringify(m.blocks ?? []).includes('Optimal split'), 5000);
    const q = await h.slack.postUserMessage({ user: FAKE_IDS.analyst, channel: 'marketing', text: 'why cut TV?', thread_ts: root.ts });
    await h.slack.waitForMessage((m) => m.thread_ts === root.ts && Number(m.ts) > Number(q.ts) && JSON.stringify(m.blocks ?? []).includes('answer_actions'), 5000);
    expect(h.analyst.calls[0]?.options.sessionKey).toBe(`${FAKE_IDS.marketing}:${root.ts}`);
  });

  it('answers privately through response_url when asked, and never posts where the app was not invited', async () => {
    h = await startHarness({ runMmmCommand: async () => chartAnswer });
    await h.slack.slashCommand({ user: FAKE_IDS.analyst, channel: 'marketing', command: '/mmm', text: 'roi private' });
    const mine = await h.slack.waitForMessage((m) => m.via === 'response_url' && m.ephemeral_to === FAKE_IDS.analyst && JSON.stringify(m.blocks ?? []).includes('Optimal'), 5000);
    expect(JSON.stringify(mine.blocks)).toContain('Charts are posted only in channels I am in');

    await h.slack.slashCommand({ user: FAKE_IDS.analyst, channel: 'random', command: '/mmm', text: 'roi' });
    const reply = await h.slack.waitForMessage((m) => m.channel === FAKE_IDS.random && m.via === 'response_url', 5000);
    expect(reply.ephemeral_to).toBe(FAKE_IDS.analyst);
    expect(JSON.stringify(reply.blocks)).toContain('I am not a member of this channel');
    expect(h.slack.messages('random', undefined, FAKE_IDS.admin)).toEqual([]);
    expect(h.slack.apiCalls('files.completeUploadExternal')).toHaveLength(0);
  });

  it('`/mmm help` answers at once in the ack', async () => {
    h = await startHarness();
    const res = await h.slack.slashCommand({ user: FAKE_IDS.analyst, channel: 'marketing', command: '/mmm', text: 'help' });
    expect(res.acked).toBe(true);
    const help = h.slack.messages('marketing', undefined, FAKE_IDS.analyst).find((m) => m.via === 'ack' || m.via === 'response_url');
    expect(help?.text).toContain('/mmm optimize');
  });
});

describe('admin commands', () => {
  it('refuses /reindex to a non-admin, politely and privately', async () => {
    let ran = 0;
    h = await startHarness({ ops: { reindex: async () => ({ summary: `${++ran}` }), regenerate: async () => ({ summary: '' }), ...noCalibration } });
    const res = await h.slack.slashCommand({ user: FAKE_IDS.analyst, channel: 'marketing', command: '/reindex' });
    expect(res.acked).toBe(true);
    const refusal = await h.slack.waitForMessage((m) => m.ephemeral_to === FAKE_IDS.analyst && /only workspace admins/.test(m.text), 5000);
    expect(refusal.text).toContain('rebuild the index');
    expect(ran).toBe(0);
    expect(h.slack.messages('marketing', undefined, FAKE_IDS.admin).some((m) => /only workspace admins/.test(m.text))).toBe(false);
  });

  it('runs /reindex for a workspace admin (users.info) and reports counts and time', async () => {
    h = await startHarness({ ops: { reindex: async () => ({ summary: '1,204 chunks from 31 files', stats: { chunks: 1204, assets: 129 } }), regenerate: async () => ({ summary: '' }), ...noCalibration } });
    await h.slack.slashCommand({ user: FAKE_IDS.admin, channel: 'marketing', command: '/reindex' });
    const report = await h.slack.waitForMessage((m) => m.ephemeral_to === FAKE_IDS.admin && /Index rebuilt in \d+\.\d s/.test(m.text), 5000);
    expect(report.text).toContain('chunks: *1,204*');
    expect(h.slack.apiCalls('users.info')[0]?.args.user).toBe(FAKE_IDS.admin);
  });

  it('/mmm calibrate: admins record a lift test, members may only list them', async () => {
    const changes: unknown[] = [];
    const ops = {
      reindex: async () => ({ summary: '' }),
      regenerate: async () => ({ summary: '' }),
      calibrate: async (change: unknown) => (changes.push(change), { summary: 'TV ROI 1.56x → *1.70x*, calibrated with 1 lift test.', stats: { 'lift tests on file': 1 } }),
      liftTests: async () => [{ channel: 'tv', start: '2025-03-03', end: '2025-04-21', spendChange: -1, liftRevenue: -2_400_000 }],
    };
    h = await startHarness({ ops });
    await h.slack.slashCommand({ user: FAKE_IDS.analyst, channel: 'marketing', command: '/mmm', text: 'calibrate tv 2025-03-03 2025-04-21 -100% -2.4M' });
    await h.slack.waitForMessage((m) => m.ephemeral_to === FAKE_IDS.analyst && /only workspace admins .* change the model's calibration/.test(m.text), 5000);
    expect(changes).toEqual([]);
    await h.slack.slashCommand({ user: FAKE_IDS.analyst, channel: 'marketing', command: '/mmm', text: 'calibrate' });
    await h.slack.waitForMessage((m) => m.ephemeral_to === FAKE_IDS.analyst && /1\. TV −100 % from 2025-03-03 to 2025-04-21: revenue −£2\.40M/.test(m.text), 5000);
    await h.slack.slashCommand({ user: FAKE_IDS.admin, channel: 'marketing', command: '/mmm', text: 'calibrate tv 2025-03-03 2025-04-21 -100% -2.4M 300k' });
    const done = await h.slack.waitForMessage((m) => m.ephemeral_to === FAKE_IDS.admin && /Calibration updated in/.test(m.text), 5000);
    expect(done.text).toContain('calibrated with 1 lift test');
    expect(changes).toEqual([{ add: { channel: 'tv', start: '2025-03-03', end: '2025-04-21', spendChange: -1, liftRevenue: -2_400_000, standardError: 300_000 } }]);
    // A malformed command is answered at once, for anyone, with the expected form.
    await h.slack.slashCommand({ user: FAKE_IDS.admin, channel: 'marketing', command: '/mmm', text: 'calibrate tv 2025-03-03 2025-04-21 -100% 2.4M' });
    await h.slack.waitForMessage((m) => m.ephemeral_to === FAKE_IDS.admin && /did you mean `-2.4M`/.test(m.text), 5000);
    expect(changes).toHaveLength(1);
  });

  it('runs one admin operation at a time: a calibrate waits for a running reindex to finish', async () => {
    let finish!: () => void;
    const gate = new Promise<void>((r) => (finish = r));
    let calibrations = 0;
    h = await startHarness({
      ops: {
        reindex: async () => (await gate, { summary: 'reindexed' }),
        regenerate: async () => ({ summary: '' }),
        calibrate: async () => (calibrations++, { summary: 'calibrated' }),
        liftTests: async () => [],
      },
    });
    await h.slack.slashCommand({ user: FAKE_IDS.admin, channel: 'marketing', command: '/reindex' });
    await h.slack.waitForMessage((m) => m.ephemeral_to === FAKE_IDS.admin && /Rebuilding the retrieval index/.test(m.text), 5000);
    await h.slack.slashCommand({ user: FAKE_IDS.admin, channel: 'marketing', command: '/mmm', text: 'calibrate remove all' });
    await h.slack.waitForMessage((m) => m.ephemeral_to === FAKE_IDS.admin && /A reindex is already running/.test(m.text), 5000);
    expect(calibrations).toBe(0);
    finish();
    await h.slack.waitForMessage((m) => m.ephemeral_to === FAKE_IDS.admin && /Index rebuilt/.test(m.text), 5000);
    await h.slack.slashCommand({ user: FAKE_IDS.admin, channel: 'marketing', command: '/mmm', text: 'calibrate remove all' });
    await h.slack.waitForMessage((m) => m.ephemeral_to === FAKE_IDS.admin && /Calibration updated/.test(m.text), 5000);
    expect(calibrations).toBe(1);
  });

  it('lets ADMIN_USER_IDS run /mmm regenerate with a seed', async () => {
    const seeds: (number | undefined)[] = [];
    h = await startHarness({
      config: { ADMIN_USER_IDS: FAKE_IDS.analyst },
      ops: { reindex: async () => ({ summary: '' }), regenerate: async (seed) => (seeds.push(seed), { summary: 'new data, refit, reindexed' }), ...noCalibration },
    });
    await h.slack.slashCommand({ user: FAKE_IDS.analyst, channel: 'marketing', command: '/mmm', text: 'regenerate 7' });
    await h.slack.waitForMessage((m) => m.ephemeral_to === FAKE_IDS.analyst && /regenerated/.test(m.text), 5000);
    expect(seeds).toEqual([7]);
  });
});
