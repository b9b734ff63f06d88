/**
 * Expected values of the agent evaluation, computed from the data on disk: CSV sums and ratios, tracked
 * cost per sale, contract clauses, the planted issues in known_issues.json and the model service's
 * estimates (the analyst must report the service's numbers, not invent its own).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHANNEL_LABELS, DIGITAL_CHANNELS, MMM_CHANNELS, VEHICLE_MODELS, type MmmChannel } from '../../src/data/brand/catalog.js';
import { CHANNEL_SHORT_NAMES } from '../../src/agents/entities/lexicon.js';
import type { MmmService } from '../../src/mmm/service-types.js';
import { csvCount, csvSum, filtered, rows, type CsvFilter } from './csv.js';

export interface ExpectContext {
  dataDir: string;
  mmm: MmmService;
}

/** Where each channel's spend is recorded (the `spend_gbp` column). */
export const SPEND_FILES: Record<MmmChannel, string> = {
  tv: 'raw/tv_airtime.csv',
  ooh: 'raw/ooh_sites.csv',
  youtube: 'raw/youtube_ads.csv',
  meta: 'raw/meta_ads.csv',
  google: 'raw/google_ads.csv',
  dv360: 'raw/dv360_ads.csv',
  tiktok: 'raw/tiktok_ads.csv',
  linkedin: 'raw/linkedin_ads.csv',
  print: 'raw/print_insertions.csv',
  radio: 'raw/radio_airtime.csv',
  events: 'raw/events.csv',
};

/** Names a reply may use for a channel or model. */
export function namesOf(id: string): string[] {
  const ch = CHANNEL_LABELS[id as MmmChannel];
  if (ch) return [ch, CHANNEL_SHORT_NAMES[id as MmmChannel]];
  const m = VEHICLE_MODELS.find((v) => v.id === id);
  return m ? [m.name, m.id[0]!.toUpperCase() + m.id.slice(1)] : [id];
}

function channelOfLead(l: Record<string, string>): string | undefined {
  const ch = l.campaign_id?.split('-')[1]?.toLowerCase();
  if (ch && (MMM_CHANNELS as readonly string[]).includes(ch)) return ch;
  if (l.source === 'event') return 'events';
  return /^paid_(\w+)$/.exec(l.source ?? '')?.[1];
}

function costPerSale(ctx: ExpectContext, q: { channel: string; from?: string; to?: string }): number {
  const spend = csvSum(ctx.dataDir, { file: SPEND_FILES[q.channel as MmmChannel], column: 'spend_gbp', ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) });
  const sales = rows(ctx.dataDir, 'raw/leads.csv').filter(
    (l) => l.status === 'won' && channelOfLead(l) === q.channel && (!q.from || l.sale_date! >= q.from) && (!q.to || l.sale_date! <= q.to),
  ).length;
  return spend / sales;
}

function knownIssue(ctx: ExpectContext, id: string): Record<string, string> {
  const issues = (JSON.parse(readFileSync(join(ctx.dataDir, 'raw/known_issues.json'), 'utf8')) as { issues: Record<string, string>[] }).issues;
  const found = issues.find((i) => i.id === id);
  if (!found) throw new Error(`known issue ${id} not in the data`);
  return found;
}

/** First number in a string: "£78,000.00 (120 …)" → 78000; "255.7 GRPs delivered" → 255.7. */
function firstNumber(s: string): number {
  const m = /£?(\d[\d,]*(?:\.\d+)?)/.exec(s);
  if (!m) throw new Error(`no number in "${s}"`);
  return Number(m[1]!.replace(/,/g, ''));
}

function clause(ctx: ExpectContext, q: { file: string; contains: string }): { number: string; text: string } {
  const text = readFileSync(join(ctx.dataDir, q.file), 'utf8');
  for (const line of text.split('\n')) {
    const m = /^(\d+\.\d+)\s+(.*)$/.exec(line.trim());
    if (m && m[2]!.replace(/\*\*/g, '').includes(q.contains)) return { number: m[1]!, text: m[2]!.replace(/\*\*/g, '') };
  }
  throw new Error(`no clause of ${q.file} contains "${q.contains}"`);
}

