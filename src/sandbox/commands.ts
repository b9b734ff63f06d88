import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import type { SlashCommandSpec } from './compose.js';

/** Used when there is no manifest to read: the app's commands as issue #7 defines them. */
export const DEFAULT_SLASH_COMMANDS: readonly SlashCommandSpec[] = [
  { command: '/mmm', description: 'Marketing-mix model: optimize, summary, roi, curves, digest, help', usage_hint: 'optimize 2M | roi | curves tv | help' },
  { command: '/reindex', description: 'Rebuild the search index (admins only)' },
];

/**
 * The slash commands an app manifest declares (`features.slash_commands`), so the sandbox offers the
 * same commands a workspace with the installed app would. Returns [] when the manifest has none.
 */
export function slashCommandsFromManifest(manifestYaml: string): SlashCommandSpec[] {
  const doc = parse(manifestYaml) as { features?: { slash_commands?: unknown } } | null;
  const list = doc?.features?.slash_commands;
  if (!Array.isArray(list)) return [];
  return list.flatMap((raw) => {
    const c = raw as Record<string, unknown>;
    if (typeof c.command !== 'string' || !c.command.startsWith('/')) return [];
    return [
      {
        command: c.command.toLowerCase(),
        ...(typeof c.description === 'string' ? { description: c.description } : {}),
        ...(typeof c.usage_hint === 'string' ? { usage_hint: c.usage_hint } : {}),
      },
    ];
  });
}

/** Reads the manifest's commands; a missing or unreadable manifest falls back to the defaults. */
export async function loadSlashCommands(manifestPath = 'manifest.yml'): Promise<readonly SlashCommandSpec[]> {
  try {
    const found = slashCommandsFromManifest(await readFile(manifestPath, 'utf8'));
    return found.length > 0 ? found : DEFAULT_SLASH_COMMANDS;
  } catch {
    return DEFAULT_SLASH_COMMANDS;
  }
}
