/** Discrepancies planted in the CSVs on purpose, so the analyst can be tested on flagging them. */
export interface KnownIssue {
  id: string;
  type: 'invoice_above_contract_rate' | 'grp_under_delivery' | 'late_sla' | 'sites_not_posted' | 'discount_not_applied';
  /** CSV path relative to the data dir, e.g. `raw/ooh_sites.csv`. */
  file: string;
  /** 1-based data rows (header excluded) holding the discrepancy. */
  rows: number[];
  /** A human locator: invoice id, broadcaster and weeks, SLA month… */
  locator: string;
  contract_id: string;
  contract_file: string;
  clause: string;
  expected: string;
  actual: string;
  description: string;
}

export function knownIssuesJson(issues: readonly KnownIssue[]): string {
  return `${JSON.stringify({ issues }, null, 2)}\n`;
}
