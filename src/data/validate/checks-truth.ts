/**
 * Referential and truth checks: campaign and creative ids join to the catalogue, ground_truth.json
 * reproduces model_ready.csv through the shared transforms, planted issues are where known_issues.json
 * says (and nowhere else), and delivery metrics sit in industry ranges.
 */
import { buildCampaigns, creativeIdsFor, DIGITAL_CHANNELS, MMM_CHANNELS, type Campaign } from '../brand/catalog.js';
import { CHANNEL_SPEND_FILE, KNOWN_ISSUES_FILE, MMM_FILES, RAW_CSV } from '../brand/files.js';
import type { KnownIssue } from '../brand/known-issues.js';
import { geometricAdstock, hillSaturation } from '../../mmm/transforms.js';
import { CheckFailure, colOf, guard, need, pence, type NamedBrandCheck } from './check-util.js';

const MEDIA_FILES: [string, string, string, string][] = [
  ...DIGITAL_CHANNELS.map((c): [string, string, string, string] => [CHANNEL_SPEND_FILE[c], c, 'date', 'date']),
  [RAW_CSV.tv, 'tv', 'week_start', 'week_end'],
  [RAW_CSV.radio, 'radio', 'week_start', 'week_end'],
  [RAW_CSV.ooh, 'ooh', 'cycle_start', 'cycle_end'],
  [RAW_CSV.print, 'print', 'insertion_date', 'insertion_date'],
];

const campaignIds = guard('campaign_ids_intact', async (r) => {
  const catalog = new Map<string, Campaign>(buildCampaigns().map((c) => [c.id, c]));
  let rows = 0;
  for (const [f, channel, fromCol, toCol] of MEDIA_FILES) {
    const csv = await need(r, f);
    const [ci, cr, m, a, b] = [colOf(csv, f, 'campaign_id'), colOf(csv, f, 'creative_id'), colOf(csv, f, 'vehicle_model'), colOf(csv, f, fromCol), colOf(csv, f, toCol)];
    for (const [i, row] of csv.rows.entries()) {
      const c = catalog.get(row[ci] as string);
      if (!c) throw new CheckFailure(`campaign_id ${row[ci]} is not in the campaign catalogue`, f, i + 1);
      if (c.channel !== channel) throw new CheckFailure(`campaign ${c.id} belongs to ${c.channel}, not ${channel}`, f, i + 1);
      if (c.model !== row[m]) throw new CheckFailure(`campaign ${c.id} is for ${c.model}, row says ${row[m]}`, f, i + 1);
      if ((row[b] as string) < c.start || (row[a] as string) > c.end) throw new CheckFailure(`${row[a]} … ${row[b]} is outside campaign ${c.id} (${c.start} … ${c.end})`, f, i + 1);
      if (!creativeIdsFor(c).includes(row[cr] as string)) throw new CheckFailure(`creative_id ${row[cr]} is not one of ${c.id}'s creatives`, f, i + 1);
      rows++;
    }
  }
  const leads = await need(r, RAW_CSV.leads);
  const [s, ci, m, d] = ['source', 'campaign_id', 'vehicle_model', 'created_date'].map((x) => colOf(leads, RAW_CSV.leads, x)) as [number, number, number, number];
  for (const [i, row] of leads.rows.entries()) {
    const source = row[s] as string;
    const id = row[ci] as string;
    if (!source.startsWith('paid_')) {
      if (id !== '') throw new CheckFailure(`unpaid source ${source} carries campaign ${id}`, RAW_CSV.leads, i + 1);
      continue;
    }
    const c = catalog.get(id);
    if (!c || `paid_${c.channel}` !== source || c.model !== row[m] || (row[d] as string) < c.start || (row[d] as string) > c.end) {
      throw new CheckFailure(`campaign_id "${id}" does not match source ${source}, model ${row[m]} and date ${row[d]}`, RAW_CSV.leads, i + 1);
    }
  }
  return `${rows.toLocaleString('en-GB')} media rows and all paid leads join to live campaigns and their creative ids`;
});

interface Truth {
  weeks: number;
  noise_sd_units: number;
  baseline: { intercept: number; trend_per_week: number };
  controls: Record<string, number>;
  channels: Record<string, { decay: number; half_saturation: number; slope: number; beta_units: number; total_spend: number; true_contribution_units: number; true_contribution_revenue: number; true_roi: number }>;
}

