import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configSchema, loadConfig } from '../../src/config/index.js';
import { MixError } from '../../src/errors.js';

describe('config', () => {
  it('has a default for every option', () => {
    const config = loadConfig({ env: {}, envFile: false });
    expect(config.PORT).toBe(3000);
    expect(config.LLM_PROVIDER).toBe('auto');
    expect(config.ADMIN_USER_IDS).toEqual([]);
    expect(config.SLACK_BOT_TOKEN).toBeUndefined();
  });

  it('documents every option in .env.example', () => {
    const example = readFileSync('.env.example', 'utf8');
    const documented = new Set([...example.matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => m[1]));
    const missing = Object.keys(configSchema.shape).filter((k) => !documented.has(k));
    expect(missing).toEqual([]);
  });

  it('parses lists, booleans and numbers from env strings', () => {
    const config = loadConfig({
      env: { ADMIN_USER_IDS: 'U1, U2,', STREAM_ANSWERS: 'false', PORT: '8080', OPENAI_API_KEY: '  ' },
      envFile: false,
    });
    expect(config.ADMIN_USER_IDS).toEqual(['U1', 'U2']);
    expect(config.STREAM_ANSWERS).toBe(false);
    expect(config.PORT).toBe(8080);
    expect(config.OPENAI_API_KEY).toBeUndefined();
  });

  it('rejects bad values with a coded error naming the key', () => {
    expect(() => loadConfig({ env: { PORT: 'abc' }, envFile: false })).toThrowError(MixError);
    try {
      loadConfig({ env: { LLM_PROVIDER: 'gpt' }, envFile: false });
    } catch (err) {
      expect(MixError.is(err, 'CONFIG_INVALID')).toBe(true);
      expect((err as Error).message).toContain('LLM_PROVIDER');
    }
  });
});
