/**
 * Money checks: raw media rows reconcile to the MMM weekly spend to the penny (flights and events spread
 * inclusively over their days), contracts match the booked rows and rates, and the weeklies match the
 * raw sales, competitor and economic files.
 */
import { parse as parseYaml } from 'yaml';
import { DIGITAL_CHANNELS, MMM_CHANNELS, VEHICLE_MODELS, type MmmChannel } from '../brand/catalog.js';
import { addDays, dayNumber, studyCalendar, type StudyCalendar } from '../brand/dates.js';
import { CHANNEL_SPEND_FILE, CONTRACT_FILES, MMM_FILES, RAW_CSV } from '../brand/files.js';
import { spreadEvenly } from '../brand/money.js';
import { CheckFailure, colOf, gbpText, guard, need, pence, type NamedBrandCheck } from './check-util.js';
import type { CsvData, DatasetReader } from './reader.js';

/** Weekly pence of a raw file's spend_gbp, with multi-day rows spread evenly over their days. */
function weeklyFromRaw(ch: MmmChannel, csv: CsvData, cal: StudyCalendar): number[] {
  const f = CHANNEL_SPEND_FILE[ch];
  const out = new Array<number>(cal.weeks.length).fill(0);
  const s = colOf(csv, f, 'spend_gbp');
  const add = (row: string[], i: number, day: string, p: number) => {
    const w = cal.weekIndexOf(day);
    if (w < 0) throw new CheckFailure(`spend dated ${day} falls outside the study weeks`, f, i + 1);
    out[w] = (out[w] as number) + p;
  };
  const spread = (startCol: string, endCol: string) => {
    const a = colOf(csv, f, startCol);
    const b = colOf(csv, f, endCol);
    csv.rows.forEach((row, i) => {
      const days = dayNumber(row[b] as string) - dayNumber(row[a] as string) + 1;
      if (!(days >= 1)) throw new CheckFailure(`${endCol} is before ${startCol}`, f, i + 1);
      spreadEvenly(pence(row[s]), days).forEach((p, k) => add(row, i, addDays(row[a] as string, k), p));
    });
  };
  if (ch === 'ooh') spread('cycle_start', 'cycle_end');
  else if (ch === 'events') spread('start_date', 'end_date');
  else {
    const d = csv.col('week_start') >= 0 ? csv.col('week_start') : colOf(csv, f, 'insertion_date');
    csv.rows.forEach((row, i) => add(row, i, row[d] as string, pence(row[s])));
  }
  return out;
}

const spendReconciles = guard('spend_reconciles', async (r) => {
  const cal = studyCalendar();
  const mr = await need(r, MMM_FILES.modelReady);
  const ca = await need(r, MMM_FILES.channelActivity);
  let total = 0;
  for (const ch of MMM_CHANNELS) {
    const raw = weeklyFromRaw(ch, await need(r, CHANNEL_SPEND_FILE[ch]), cal);
    const c = colOf(mr, MMM_FILES.modelReady, `${ch}_spend`);
    for (let w = 0; w < cal.weeks.length; w++) {
      const got = pence(mr.rows[w]?.[c]);
      if (got !== raw[w]) {
        throw new CheckFailure(`${ch}_spend for ${cal.weeks[w]} is £${gbpText(got)} but ${CHANNEL_SPEND_FILE[ch]} sums to £${gbpText(raw[w] as number)}`, MMM_FILES.modelReady, w + 1);
      }
      total += got;
    }
  }
  const ch = colOf(ca, MMM_FILES.channelActivity, 'channel');
  const sp = colOf(ca, MMM_FILES.channelActivity, 'spend_gbp');
  for (const [i, row] of ca.rows.entries()) {
    const w = cal.weekIndexOf(row[0] as string);
    const c = mr.col(`${row[ch]}_spend`);
    if (w < 0 || c < 0 || pence(row[sp]) !== pence(mr.rows[w]?.[c])) throw new CheckFailure(`spend_gbp for ${row[ch]} in ${row[0]} differs from model_ready.csv`, MMM_FILES.channelActivity, i + 1);
  }
  return `11 channels × ${cal.weeks.length} weeks reconcile to the penny (total £${gbpText(total)})`;
});

interface ContractMeta {
  contract_id: string;
  channel: string;
  buy_type?: string;
  start_date: string;
  end_date: string;
  committed_spend_gbp?: number;
  rate_gbp?: number;
  rates_gbp?: Record<string, number>;
  discount_pct?: number;
}

export async function readContracts(r: DatasetReader): Promise<Map<string, ContractMeta & { file: string }>> {
  const out = new Map<string, ContractMeta & { file: string }>();
  for (const f of CONTRACT_FILES) {
    const text = await r.text(f);
    if (text === undefined) throw new CheckFailure('missing or unreadable', f);
    const m = text.match(/^---\n([\s\S]*?)\n---\n/);
    if (!m) throw new CheckFailure('has no YAML front matter', f);
    const meta = parseYaml(m[1] as string) as ContractMeta;
    if (!meta?.contract_id) throw new CheckFailure('front matter has no contract_id', f);
    out.set(meta.contract_id, { ...meta, file: f });
  }
  return out;
}

