import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../../src/config/index.js';
import type { AppConfig } from '../../../src/config/schema.js';

export const FIXTURE_DATA = resolve('test/rag/fixtures/data');

/** A private copy of the small fixture dataset (indexes are written inside the data dir). */
export function fixtureCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rag-fixture-'));
  cpSync(FIXTURE_DATA, dir, { recursive: true });
  return dir;
}

export function offlineConfig(overrides: Partial<Record<keyof AppConfig, string>> = {}): AppConfig {
  return loadConfig({ envFile: false, env: {}, overrides });
}
