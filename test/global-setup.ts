/**
 * Vitest global setup: builds the shared test datasets once per run when missing or stale, before any
 * worker starts, so parallel test files never race to build them: the brand dataset (seed 42) under
 * test/.cache/data, and the full dataset (plus creatives and the search index) under
 * test/.cache/full-data for the end-to-end Slack and sandbox tests.
 */
export default async function setup(): Promise<void> {
  const { ensureTestData } = await import('./helpers/test-data.js');
  const { ensureFullTestData } = await import('./helpers/full-data.js');
  await ensureTestData();
  await ensureFullTestData();
}
