/**
 * `tenantChecks()`: named checks over data/tenants/ for `npm run generate -- --validate-only` and
 * `validateTenants`. Each reads the files itself, parses them against their schemas, and on failure names
 * the file and row. Every check has a test that corrupts a file and sees it fail.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MixError } from '../../errors.js';
import type { Check, CheckResult } from '../validate/types.js';
import { readBrandDaily, readEmail } from './brand-data.js';
import { readCsv, readIndex, readJson, readTruth, tenantsDir } from './read-files.js';
import { SHARE_RANGE } from './marketing.js';
import { BRAND_FILES, eventsFileSchema, salesRowSchema, type TenantsIndex } from './schemas.js';
import { CHANNELS } from './types.js';

class CheckFailure extends Error {
  constructor(message: string, readonly file?: string, readonly row?: number) {
    super(message);
  }
}

function named(name: string, body: (dataDir: string) => string): Check {
  const check: Check = (dataDir): CheckResult => {
    try {
      return { name, ok: true, message: body(dataDir) };
    } catch (err) {
      const file = err instanceof CheckFailure ? err.file : MixError.is(err) ? (err.details?.file as string | undefined) : undefined;
      const row = err instanceof CheckFailure ? err.row : MixError.is(err) ? (err.details?.row as number | undefined) : undefined;
      const message = (err as Error).message;
      return { name, ok: false, message: file && !message.startsWith(file) ? `${file}${row !== undefined ? ` row ${row}` : ''}: ${message}` : message, ...(file ? { file: `tenants/${file}` } : {}), ...(row !== undefined ? { row } : {}) };
    }
  };
  Object.defineProperty(check, 'name', { value: name });
  return check;
}

const cents = (v: number): number => Math.round(v * 100);

function indexCheck(dataDir: string): string {
  const index = readIndex(dataDir);
  const tiers = { high: 0, medium: 0, low: 0 };
  for (const b of index.brands) tiers[b.tier]++;
  const shares = index.brands.map((b) => b.cities.reduce((a, c) => a + c.share, 0));
  const bad = shares.findIndex((s) => Math.abs(s - 1) > 1e-6);
  if (bad >= 0) throw new CheckFailure(`brand ${index.brands[bad]?.id}: city shares sum to ${shares[bad]}, not 1`, 'tenants.json');
  if (index.brands.length >= 10) {
    if (tiers.high < 4 || tiers.medium < 3 || tiers.low < 3) throw new CheckFailure(`tier mix ${JSON.stringify(tiers)} is short of 4 high / 3 medium / 3 low`, 'tenants.json');
    if (index.cities.length < 5) throw new CheckFailure(`only ${index.cities.length} cities; the full set needs 5`, 'tenants.json');
  }
  if (index.days < 730 && index.brands.length >= 10) throw new CheckFailure(`${index.days} days; the full set needs ≥ 730`, 'tenants.json');
  return `${index.brands.length} brands (${tiers.high} high, ${tiers.medium} medium, ${tiers.low} low/none), ${index.cities.length} cities, ${index.days} days`;
}

function forBrands(dataDir: string, fn: (index: TenantsIndex, brand: TenantsIndex['brands'][number]) => void): TenantsIndex {
  const index = readIndex(dataDir);
  for (const b of index.brands) fn(index, b);
  return index;
}

function filesCheck(dataDir: string): string {
  let rows = 0;
  const index = forBrands(dataDir, (idx, b) => {
    const d = readBrandDaily(dataDir, idx, b);
    rows += d.dates.length;
    readEmail(dataDir, b.id);
    readTruth(dataDir, b.id);
  });
  return `${index.brands.length} brands × 5 files parse against their schemas (${rows} brand-days)`;
}

function completenessCheck(dataDir: string): string {
  forBrands(dataDir, (idx, b) => {
    const rel = `${b.id}/${BRAND_FILES.sales}`;
    const sales = readCsv(dataDir, rel, salesRowSchema, ['date', 'city', 'category_id']);
    const want = idx.days * b.cities.length * b.categories.length;
    if (sales.length !== want) throw new CheckFailure(`${sales.length} rows, expected ${want} (days × cities × categories)`, rel);
    const seen = new Set<string>();
    const cats = new Set(b.categories.map((c) => c.id));
    const cities = new Set(b.cities.map((c) => c.city));
    sales.forEach((r, i) => {
      if (!cats.has(r.category_id)) throw new CheckFailure(`unknown category ${r.category_id}`, rel, i + 1);
      if (!cities.has(r.city)) throw new CheckFailure(`city ${r.city} is not one of the brand's cities`, rel, i + 1);
      const key = `${r.date}|${r.city}|${r.category_id}`;
      if (seen.has(key)) throw new CheckFailure(`duplicate ${key}`, rel, i + 1);
      seen.add(key);
    });
    const email = readEmail(dataDir, b.id);
    if (email.length !== idx.days) throw new CheckFailure(`${email.length} rows, expected ${idx.days}`, `${b.id}/${BRAND_FILES.email}`);
  });
  return 'every brand has one row per day × city × category, per day × channel and per day × city';
}

function revenueCheck(dataDir: string): string {
  let n = 0;
  forBrands(dataDir, (_idx, b) => {
    const rel = `${b.id}/${BRAND_FILES.sales}`;
    const price = new Map(b.categories.map((c) => [c.id, c.price]));
    readCsv(dataDir, rel, salesRowSchema, ['orders', 'revenue']).forEach((r, i) => {
      if (cents(r.revenue) !== cents(r.orders * (price.get(r.category_id) ?? NaN))) {
        throw new CheckFailure(`revenue ${r.revenue} ≠ ${r.orders} orders × ${price.get(r.category_id)}`, rel, i + 1);
      }
      n++;
    });
  });
  return `${n} sales rows: revenue = orders × category price to the cent`;
}

function spendCheck(dataDir: string): string {
  forBrands(dataDir, (idx, b) => {
    const d = readBrandDaily(dataDir, idx, b);
    const total = CHANNELS.reduce((a, c) => a + d.spend[c].reduce((x, v) => x + v, 0), 0);
    for (const c of CHANNELS) {
      const share = d.spend[c].reduce((x, v) => x + v, 0) / total;
      const [lo, hi] = SHARE_RANGE[c];
      if (share < lo - 1e-9 || share > hi + 1e-9) throw new CheckFailure(`${c} is ${(share * 100).toFixed(1)} % of spend, outside ${lo * 100}–${hi * 100} %`, `${b.id}/${BRAND_FILES.marketing}`);
    }
    const email = readEmail(dataDir, b.id);
    email.forEach((r, i) => {
      if (cents(r.spend) !== cents(d.spend.email[i] as number)) throw new CheckFailure(`email spend ${r.spend} ≠ marketing_daily email spend ${d.spend.email[i]}`, `${b.id}/${BRAND_FILES.email}`, i + 1);
    });
    const truth = readTruth(dataDir, b.id);
    for (const c of truth.channels) {
      const s = d.spend[c.channel].reduce((x, v) => x + v, 0);
      if (Math.abs(s - c.total_spend) > 0.05) throw new CheckFailure(`ground truth ${c.channel} spend ${c.total_spend} ≠ files ${s.toFixed(2)}`, `${b.id}/${BRAND_FILES.truth}`);
    }
  });
  return 'channel shares inside Meta 40–50 / Google 30–40 / Email 10–20 %; email files and truth agree with the spend';
}

function truthCheck(dataDir: string): string {
  forBrands(dataDir, (_idx, b) => {
    const t = readTruth(dataDir, b.id);
    const rel = `${b.id}/${BRAND_FILES.truth}`;
    if (t.brand_id !== b.id || t.sensitivity !== b.sensitivity) throw new CheckFailure(`brand ${t.brand_id}/${t.sensitivity} does not match tenants.json ${b.id}/${b.sensitivity}`, rel);
    const ids = t.categories.map((c) => c.id).join(',');
    if (ids !== b.categories.map((c) => c.id).join(',')) throw new CheckFailure(`categories ${ids} do not match tenants.json`, rel);
    if (b.sensitivity === 'none' && t.weather_variance_share > 0) throw new CheckFailure('a weather-neutral brand has a weather effect', rel);
    for (const c of t.categories) {
      const lw = c.weather?.lag_weights;
      if (lw && Math.abs(lw.reduce((a, v) => a + v, 0) - 1) > 1e-6) throw new CheckFailure(`${c.id} lag weights do not sum to 1`, rel);
    }
  });
  return 'ground truth matches tenants.json (brand, tier, categories); ROAS 1.5–4.0x; lag weights sum to 1';
}

function eventsCheck(dataDir: string): string {
  const index = readIndex(dataDir);
  const file = readJson(dataDir, index.events_file, eventsFileSchema);
  const ids = new Set(file.events.map((e) => e.id));
  for (const e of file.events) {
    const ok =
      (e.type === 'heatwave' && e.magnitude === 15 && e.days >= 5 && e.days <= 7) ||
      (e.type === 'cold_snap' && e.magnitude === -20 && e.days >= 3 && e.days <= 5) ||
      (e.type === 'heavy_rain' && e.magnitude >= 2 && e.magnitude <= 4) ||
      (e.type === 'snowstorm' && e.magnitude >= 6) ||
      (e.type === 'atmospheric_river' && e.days >= 3);
    if (!ok) throw new CheckFailure(`event ${e.id} is outside its definition (${e.description})`, index.events_file);
    if (e.start < index.start || e.end > index.end) throw new CheckFailure(`event ${e.id} lies outside the period`, index.events_file);
  }
  for (const b of index.brands) {
    const rel = `${b.id}/${BRAND_FILES.weather}`;
    const text = readFileSync(join(tenantsDir(dataDir), rel), 'utf8').trim().split('\n');
    for (let i = 1; i < text.length; i++) {
      const shock = (text[i] as string).slice((text[i] as string).lastIndexOf(',') + 1);
      if (shock && !ids.has(shock)) throw new CheckFailure(`shock_id ${shock} is not in ${index.events_file}`, rel, i);
    }
  }
  const types = new Set(file.events.map((e) => e.type));
  return `${file.events.length} events (${[...types].join(', ')}), every shock_id in the weather files is listed`;
}

function attributionCheck(dataDir: string): string {
  const index = readIndex(dataDir);
  const needs = (text: string, rel: string): void => {
    if (!/Open-Meteo/i.test(text) || !/CC BY 4\.0/.test(text)) throw new CheckFailure('Open-Meteo CC BY 4.0 attribution is missing', rel);
  };
  needs(index.attribution, 'tenants.json');
  const readme = join(tenantsDir(dataDir), 'README.md');
  if (!existsSync(readme)) throw new CheckFailure('missing', 'README.md');
  needs(readFileSync(readme, 'utf8'), 'README.md');
  for (const b of index.brands) needs(readTruth(dataDir, b.id).attribution, `${b.id}/${BRAND_FILES.truth}`);
  needs(readJson(dataDir, index.events_file, eventsFileSchema).attribution, index.events_file);
  return 'Open-Meteo (CC BY 4.0) attribution present in tenants.json, README.md, events and every ground truth';
}

export function tenantChecks(): Check[] {
  return [
    named('tenants.index', indexCheck),
    named('tenants.files_schema', filesCheck),
    named('tenants.complete_days', completenessCheck),
    named('tenants.revenue_reconciles', revenueCheck),
    named('tenants.spend_rules', spendCheck),
    named('tenants.ground_truth', truthCheck),
    named('tenants.weather_events', eventsCheck),
    named('tenants.attribution', attributionCheck),
  ];
}
