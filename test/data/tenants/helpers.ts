import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temp folder for one test file's generated tenants. */
export function tempDataDir(tag: string): string {
  return mkdtempSync(join(tmpdir(), `mix-tenants-test-${tag}-`));
}

/** Two small brands: a high-sensitivity one with snow cities and a weather-neutral one. */
export const SMALL_SET = ['northwind-outerwear', 'paperline-office-supply'];
