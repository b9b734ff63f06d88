/**
 * Context tables: competitor spend (weekly per competitor), economic indicators (weekly, monthly series
 * carried through the month) and the agency's SLA tracking, with two planted late deliveries.
 */
import { AGENCY, AGENCY_SLAS, AGENCY_TERMS } from './contract-terms.js';
import type { Controls } from './controls.js';
import { addDays, weekday, type StudyCalendar } from './dates.js';
import type { KnownIssue } from './known-issues.js';
import { fixed, type Cell, type Table } from './table.js';
import type { Rng } from '../../util/rng.js';

export const COMPETITOR_COLUMNS = ['week_start', 'competitor', 'segment_focus', 'tv_spend_gbp', 'digital_spend_gbp', 'ooh_spend_gbp', 'other_spend_gbp', 'total_spend_gbp'];
export const ECONOMIC_COLUMNS = ['week_start', 'consumer_confidence', 'cpi_inflation_pct', 'bank_rate_pct', 'unemployment_pct', 'petrol_price_ppl', 'electricity_price_p_kwh', 'uk_bev_registrations', 'bev_share_pct', 'market_index'];
export const SLA_COLUMNS = ['sla_id', 'agency', 'contract_id', 'clause', 'metric', 'description', 'period', 'due_date', 'delivered_date', 'business_days_late', 'status', 'service_credit_gbp'];

export function competitorTable(cal: StudyCalendar, c: Controls): Table {
  return {
    columns: COMPETITOR_COLUMNS,
    rows: c.competitorRows.map((x) => [cal.weeks[x.week] as string, x.competitor, x.focus, `${x.byMedia.tv}.00`, `${x.byMedia.digital}.00`, `${x.byMedia.ooh}.00`, `${x.byMedia.other}.00`, `${x.total}.00`]),
  };
}

export function economicTable(cal: StudyCalendar, c: Controls): Table {
  return {
    columns: ECONOMIC_COLUMNS,
    rows: c.economic.map((e, w) => [cal.weeks[w] as string, e.consumerConfidence, fixed(e.cpiInflationPct, 1), fixed(e.bankRatePct, 2), fixed(e.unemploymentPct, 1), fixed(e.petrolPricePpl, 1), fixed(e.electricityPricePkwh, 2), e.ukBevRegistrations, fixed(e.bevSharePct, 1), fixed(c.marketIndex[w] as number, 3)]),
  };
}

/** Adds business days (Mon–Fri) to an ISO date. */
export function addBusinessDays(iso: string, days: number): string {
  let d = iso;
  let left = days;
  while (left > 0) {
    d = addDays(d, 1);
    if (weekday(d) < 5) left--;
  }
  return d;
}

function businessDaysBetween(from: string, to: string): number {
  let n = 0;
  for (let d = from; d < to; d = addDays(d, 1)) if (weekday(addDays(d, 1)) < 5) n++;
  return n;
}

export function slaTable(rng: Rng, cal: StudyCalendar): { table: Table; issues: KnownIssue[] } {
  const r = rng.fork('sla');
  const items: { clause: string; metric: string; description: string; period: string; due: string }[] = [];
  const [weekly, golive, billing, brief] = AGENCY_SLAS;
  for (const w of cal.weeks) items.push({ ...weekly, period: w, due: addDays(w, 8) });
  const months = [...new Set(cal.days.map((d) => d.slice(0, 7)))];
  for (const m of months) {
    const monthEnd = addDays(`${m}-01`, 40).slice(0, 8) + '01';
    items.push({ ...billing, period: m, due: addBusinessDays(addDays(monthEnd, -1), billing.targetDays) });
    const approval = addBusinessDays(`${m}-01`, r.int(3, 12));
    items.push({ ...golive, period: m, due: addBusinessDays(approval, golive.targetDays) });
    if (Number(m.slice(5)) % 3 === 1) items.push({ ...brief, period: m, due: addBusinessDays(`${m}-01`, 2 + brief.targetDays) });
  }
  for (let i = items.length - 1; i >= 0; i--) if ((items[i] as { due: string }).due > cal.end) items.splice(i, 1);
  items.sort((a, b) => a.due.localeCompare(b.due) || a.clause.localeCompare(b.clause));
  const lateBilling = items.findIndex((i) => i.metric === 'monthly_billing_reconciliation' && i.period === '2025-05');
  const lateGoLive = items.findIndex((i) => i.metric === 'campaign_go_live' && i.period === '2025-03');
  const issues: KnownIssue[] = [];
  const credit = (AGENCY_TERMS.monthlyRetainer * AGENCY_TERMS.serviceCreditPct) / 100;
  const rows: Cell[][] = items.map((it, i) => {
    let delivered = it.due;
    const early = r.int(0, 2);
    for (let k = 0; k < early; k++) {
      const prev = addDays(delivered, -1);
      if (weekday(prev) < 5) delivered = prev;
    }
    let late = 0;
    if (i === lateBilling || i === lateGoLive) {
      late = i === lateBilling ? 9 : 4;
      delivered = addBusinessDays(it.due, late);
      late = businessDaysBetween(it.due, delivered);
      issues.push({
        id: i === lateBilling ? 'KI-AGY-SLA-BILLING' : 'KI-AGY-SLA-GOLIVE',
        type: 'late_sla',
        file: 'raw/agency_sla.csv',
        rows: [i + 1],
        locator: `${it.metric} for ${it.period} (SLA-${String(i + 1).padStart(4, '0')})`,
        contract_id: AGENCY_TERMS.id,
        contract_file: `raw/contracts/${AGENCY_TERMS.file}`,
        clause: it.clause,
        expected: `delivered by ${it.due} (${it.description})`,
        actual: `delivered ${delivered}, ${late} business days late`,
        description: `${AGENCY.short} missed the SLA in clause ${it.clause}; a service credit of ${AGENCY_TERMS.serviceCreditPct}% of the monthly retainer applies (clause 7.1).`,
      });
    }
    const status = late > 0 ? 'missed' : 'met';
    return [`SLA-${String(i + 1).padStart(4, '0')}`, AGENCY.name, AGENCY_TERMS.id, it.clause, it.metric, it.description, it.period, it.due, delivered, late, status, late > 0 ? fixed(credit, 2) : '0.00'];
  });
  return { table: { columns: SLA_COLUMNS, rows }, issues };
}
