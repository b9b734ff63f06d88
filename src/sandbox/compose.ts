/**
 * What the sandbox composer sends, turned into what a Slack client would send: a message whose text uses
 * Slack's wire encoding (`&amp;`, `<@U…>` mentions, `<#C…|name>` channel links), or a slash command.
 */

export interface MentionableUser {
  id: string;
  name: string;
  real_name: string;
}

export interface LinkableChannel {
  id: string;
  name: string;
  is_im: boolean;
}

export interface SlashCommandSpec {
  command: string;
  description?: string;
  usage_hint?: string;
}

export type ComposerInput =
  | { kind: 'message'; text: string }
  | { kind: 'command'; command: string; text: string }
  | { kind: 'unknown_command'; command: string }
  | { kind: 'empty' };

/**
 * Slack treats a message starting with `/` as a slash command (a leading space escapes it). Known
 * commands become `{command, text}`; anything else is refused the way Slack refuses it.
 */
export function parseComposer(raw: string, commands: readonly SlashCommandSpec[]): ComposerInput {
  const text = raw.replace(/\s+$/, '');
  if (!text.trim()) return { kind: 'empty' };
  const m = /^\/([^\s/]+)(?:\s+([\s\S]*))?$/.exec(text);
  if (!m) return { kind: 'message', text: text.replace(/^\s+/, '') };
  const command = `/${(m[1] as string).toLowerCase()}`;
  if (!commands.some((c) => c.command === command)) return { kind: 'unknown_command', command };
  return { kind: 'command', command, text: (m[2] ?? '').trim() };
}

/** Slack's text encoding: the three characters it reserves for its own markup. */
export function escapeSlackText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The names a person may type after `@` for a user: "Mix Analyst", "mix-analyst", "Alex Morgan", "Alex". */
function aliases(u: MentionableUser): string[] {
  const full = u.real_name.trim();
  const bare = full.replace(/\s*\([^)]*\)\s*$/, '').trim();
  const first = bare.split(/\s+/)[0] ?? '';
  return [...new Set([full, bare, u.name, first].filter((a) => a.length > 0))];
}

const SPECIAL: Record<string, string> = { here: '<!here>', channel: '<!channel>', everyone: '<!everyone>' };

/** Word characters a name must not run into (so `@Samantha` is not `@Sam` + "antha"). */
const NAME_CONTINUES = /[\p{L}\p{N}_-]/u;

/**
 * Encodes a typed message for Slack: escapes `& < >`, turns `@Name` into `<@U…>` (longest matching name,
 * case-insensitive), `@here`/`@channel`/`@everyone` into broadcasts and `#channel` into a channel link.
 */
export function encodeMessageText(raw: string, users: readonly MentionableUser[], channels: readonly LinkableChannel[]): string {
  const candidates = users
    .flatMap((u) => aliases(u).map((alias) => ({ alias: alias.toLowerCase(), token: `<@${u.id}>` })))
    .concat(Object.entries(SPECIAL).map(([alias, token]) => ({ alias, token })))
    .sort((a, b) => b.alias.length - a.alias.length);
  const named = channels.filter((c) => !c.is_im).sort((a, b) => b.name.length - a.name.length);
  const text = escapeSlackText(raw);
  let out = '';
  for (let i = 0; i < text.length; ) {
    const ch = text[i] as string;
    const atWordStart = i === 0 || !NAME_CONTINUES.test(text[i - 1] as string);
    if ((ch === '@' || ch === '#') && atWordStart) {
      const rest = text.slice(i + 1);
      const lower = rest.toLowerCase();
      const hit =
        ch === '@'
          ? candidates.find((c) => lower.startsWith(c.alias) && !NAME_CONTINUES.test(rest[c.alias.length] ?? ' '))
          : named
              .map((c) => ({ alias: c.name.toLowerCase(), token: `<#${c.id}|${c.name}>` }))
              .find((c) => lower.startsWith(c.alias) && !NAME_CONTINUES.test(rest[c.alias.length] ?? ' '));
      if (hit) {
        out += hit.token;
        i += 1 + hit.alias.length;
        continue;
      }
    }
    out += ch;
    i += 1;
  }
  return out;
}

/** User ids mentioned (`<@U…>`) in encoded text. */
export function mentionedUsers(encoded: string): string[] {
  return [...encoded.matchAll(/<@([UW][A-Z0-9]+)>/g)].map((m) => m[1] as string);
}
