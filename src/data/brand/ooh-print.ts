/**
 * Out-of-home bookings (two-week cycles per supplier, format and campaign, priced per site at the
 * contracted rate) and print insertions (Crestline titles at rate card less the partnership discount).
 * Planted discrepancies: a Metro Outdoor invoice above the contracted rate, TransitAds sites not posted,
 * a Crestline insertion invoiced without the partnership discount.
 */
import { creativeIdsFor, type Campaign } from './catalog.js';
import { OOH_METRO, OOH_TRANSIT, PRINT_CRESTLINE } from './contract-terms.js';
import { addDays, type StudyCalendar } from './dates.js';
import { activeByDay, campaignWeight } from './digital.js';
import type { KnownIssue } from './known-issues.js';
import { allocatePence, penceToGbp, spreadEvenly } from './money.js';
import { fixed, type Cell, type Table } from './table.js';
import type { Rng } from '../../util/rng.js';

export const OOH_COLUMNS = [
  'cycle_start', 'cycle_end', 'supplier', 'contract_id', 'format', 'campaign_id', 'creative_id', 'vehicle_model',
  'sites_booked', 'sites_posted', 'impacts', 'rate_per_site_gbp', 'spend_gbp', 'invoice_id', 'invoiced_gbp',
];

export interface SpendRowsResult {
  table: Table;
  weeklyPence: number[];
  weeklyUnits: number[];
  issues: KnownIssue[];
}

interface OohRow {
  cycle: number;
  supplier: typeof OOH_METRO | typeof OOH_TRANSIT;
  format: string;
  rate: number;
  impactsPerSite: number;
  campaign: Campaign;
  sites: number;
  posted: number;
  invoicedPence: number;
}

