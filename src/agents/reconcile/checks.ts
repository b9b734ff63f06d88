/**
 * Cross-source reconciliation computed from the data itself (never from the generator's answer key):
 * invoices against the contracted rate, posted against booked sites, print invoices against the
 * discounted rate, delivered against contracted TV GRPs (per the contract's guarantee) and agency
 * SLA deadlines. Each finding cites the CSV rows and the contract clause.
 */
import { findClause, readContracts, readCsv, type ContractDoc } from './sources.js';

export type DiscrepancyType = 'invoice_above_contract_rate' | 'grp_under_delivery' | 'late_sla' | 'sites_not_posted' | 'discount_not_applied';

export interface Discrepancy {
  type: DiscrepancyType;
  channel: 'tv' | 'ooh' | 'print' | 'agency';
  file: string;
  /** 1-based data rows (header excluded). */
  rows: number[];
  locator: string;
  /** The first week, cycle, insertion or due date the finding covers (ISO). */
  date: string;
  counterparty: string;
  contractId: string;
  contractFile?: string;
  clause?: string;
  clauseText?: string;
  campaignIds: string[];
  expected: number;
  actual: number;
  unit: 'GBP' | 'GRPs' | 'sites' | 'business days';
  /** Agency SLAs: the service credit the row records for the miss (GBP). */
  serviceCredit?: number;
  /** Plain-language one-liner with the numbers. */
  summary: string;
}

/** Raw files the checks read (relative to the data dir). */
export const RECONCILE_FILES = {
  tv: 'raw/tv_airtime.csv',
  ooh: 'raw/ooh_sites.csv',
  print: 'raw/print_insertions.csv',
  sla: 'raw/agency_sla.csv',
} as const;

const num = (s: string | undefined) => (s === undefined || s === '' ? 0 : Number(s));
const gbp = (x: number) => `£${x.toLocaleString('en-GB', { minimumFractionDigits: 0, maximumFractionDigits: 0 })}`;

function contractFor(contracts: ContractDoc[], id: string): ContractDoc | undefined {
  return contracts.find((c) => c.terms.contract_id === id) ?? contracts.find((c) => [...c.clauses.values()].some((t) => t.includes(id)));
}

function cite(contracts: ContractDoc[], id: string, keywords: RegExp[], clause?: string) {
  const doc = contractFor(contracts, id);
  if (!doc) return {};
  const found = clause ? { clause, text: doc.clauses.get(clause) ?? '' } : findClause(doc, keywords);
  return { contractFile: doc.file, ...(found ? { clause: found.clause, clauseText: found.text } : {}), doc };
}

function counterpartyOf(contracts: ContractDoc[], id: string, fallback: string): string {
  return String(contractFor(contracts, id)?.terms.counterparty ?? fallback);
}

