/** An in-memory SessionStore with the same TTL and bounds: for the evaluation, the CLI and tests. */
import { KeyedMutex } from './mutex.js';
import { isExpired } from './session.js';
import type { Session, SessionLimits, SessionStore } from './types.js';

export class MemorySessionStore implements SessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly mutex = new KeyedMutex();

  constructor(
    private readonly limits: SessionLimits,
    private readonly clock: () => Date,
  ) {}

  async load(key: string): Promise<Session | undefined> {
    const s = this.sessions.get(key);
    if (!s) return undefined;
    if (isExpired(s, this.clock(), this.limits.ttlHours)) {
      this.sessions.delete(key);
      return undefined;
    }
    return structuredClone(s);
  }

  async save(session: Session): Promise<void> {
    const turns = session.turns.slice(Math.max(0, session.turns.length - this.limits.maxTurns));
    this.sessions.delete(session.key); // re-insert so Map order is least → most recently updated
    this.sessions.set(session.key, structuredClone({ ...session, turns }));
    while (this.sessions.size > this.limits.maxCount) {
      const oldest = this.sessions.keys().next().value as string;
      this.sessions.delete(oldest);
    }
  }

  async delete(key: string): Promise<void> {
    this.sessions.delete(key);
  }

  withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    return this.mutex.run(key, fn);
  }

  get size(): number {
    return this.sessions.size;
  }
}
