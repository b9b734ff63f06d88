// Types for the page's emoji table (plain JS served to the browser; imported by unit tests).
export const EMOJI: Record<string, string>;
export function emojiFor(code: string): string | undefined;