const contractCommitments = guard('contract_commitments', async (r) => {
  const contracts = await readContracts(r);
  const booked = new Map<string, number>();
  const files: [string, string][] = [[RAW_CSV.tv, 'week_start'], [RAW_CSV.ooh, 'cycle_start'], [RAW_CSV.print, 'insertion_date']];
  for (const [f, dateCol] of files) {
    const csv = await need(r, f);
    const [ci, di, si] = [colOf(csv, f, 'contract_id'), colOf(csv, f, dateCol), colOf(csv, f, 'spend_gbp')];
    for (const [i, row] of csv.rows.entries()) {
      const c = contracts.get(row[ci] as string);
      if (!c) throw new CheckFailure(`contract_id ${row[ci]} matches no contract in raw/contracts`, f, i + 1);
      const date = row[di] as string;
      if (date < c.start_date || date > c.end_date) throw new CheckFailure(`booked ${date}, outside contract ${c.contract_id} (${c.start_date} … ${c.end_date})`, f, i + 1);
      const spend = pence(row[si]);
      let expected: number;
      if (f === RAW_CSV.tv) {
        const vod = row[csv.col('buy_type')] === 'vod';
        const qty = vod ? Number(row[csv.col('vod_impressions')]) / 1000 : Number(row[csv.col('contracted_grps')]);
        if (Number(row[csv.col('rate_gbp')]) !== c.rate_gbp) throw new CheckFailure(`rate £${row[csv.col('rate_gbp')]} differs from ${c.contract_id} rate £${c.rate_gbp} (${c.file})`, f, i + 1);
        expected = Math.round(qty * (c.rate_gbp ?? NaN) * 100);
      } else if (f === RAW_CSV.ooh) {
        const rate = c.rates_gbp?.[row[csv.col('format')] as string];
        if (rate === undefined || Number(row[csv.col('rate_per_site_gbp')]) !== rate) throw new CheckFailure(`rate per site £${row[csv.col('rate_per_site_gbp')]} for ${row[csv.col('format')]} differs from ${c.contract_id} (${c.file})`, f, i + 1);
        expected = Number(row[csv.col('sites_booked')]) * rate * 100;
      } else {
        if (Number(row[csv.col('discount_pct')]) !== c.discount_pct) throw new CheckFailure(`discount ${row[csv.col('discount_pct')]}% differs from the partnership's ${c.discount_pct}% (${c.file})`, f, i + 1);
        expected = Math.round(Number(row[csv.col('rate_card_gbp')]) * (1 - (c.discount_pct ?? 0) / 100) * 100);
      }
      if (spend !== expected) throw new CheckFailure(`spend £${gbpText(spend)} is not quantity × contracted rate (£${gbpText(expected)})`, f, i + 1);
      booked.set(c.contract_id, (booked.get(c.contract_id) ?? 0) + spend);
    }
  }
  const lines: string[] = [];
  for (const c of contracts.values()) {
    if (c.committed_spend_gbp === undefined || c.channel === 'agency') continue;
    const got = (booked.get(c.contract_id) ?? 0) / 100;
    if (got < c.committed_spend_gbp) throw new CheckFailure(`booked £${got.toFixed(2)} is below the committed £${c.committed_spend_gbp} of ${c.contract_id}`, c.file);
    if (got > c.committed_spend_gbp / 0.9) throw new CheckFailure(`booked £${got.toFixed(2)} exceeds the commitment £${c.committed_spend_gbp} of ${c.contract_id} by more than 11%`, c.file);
    lines.push(c.contract_id);
  }
  return `${lines.length} media contracts: booked spend meets the commitment and every row is priced at the contracted rate`;
});