export function buildOoh(rng: Rng, plan: readonly number[], campaigns: readonly Campaign[], cal: StudyCalendar): SpendRowsResult {
  const r = rng.fork('ooh-rows');
  const byDay = activeByDay(campaigns, 'ooh', cal);
  const n = cal.weeks.length;
  const rows: OohRow[] = [];
  for (let cycle = 0; cycle * 2 < n; cycle++) {
    const pence = Math.round(((plan[cycle * 2] as number) + (plan[cycle * 2 + 1] ?? 0)) * 100);
    if (pence <= 0) continue;
    const active = byDay[cycle * 14 + 3] as Campaign[];
    const metroShare = r.uniform(0.5, 0.68);
    const bySupplier = allocatePence(pence, [metroShare, 1 - metroShare]);
    for (const [si, supplier] of [OOH_METRO, OOH_TRANSIT].entries()) {
      const formats = Object.entries(supplier.formats);
      const byFormat = allocatePence(bySupplier[si] as number, formats.map(() => r.uniform(0.6, 1.4)));
      formats.forEach(([format, f], fi) => {
        const parts = allocatePence(byFormat[fi] as number, active.map(campaignWeight));
        active.forEach((c, ci) => {
          const sites = Math.round((parts[ci] as number) / (f.rate * 100));
          if (sites <= 0) return;
          rows.push({ cycle, supplier, format, rate: f.rate, impactsPerSite: f.weeklyImpactsPerSite, campaign: c, sites, posted: sites, invoicedPence: sites * f.rate * 100 });
        });
      });
    }
  }
  const issues: KnownIssue[] = [];
  // Planted: a Metro roadside booking in 2025 invoiced at £98,000 against £78,000 at the contracted rate.
  const metro = OOH_METRO.formats.roadside_48_sheet;
  let pick = -1;
  rows.forEach((row, i) => {
    if (row.supplier !== OOH_METRO || row.format !== 'roadside_48_sheet' || (cal.weeks[row.cycle * 2] as string) < '2025-01-01') return;
    const best = pick < 0 ? Infinity : Math.abs((rows[pick] as OohRow).sites - 120);
    if (Math.abs(row.sites - 120) < best) pick = i;
  });
  if (pick >= 0) {
    const row = rows[pick] as OohRow;
    row.sites = 120;
    row.posted = 120;
    row.invoicedPence = 98_000 * 100;
    issues.push(issue('KI-OOH-MET-INVOICE', 'invoice_above_contract_rate', pick + 1, invoiceId(row, cal), OOH_METRO.id, OOH_METRO.file, '4.1',
      `£${(120 * metro.rate).toLocaleString('en-GB')}.00 (120 roadside 48-sheets × £${metro.rate} net per site per cycle)`, '£98,000.00 invoiced',
      'Metro Outdoor invoiced the roadside cycle above the contracted net rate (close to rate card, without the agreed discount).'));
  }
  // Planted: TransitAds posted only part of the booked bus T-sides in one cycle of 2024.
  const tPick = rows.findIndex((row) => row.supplier === OOH_TRANSIT && row.format === 'bus_t_side' && row.sites >= 20 && (cal.weeks[row.cycle * 2] as string) >= '2024-06-01');
  if (tPick >= 0) {
    const row = rows[tPick] as OohRow;
    row.posted = Math.floor(row.sites * 0.82);
    issues.push(issue('KI-OOH-TRN-POSTING', 'sites_not_posted', tPick + 1, invoiceId(row, cal), OOH_TRANSIT.id, OOH_TRANSIT.file, '5.3',
      `≥ ${Math.ceil((row.sites * OOH_TRANSIT.postingGuaranteePct) / 100)} of ${row.sites} booked bus T-sides posted (${OOH_TRANSIT.postingGuaranteePct}% guarantee); unposted sites credited, not invoiced`,
      `${row.posted} posted (${fixed((100 * row.posted) / row.sites, 1)}%), invoiced in full at ${money(row.invoicedPence / 100)}`,
      'TransitAds posted fewer bus T-sides than booked yet invoiced the full booking; a pro-rata credit is due.'));
  }
  const weeklyPence = new Array<number>(n).fill(0);
  const weeklyUnits = new Array<number>(n).fill(0);
  const table: Table = { columns: OOH_COLUMNS, rows: [] };
  for (const row of rows) {
    const start = cal.weeks[row.cycle * 2] as string;
    const spend = row.sites * row.rate * 100;
    const days = spreadEvenly(spend, 14);
    weeklyPence[row.cycle * 2] = (weeklyPence[row.cycle * 2] as number) + days.slice(0, 7).reduce((a, b) => a + b, 0);
    weeklyPence[row.cycle * 2 + 1] = (weeklyPence[row.cycle * 2 + 1] as number) + days.slice(7).reduce((a, b) => a + b, 0);
    const impacts = row.posted * row.impactsPerSite * 2;
    weeklyUnits[row.cycle * 2] = (weeklyUnits[row.cycle * 2] as number) + impacts / 2;
    weeklyUnits[row.cycle * 2 + 1] = (weeklyUnits[row.cycle * 2 + 1] as number) + impacts / 2;
    const ids = creativeIdsFor(row.campaign);
    const creative = ids[Math.min(ids.length - 1, OOH_CREATIVE_BY_FORMAT[row.format] ?? 0)] as string;
    table.rows.push([start, addDays(start, 13), row.supplier.counterparty, row.supplier.id, row.format, row.campaign.id, creative, row.campaign.model, row.sites, row.posted, impacts, String(row.rate), penceToGbp(spend), invoiceId(row, cal), penceToGbp(row.invoicedPence)]);
  }
  return { table, weeklyPence, weeklyUnits, issues };
}

