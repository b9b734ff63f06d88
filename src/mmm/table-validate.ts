/**
 * Input checks before any maths: clear MixErrors (code MMM_INPUT_INVALID) for the ways a weekly table
 * goes wrong — too few weeks, constant columns, missing or non-finite values, negative spend, unordered or
 * duplicate weeks, mismatched lengths.
 */
import { MixError } from '../errors.js';
import type { WeeklyTable } from './types.js';

/** Below this the model cannot be fitted at all (folds + features need rows). */
export const MIN_WEEKS = 40;
/** Below this the fit runs but every interval is widened and a warning is attached. */
export const COMFORTABLE_WEEKS = 78;

function fail(message: string, userMessage: string, details?: Record<string, unknown>): never {
  throw new MixError('MMM_INPUT_INVALID', message, { userMessage, details });
}

function checkFinite(name: string, values: number[], n: number): void {
  if (values.length !== n) fail(`${name} has ${values.length} rows, expected ${n}`, `The column \`${name}\` has the wrong number of rows.`);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(values[i])) {
      fail(`missing value in ${name} at week ${i + 1}`, `The column \`${name}\` has a missing value in week ${i + 1}.`, {
        column: name,
        week: i + 1,
      });
    }
  }
}

function isConstant(values: number[]): boolean {
  const first = values[0] as number;
  return values.every((v) => Math.abs(v - first) <= 1e-12 * Math.max(1, Math.abs(first)));
}

export function validateTable(table: WeeklyTable): WeeklyTable {
  const n = table.weeks.length;
  if (n < MIN_WEEKS) {
    fail(
      `only ${n} weeks of data (need at least ${MIN_WEEKS})`,
      `The table has only ${n} weeks; a marketing-mix model needs at least ${MIN_WEEKS} (ideally 104 or more).`,
      { weeks: n },
    );
  }
  const seen = new Set<string>();
  let prev = '';
  for (const w of table.weeks) {
    if (!/^\d{4}-\d{2}-\d{2}/.test(w) || Number.isNaN(Date.parse(w))) {
      fail(`bad week date "${w}"`, `The week column has a value that is not a date: "${w}".`);
    }
    if (seen.has(w)) fail(`duplicate week ${w}`, `The week ${w} appears twice; the table must have one row per week.`);
    if (prev && w < prev) fail(`weeks out of order at ${w}`, 'The weeks must be in ascending order.');
    seen.add(w);
    prev = w;
  }
  if (table.channels.length === 0) fail('no media channels', 'The table has no media spend columns.');
  if (table.spend.length !== table.channels.length) fail('spend/channels mismatch', 'Spend columns and channel names do not match.');
  table.channels.forEach((c, j) => {
    const s = table.spend[j] as number[];
    checkFinite(`${c} spend`, s, n);
    const neg = s.findIndex((v) => v < 0);
    if (neg >= 0) {
      fail(`negative spend in ${c} at week ${table.weeks[neg]}`, `${c} has negative spend in the week of ${table.weeks[neg]}; spend must be zero or more.`, {
        channel: c,
        week: table.weeks[neg],
      });
    }
    if (isConstant(s)) {
      fail(
        `constant spend column ${c}`,
        `${c} spend never changes (always ${s[0]}), so its effect cannot be told apart from the baseline; drop it or add weeks where it varies.`,
        { channel: c },
      );
    }
  });
  checkFinite(table.kpiName, table.kpi, n);
  if (isConstant(table.kpi)) fail('constant KPI', `${table.kpiName} never changes, so there is nothing to explain.`);
  checkFinite('value per unit', table.valuePerKpi, n);
  checkFinite('revenue', table.revenue, n);
  for (const c of table.controls) {
    checkFinite(c.name, c.values, n);
    if (isConstant(c.values)) {
      fail(`constant control ${c.name}`, `The column \`${c.name}\` never changes; drop it from the controls (it carries no information).`, {
        column: c.name,
      });
    }
  }
  return table;
}
