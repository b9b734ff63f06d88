// Types for the page's Block Kit renderer (plain JS served to the browser; imported by unit tests).
import type { MrkdwnContext } from './mrkdwn.js';
type Json = Record<string, unknown>;
export function renderText(obj: Json | string | undefined, ctx?: MrkdwnContext): string;
export function imageSrc(el: Json): string;
export function renderElement(el: Json, ctx?: MrkdwnContext): string;
export function renderRichText(block: Json, ctx?: MrkdwnContext): string;
export function renderBlock(block: Json, ctx?: MrkdwnContext, tail?: string): string;
export function renderBlocks(blocks: unknown[] | undefined, ctx?: MrkdwnContext, inlineTail?: string): string;
export function formatBytes(n: number): string;
export function renderFiles(files: Json[] | undefined): string;