function clauseNumber(c: { text: string }, kind: string): number {
  const re = kind === 'days' ? /(\d+)\s*days/ : kind === 'percent' ? /(\d+(?:\.\d+)?)\s*%/ : /£(\d[\d,]*(?:\.\d+)?)/;
  const m = re.exec(c.text);
  if (!m) throw new Error(`no ${kind} in clause "${c.text}"`);
  return Number(m[1]!.replace(/,/g, ''));
}

/**
 * The planning period a budget implies when none is named: budget ÷ average weekly spend, clamped to the
 * data (the analyst's documented rule, recomputed here from the service's summary). `period` in a spec:
 * a number of weeks, `inferred` (from this budget) or `{ inferred_from: <earlier budget> }` (a follow-up
 * keeps the earlier period). Returns undefined for the whole history.
 */
function planWeeks(ctx: ExpectContext, budget: number | undefined, period: unknown): number | undefined {
  const s = ctx.mmm.summary();
  const infer = (b: number) => Math.min(s.weeks_of_data, Math.max(1, Math.round(b / (s.total_spend / s.weeks_of_data))));
  let weeks: number | undefined;
  if (typeof period === 'number') weeks = period;
  else if (period === 'inferred' && budget !== undefined) weeks = infer(budget);
  else if (period && typeof period === 'object' && 'inferred_from' in period) weeks = infer((period as { inferred_from: number }).inferred_from);
  return weeks !== undefined && weeks < s.weeks_of_data ? weeks : undefined;
}

function roiSorted(ctx: ExpectContext) {
  return [...ctx.mmm.roi().channels].sort((a, b) => b.roi.estimate - a.roi.estimate);
}

type Spec = Record<string, unknown>;

/** An expected number. */
export function expectedNumber(ctx: ExpectContext, spec: Spec): number {
  if (spec.csv_sum) return csvSum(ctx.dataDir, spec.csv_sum as CsvFilter);
  if (spec.csv_count) return csvCount(ctx.dataDir, spec.csv_count as CsvFilter);
  if (spec.csv_ratio) {
    const r = spec.csv_ratio as { num: CsvFilter; den: CsvFilter; scale?: number };
    return (csvSum(ctx.dataDir, r.num) / csvSum(ctx.dataDir, r.den)) * (r.scale ?? 1);
  }
  if (spec.spend_all) {
    const p = spec.spend_all as { from?: string; to?: string };
    return Object.values(SPEND_FILES).reduce((s, file) => s + csvSum(ctx.dataDir, { file, column: 'spend_gbp', ...p }), 0);
  }
  if (spec.cost_per_sale) return costPerSale(ctx, spec.cost_per_sale as { channel: string });
  if (spec.known_issue) {
    const q = spec.known_issue as { id: string; field: 'expected' | 'actual' };
    return firstNumber(knownIssue(ctx, q.id)[q.field]!);
  }
  if (spec.clause) {
    const q = spec.clause as { file: string; contains: string; number: string };
    return clauseNumber(clause(ctx, q), q.number);
  }
  if (spec.mmm) {
    const q = spec.mmm as { call: string; channel?: string; rank?: number; field: string; move?: never; budget?: number; bounds?: number; lock?: string[]; period?: unknown };
    const periodWeeks = planWeeks(ctx, q.budget, q.period);
    const period = periodWeeks !== undefined ? { periodWeeks } : {};
    switch (q.call) {
      case 'roi': {
        const c = q.rank ? roiSorted(ctx)[q.rank - 1]! : ctx.mmm.roi().channels.find((x) => x.channel === q.channel)!;
        return c.roi[q.field as 'estimate' | 'low' | 'high'];
      }
      case 'scenario':
        return ctx.mmm.scenario({ move: q.move, ...period }).deltaRevenue.estimate;
      case 'optimize':
        return ctx.mmm.optimize({ ...(q.budget ? { budget: q.budget } : {}), ...(q.bounds ? { bounds: q.bounds } : {}), ...(q.lock ? { lock: q.lock } : {}), ...period }).expectedLift.estimate;
      case 'summary':
        return ctx.mmm.summary()[q.field as 'total_spend'] as number;
      case 'diagnostics':
        return ctx.mmm.diagnostics()[q.field as 'r2'];
    }
  }
  throw new Error(`unknown number spec ${JSON.stringify(spec)}`);
}

