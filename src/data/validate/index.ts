/**
 * `validateDataset(dataDir)`: runs the brand dataset's named checks (sharing one reader, so each file is
 * parsed once) plus the creative and tenant checks when those modules are present.
 */
import { loadOptionalModule } from '../generate-all.js';
import type { NamedBrandCheck } from './check-util.js';
import { FUNNEL_CHECKS } from './checks-funnel.js';
import { SPEND_CHECKS } from './checks-spend.js';
import { STRUCTURE_CHECKS } from './checks-structure.js';
import { TRUTH_CHECKS } from './checks-truth.js';
import { DatasetReader } from './reader.js';
import type { Check, CheckResult } from './types.js';

export type { Check, CheckResult } from './types.js';

export const BRAND_CHECKS: NamedBrandCheck[] = [...STRUCTURE_CHECKS, ...SPEND_CHECKS, ...FUNNEL_CHECKS, ...TRUTH_CHECKS];

/** The brand checks as standalone `Check`s (each reads the files itself). */
export function brandChecks(): Check[] {
  return BRAND_CHECKS.map((c) => {
    const check: Check = (dataDir) => c.run(new DatasetReader(dataDir));
    Object.defineProperty(check, 'name', { value: c.name });
    return check;
  });
}

export interface ValidateOptions {
  /** Which groups to run; default all that are available. */
  only?: ('brand' | 'assets' | 'tenants')[];
}

export async function validateDataset(dataDir: string, options: ValidateOptions = {}): Promise<CheckResult[]> {
  const want = new Set(options.only && options.only.length > 0 ? options.only : ['brand', 'assets', 'tenants']);
  const results: CheckResult[] = [];
  if (want.has('brand')) {
    const reader = new DatasetReader(dataDir);
    for (const c of BRAND_CHECKS) results.push(await c.run(reader));
  }
  for (const [group, key] of [['assets', 'assetChecks'], ['tenants', 'tenantChecks']] as const) {
    if (!want.has(group)) continue;
    const mod = await loadOptionalModule(group);
    const factory = mod?.[key];
    if (!factory) continue;
    for (const check of factory()) {
      try {
        results.push(await check(dataDir));
      } catch (err) {
        results.push({ name: `${group}.${check.name || 'check'}`, ok: false, message: `check crashed: ${(err as Error).message}` });
      }
    }
  }
  return results;
}

/** A fixed-width text table of results (deterministic, no colours). */
export function formatResults(results: readonly CheckResult[]): string {
  const rows = results.map((r) => [r.ok ? 'PASS' : 'FAIL', r.name, r.message]);
  const w0 = 4;
  const w1 = Math.max(5, ...rows.map((r) => r[1]!.length));
  const line = (a: string, b: string, c: string) => `${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`;
  const failed = results.filter((r) => !r.ok).length;
  return [
    line('', 'check', 'result'),
    line('-'.repeat(w0), '-'.repeat(w1), '-'.repeat(6)),
    ...rows.map((r) => line(r[0]!, r[1]!, r[2]!)),
    '',
    failed === 0 ? `All ${results.length} checks passed.` : `${failed} of ${results.length} checks failed.`,
  ].join('\n');
}
