import type { WebClient } from '@slack/web-api';

/**
 * Which threads the bot takes part in (so that replies there are answered without an @mention).
 * Threads it answered are remembered; unknown threads are checked once with conversations.replies
 * and the result cached (a "no" for a minute, since someone may mention the bot later).
 */
export class ThreadMemory {
  private readonly known = new Map<string, { yes: boolean; at: number }>();

  constructor(
    private readonly clock: () => number,
    private readonly maxThreads = 20_000,
    private readonly negativeTtlMs = 60_000,
  ) {}

  mark(channel: string, threadTs: string): void {
    this.known.delete(`${channel}:${threadTs}`);
    this.known.set(`${channel}:${threadTs}`, { yes: true, at: this.clock() });
    while (this.known.size > this.maxThreads) this.known.delete(this.known.keys().next().value as string);
  }

  async participates(client: WebClient, channel: string, threadTs: string, botUserId: string | undefined, botId?: string): Promise<boolean> {
    const key = `${channel}:${threadTs}`;
    const hit = this.known.get(key);
    if (hit && (hit.yes || this.clock() - hit.at < this.negativeTtlMs)) return hit.yes;
    const res = await client.conversations.replies({ channel, ts: threadTs, limit: 200 });
    const yes = (res.messages ?? []).some((m) => (botUserId && m.user === botUserId) || (botId && m.bot_id === botId));
    if (yes) this.mark(channel, threadTs);
    else this.known.set(key, { yes: false, at: this.clock() });
    return yes;
  }
}
