// Types for the page's workspace store (plain JS served to the browser; imported by unit tests).
import type { ClientChannel, ClientMessage, ClientSnapshot, ClientUser } from '../../view.js';
import type { ThreadStatus } from '../../../fakeslack/index.js';
export interface Author { id: string; name: string; isBot: boolean; isApp: boolean; isSlackbot: boolean }
export type PageMessage = ClientMessage & { local?: boolean };
export const SLACKBOT: ClientUser;
export class Store {
  team: ClientSnapshot['team'];
  bot: ClientSnapshot['bot'];
  users: Map<string, ClientUser>;
  channels: Map<string, ClientChannel>;
  statuses: Map<string, ThreadStatus>;
  commands: ClientSnapshot['commands'];
  connected: number;
  load(snapshot: ClientSnapshot): void;
  upsert(message: PageMessage): void;
  remove(channel: string, ts: string): void;
  setStatus(status: ThreadStatus): void;
  status(channel: string, threadTs: string): ThreadStatus | undefined;
  addNotice(notice: { channel: string; thread_ts?: string; text: string }, viewer: string, nowMs: number): PageMessage;
  find(channel: string, ts: string): PageMessage | undefined;
  user(id: string): ClientUser | undefined;
  author(m: Partial<PageMessage>): Author;
  visibleTo(m: PageMessage, viewer: string): boolean;
  channelMessages(channel: string, viewer: string): PageMessage[];
  threadMessages(channel: string, threadTs: string, viewer: string): PageMessage[];
  sidebar(viewer: string): { channels: ClientChannel[]; dms: ClientChannel[] };
  dmPartner(channel: ClientChannel, viewer: string): ClientUser | undefined;
  humans(): ClientUser[];
  latestFromOthers(channel: string, viewer: string): number;
}