const money = (gbp: number) => `£${gbp.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

function invoiceId(row: OohRow, cal: StudyCalendar): string {
  const start = cal.weeks[row.cycle * 2] as string;
  const prefix = row.supplier === OOH_METRO ? 'MO' : 'TA';
  return `INV-${prefix}-${start.slice(0, 4)}-${String(row.cycle + 1).padStart(3, '0')}`;
}

function issue(id: string, type: KnownIssue['type'], row: number, locator: string, contractId: string, file: string, clause: string, expected: string, actual: string, description: string): KnownIssue {
  const csv = type === 'discount_not_applied' ? 'raw/print_insertions.csv' : 'raw/ooh_sites.csv';
  return { id, type, file: csv, rows: [row], locator, contract_id: contractId, contract_file: `raw/contracts/${file}`, clause, expected, actual, description };
}

export const PRINT_COLUMNS = [
  'insertion_date', 'week_start', 'publication', 'publisher', 'contract_id', 'format', 'campaign_id', 'creative_id',
  'vehicle_model', 'circulation', 'readership', 'rate_card_gbp', 'discount_pct', 'spend_gbp', 'invoiced_gbp',
];

/**
 * The artwork a booked format runs: creative numbers follow the creative plan (src/data/assets/formats):
 * OOH C1 48-sheet (also adapted for bus T-sides), C2 6-sheet portrait, C3 digital 6-sheet;
 * print C1 full page, C2 double-page spread, C3 half page.
 */
const OOH_CREATIVE_BY_FORMAT: Record<string, number> = {
  roadside_48_sheet: 0,
  bus_t_side: 0,
  rail_6_sheet: 1,
  digital_6_sheet: 2,
};

export const PRINT_FORMATS = [
  { id: 'full_page', key: 'fullPage' },
  { id: 'double_page_spread', key: 'dps' },
  { id: 'half_page', key: 'halfPage' },
] as const;

export function buildPrint(rng: Rng, plan: readonly number[], campaigns: readonly Campaign[], cal: StudyCalendar): SpendRowsResult {
  const r = rng.fork('print-rows');
  const byDay = activeByDay(campaigns, 'print', cal);
  const n = cal.weeks.length;
  const weeklyPence = new Array<number>(n).fill(0);
  const weeklyUnits = new Array<number>(n).fill(0);
  const rows: Cell[][] = [];
  const disc = 1 - PRINT_CRESTLINE.discountPct / 100;
  let discountIssue: KnownIssue | undefined;
  for (let w = 0; w < n; w++) {
    let remaining = Math.round((plan[w] as number) * 100);
    const inserts: Cell[][] = [];
    // Each title carries at most one Halden insertion per issue (week).
    const titles = r.shuffle(PRINT_CRESTLINE.publications);
    for (const pub of titles) {
      if (remaining <= 2_000 * 100) break;
      // The biggest format the week's remaining budget affords (spreads when the burst is heavy).
      const slots = titles.length - titles.indexOf(pub);
      const share = remaining / slots / disc / 100;
      const fmt = share >= pub.dps * 0.85 ? PRINT_FORMATS[1] : share >= pub.fullPage * 0.6 || r.bool(0.5) ? PRINT_FORMATS[0] : PRINT_FORMATS[2];
      const rateCard = pub[fmt.key];
      const net = Math.round(rateCard * disc * 100);
      if (net > remaining * 1.4) continue;
      const date = addDays(cal.weeks[w] as string, pub.weekday);
      const active = byDay[w * 7 + pub.weekday] as Campaign[];
      const c = active[Math.min(active.length - 1, Math.floor(r.next() * active.length))] as Campaign;
      if (!c || campaignWeight(c) <= 0) continue;
      const ids = creativeIdsFor(c);
      const creative = ids[Math.min(ids.length - 1, PRINT_FORMATS.indexOf(fmt))] as string;
      inserts.push([date, cal.weeks[w] as string, pub.name, PRINT_CRESTLINE.counterparty, PRINT_CRESTLINE.id, fmt.id, c.id, creative, c.model, pub.circulation, pub.readership, String(rateCard), String(PRINT_CRESTLINE.discountPct), penceToGbp(net), penceToGbp(net)]);
      remaining -= net;
      weeklyPence[w] = (weeklyPence[w] as number) + net;
      weeklyUnits[w] = (weeklyUnits[w] as number) + 1;
    }
    inserts.sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[2]).localeCompare(String(b[2])));
    for (const row of inserts) {
      rows.push(row);
      if (!discountIssue && String(row[0]) >= '2025-09-01' && row[5] === 'full_page') {
        const rateCard = Number(row[11]);
        row[14] = penceToGbp(rateCard * 100);
        discountIssue = issue('KI-PRT-CRE-DISCOUNT', 'discount_not_applied', rows.length, `${row[2]} ${row[0]} full page`, PRINT_CRESTLINE.id, PRINT_CRESTLINE.file, '3.2',
          `${money(Number(row[13]))} (rate card £${rateCard.toLocaleString('en-GB')} less ${PRINT_CRESTLINE.discountPct}% partnership discount)`, `${money(rateCard)} invoiced`,
          'Crestline invoiced a full page at rate card without the partnership discount.');
      }
    }
  }
  return { table: { columns: PRINT_COLUMNS, rows }, weeklyPence, weeklyUnits, issues: discountIssue ? [discountIssue] : [] };
}
