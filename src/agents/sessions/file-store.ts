/**
 * The default SessionStore: one JSON file per conversation under `<dataDir>/state/sessions/`, written
 * atomically (temp file + rename), expired after `ttlHours`, at most `maxCount` files (least recently
 * updated evicted), turns bounded by `maxTurns`. File mtimes are set to the session's `updatedAt` so
 * eviction follows the injected clock.
 */
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Logger } from '../../log/index.js';
import { KeyedMutex } from './mutex.js';
import { isExpired, keyHash } from './session.js';
import type { Session, SessionLimits, SessionStore } from './types.js';

const sessionShape = z.object({
  key: z.string(),
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  turns: z.array(z.object({ role: z.enum(['user', 'assistant']), text: z.string(), at: z.string() }).loose()),
  lastResults: z.array(z.unknown()),
}).loose();

export interface FileSessionStoreOptions extends SessionLimits {
  dir: string;
  clock: () => Date;
  logger: Logger;
}

export class FileSessionStore implements SessionStore {
  private readonly mutex = new KeyedMutex();
  /** file name → updatedAt (ms); built from the directory on first use. */
  private index: Map<string, number> | undefined;
  private tmpCounter = 0;

  constructor(private readonly options: FileSessionStoreOptions) {}

  private fileFor(key: string): string {
    return `${keyHash(key)}.json`;
  }

  private async ensureIndex(): Promise<Map<string, number>> {
    if (this.index) return this.index;
    await mkdir(this.options.dir, { recursive: true });
    const index = new Map<string, number>();
    for (const name of await readdir(this.options.dir)) {
      if (!name.endsWith('.json')) continue;
      try {
        index.set(name, (await stat(join(this.options.dir, name))).mtimeMs);
      } catch {
        // removed meanwhile
      }
    }
    this.index = index;
    return index;
  }

  async load(key: string): Promise<Session | undefined> {
    const name = this.fileFor(key);
    let raw: string;
    try {
      raw = await readFile(join(this.options.dir, name), 'utf8');
    } catch {
      return undefined;
    }
    let session: Session;
    try {
      const parsed = sessionShape.safeParse(JSON.parse(raw));
      if (!parsed.success) throw new Error(parsed.error.message);
      session = parsed.data as unknown as Session;
    } catch (err) {
      this.options.logger.warn({ err, file: name }, 'unreadable session file; starting a new conversation');
      await this.delete(key);
      return undefined;
    }
    if (session.key !== key) return undefined;
    if (isExpired(session, this.options.clock(), this.options.ttlHours)) {
      await this.delete(key);
      return undefined;
    }
    return session;
  }

  async save(session: Session): Promise<void> {
    const index = await this.ensureIndex();
    const name = this.fileFor(session.key);
    const bounded: Session = {
      ...session,
      turns: session.turns.slice(Math.max(0, session.turns.length - this.options.maxTurns)),
    };
    const target = join(this.options.dir, name);
    const tmp = `${target}.${process.pid}.${++this.tmpCounter}.tmp`;
    await writeFile(tmp, JSON.stringify(bounded), 'utf8');
    const updated = new Date(bounded.updatedAt);
    await utimes(tmp, updated, updated);
    await rename(tmp, target);
    index.set(name, updated.getTime());
    await this.evict(index, name);
  }

  /** Drops expired sessions, then the least recently updated ones above `maxCount`. */
  private async evict(index: Map<string, number>, keep: string): Promise<void> {
    const cutoff = this.options.clock().getTime() - this.options.ttlHours * 3_600_000;
    const doomed: string[] = [];
    for (const [name, at] of index) if (at <= cutoff && name !== keep) doomed.push(name);
    const live = index.size - doomed.length;
    if (live > this.options.maxCount) {
      const rest = [...index].filter(([n, at]) => at > cutoff && n !== keep).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
      doomed.push(...rest.slice(0, live - this.options.maxCount).map(([n]) => n));
    }
    for (const name of doomed) {
      index.delete(name);
      await rm(join(this.options.dir, name), { force: true });
    }
  }

  async delete(key: string): Promise<void> {
    const name = this.fileFor(key);
    this.index?.delete(name);
    await rm(join(this.options.dir, name), { force: true });
  }

  withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    return this.mutex.run(key, fn);
  }

  /** Number of sessions on disk (after the index is built). */
  async count(): Promise<number> {
    return (await this.ensureIndex()).size;
  }
}
