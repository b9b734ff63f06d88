import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log/index.js';
import { FileSessionStore } from '../../src/agents/sessions/file-store.js';
import { MemorySessionStore } from '../../src/agents/sessions/memory-store.js';
import { KeyedMutex } from '../../src/agents/sessions/mutex.js';
import { appendTurns, keyHash, newSession } from '../../src/agents/sessions/session.js';
import type { SessionStore } from '../../src/agents/sessions/types.js';

let dir: string;
let now: Date;
const clock = () => now;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sessions-'));
  now = new Date('2025-06-01T10:00:00Z');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function fileStore(limits = { ttlHours: 1, maxTurns: 4, maxCount: 3 }) {
  return new FileSessionStore({ dir, clock, logger: silentLogger(), ...limits });
}

const stores: [string, () => SessionStore][] = [
  ['file', () => fileStore()],
  ['memory', () => new MemorySessionStore({ ttlHours: 1, maxTurns: 4, maxCount: 3 }, clock)],
];

describe.each(stores)('%s session store', (_name, make) => {
  it('round-trips a session and bounds its turns', async () => {
    const store = make();
    let s = newSession('C1:1.0', now);
    for (let i = 0; i < 6; i++) s = appendTurns(s, [{ role: 'user', text: `q${i}`, at: now.toISOString() }], { maxTurns: 100 }, now);
    await store.save(s);
    const back = await store.load('C1:1.0');
    expect(back?.id).toBe(s.id);
    expect(back?.turns.map((t) => t.text)).toEqual(['q2', 'q3', 'q4', 'q5']);
  });

  it('expires sessions after the TTL and starts a new id', async () => {
    const store = make();
    const s = newSession('C1:2.0', now);
    await store.save(s);
    now = new Date(now.getTime() + 59 * 60_000);
    expect(await store.load('C1:2.0')).toBeDefined();
    now = new Date(now.getTime() + 2 * 60_000);
    expect(await store.load('C1:2.0')).toBeUndefined();
    expect(newSession('C1:2.0', now).id).not.toBe(s.id);
  });

  it('evicts the least recently updated sessions above maxCount', async () => {
    const store = make();
    for (let i = 0; i < 5; i++) {
      now = new Date(now.getTime() + 1000);
      await store.save(newSession(`k${i}`, now));
    }
    expect(await store.load('k0')).toBeUndefined();
    expect(await store.load('k1')).toBeUndefined();
    for (const k of ['k2', 'k3', 'k4']) expect(await store.load(k)).toBeDefined();
  });

  it('serialises concurrent read-modify-write on one key', async () => {
    const store = make();
    await store.save(newSession('thread', now));
    const bump = (n: number) =>
      store.withLock('thread', async () => {
        const s = (await store.load('thread'))!;
        await new Promise((r) => setTimeout(r, 5 - (n % 3)));
        await store.save(appendTurns(s, [{ role: 'user', text: `m${n}`, at: now.toISOString() }], { maxTurns: 100 }, now));
      });
    await Promise.all([0, 1, 2, 3].map(bump));
    const s = await store.load('thread');
    expect(s?.turns.map((t) => t.text)).toEqual(['m0', 'm1', 'm2', 'm3']);
  });
});

describe('file session store', () => {
  it('writes atomically: no temp files left, one file per key', async () => {
    const store = fileStore({ ttlHours: 1, maxTurns: 4, maxCount: 50 });
    await Promise.all(Array.from({ length: 10 }, (_, i) => store.save(newSession(`key${i % 3}`, now))));
    const files = await readdir(dir);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files.sort()).toEqual(['key0', 'key1', 'key2'].map((k) => `${keyHash(k)}.json`).sort());
    JSON.parse(await readFile(join(dir, files[0]!), 'utf8'));
  });

  it('treats a corrupt file as a fresh conversation and removes it', async () => {
    const store = fileStore();
    await writeFile(join(dir, `${keyHash('bad')}.json`), '{"key": "bad", "turns": [tru');
    expect(await store.load('bad')).toBeUndefined();
    expect(await readdir(dir)).toEqual([]);
  });

  it('survives a restart (a new store instance reads the same files)', async () => {
    await fileStore().save(newSession('persist', now));
    const again = await fileStore().load('persist');
    expect(again?.key).toBe('persist');
  });
});

describe('KeyedMutex', () => {
  it('runs different keys concurrently and forgets idle keys', async () => {
    const m = new KeyedMutex();
    const order: string[] = [];
    const slow = m.run('a', async () => {
      await new Promise((r) => setTimeout(r, 20));
      order.push('a');
    });
    const fast = m.run('b', async () => {
      order.push('b');
    });
    await Promise.all([slow, fast]);
    expect(order).toEqual(['b', 'a']);
    expect(m.size).toBe(0);
  });

  it('releases the lock when the function throws', async () => {
    const m = new KeyedMutex();
    await expect(m.run('k', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(m.run('k', async () => 1)).resolves.toBe(1);
  });
});
