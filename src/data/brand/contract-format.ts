/** Shared formatting for the Markdown contracts. */
import { stringify as toYaml } from 'yaml';
import { BRAND } from './catalog.js';

export const CLIENT = `${BRAND.name} UK Ltd`;

export interface ContractTotals {
  /** Booked spend (pence) per calendar year. */
  byYear: Record<string, number>;
  totalPence: number;
  /** Sum of the unit column (GRPs, sites …) where one applies. */
  grps: number;
  /** Rows booked under the contract. */
  units: number;
}

/** Minimum commitment: 97 % of what was booked, rounded down to £10,000. */
export function commitmentFor(totalPence: number): number {
  return Math.floor(((totalPence / 100) * 0.97) / 10_000) * 10_000;
}

export function gbp(x: number, decimals = 0): string {
  return `£${x.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })}`;
}

export function frontMatter(fields: Record<string, unknown>): string {
  return `---\n${toYaml(fields, { lineWidth: 0 })}---\n`;
}

export function yearTable(t: ContractTotals): string {
  return Object.entries(t.byYear)
    .sort()
    .map(([y, p]) => `| ${y} | ${gbp(commitmentFor(p))} |`)
    .join('\n');
}

/** The term's commitment: the sum of the yearly commitments (so the phasing table adds up). */
export function committedTotal(t: ContractTotals): number {
  return Object.values(t.byYear).reduce((a, p) => a + commitmentFor(p), 0);
}
