// Types for the page's mrkdwn renderer (plain JS served to the browser; imported by unit tests).
export interface MrkdwnContext {
  userName?: (id: string) => string | undefined;
  channelName?: (id: string) => string | undefined;
  /** The viewer: mentions of them are highlighted. */
  selfId?: string;
}
export function escapeHtml(s: unknown): string;
export function decodeSlackEntities(s: unknown): string;
export function safeUrl(url: unknown): string | undefined;
export function renderInline(text: string, ctx?: MrkdwnContext): string;
export function renderMrkdwn(text: string, ctx?: MrkdwnContext): string;
export function renderPlain(text: string, emoji?: boolean): string;
export function renderMarkdown(text: string): string;