const groundTruthConsistent = guard('ground_truth_consistent', async (r) => {
  const truth = await r.json<Truth>(MMM_FILES.groundTruth);
  if (!truth?.channels) throw new CheckFailure('missing or not JSON with channels', MMM_FILES.groundTruth);
  const mr = await need(r, MMM_FILES.modelReady);
  const n = mr.rows.length;
  if (truth.weeks !== n) throw new CheckFailure(`weeks ${truth.weeks} but model_ready.csv has ${n} rows`, MMM_FILES.groundTruth);
  const col = (name: string) => mr.rows.map((row) => Number(row[colOf(mr, MMM_FILES.modelReady, name)]));
  const price = col('avg_price');
  const expected = new Float64Array(n);
  for (let t = 0; t < n; t++) expected[t] = truth.baseline.intercept + truth.baseline.trend_per_week * t;
  for (const [name, coef] of Object.entries(truth.controls)) {
    const x = col(name);
    for (let t = 0; t < n; t++) expected[t] = (expected[t] as number) + coef * (x[t] as number);
  }
  for (const ch of MMM_CHANNELS) {
    const p = truth.channels[ch];
    if (!p) throw new CheckFailure(`channel ${ch} is missing`, MMM_FILES.groundTruth);
    const spend = col(`${ch}_spend`);
    const total = spend.reduce((a, b) => a + b, 0);
    if (Math.abs(total - p.total_spend) > 0.01) throw new CheckFailure(`${ch}.total_spend ${p.total_spend} but model_ready.csv sums to ${total.toFixed(2)}`, MMM_FILES.groundTruth);
    const h = hillSaturation(geometricAdstock(spend, p.decay), p.half_saturation, p.slope);
    let units = 0;
    let revenue = 0;
    for (let t = 0; t < n; t++) {
      const u = p.beta_units * (h[t] as number);
      units += u;
      revenue += u * (price[t] as number);
      expected[t] = (expected[t] as number) + u;
    }
    if (Math.abs(units - p.true_contribution_units) > Math.max(0.5, 0.002 * units)) throw new CheckFailure(`${ch}.true_contribution_units ${p.true_contribution_units} but the curves give ${units.toFixed(2)}`, MMM_FILES.groundTruth);
    if (Math.abs(revenue - p.true_contribution_revenue) > Math.max(100, 0.002 * revenue)) throw new CheckFailure(`${ch}.true_contribution_revenue ${p.true_contribution_revenue} but the curves give ${revenue.toFixed(0)}`, MMM_FILES.groundTruth);
    if (Math.abs(p.true_roi - revenue / total) > 0.001) throw new CheckFailure(`${ch}.true_roi ${p.true_roi} ≠ contribution revenue / spend`, MMM_FILES.groundTruth);
  }
  const units = col('units_sold');
  let worst = 0;
  let worstT = 0;
  let ss = 0;
  for (let t = 0; t < n; t++) {
    const e = (units[t] as number) - (expected[t] as number);
    ss += e * e;
    if (Math.abs(e) > Math.abs(worst)) [worst, worstT] = [e, t];
  }
  const sd = Math.sqrt(ss / n);
  if (Math.abs(worst) > 5 * truth.noise_sd_units + 1) throw new CheckFailure(`units_sold is ${worst.toFixed(1)} units away from the ground-truth formula (noise sd ${truth.noise_sd_units})`, MMM_FILES.modelReady, worstT + 1);
  if (sd > 1.5 * truth.noise_sd_units + 0.5) throw new CheckFailure(`residual sd ${sd.toFixed(2)} is far above noise_sd_units ${truth.noise_sd_units}`, MMM_FILES.groundTruth);
  return `the formula reproduces units_sold within noise (residual sd ${sd.toFixed(2)} vs ${truth.noise_sd_units}); contributions and ROIs recompute`;
});

const knownIssuesLocated = guard('known_issues_located', async (r) => {
  const ki = await r.json<{ issues: KnownIssue[] }>(KNOWN_ISSUES_FILE);
  if (!ki?.issues?.length) throw new CheckFailure('missing, not JSON or empty', KNOWN_ISSUES_FILE);
  const listed = new Set<string>();
  for (const issue of ki.issues) {
    const csv = await need(r, issue.file);
    for (const row of issue.rows) {
      const cells = csv.rows[row - 1];
      if (!cells) throw new CheckFailure(`${issue.id} points at row ${row}, which does not exist`, issue.file, row);
      listed.add(`${issue.file}|${row}`);
      const v = (c: string) => cells[colOf(csv, issue.file, c)] as string;
      const shows =
        issue.type === 'invoice_above_contract_rate' ? pence(v('invoiced_gbp')) > pence(v('spend_gbp'))
        : issue.type === 'discount_not_applied' ? pence(v('invoiced_gbp')) === pence(v('rate_card_gbp'))
        : issue.type === 'sites_not_posted' ? Number(v('sites_posted')) < Number(v('sites_booked'))
        : issue.type === 'late_sla' ? v('status') === 'missed'
        : Number(v('delivered_grps')) < 0.95 * Number(v('contracted_grps'));
      if (!shows) throw new CheckFailure(`${issue.id} (${issue.type}) is listed here but the row shows no discrepancy`, issue.file, row);
    }
  }
  // Nothing unlisted: every invoice/posting/SLA/delivery discrepancy in the CSVs is in the list.
  const scan: [string, (v: (c: string) => string) => boolean][] = [
    [RAW_CSV.ooh, (v) => v('invoiced_gbp') !== v('spend_gbp') || v('sites_posted') !== v('sites_booked')],
    [RAW_CSV.print, (v) => v('invoiced_gbp') !== v('spend_gbp')],
    [RAW_CSV.agencySla, (v) => v('status') !== 'met'],
    [RAW_CSV.tv, (v) => v('buy_type') === 'linear' && Number(v('delivered_grps')) < 0.95 * Number(v('contracted_grps'))],
  ];
  for (const [f, odd] of scan) {
    const csv = await need(r, f);
    for (const [i, cells] of csv.rows.entries()) {
      if (odd((c) => cells[colOf(csv, f, c)] as string) && !listed.has(`${f}|${i + 1}`)) throw new CheckFailure(`row has a discrepancy that ${KNOWN_ISSUES_FILE} does not list`, f, i + 1);
    }
  }
  return `${ki.issues.length} planted discrepancies found where listed, none unlisted`;
});

