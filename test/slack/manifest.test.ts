import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_BOT_EVENTS } from '../../src/fakeslack/index.js';
import { SUGGESTED_PROMPTS } from '../../src/slack/listeners/messages.js';

const schema = JSON.parse(readFileSync(resolve('test/slack/fixtures/manifest.schema.1.0.0.json'), 'utf8')) as object;
interface Manifest {
  display_information: Record<string, unknown>;
  features: { slash_commands: { command: string }[]; agent_view: { suggested_prompts: unknown[] } };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
}
const manifest = parse(readFileSync(resolve('manifest.yml'), 'utf8')) as Manifest;

function validator(): (data: unknown) => { ok: boolean; errors: string[] } {
  const ajv = new Ajv({ allErrors: true, strict: false });
  // Slack's schema spells `pattern` as `regex` (background_color); enforce it rather than ignore it.
  ajv.addKeyword({ keyword: 'regex', type: 'string', schemaType: 'string', validate: (re: string, data: string) => new RegExp(re).test(data) });
  const validate = ajv.compile(schema);
  return (data) => {
    const ok = validate(data) as boolean;
    return { ok, errors: (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`) };
  };
}

describe('manifest.yml', () => {
  const check = validator();

  it('validates against Slack manifest schema 1.0.0', () => {
    expect(check(manifest)).toEqual({ ok: true, errors: [] });
  });

  it('is rejected when broken (the check can fail)', () => {
    expect(check({ ...manifest, display_information: undefined }).ok).toBe(false);
    const badCommand = structuredClone(manifest);
    badCommand.features.slash_commands[0].command = 'mmm';
    expect(check(badCommand).ok).toBe(false);
    expect(check({ ...manifest, display_information: { ...manifest.display_information, background_color: 'blue' } }).ok).toBe(false);
  });

  it('declares what the app uses: commands, events, interactivity, Socket Mode, scopes', () => {
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual(['/mmm', '/reindex']);
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([...DEFAULT_BOT_EVENTS].sort());
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    for (const scope of ['app_mentions:read', 'chat:write', 'commands', 'files:write', 'im:history', 'channels:history', 'users:read', 'assistant:write']) {
      expect(manifest.oauth_config.scopes.bot).toContain(scope);
    }
    expect(manifest.features.agent_view.suggested_prompts).toEqual(SUGGESTED_PROMPTS);
  });
});
