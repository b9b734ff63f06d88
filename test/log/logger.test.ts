import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, scrubSecrets } from '../../src/log/index.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  return { lines, stream };
}

describe('logger', () => {
  it('never writes a token', () => {
    const { lines, stream } = capture();
    const log = createLogger({ destination: stream, level: 'info' });
    log.info({ token: 'xoxb-1234567890-abcdef', config: { SLACK_APP_TOKEN: 'xapp-1-AAAA-123' } }, 'connecting');
    log.info('using xoxb-1234567890-abcdefgh for auth');
    const all = lines.join('\n');
    expect(all).not.toContain('1234567890-abcdef');
    expect(all).not.toContain('xapp-1-AAAA-123');
    expect(all).toContain('[redacted]');
  });

  it('scrubs OpenAI and Anthropic keys from strings', () => {
    expect(scrubSecrets('key sk-ant-api03-abcdefghijklmnop end')).not.toContain('abcdefghijklmnop');
    expect(scrubSecrets('key sk-proj-abcdefghijklmnopqrstu end')).not.toContain('abcdefghijklmnopqrstu');
  });
});