function oohChecks(dataDir: string, contracts: ContractDoc[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const r of readCsv(dataDir, RECONCILE_FILES.ooh)) {
    const booked = num(r.sites_booked);
    const posted = num(r.sites_posted);
    const atRate = num(r.spend_gbp);
    const invoiced = num(r.invoiced_gbp);
    const id = r.contract_id ?? '';
    if (invoiced - atRate > Math.max(1, atRate * 0.005)) {
      const c = cite(contracts, id, [/rate/i, /per site/i, /net/i]);
      out.push({
        type: 'invoice_above_contract_rate', channel: 'ooh', file: RECONCILE_FILES.ooh, rows: [Number(r.__row)],
        locator: `${r.invoice_id ?? 'invoice'} (${r.format?.replace(/_/g, ' ')}, cycle from ${r.cycle_start})`, date: r.cycle_start ?? '', counterparty: r.supplier ?? counterpartyOf(contracts, id, id),
        contractId: id, ...stripDoc(c), campaignIds: [r.campaign_id ?? ''], expected: atRate, actual: invoiced, unit: 'GBP',
        summary: `${r.supplier} invoice ${r.invoice_id} is ${gbp(invoiced)} but ${booked} sites × ${gbp(num(r.rate_per_site_gbp))} contracted rate = ${gbp(atRate)} (${gbp(invoiced - atRate)} over)`,
      });
    }
    const guarantee = Number(contractFor(contracts, id)?.terms.posting_guarantee_pct ?? 95);
    const rate = num(r.rate_per_site_gbp);
    if (booked > 0 && (100 * posted) / booked < guarantee) {
      const c = cite(contracts, id, [/post/i, /guarantee/i]);
      out.push({
        type: 'sites_not_posted', channel: 'ooh', file: RECONCILE_FILES.ooh, rows: [Number(r.__row)],
        locator: `${r.invoice_id ?? 'invoice'} (${r.format?.replace(/_/g, ' ')}, cycle from ${r.cycle_start})`, date: r.cycle_start ?? '', counterparty: r.supplier ?? id,
        contractId: id, ...stripDoc(c), campaignIds: [r.campaign_id ?? ''], expected: booked, actual: posted, unit: 'sites',
        summary: `${r.supplier} posted ${posted} of ${booked} booked sites (${((100 * posted) / booked).toFixed(1)}%, guarantee ${guarantee}%) yet invoiced ${gbp(invoiced)}${invoiced > posted * rate + 0.5 ? `: the ${booked - posted} unposted sites × ${gbp(rate)} net = ${gbp(invoiced - posted * rate)} should be credited` : ''}`,
      });
    }
  }
  return out;
}

function stripDoc<T extends { doc?: unknown }>(c: T): Omit<T, 'doc'> {
  const { doc: _doc, ...rest } = c;
  return rest;
}

function printChecks(dataDir: string, contracts: ContractDoc[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const r of readCsv(dataDir, RECONCILE_FILES.print)) {
    const net = num(r.spend_gbp);
    const invoiced = num(r.invoiced_gbp);
    if (invoiced - net <= Math.max(1, net * 0.005)) continue;
    const rateCard = num(r.rate_card_gbp);
    const noDiscount = Math.abs(invoiced - rateCard) < 1;
    const c = cite(contracts, r.contract_id ?? '', noDiscount ? [/discount/i] : [/rate/i, /invoice/i]);
    out.push({
      type: noDiscount ? 'discount_not_applied' : 'invoice_above_contract_rate', channel: 'print', file: RECONCILE_FILES.print, rows: [Number(r.__row)],
      locator: `${r.publication} ${r.insertion_date} ${r.format?.replace(/_/g, ' ')}`, date: r.insertion_date ?? '', counterparty: r.publisher ?? '', contractId: r.contract_id ?? '', ...stripDoc(c),
      campaignIds: [r.campaign_id ?? ''], expected: net, actual: invoiced, unit: 'GBP',
      summary: `${r.publication} ${r.insertion_date}: invoiced ${gbp(invoiced)} against ${gbp(net)} net${noDiscount ? ` (rate card ${gbp(rateCard)} — the ${r.discount_pct}% discount was not applied)` : ''}`,
    });
  }
  return out;
}

