import type { WebClient } from '@slack/web-api';
import type { Logger } from '../log/index.js';

/**
 * Who may run admin commands (/reindex, /mmm regenerate, /mmm digest now): the configured user ids, or
 * workspace admins and owners according to `users.info`. Lookups are cached for ten minutes.
 */
export class AdminCheck {
  private readonly cache = new Map<string, { admin: boolean; at: number }>();

  constructor(
    private readonly adminIds: readonly string[],
    private readonly clock: () => number,
    private readonly logger: Logger,
    private readonly ttlMs = 10 * 60 * 1000,
  ) {}

  async isAdmin(client: WebClient, userId: string): Promise<boolean> {
    if (this.adminIds.includes(userId)) return true;
    const hit = this.cache.get(userId);
    if (hit && this.clock() - hit.at < this.ttlMs) return hit.admin;
    try {
      const res = await client.users.info({ user: userId });
      const u = res.user;
      const admin = Boolean(u && !u.is_bot && (u.is_admin || u.is_owner || u.is_primary_owner));
      this.cache.set(userId, { admin, at: this.clock() });
      return admin;
    } catch (err) {
      // Fail closed: a failed lookup never grants admin rights.
      this.logger.warn({ userId, err: (err as Error).message }, 'users.info failed during admin check');
      return false;
    }
  }
}