const weekliesMatchRaw = guard('weeklies_match_raw', async (r) => {
  const cal = studyCalendar();
  const n = cal.weeks.length;
  const mr = await need(r, MMM_FILES.modelReady);
  const vs = await need(r, RAW_CSV.vehicleSales);
  const units = new Array<number>(n).fill(0);
  const rev = new Array<number>(n).fill(0);
  const [vw, vu, vr] = [colOf(vs, RAW_CSV.vehicleSales, 'week_start'), colOf(vs, RAW_CSV.vehicleSales, 'units_sold'), colOf(vs, RAW_CSV.vehicleSales, 'revenue_gbp')];
  for (const row of vs.rows) {
    const w = cal.weekIndexOf(row[vw] as string);
    units[w] = (units[w] as number) + Number(row[vu]);
    rev[w] = (rev[w] as number) + pence(row[vr]);
  }
  const comp = await need(r, RAW_CSV.competitors);
  const compW = new Array<number>(n).fill(0);
  const ct = colOf(comp, RAW_CSV.competitors, 'total_spend_gbp');
  for (const row of comp.rows) compW[cal.weekIndexOf(row[0] as string)]! += pence(row[ct]);
  const eco = await need(r, RAW_CSV.economic);
  const col = (name: string) => colOf(mr, MMM_FILES.modelReady, name);
  for (let w = 0; w < n; w++) {
    const row = mr.rows[w] as string[];
    const u = Number(row[col('units_sold')]);
    if (u !== units[w]) throw new CheckFailure(`units_sold ${u} but raw/vehicle_sales.csv sums to ${units[w]} for ${cal.weeks[w]}`, MMM_FILES.modelReady, w + 1);
    if (pence(row[col('revenue')]) !== rev[w]) throw new CheckFailure(`revenue £${row[col('revenue')]} but raw/vehicle_sales.csv sums to £${gbpText(rev[w] as number)}`, MMM_FILES.modelReady, w + 1);
    if (u > 0 && Math.abs(Number(row[col('avg_price')]) * u - (rev[w] as number) / 100) > u * 0.01) throw new CheckFailure('avg_price is not revenue / units_sold', MMM_FILES.modelReady, w + 1);
    if (pence(row[col('competitor_spend')]) !== compW[w]) throw new CheckFailure(`competitor_spend differs from the sum of raw/competitor_spend.csv (£${gbpText(compW[w] as number)})`, MMM_FILES.modelReady, w + 1);
    for (const name of ['consumer_confidence', 'market_index']) {
      if (Number(row[col(name)]) !== Number(eco.rows[w]?.[colOf(eco, RAW_CSV.economic, name)])) throw new CheckFailure(`${name} differs from raw/economic_indicators.csv`, MMM_FILES.modelReady, w + 1);
    }
    const onSale = VEHICLE_MODELS.filter((m) => m.launchDate <= addDays(cal.weeks[w] as string, 6)).length;
    if (Number(row[col('models_on_sale')]) !== onSale) throw new CheckFailure(`models_on_sale should be ${onSale}`, MMM_FILES.modelReady, w + 1);
  }
  // model_sales.csv against the raw pipeline files.
  const ms = await need(r, MMM_FILES.modelSales);
  const key = (w: string, m: string) => `${w}|${m}`;
  const agg = new Map<string, Record<string, number>>();
  const bump = (w: string, m: string, field: string, v: number) => {
    const a = agg.get(key(w, m)) ?? {};
    a[field] = (a[field] ?? 0) + v;
    agg.set(key(w, m), a);
  };
  for (const row of vs.rows) bump(row[vw] as string, row[vs.col('vehicle_model')] as string, 'units_sold', Number(row[vu]));
  const count = async (f: string, dateCol: string, field: string, valueCol?: string) => {
    const csv = await need(r, f);
    const [d, m, v] = [colOf(csv, f, dateCol), colOf(csv, f, 'vehicle_model'), valueCol ? colOf(csv, f, valueCol) : -1];
    for (const row of csv.rows) bump(cal.weeks[cal.weekIndexOf(row[d] as string)] as string, row[m] as string, field, v >= 0 ? Number(row[v]) : 1);
  };
  await count(RAW_CSV.leads, 'created_date', 'leads');
  await count(RAW_CSV.testDrives, 'date', 'test_drives');
  await count(RAW_CSV.website, 'date', 'website_sessions', 'sessions');
  await count(RAW_CSV.configurator, 'date', 'configurator_sessions', 'configurator_sessions');
  for (const [i, row] of ms.rows.entries()) {
    const a = agg.get(key(row[0] as string, row[1] as string)) ?? {};
    for (const field of ['units_sold', 'leads', 'test_drives', 'website_sessions', 'configurator_sessions']) {
      const got = Number(row[colOf(ms, MMM_FILES.modelSales, field)]);
      if (got !== (a[field] ?? 0)) throw new CheckFailure(`${field} ${got} for ${row[1]} but the raw files give ${a[field] ?? 0}`, MMM_FILES.modelSales, i + 1);
    }
  }
  return `model_ready and model_sales agree with vehicle sales, leads, test drives, web, competitor and economic files (${DIGITAL_CHANNELS.length} digital channels included in spend)`;
});

export const SPEND_CHECKS: NamedBrandCheck[] = [
  { name: 'spend_reconciles', description: 'weekly spend per channel in model_ready.csv equals the raw rows to the penny', run: spendReconciles },
  { name: 'contract_commitments', description: 'TV/OOH/print rows priced at contracted rates, inside contract terms, meeting the committed spend', run: contractCommitments },
  { name: 'weeklies_match_raw', description: 'units, revenue, controls and per-model weeklies equal their raw sources', run: weekliesMatchRaw },
];
