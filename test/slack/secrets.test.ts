import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/index.js';
import { FAKE_IDS, type Harness, ScriptedAnalyst, mention, startHarness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('secrets', () => {
  it('never writes a token to the log, even at trace level with Bolt and WebClient debug output', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, cb) {
        lines.push(chunk.toString('utf8'));
        cb();
      },
    });
    const logger = createLogger({ level: 'trace', format: 'json', destination: sink });
    h = await startHarness({
      analyst: new ScriptedAnalyst(() => {
        throw new Error('provider failed');
      }),
      app: { logger },
    });
    const q = await h.slack.postUserMessage({ user: FAKE_IDS.analyst, channel: 'marketing', text: mention('spend?') });
    await h.slack.waitForMessage((m) => m.thread_ts === q.ts && /error id/.test(m.text), 5000);
    await h.slack.slashCommand({ user: FAKE_IDS.analyst, channel: 'marketing', command: '/reindex' });
    await h.slack.waitForMessage((m) => /only workspace admins/.test(m.text), 5000);
    const log = lines.join('');
    expect(log.length).toBeGreaterThan(1000);
    expect(log).toContain('request failed');
    expect(log).not.toContain(h.slack.botToken);
    expect(log).not.toContain(h.slack.appToken);
    expect(log).not.toContain(h.slack.signingSecret);
  });
});
