/** Pure helpers on sessions: create, append a turn with bounds, expiry. */
import { createHash } from 'node:crypto';
import type { Session, SessionLimits, Turn } from './types.js';

export function keyHash(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

export function newSession(key: string, now: Date): Session {
  const at = now.toISOString();
  return {
    key,
    id: `s_${createHash('sha256').update(`${key}|${at}`).digest('hex').slice(0, 16)}`,
    createdAt: at,
    updatedAt: at,
    turns: [],
    lastResults: [],
  };
}

export function isExpired(session: Session, now: Date, ttlHours: number): boolean {
  return Date.parse(session.updatedAt) + ttlHours * 3_600_000 <= now.getTime();
}

/** Appends turns, keeping only the newest `maxTurns` (older ones carry nothing the planner reads). */
export function appendTurns(session: Session, turns: Turn[], limits: Pick<SessionLimits, 'maxTurns'>, now: Date): Session {
  const all = [...session.turns, ...turns];
  return { ...session, turns: all.slice(Math.max(0, all.length - limits.maxTurns)), updatedAt: now.toISOString() };
}