/** Strings one of which the reply must contain. */
export function expectedText(ctx: ExpectContext, spec: Spec): string[] {
  if (spec.mmm) return namesOf(roiSorted(ctx)[0]!.channel);
  if (spec.plan_weeks) {
    // The headline names the period the budget was planned over: "£2.00M over 5 weeks".
    const q = spec.plan_weeks as { budget: number; period?: unknown };
    const weeks = planWeeks(ctx, q.budget, q.period ?? 'inferred') ?? ctx.mmm.summary().weeks_of_data;
    return [`over ${weeks} week${weeks === 1 ? '' : 's'}`];
  }
  if (spec.clause) return [`clause ${clause(ctx, spec.clause as { file: string; contains: string }).number}`];
  if (spec.known_issue) {
    const q = spec.known_issue as { id: string };
    return [`clause ${knownIssue(ctx, q.id).clause}`];
  }
  if (spec.best_channel) {
    const q = spec.best_channel as { metric: 'cpc'; best: 'min' | 'max'; from?: string; to?: string };
    const values = DIGITAL_CHANNELS.map((ch) => {
      const f = { file: SPEND_FILES[ch], ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) };
      return { ch, v: csvSum(ctx.dataDir, { ...f, column: 'spend_gbp' }) / csvSum(ctx.dataDir, { ...f, column: 'clicks' }) };
    }).sort((a, b) => (q.best === 'min' ? a.v - b.v : b.v - a.v));
    return namesOf(values[0]!.ch);
  }
  if (spec.both_worst_ctr) {
    const q = spec.both_worst_ctr as { from: string; to: string };
    const sorted = roiSorted(ctx);
    const high = sorted.slice(0, Math.ceil(sorted.length / 2)).map((c) => c.channel);
    const ctr = high
      .filter((ch) => (DIGITAL_CHANNELS as readonly string[]).includes(ch))
      .map((ch) => {
        const f = { file: SPEND_FILES[ch as MmmChannel], from: q.from, to: q.to };
        return { ch, v: csvSum(ctx.dataDir, { ...f, column: 'clicks' }) / csvSum(ctx.dataDir, { ...f, column: 'impressions' }) };
      })
      .sort((a, b) => a.v - b.v);
    return ctr[0] ? namesOf(ctr[0].ch) : ['no click data'];
  }
  if (spec.under_delivered) {
    // The campaigns on the rows of the planted delivery shortfalls (known_issues.json).
    const q = spec.under_delivered as { issue: string; rank: number };
    const issue = knownIssue(ctx, q.issue) as unknown as { file: string; rows: number[] };
    const all = rows(ctx.dataDir, issue.file);
    const ids = [...new Set(issue.rows.map((r) => all[r - 1]!.campaign_id!))].sort();
    return [ids[(q.rank - 1) % ids.length]!];
  }
  if (spec.best_model) {
    const q = spec.best_model as { column: string; from?: string; to?: string };
    const by = new Map<string, number>();
    for (const r of filtered(ctx.dataDir, { file: 'raw/vehicle_sales.csv', ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) })) {
      by.set(r.vehicle_model!, (by.get(r.vehicle_model!) ?? 0) + Number(r[q.column]));
    }
    return namesOf([...by].sort((a, b) => b[1] - a[1])[0]![0]);
  }
  throw new Error(`unknown text spec ${JSON.stringify(spec)}`);
}
