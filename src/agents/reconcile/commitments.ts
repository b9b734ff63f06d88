/**
 * The nearest the data has to a budget: each media contract's minimum spend commitment (per year where the
 * contract phases it) against the spend booked under that contract in the TV, outdoor and print files.
 */
import { readContracts, readCsv, findClause, type ContractDoc } from './sources.js';
import { RECONCILE_FILES } from './checks.js';

export interface YearCommitment {
  year: string;
  minimum: number;
  spent: number;
}

export interface CommitmentStatus {
  contractId: string;
  counterparty: string;
  channel: string;
  buyType?: string;
  contractFile: string;
  clause?: string;
  /** The term's minimum net spend. */
  committed: number;
  /** Spend booked under the contract over the whole term in the data. */
  spent: number;
  /** The yearly phasing, when the contract states one. */
  years: YearCommitment[];
  /** Data rows the spend comes from. */
  file: string;
  rows: number;
}

export interface BookedRow {
  contractId: string;
  date: string;
  spend: number;
}

/** "| 2024 | £700,000 |" rows of a commitment clause's phasing table. */
export function parsePhasing(clauseText: string): { year: string; minimum: number }[] {
  return [...clauseText.matchAll(/\|\s*(20\d\d)\s*\|\s*£\s?([\d,]+(?:\.\d+)?)\s*\|/g)].map((m) => ({ year: m[1]!, minimum: Number(m[2]!.replace(/,/g, '')) }));
}

/** Commitment vs booked spend, per contract that states a committed spend (the agency's retainer has none). */
export function commitmentStatus(docs: ContractDoc[], booked: BookedRow[], fileOf: (channel: string) => string): CommitmentStatus[] {
  const out: CommitmentStatus[] = [];
  for (const doc of docs) {
    const committed = Number(doc.terms.committed_spend_gbp);
    const id = String(doc.terms.contract_id ?? '');
    if (!id || !Number.isFinite(committed) || committed <= 0) continue;
    const mine = booked.filter((b) => b.contractId === id);
    const found = findClause(doc, [/\bcommits?\b/i, /\bminimum\b/i, /\bspend\b/i]);
    const years = found ? parsePhasing(found.text) : [];
    const channel = String(doc.terms.channel ?? '');
    out.push({
      contractId: id,
      counterparty: String(doc.terms.counterparty ?? doc.title),
      channel,
      ...(doc.terms.buy_type ? { buyType: String(doc.terms.buy_type) } : {}),
      contractFile: doc.file,
      ...(found ? { clause: found.clause } : {}),
      committed,
      spent: mine.reduce((s, b) => s + b.spend, 0),
      years: years.map((y) => ({ ...y, spent: mine.filter((b) => b.date.startsWith(y.year)).reduce((s, b) => s + b.spend, 0) })),
      file: fileOf(channel),
      rows: mine.length,
    });
  }
  return out;
}

/** Reads the contracts and the TV, outdoor and print rows (by booking date) from the data dir. */
export function contractCommitments(dataDir: string): CommitmentStatus[] {
  const sources: [string, string][] = [[RECONCILE_FILES.tv, 'week_start'], [RECONCILE_FILES.ooh, 'cycle_start'], [RECONCILE_FILES.print, 'insertion_date']];
  const booked: BookedRow[] = sources.flatMap(([file, dateCol]) =>
    readCsv(dataDir, file).map((r) => ({ contractId: r.contract_id ?? '', date: r[dateCol] ?? '', spend: Number(r.spend_gbp ?? 0) })),
  );
  const fileOf = (channel: string) => (channel === 'tv' ? RECONCILE_FILES.tv : channel === 'ooh' ? RECONCILE_FILES.ooh : RECONCILE_FILES.print);
  return commitmentStatus(readContracts(dataDir), booked, fileOf);
}
