/**
 * TV make-goods checked against the data: for each run of weeks a broadcaster delivered below its contract's
 * weekly GRP guarantee, the GRPs short (by month), what the make-good clause owes for them (airtime of
 * equivalent audience within the clause's window, or a credit at the net rate), and whether airtime above
 * contract in that window shows the shortfall was made good. Computed from tv_airtime.csv and the contracts.
 */
import { findDiscrepancies, RECONCILE_FILES } from './checks.js';
import { findClause, readContracts, readCsv, type CsvRecord } from './sources.js';
import { addDays } from '../entities/dates.js';

export interface MakeGoodMonth {
  /** YYYY-MM of the weeks' start dates. */
  month: string;
  contracted: number;
  delivered: number;
}

export interface MakeGoodCheck {
  broadcaster: string;
  contractId: string;
  contractFile?: string;
  /** The guarantee clause and the make-good clause, with their text. */
  guaranteeClause?: string;
  makeGoodClause?: string;
  makeGoodText?: string;
  guaranteePct: number;
  /** Weeks below the guarantee (week start dates), first to last. */
  shortWeeks: string[];
  months: MakeGoodMonth[];
  contracted: number;
  delivered: number;
  /** Contracted − delivered over the short weeks. */
  undelivered: number;
  /** Weeks the clause gives to make good (8 unless it says otherwise) and the last day of that window. */
  windowWeeks: number;
  windowEnd: string;
  /** GRPs delivered above contract by the broadcaster in its other weeks up to the window's end. */
  surplus: number;
  /** Net rate per GRP in the short weeks, and the credit the clause offers instead of airtime. */
  netRate: number;
  credit: number;
  /** Spend recorded for the short weeks, and whether it is at the contracted (not the delivered) GRPs. */
  spend: number;
  billedAtContracted: boolean;
  /** The last day of data: a window still open at it cannot be judged yet. */
  dataEnd: string;
  rows: number[];
}

const num = (s: string | undefined) => (s === undefined || s === '' ? 0 : Number(s));
const WORD_NUMBERS: Record<string, number> = { four: 4, six: 6, eight: 8, ten: 10, twelve: 12 };

/** "within eight weeks" → 8; the clause's own window, else 8. */
export function windowWeeksOf(clauseText: string | undefined): number {
  const m = /within\s+(\w+)\s+weeks/i.exec(clauseText ?? '');
  if (!m) return 8;
  return Number(m[1]) || WORD_NUMBERS[m[1]!.toLowerCase()] || 8;
}

export function makeGoodChecks(dataDir: string): MakeGoodCheck[] {
  const records = readCsv(dataDir, RECONCILE_FILES.tv);
  const byRow = new Map(records.map((r) => [Number(r.__row), r]));
  const contracts = readContracts(dataDir);
  const dataEnd = records.reduce((m, r) => ((r.week_end ?? '') > m ? r.week_end! : m), '');
  return findDiscrepancies(dataDir, { channel: 'tv', type: 'grp_under_delivery' }).map((d) => {
    const rows = d.rows.map((n) => byRow.get(n)).filter((r): r is CsvRecord => Boolean(r));
    const doc = contracts.find((c) => c.file === d.contractFile);
    const clause = doc ? findClause(doc, [/make-good/i, /below the guarantee/i, /credit/i]) : undefined;
    const guaranteePct = Number(doc?.terms.delivery_guarantee_pct ?? 95);
    const shortWeeks = [...new Set(rows.map((r) => r.week_start!))].sort();
    const months = new Map<string, MakeGoodMonth>();
    for (const r of rows) {
      const key = r.week_start!.slice(0, 7);
      const m = months.get(key) ?? { month: key, contracted: 0, delivered: 0 };
      m.contracted += num(r.contracted_grps);
      m.delivered += num(r.delivered_grps);
      months.set(key, m);
    }
    const contracted = rows.reduce((s, r) => s + num(r.contracted_grps), 0);
    const delivered = rows.reduce((s, r) => s + num(r.delivered_grps), 0);
    const windowWeeks = windowWeeksOf(clause?.text);
    const windowEnd = addDays(shortWeeks[shortWeeks.length - 1]!, 7 * windowWeeks + 6);
    // Airtime above contract from the first short week to the window's end, outside the short weeks: make-good spots.
    const short = new Set(shortWeeks);
    const surplus = records
      .filter((r) => r.contract_id === d.contractId && r.buy_type !== 'vod' && r.week_start! >= shortWeeks[0]! && r.week_start! <= windowEnd && !short.has(r.week_start!))
      .reduce((s, r) => s + Math.max(0, num(r.delivered_grps) - num(r.contracted_grps)), 0);
    const spend = rows.reduce((s, r) => s + num(r.spend_gbp), 0);
    const rates = rows.filter((r) => r.rate_unit === 'per_grp').map((r) => num(r.rate_gbp));
    const netRate = rates.length ? rates.reduce((s, x) => s + x, 0) / rates.length : 0;
    const credit = rows.reduce((s, r) => s + (num(r.contracted_grps) - num(r.delivered_grps)) * num(r.rate_gbp), 0);
    const billedAtContracted = rows.every((r) => Math.abs(num(r.spend_gbp) - num(r.contracted_grps) * num(r.rate_gbp)) < 1);
    return {
      broadcaster: d.counterparty,
      contractId: d.contractId,
      ...(d.contractFile ? { contractFile: d.contractFile } : {}),
      ...(d.clause ? { guaranteeClause: d.clause } : {}),
      ...(clause ? { makeGoodClause: clause.clause, makeGoodText: clause.text } : {}),
      guaranteePct,
      shortWeeks,
      months: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
      contracted,
      delivered,
      undelivered: contracted - delivered,
      windowWeeks,
      windowEnd,
      surplus,
      netRate,
      credit,
      spend,
      billedAtContracted,
      dataEnd,
      rows: d.rows,
    };
  });
}

/** The broadcasters with a GRP guarantee (linear airtime bought against contracted GRPs). */
export function guaranteedBroadcasters(dataDir: string): string[] {
  return [...new Set(readCsv(dataDir, RECONCILE_FILES.tv).filter((r) => num(r.contracted_grps) > 0).map((r) => r.broadcaster ?? ''))].filter(Boolean).sort();
}