function tvChecks(dataDir: string, contracts: ContractDoc[]): Discrepancy[] {
  // Weekly delivery per broadcaster (linear rows only: VOD has no GRP guarantee).
  const weeks = new Map<string, { broadcaster: string; contractId: string; week: string; contracted: number; delivered: number; rows: number[]; campaigns: Set<string> }>();
  for (const r of readCsv(dataDir, RECONCILE_FILES.tv)) {
    const contracted = num(r.contracted_grps);
    if (contracted <= 0) continue;
    const key = `${r.contract_id}|${r.week_start}`;
    const w = weeks.get(key) ?? { broadcaster: r.broadcaster ?? '', contractId: r.contract_id ?? '', week: r.week_start ?? '', contracted: 0, delivered: 0, rows: [], campaigns: new Set<string>() };
    w.contracted += contracted;
    w.delivered += num(r.delivered_grps);
    w.rows.push(Number(r.__row));
    if (r.campaign_id) w.campaigns.add(r.campaign_id);
    weeks.set(key, w);
  }
  // Group consecutive short weeks of one contract into one finding.
  const byContract = new Map<string, typeof weeks extends Map<string, infer V> ? V[] : never>();
  for (const w of [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week))) {
    const list = byContract.get(w.contractId) ?? [];
    list.push(w);
    byContract.set(w.contractId, list);
  }
  const out: Discrepancy[] = [];
  for (const [id, list] of byContract) {
    const guarantee = Number(contractFor(contracts, id)?.terms.delivery_guarantee_pct ?? 95);
    let run: typeof list = [];
    const flush = () => {
      if (run.length === 0) return;
      const contracted = run.reduce((s, w) => s + w.contracted, 0);
      const delivered = run.reduce((s, w) => s + w.delivered, 0);
      const c = cite(contracts, id, [/guarantee/i, /GRP/, /deliver/i]);
      out.push({
        type: 'grp_under_delivery', channel: 'tv', file: RECONCILE_FILES.tv, rows: run.flatMap((w) => w.rows),
        locator: `${run[0]!.broadcaster}, ${run.length} week${run.length === 1 ? '' : 's'} from ${run[0]!.week}`, date: run[0]!.week, counterparty: run[0]!.broadcaster,
        contractId: id, ...stripDoc(c), campaignIds: [...new Set(run.flatMap((w) => [...w.campaigns]))], expected: contracted, actual: delivered, unit: 'GRPs',
        summary: `${run[0]!.broadcaster} delivered ${delivered.toFixed(1)} of ${contracted.toFixed(1)} contracted GRPs (${((100 * delivered) / contracted).toFixed(1)}%; guarantee ${guarantee}% per week) over ${run.length} week${run.length === 1 ? '' : 's'} from ${run[0]!.week}`,
      });
      run = [];
    };
    for (const w of list) {
      if ((100 * w.delivered) / w.contracted < guarantee) run.push(w);
      else flush();
    }
    flush();
  }
  return out;
}

function slaChecks(dataDir: string, contracts: ContractDoc[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const r of readCsv(dataDir, RECONCILE_FILES.sla)) {
    const late = num(r.business_days_late);
    if (late <= 0 && r.status !== 'missed') continue;
    const c = cite(contracts, r.contract_id ?? '', [], r.clause);
    out.push({
      type: 'late_sla', channel: 'agency', file: RECONCILE_FILES.sla, rows: [Number(r.__row)],
      locator: `${r.sla_id}: ${r.metric?.replace(/_/g, ' ')} for ${r.period}`, date: r.due_date ?? '', counterparty: r.agency ?? '', contractId: r.contract_id ?? '', ...stripDoc(c),
      campaignIds: [], expected: 0, actual: late, unit: 'business days', serviceCredit: num(r.service_credit_gbp),
      summary: `${r.agency} delivered the ${r.metric?.replace(/_/g, ' ')} for ${r.period} on ${r.delivered_date}, ${late} business days after the ${r.due_date} deadline (clause ${r.clause}); service credit ${gbp(num(r.service_credit_gbp))}`,
    });
  }
  return out;
}

const CHECKS = { tv: tvChecks, ooh: oohChecks, print: printChecks, agency: slaChecks } as const;

export function findDiscrepancies(dataDir: string, filter: { channel?: string; type?: DiscrepancyType } = {}): Discrepancy[] {
  const contracts = readContracts(dataDir);
  const channels = filter.channel && filter.channel in CHECKS ? [filter.channel as keyof typeof CHECKS] : (Object.keys(CHECKS) as (keyof typeof CHECKS)[]);
  return channels.flatMap((ch) => CHECKS[ch](dataDir, contracts)).filter((d) => !filter.type || d.type === filter.type);
}
