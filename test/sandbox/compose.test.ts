import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAKE_IDS, defaultWorkspace } from '../../src/fakeslack/index.js';
import { DEFAULT_SLASH_COMMANDS, loadSlashCommands, slashCommandsFromManifest } from '../../src/sandbox/commands.js';
import { encodeMessageText, escapeSlackText, mentionedUsers, parseComposer } from '../../src/sandbox/compose.js';
import { PUBLIC_DIR, safeJoin, woffOnlyFontCss } from '../../src/sandbox/server.js';
import { relativizeUrls } from '../../src/sandbox/view.js';

const { users, channels } = defaultWorkspace();
const encode = (text: string): string => encodeMessageText(text, users, channels);

describe('parseComposer', () => {
  it('turns a known slash command into command + text', () => {
    expect(parseComposer('/mmm optimize 2M', DEFAULT_SLASH_COMMANDS)).toEqual({ kind: 'command', command: '/mmm', text: 'optimize 2M' });
    expect(parseComposer('/REINDEX', DEFAULT_SLASH_COMMANDS)).toEqual({ kind: 'command', command: '/reindex', text: '' });
    expect(parseComposer('/mmm   roi  tv \n', DEFAULT_SLASH_COMMANDS)).toEqual({ kind: 'command', command: '/mmm', text: 'roi  tv' });
  });

  it('refuses unknown commands, and a leading space makes a message, as in Slack', () => {
    expect(parseComposer('/giphy cats', DEFAULT_SLASH_COMMANDS)).toEqual({ kind: 'unknown_command', command: '/giphy' });
    expect(parseComposer(' /mmm is a command', DEFAULT_SLASH_COMMANDS)).toEqual({ kind: 'message', text: '/mmm is a command' });
    expect(parseComposer('an/b path', DEFAULT_SLASH_COMMANDS)).toEqual({ kind: 'message', text: 'an/b path' });
    expect(parseComposer('   \n ', DEFAULT_SLASH_COMMANDS)).toEqual({ kind: 'empty' });
  });
});

describe('encodeMessageText', () => {
  it('turns @names into user mentions, longest name first and case-insensitively', () => {
    expect(encode('@Mix Analyst what is our ROI by channel?')).toBe(`<@${FAKE_IDS.botUser}> what is our ROI by channel?`);
    expect(encode('@mix-analyst hi')).toBe(`<@${FAKE_IDS.botUser}> hi`);
    expect(encode('cc @sam and @Alex Morgan, thanks')).toBe(`cc <@${FAKE_IDS.analyst}> and <@${FAKE_IDS.admin}>, thanks`);
    expect(encode('@Alex Morgan (admin) look')).toBe(`<@${FAKE_IDS.admin}> look`);
    expect(mentionedUsers(encode('@Mix Analyst and @Sam'))).toEqual([FAKE_IDS.botUser, FAKE_IDS.analyst]);
  });

  it('leaves e-mail addresses, longer names and unknown people alone', () => {
    expect(encode('mail sam@halden.example')).toBe('mail sam@halden.example');
    expect(encode('@Samantha and @nobody')).toBe('@Samantha and @nobody');
  });

  it('encodes broadcasts, channel links and Slack-reserved characters', () => {
    expect(encode('@here see #mmm-digest & <b>')).toBe('<!here> see <#C0MMMDIGEST|mmm-digest> &amp; &lt;b&gt;');
    expect(escapeSlackText('a < b > c & d')).toBe('a &lt; b &gt; c &amp; d');
    // A mention cannot be forged by typing its wire form.
    expect(encode('<@U0ADMIN01>')).toBe('&lt;@U0ADMIN01&gt;');
  });
});

describe('slash commands from the manifest', () => {
  it('reads features.slash_commands from the app manifest', async () => {
    const manifest = readFileSync(resolve('manifest.yml'), 'utf8');
    const commands = slashCommandsFromManifest(manifest).map((c) => c.command);
    expect(commands).toEqual(expect.arrayContaining(['/mmm', '/reindex']));
    expect((await loadSlashCommands('manifest.yml')).map((c) => c.command)).toEqual(commands);
  });

  it('falls back to the defaults without a manifest, and ignores malformed entries', async () => {
    expect(await loadSlashCommands('/nonexistent/manifest.yml')).toBe(DEFAULT_SLASH_COMMANDS);
    expect(slashCommandsFromManifest('features:\n  slash_commands:\n    - command: nope\n    - command: /Ok\n      usage_hint: x')).toEqual([
      { command: '/ok', usage_hint: 'x' },
    ]);
    expect(slashCommandsFromManifest('')).toEqual([]);
  });
});

describe('server helpers', () => {
  it('keeps static paths inside the public folder', () => {
    expect(safeJoin(PUBLIC_DIR, 'js/app.js')).toBe(resolve(PUBLIC_DIR, 'js/app.js'));
    expect(safeJoin(PUBLIC_DIR, '../server.ts')).toBeUndefined();
    expect(safeJoin(PUBLIC_DIR, '../../../package.json')).toBeUndefined();
  });

  it('serves the emoji font as woff only (its woff2 files render blank in Chromium)', () => {
    const css = "src: url(./files/e-0.woff2) format('woff2'), url(./files/e-0.woff) format('woff');";
    expect(woffOnlyFontCss(css)).toBe("src: url(./files/e-0.woff) format('woff');");
  });

  it('makes the fake Slack file URLs relative, deep inside messages', () => {
    const origin = 'http://127.0.0.1:4567';
    const m = { files: [{ url_private: `${origin}/files/F1/a.png` }], blocks: [{ type: 'image', image_url: `${origin}/files/F2/b.png` }], text: `${origin}` };
    expect(relativizeUrls(m, origin)).toEqual({ files: [{ url_private: '/files/F1/a.png' }], blocks: [{ type: 'image', image_url: '/files/F2/b.png' }], text: origin });
  });
});
