/**
 * Pipeline checks: the funnel narrows every week for every model, every lead-attributed sale traces to a
 * won lead with a test drive, and nothing happens before a model's launch or at a dealer before it opened.
 */
import { REGIONS, VEHICLE_MODELS } from '../brand/catalog.js';
import { addDays, studyCalendar } from '../brand/dates.js';
import { CHANNEL_SPEND_FILE, RAW_CSV } from '../brand/files.js';
import { CheckFailure, colOf, guard, need, type NamedBrandCheck } from './check-util.js';

const STAGES: { file: string; dateCol: string; valueCol?: string; label: string }[] = [
  { file: RAW_CSV.website, dateCol: 'date', valueCol: 'sessions', label: 'website sessions' },
  { file: RAW_CSV.configurator, dateCol: 'date', valueCol: 'configurator_sessions', label: 'configurator sessions' },
  { file: RAW_CSV.leads, dateCol: 'created_date', label: 'leads' },
  { file: RAW_CSV.testDrives, dateCol: 'date', label: 'test drives' },
  { file: RAW_CSV.vehicleSales, dateCol: 'date', valueCol: 'units_sold', label: 'sales' },
];

const funnelMonotone = guard('funnel_monotone', async (r) => {
  const cal = studyCalendar();
  const totals = STAGES.map(() => new Map<string, number>());
  const firstRow = STAGES.map(() => new Map<string, number>());
  for (const [s, st] of STAGES.entries()) {
    const csv = await need(r, st.file);
    const [d, m, v] = [colOf(csv, st.file, st.dateCol), colOf(csv, st.file, 'vehicle_model'), st.valueCol ? colOf(csv, st.file, st.valueCol) : -1];
    csv.rows.forEach((row, i) => {
      const k = `${cal.weeks[cal.weekIndexOf(row[d] as string)]}|${row[m]}`;
      totals[s]!.set(k, (totals[s]!.get(k) ?? 0) + (v >= 0 ? Number(row[v]) : 1));
      if (!firstRow[s]!.has(k)) firstRow[s]!.set(k, i + 1);
    });
  }
  let groups = 0;
  for (const w of cal.weeks) {
    for (const m of VEHICLE_MODELS) {
      const k = `${w}|${m.id}`;
      groups++;
      for (let s = 1; s < STAGES.length; s++) {
        const upper = totals[s - 1]!.get(k) ?? 0;
        const lower = totals[s]!.get(k) ?? 0;
        if (lower > upper) {
          throw new CheckFailure(`${m.id} week ${w}: ${STAGES[s]!.label} (${lower}) exceed ${STAGES[s - 1]!.label} (${upper})`, STAGES[s]!.file, firstRow[s]!.get(k));
        }
      }
    }
  }
  return `website ≥ configurator ≥ leads ≥ test drives ≥ sales in all ${groups} model-weeks`;
});

const leadsTraceSales = guard('leads_trace_sales', async (r) => {
  const leads = await need(r, RAW_CSV.leads);
  const tds = await need(r, RAW_CSV.testDrives);
  const vs = await need(r, RAW_CSV.vehicleSales);
  const L = (c: string) => colOf(leads, RAW_CSV.leads, c);
  const T = (c: string) => colOf(tds, RAW_CSV.testDrives, c);
  const tdById = new Map(tds.rows.map((row, i) => [row[T('test_drive_id')] as string, { row, i }]));
  const leadIds = new Set<string>();
  const won = new Map<string, number>();
  for (const [i, row] of leads.rows.entries()) {
    const id = row[L('lead_id')] as string;
    if (leadIds.has(id)) throw new CheckFailure(`lead_id ${id} is duplicated`, RAW_CSV.leads, i + 1);
    leadIds.add(id);
    const status = row[L('status')];
    const sale = row[L('sale_date')] as string;
    const tdId = row[L('test_drive_id')] as string;
    const created = row[L('created_date')] as string;
    if ((status === 'won') !== (sale !== '')) throw new CheckFailure(`status ${status} with sale_date "${sale}"`, RAW_CSV.leads, i + 1);
    if (tdId !== '') {
      const td = tdById.get(tdId);
      if (!td || td.row[T('lead_id')] !== id) throw new CheckFailure(`test_drive_id ${tdId} does not point back to lead ${id}`, RAW_CSV.leads, i + 1);
      const tdDate = td.row[T('date')] as string;
      if (tdDate < created || (sale !== '' && tdDate > sale)) throw new CheckFailure(`test drive ${tdDate} is not between lead ${created} and sale ${sale || '—'}`, RAW_CSV.leads, i + 1);
    } else if (status === 'won') throw new CheckFailure('won lead has no test drive', RAW_CSV.leads, i + 1);
    if (status === 'won') {
      const k = `${sale}|${row[L('dealer_id')]}|${row[L('vehicle_model')]}`;
      won.set(k, (won.get(k) ?? 0) + 1);
    }
  }
  for (const [i, row] of tds.rows.entries()) {
    if (!leadIds.has(row[T('lead_id')] as string)) throw new CheckFailure(`lead_id ${row[T('lead_id')]} is not in raw/leads.csv`, RAW_CSV.testDrives, i + 1);
  }
  const V = (c: string) => colOf(vs, RAW_CSV.vehicleSales, c);
  let attributed = 0;
  for (const [i, row] of vs.rows.entries()) {
    const k = `${row[V('date')]}|${row[V('dealer_id')]}|${row[V('vehicle_model')]}`;
    const la = Number(row[V('lead_attributed_units')]);
    if (la + Number(row[V('walk_in_units')]) !== Number(row[V('units_sold')])) throw new CheckFailure('units_sold ≠ lead_attributed_units + walk_in_units', RAW_CSV.vehicleSales, i + 1);
    if ((won.get(k) ?? 0) !== la) throw new CheckFailure(`${la} lead-attributed units but ${won.get(k) ?? 0} won leads for ${k.replace(/\|/g, ' / ')}`, RAW_CSV.vehicleSales, i + 1);
    won.delete(k);
    attributed += la;
  }
  const orphan = [...won.keys()][0];
  if (orphan) throw new CheckFailure(`won leads for ${orphan.replace(/\|/g, ' / ')} have no sale in raw/vehicle_sales.csv`, RAW_CSV.leads);
  return `${attributed.toLocaleString('en-GB')} lead-attributed sales each trace to a won lead with a test drive`;
});

