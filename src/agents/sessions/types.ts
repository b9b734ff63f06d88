import type { Entities } from '../entities/extract.js';
import type { QuestionKind } from '../intent/kinds.js';
import type { AgentName, Intent, Source } from '../types.js';

export interface Turn {
  role: 'user' | 'assistant';
  text: string;
  /** ISO time from the injected clock. */
  at: string;
  intent?: Intent;
  kind?: QuestionKind;
  agent?: AgentName;
}

/** What the last answer was about, so "and for TikTok?" or "make that 2M" can be resolved. */
export interface ResolvedContext {
  kind: QuestionKind;
  entities: Entities;
  /** The question after follow-up resolution (what was actually answered). */
  question: string;
}

/** A compact record of the last tool calls: names, inputs and the sources they returned. */
export interface LastResult {
  tool: string;
  input: unknown;
  sources: Source[];
}

export interface Session {
  /** Conversation key: Slack `channel:thread_ts`, or a CLI session name. */
  key: string;
  /** Stable id for this conversation (new after expiry). */
  id: string;
  createdAt: string;
  updatedAt: string;
  turns: Turn[];
  context?: ResolvedContext;
  lastResults: LastResult[];
}

/**
 * Where conversations live. The default is file-backed; a Redis/Postgres store for several replicas
 * implements the same four methods (its `withLock` would take a distributed lock).
 */
export interface SessionStore {
  /** The live session for a key, or undefined when missing or expired. */
  load(key: string): Promise<Session | undefined>;
  save(session: Session): Promise<void>;
  delete(key: string): Promise<void>;
  /** Runs `fn` with exclusive access to `key`: messages to one thread are handled one at a time. */
  withLock<T>(key: string, fn: () => Promise<T>): Promise<T>;
}

export interface SessionLimits {
  ttlHours: number;
  maxTurns: number;
  maxCount: number;
}