const RANGES: Record<string, { ctr: [number, number]; cpm: [number, number] }> = {
  meta: { ctr: [0.005, 0.02], cpm: [3, 15] },
  google: { ctr: [0.02, 0.12], cpm: [20, 200] },
  dv360: { ctr: [0.0004, 0.004], cpm: [1.5, 8] },
  tiktok: { ctr: [0.003, 0.02], cpm: [2, 12] },
  youtube: { ctr: [0.001, 0.01], cpm: [5, 20] },
  linkedin: { ctr: [0.002, 0.012], cpm: [15, 60] },
};

const realisticRanges = guard('realistic_ranges', async (r) => {
  const notes: string[] = [];
  for (const ch of DIGITAL_CHANNELS) {
    const f = CHANNEL_SPEND_FILE[ch];
    const csv = await need(r, f);
    const [im, cl, cv, sp] = ['impressions', 'clicks', 'conversions', 'spend_gbp'].map((c) => colOf(csv, f, c)) as [number, number, number, number];
    let I = 0;
    let C = 0;
    let S = 0;
    for (const [i, row] of csv.rows.entries()) {
      const [a, b, c] = [Number(row[im]), Number(row[cl]), Number(row[cv])];
      if (b > a || c > b) throw new CheckFailure(`clicks ≤ impressions and conversions ≤ clicks violated (${a}/${b}/${c})`, f, i + 1);
      I += a;
      C += b;
      S += Number(row[sp]);
    }
    const ctr = C / I;
    const cpm = (S / I) * 1000;
    const rg = RANGES[ch]!;
    if (ctr < rg.ctr[0] || ctr > rg.ctr[1]) throw new CheckFailure(`CTR ${(ctr * 100).toFixed(2)}% outside the ${ch} range ${rg.ctr[0] * 100}–${rg.ctr[1] * 100}%`, f);
    if (cpm < rg.cpm[0] || cpm > rg.cpm[1]) throw new CheckFailure(`CPM £${cpm.toFixed(2)} outside the ${ch} range £${rg.cpm[0]}–£${rg.cpm[1]}`, f);
    notes.push(`${ch} CTR ${(ctr * 100).toFixed(2)}%`);
  }
  const mr = await need(r, MMM_FILES.modelReady);
  const c = (name: string) => colOf(mr, MMM_FILES.modelReady, name);
  for (const [i, row] of mr.rows.entries()) {
    const promo = Number(row[c('promo_depth')]);
    if (promo < 0 || promo > 0.15) throw new CheckFailure(`promo_depth ${promo} outside 0–0.15`, MMM_FILES.modelReady, i + 1);
    if (!['0', '1'].includes(row[c('event_flag')] as string)) throw new CheckFailure('event_flag must be 0 or 1', MMM_FILES.modelReady, i + 1);
    const m = Number(row[c('models_on_sale')]);
    if (m < 1 || m > 4) throw new CheckFailure('models_on_sale outside 1–4', MMM_FILES.modelReady, i + 1);
    const mi = Number(row[c('market_index')]);
    if (mi < 0.3 || mi > 2.5) throw new CheckFailure(`market_index ${mi} outside 0.3–2.5`, MMM_FILES.modelReady, i + 1);
  }
  const leads = await need(r, RAW_CSV.leads);
  const won = leads.rows.filter((row) => row[colOf(leads, RAW_CSV.leads, 'status')] === 'won').length;
  const rate = won / Math.max(1, leads.rows.length);
  if (rate < 0.05 || rate > 0.3) throw new CheckFailure(`lead-to-sale rate ${(rate * 100).toFixed(1)}% outside 5–30%`, RAW_CSV.leads);
  return `${notes.join(', ')}; lead-to-sale ${(rate * 100).toFixed(1)}%; controls in range`;
});

export const TRUTH_CHECKS: NamedBrandCheck[] = [
  { name: 'campaign_ids_intact', description: 'media rows and paid leads join to catalogue campaigns (channel, model, dates) and creative ids', run: campaignIds },
  { name: 'ground_truth_consistent', description: 'ground_truth.json reproduces model_ready.csv through the shared transforms', run: groundTruthConsistent },
  { name: 'known_issues_located', description: 'each planted discrepancy is where known_issues.json says, and none is unlisted', run: knownIssuesLocated },
  { name: 'realistic_ranges', description: 'CTR, CPM, conversions, lead-to-sale and control ranges are plausible', run: realisticRanges },
];
