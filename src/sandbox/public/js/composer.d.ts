// Types for the composer's pure helpers (plain JS served to the browser; imported by unit tests).
import type { SlashCommandSpec } from '../../compose.js';
export function completionQuery(text: string, caret: number): { kind: 'user' | 'command'; query: string; start: number } | undefined;
export function matchUsers<U extends { real_name: string; name: string }>(users: U[], query: string): U[];
export function matchCommands(commands: readonly SlashCommandSpec[], query: string): SlashCommandSpec[];
