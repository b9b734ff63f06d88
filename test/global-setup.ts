/**
 * Vitest global setup. Data-dependent suites share one generated dataset (seed 42) under
 * `test/.cache/data`, built once per run when missing; see test/helpers/test-data.ts.
 */
export default async function setup(): Promise<void> {
  const { ensureTestData } = await import('./helpers/test-data.js');
  await ensureTestData();
}
