/**
 * The seven media contracts as Markdown with YAML front matter (machine-readable terms) and numbered
 * clauses (citable as "clause 5.2"). Committed spend is derived from the booked rows, so the contracts and
 * the CSVs agree; planted discrepancies break a clause on purpose and are listed in known_issues.json.
 */
import type { ContractTotals } from './contract-format.js';
import { AGENCY_SLAS, AGENCY_TERMS, OOH_METRO, OOH_TRANSIT, PRINT_CRESTLINE, TV_ALBION, TV_SKYLINE, VOD_ALBION } from './contract-terms.js';
import type { StudyCalendar } from './dates.js';
import { RAW_CSV } from './files.js';
import type { KnownIssue } from './known-issues.js';
import type { Table } from './table.js';
import { tvContract, vodAddendum } from './contracts-tv.js';
import { agencyTerms, oohContract, printPartnership } from './contracts-other.js';

export interface ContractInput {
  cal: StudyCalendar;
  tables: Map<string, Table>;
  issues: readonly KnownIssue[];
}

function totalsBy(table: Table | undefined, contractCol: string, dateCol: string, spendCol: string, unitCol?: string): Map<string, ContractTotals> {
  const out = new Map<string, ContractTotals>();
  if (!table) return out;
  const ci = table.columns.indexOf(contractCol);
  const di = table.columns.indexOf(dateCol);
  const si = table.columns.indexOf(spendCol);
  const ui = unitCol ? table.columns.indexOf(unitCol) : -1;
  for (const row of table.rows) {
    const id = String(row[ci]);
    const t = out.get(id) ?? { byYear: {}, totalPence: 0, grps: 0, units: 0 };
    const pence = Math.round(Number(row[si]) * 100);
    const year = String(row[di]).slice(0, 4);
    t.byYear[year] = (t.byYear[year] ?? 0) + pence;
    t.totalPence += pence;
    if (ui >= 0) t.grps += Number(row[ui]);
    t.units += 1;
    out.set(id, t);
  }
  return out;
}

const EMPTY: ContractTotals = { byYear: {}, totalPence: 0, grps: 0, units: 0 };

export function buildContracts(input: ContractInput): [string, string][] {
  const tv = totalsBy(input.tables.get(RAW_CSV.tv), 'contract_id', 'week_start', 'spend_gbp', 'contracted_grps');
  const ooh = totalsBy(input.tables.get(RAW_CSV.ooh), 'contract_id', 'cycle_start', 'spend_gbp', 'sites_booked');
  const print = totalsBy(input.tables.get(RAW_CSV.print), 'contract_id', 'insertion_date', 'spend_gbp');
  const out: [string, string][] = [
    [TV_ALBION.file, tvContract(TV_ALBION, tv.get(TV_ALBION.id) ?? EMPTY, false)],
    [TV_SKYLINE.file, tvContract(TV_SKYLINE, tv.get(TV_SKYLINE.id) ?? EMPTY, true)],
    [VOD_ALBION.file, vodAddendum(tv.get(VOD_ALBION.id) ?? EMPTY)],
    [OOH_METRO.file, oohContract(OOH_METRO, ooh.get(OOH_METRO.id) ?? EMPTY)],
    [OOH_TRANSIT.file, oohContract(OOH_TRANSIT, ooh.get(OOH_TRANSIT.id) ?? EMPTY)],
    [PRINT_CRESTLINE.file, printPartnership(print.get(PRINT_CRESTLINE.id) ?? EMPTY)],
    [AGENCY_TERMS.file, agencyTerms(AGENCY_SLAS)],
  ];
  return out.map(([file, text]) => [`raw/contracts/${file}`, text]);
}