const launchAndDealerDates = guard('launch_and_dealer_dates', async (r) => {
  const launch = new Map(VEHICLE_MODELS.map((m) => [m.id as string, m.launchDate]));
  const opened = new Map(REGIONS.flatMap((g) => g.dealers.map((d) => [d.id, { opened: d.opened, region: g.id }] as const)));
  const onSale: [string, string, number][] = [
    [RAW_CSV.vehicleSales, 'date', 0], [RAW_CSV.testDrives, 'date', 0], [RAW_CSV.leads, 'created_date', 0], [RAW_CSV.configurator, 'date', 0],
    [RAW_CSV.website, 'date', -14], [RAW_CSV.events, 'start_date', 0],
    ...Object.values(CHANNEL_SPEND_FILE).filter((f) => f !== RAW_CSV.events).map((f): [string, string, number] => [f, f === RAW_CSV.ooh ? 'cycle_end' : f === RAW_CSV.print ? 'insertion_date' : f.includes('airtime') ? 'week_end' : 'date', -14]),
  ];
  for (const [f, dateCol, offset] of onSale) {
    const csv = await need(r, f);
    const [d, m] = [colOf(csv, f, dateCol), colOf(csv, f, 'vehicle_model')];
    const dealer = csv.col('dealer_id');
    const region = csv.col('region');
    for (const [i, row] of csv.rows.entries()) {
      const model = row[m] as string;
      const date = row[d] as string;
      if (model !== 'all') {
        const l = launch.get(model);
        if (!l) throw new CheckFailure(`unknown vehicle_model ${model}`, f, i + 1);
        if (date < addDays(l, offset)) throw new CheckFailure(`${model} activity on ${date}, before its launch ${l}${offset ? ` (teasers from ${addDays(l, offset)})` : ''}`, f, i + 1);
      }
      if (dealer >= 0) {
        const o = opened.get(row[dealer] as string);
        if (!o) throw new CheckFailure(`unknown dealer_id ${row[dealer]}`, f, i + 1);
        if (date < o.opened) throw new CheckFailure(`dealer ${row[dealer]} active on ${date}, before it opened on ${o.opened}`, f, i + 1);
        if (region >= 0 && row[region] !== o.region) throw new CheckFailure(`dealer ${row[dealer]} is in ${o.region}, not ${row[region]}`, f, i + 1);
      }
    }
  }
  return 'no sales, leads, test drives or configurator sessions before launch, no media before the teaser window, no dealer activity before opening';
});

export const FUNNEL_CHECKS: NamedBrandCheck[] = [
  { name: 'funnel_monotone', description: 'website sessions ≥ configurator ≥ leads ≥ test drives ≥ sales per model and week', run: funnelMonotone },
  { name: 'leads_trace_sales', description: 'every lead-attributed sale traces to a won lead with a test drive between lead and sale', run: leadsTraceSales },
  { name: 'launch_and_dealer_dates', description: 'nothing before a model launch (teasers ≤ 14 days) or a dealer opening', run: launchAndDealerDates },
];
