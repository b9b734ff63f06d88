// Types for the page's message rendering (plain JS served to the browser; imported by unit tests).
import type { ThreadStatus } from '../../../fakeslack/index.js';
import type { MrkdwnContext } from './mrkdwn.js';
import type { Author, PageMessage, Store } from './store.js';
export interface MessageOptions { store: Store; viewer: string; compact?: boolean; inThread?: boolean; tick?: number; ctx?: MrkdwnContext }
export function initials(name: string): string;
export function avatarHtml(author: Author, size?: number): string;
export function formatTime(ts: string): string;
export function dayLabel(ts: string, now?: Date): string;
export function dayKey(ts: string): string;
export function statusText(status: ThreadStatus, appName: string, tick?: number): string;
export function statusHtml(status: ThreadStatus | undefined, appName: string, tick?: number): string;
export function messageBody(m: PageMessage, ctx?: MrkdwnContext): string;
export function messageHtml(m: PageMessage, opts: MessageOptions): string;
export function isFollowUp(prev: PageMessage | undefined, m: PageMessage): boolean;
export function messageItems(messages: PageMessage[], opts: MessageOptions): { key: string; html: string }[];
export function introHtml(c: import('../../view.js').ClientChannel, store: Store, viewer: string): string;
export function wireLineHtml(e: import('../../protocol.js').WireEntry): string;
