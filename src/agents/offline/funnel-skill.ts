/**
 * Offline answers for the sales funnel: cost per lead and per test drive, the lead → test-drive rate and
 * the test-drive → sale rate, overall, for some channels or by channel, model, region, campaign or period.
 * Every figure shows what was divided; channels without tracking codes are named, never given a made-up cost.
 */
import { MMM_CHANNELS } from '../../data/brand/catalog.js';
import { MixError } from '../../errors.js';
import type { MetricName, MetricResult, MetricRow } from '../../rag/types.js';
import { normalise } from '../entities/extract.js';
import { channelName, FUNNEL_METRICS, LOWER_IS_BETTER, METRIC_LABELS } from '../entities/lexicon.js';
import { inPeriod } from '../entities/periods.js';
import { formatMoney, formatNumber, formatPct, listAnd } from '../format.js';
import { compareLines, type CompareOptions } from './metric-compare.js';
import { queryMetric } from './metric-query.js';
import { groupLabel, unknownChannelLine } from './metric-skills.js';
import type { SkillContext, SkillReply } from './types.js';

type FunnelMetric = 'cost_per_lead' | 'cost_per_test_drive' | 'lead_to_test_drive_rate' | 'lead_to_sale_rate' | 'test_drive_to_sale_rate';
type Data = Pick<MetricResult, 'value' | 'rows' | 'notes'>;

interface Step {
  num: string;
  den: string;
  /** The numerator and denominator in words, plural. */
  numWord: string;
  denWord: string;
  /** How a figure is counted, overall and by channel. */
  plain: string;
  byChannel: string;
}

const STEPS: Record<FunnelMetric, Step> = {
  cost_per_lead: { num: 'spend', den: 'leads', numWord: 'spend', denWord: 'leads', plain: 'media spend ÷ leads', byChannel: "media spend ÷ leads carrying the channel's tracking code" },
  cost_per_test_drive: {
    num: 'spend',
    den: 'test_drives',
    numWord: 'spend',
    denWord: 'test drives',
    plain: 'media spend ÷ test drives',
    byChannel: "media spend ÷ test drives of leads carrying the channel's tracking code",
  },
  lead_to_test_drive_rate: {
    num: 'test_drives',
    den: 'leads',
    numWord: 'test drives',
    denWord: 'leads',
    plain: 'test drives ÷ leads',
    byChannel: "test drives ÷ leads, both counted under the channel of the lead's tracking code",
  },
  lead_to_sale_rate: {
    num: 'test_drive_sales',
    den: 'leads',
    numWord: 'purchases',
    denWord: 'leads',
    plain: 'leads ending in a purchase after a test drive ÷ leads',
    byChannel: "leads ending in a purchase ÷ leads, both counted under the channel of the lead's tracking code",
  },
  test_drive_to_sale_rate: {
    num: 'test_drive_sales',
    den: 'test_drives',
    numWord: 'purchases',
    denWord: 'test drives',
    plain: 'test drives ending in a purchase ÷ test drives',
    byChannel: "test drives ending in a purchase ÷ test drives, counted under the channel of the lead's tracking code",
  },
};

const FOLLOW_UPS: Record<FunnelMetric, string[]> = {
  cost_per_lead: ['Cost per test drive by channel', 'Lead-to-test-drive rate by channel', 'Cost per car sold by channel'],
  cost_per_test_drive: ['Test-drive-to-sale rate by channel', 'Cost per lead by channel', 'Cost per car sold by channel'],
  lead_to_test_drive_rate: ['Test-drive-to-sale rate by channel', 'Lead-to-test-drive rate by month', 'Cost per test drive by channel'],
  lead_to_sale_rate: ['Lead-to-sale rate by channel', 'Lead-to-test-drive rate by channel', 'Test-drive-to-sale rate by channel'],
  test_drive_to_sale_rate: ['Test-drive-to-sale rate by model', 'Lead-to-test-drive rate by channel', 'Cost per car sold by channel'],
};

const FLIGHTED = new Set(['tv', 'radio', 'ooh', 'events', 'print']);
const TIME_GROUPS = new Set(['month', 'week', 'quarter']);
const NO_CHANNEL = '(no channel)';

export const isFunnelMetric = (m: MetricName): m is FunnelMetric => FUNNEL_METRICS.has(m);

const isCost = (m: FunnelMetric) => LOWER_IS_BETTER.has(m);
const capitalise = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const fmt = (m: FunnelMetric, v: number) => (isCost(m) ? formatMoney(v) : formatPct(v, 1));
const num = (m: FunnelMetric, p: Record<string, number>) => p[STEPS[m].num] ?? 0;
const den = (m: FunnelMetric, p: Record<string, number>) => p[STEPS[m].den] ?? 0;

/** "£2.42M ÷ 3,356 leads" or "5,629 purchases ÷ 14,056 test drives". */
function divided(m: FunnelMetric, p: Record<string, number>, withWord = false): string {
  const s = STEPS[m];
  const top = isCost(m) ? `${withWord ? 'spend ' : ''}${formatMoney(num(m, p))}` : `${formatNumber(num(m, p))} ${s.numWord}`;
  return `${top} ÷ ${formatNumber(den(m, p))} ${s.denWord}`;
}

function sumParts(rows: MetricRow[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows) for (const [k, v] of Object.entries(r.parts)) out[k] = (out[k] ?? 0) + v;
  return out;
}

/** A figure exists when something was divided by a non-zero count (and, for a cost, some spend). */
const priced = (m: FunnelMetric, r: MetricRow) => Number.isFinite(r.value) && den(m, r.parts) > 0 && (!isCost(m) || num(m, r.parts) > 0);

function superlative(question: string, m: FunnelMetric): 'max' | 'min' | undefined {
  const t = normalise(question);
  if (/\b(best|cheapest|most efficient)\b/.test(t)) return isCost(m) ? 'min' : 'max';
  if (/\b(worst|most expensive|priciest|least efficient)\b/.test(t)) return isCost(m) ? 'max' : 'min';
  if (/\b(highest|most|top|largest|biggest|max(imum)?)\b/.test(t)) return 'max';
  if (/\b(lowest|least|smallest|min(imum)?|bottom)\b/.test(t)) return 'min';
  return undefined;
}

const untrackedLine = (name: string) =>
  `${name} carries no tracking codes on leads, so its leads, test drives and sales cannot be attributed to it — its effect is only visible in the marketing-mix model (ask _What is ${name} ROI?_).`;

/** The funnel figures go through the metric answers' one query (filters from the question, the period asked). */
const query = (ctx: SkillContext, metric: FunnelMetric, channel: string | undefined, groupBy: string | undefined): Promise<Data> =>
  queryMetric(ctx, metric, channel, groupBy);

/** Only the notes that change the reading: a funnel figure already explains its own zero denominators. */
function notesFor(ctx: SkillContext, data: Data): string[] {
  const chs = ctx.entities.channels;
  return (data.notes ?? []).filter((n) => !/undefined: its denominator/i.test(n) && (!/flighted rows/i.test(n) || chs.length === 0 || chs.some((c) => FLIGHTED.has(c))));
}

interface Single {
  name: string;
  value: number;
}

/** One figure for one channel (or all): the value with what was divided, or why there is none. */
async function singleLines(ctx: SkillContext, m: FunnelMetric, channel: string | undefined, head: string): Promise<{ lines: string[]; notes: string[]; figure?: Single }> {
  const name = channel ? channelName(channel) : '';
  let data: Data;
  try {
    data = await query(ctx, m, channel, undefined);
  } catch (err) {
    if (!MixError.is(err)) throw err;
    // A rate for a channel with no tracked lead at all: no row matches.
    if (channel && MixError.is(err, 'NOT_FOUND')) return { lines: [`*${capitalise(head)}: n/a* — ${untrackedLine(name)}`], notes: [] };
    return { lines: [`• ${capitalise(head)}: ${err.userMessage}`], notes: [] };
  }
  const p = sumParts(data.rows);
  const s = STEPS[m];
  const lines: string[] = [];
  if (priced(m, { group: '', value: data.value, parts: p })) {
    lines.push(`*${capitalise(head)}: ${fmt(m, data.value)}* (${divided(m, p, true)})`);
    if (!channel && isCost(m)) lines.push(allSpendNote(m));
  } else if (isCost(m) && num(m, p) > 0) {
    lines.push(`*${capitalise(head)}: n/a* — ${name || 'The media'} spent ${formatMoney(num(m, p))} but has no attributable ${s.denWord}. ${channel ? untrackedLine(name) : ''}`.trim());
  } else if (isCost(m) && den(m, p) > 0) {
    lines.push(`*${capitalise(head)}: n/a* — no ${name} spend in the period; its ${formatNumber(den(m, p))} ${s.denWord} came from earlier activity.`);
  } else {
    lines.push(`*${capitalise(head)}: n/a* — there are no ${s.denWord} ${channel ? `from ${name} ` : ''}in the period.`);
  }
  return { lines, notes: notesFor(ctx, data), ...(priced(m, { group: '', value: data.value, parts: p }) ? { figure: { name: name || 'all', value: data.value } } : {}) };
}

/** What an overall cost without a channel divides. */
function allSpendNote(m: FunnelMetric): string {
  const s = STEPS[m];
  return `_That is all media spend, TV and radio included, over every ${s.denWord.replace(/s$/, '')}, organic and direct ones too; ask "${METRIC_LABELS[m]} by channel" for the tracked figure per channel._`;
}

/** Several channels side by side: which one is better, and by how much. */
function comparisonLine(m: FunnelMetric, figures: Single[]): string | undefined {
  if (figures.length < 2) return undefined;
  const sorted = [...figures].sort((a, b) => (isCost(m) ? a.value - b.value : b.value - a.value));
  const best = sorted[0]!;
  const rest = sorted.slice(1).map((f) => `${fmt(m, f.value)} for ${f.name}`);
  return `${isCost(m) ? 'Lowest' : 'Highest'}: *${best.name}* at ${fmt(m, best.value)} vs ${listAnd(rest)} (for ${METRIC_LABELS[m]}, ${isCost(m) ? 'lower' : 'higher'} is better).`;
}

function groupedLines(ctx: SkillContext, m: FunnelMetric, groupBy: string, data: Data, head: string): string[] {
  const s = STEPS[m];
  const byChannel = groupBy === 'channel';
  const unit = groupBy.replace('_id', '').replace('vehicle_', '');
  const name = (g: string) => (byChannel && g === NO_CHANNEL ? 'No tracking code (organic search, direct, referrals…)' : groupLabel(groupBy, g));
  const rows = data.rows.filter((r) => priced(m, r));
  rows.sort((a, b) => (TIME_GROUPS.has(groupBy) ? a.group.localeCompare(b.group) : isCost(m) ? a.value - b.value : b.value - a.value));
  // Unpaid leads have no cost: they are reported below, not ranked at £0.
  const listed = isCost(m) ? rows.filter((r) => !(byChannel && r.group === NO_CHANNEL)) : rows;
  const how = byChannel ? s.byChannel : s.plain;
  const lines = [`*${capitalise(head)}, by ${unit}* — ${how} (${isCost(m) ? 'lower' : 'higher'} is better):`];
  for (const r of listed.slice(0, 15)) lines.push(`• ${name(r.group)}: ${fmt(m, r.value)} (${divided(m, r.parts)})`);
  if (listed.length > 15) lines.push(`…and ${listed.length - 15} more (see the chart).`);

  const sup = superlative(ctx.question, m);
  if (sup && listed.length > 1) {
    const ordered = [...listed].sort((a, b) => a.value - b.value);
    const pick = sup === 'max' ? ordered[ordered.length - 1]! : ordered[0]!;
    lines.push(`${sup === 'max' ? 'Highest' : 'Lowest'}: *${name(pick.group)}* at ${fmt(m, pick.value)} (for ${METRIC_LABELS[m]}, ${isCost(m) ? 'lower' : 'higher'} is better).`);
  }

  const total = sumParts(data.rows);
  if (isCost(m)) {
    const tracked = sumParts(listed);
    if (byChannel && listed.length > 0) {
      lines.push(`Tracked channels overall: ${formatMoney(num(m, tracked) / den(m, tracked))} per ${s.denWord.replace(/s$/, '')} (${divided(m, tracked)}).`);
    }
    if (Number.isFinite(data.value)) lines.push(`All media spend ÷ all ${s.denWord}: ${fmt(m, data.value)} (${divided(m, total)}).`);
    const isNone = (r: MetricRow) => r.group.startsWith('(no ');
    for (const r of data.rows.filter((x) => isNone(x) && num(m, x.parts) > 0 && den(m, x.parts) === 0)) {
      lines.push(`_${formatMoney(num(m, r.parts))} of spend has ${r.group.slice(1, -1)}, so it is in no ${unit}'s figure._`);
    }
    const spendOnly = data.rows.filter((r) => !isNone(r) && num(m, r.parts) > 0 && den(m, r.parts) === 0);
    if (spendOnly.length) {
      const spent = formatMoney(num(m, sumParts(spendOnly)));
      const names =
        spendOnly.length <= 6
          ? listAnd(spendOnly.map((r) => `${name(r.group)} (${formatMoney(num(m, r.parts))})`))
          : `${spendOnly.length} ${unit}s (${spent} in all${groupBy === 'campaign_id' ? `: ${listAnd([...new Set(spendOnly.map((r) => channelName(r.group.split('-')[1]?.toLowerCase() ?? '')))])} campaigns` : ''})`;
      lines.push(
        byChannel || groupBy === 'campaign_id'
          ? `_${names} ${spendOnly.length === 1 ? 'has' : 'have'} spend but no attributable ${s.denWord}: no tracking codes, so ${spendOnly.length === 1 ? 'its' : 'their'} effect is only visible in the marketing-mix model — ask "ROI by channel"._`
          : `_${names} had spend but no ${s.denWord}, so no ${METRIC_LABELS[m]}._`,
      );
    }
    const unpaid = data.rows.filter((r) => num(m, r.parts) === 0 && den(m, r.parts) > 0);
    for (const r of unpaid) {
      const count = `${formatNumber(den(m, r.parts))} ${s.denWord}`;
      lines.push(
        byChannel && r.group === NO_CHANNEL
          ? `_${count} came without a channel's tracking code (organic search, direct, referrals, dealer phone) and are in no channel's figure._`
          : r.group.startsWith('(no ')
            ? `_${count} have ${r.group.slice(1, -1)}, so they are in no ${unit}'s figure._`
            : `_${name(r.group)}: ${count} but no media spend in the period (earlier activity), so no ${METRIC_LABELS[m]}._`,
      );
    }
  } else {
    if (Number.isFinite(data.value)) lines.push(`Overall: ${fmt(m, data.value)} (${divided(m, total)}).`);
    const missing = byChannel && ctx.entities.channels.length === 0 ? MMM_CHANNELS.filter((c) => !data.rows.some((r) => r.group === c)) : [];
    if (missing.length) {
      lines.push(
        `_${listAnd(missing.map(channelName))} ${missing.length === 1 ? 'has' : 'have'} no tracking codes on leads, so no funnel rate: ${missing.length === 1 ? 'its' : 'their'} effect is only visible in the marketing-mix model — ask "ROI by channel"._`,
      );
    }
  }
  for (const n of notesFor(ctx, data)) lines.push(`_${n}_`);
  return lines;
}

/**
 * Two periods by group: a group has a figure only when something was divided (and, for a cost, spent), and by
 * channel a cost's overall is the tracked channels' spend ÷ their leads, as in the one-period answer.
 */
export function compareOptions(m: FunnelMetric, groupBy: string | undefined): CompareOptions {
  const byChannel = groupBy === 'channel';
  // Unpaid leads have a rate but no cost: like the one-period list, a cost by channel leaves them out.
  const defined = (r: MetricRow) => priced(m, r) && !(byChannel && isCost(m) && r.group === NO_CHANNEL);
  if (!byChannel) return { defined };
  const s = STEPS[m];
  const unpaid = groupLabel('channel', NO_CHANNEL);
  const emptyNote = (groups: string[]) => {
    const untracked = groups.filter((g) => g !== unpaid);
    return [
      untracked.length ? `${listAnd(untracked)} ${untracked.length === 1 ? 'has' : 'have'} no tracking codes on leads, so no ${METRIC_LABELS[m]} in either period (ask "ROI by channel")` : '',
      groups.includes(unpaid) ? `${s.denWord} without a channel's tracking code (organic, direct, dealer) are in no channel's figure` : '',
    ]
      .filter(Boolean)
      .map((x) => `_${capitalise(x)}._`)
      .join('\n');
  };
  if (!isCost(m)) return { defined, emptyNote };
  return {
    defined,
    emptyNote,
    overall: {
      label: 'tracked channels overall',
      value: (d) => {
        const t = sumParts(d.rows.filter(defined));
        return den(m, t) > 0 ? num(m, t) / den(m, t) : Number.NaN;
      },
    },
    after: ([a, b]) => [
      `_Tracked channels overall = the listed channels' spend ÷ their tracked ${s.denWord}. All media spend ÷ all ${s.denWord}, TV, radio, print, OOH and untracked ${s.denWord} included: ${fmt(m, a.value)} → ${fmt(m, b.value)}._`,
    ],
  };
}

export async function funnelSkill(ctx: SkillContext): Promise<SkillReply> {
  const e = ctx.entities;
  const metrics = e.metrics.filter(isFunnelMetric).slice(0, 2);
  const first = metrics[0] ?? 'cost_per_lead';
  const lines: string[] = [];
  if (e.unknownChannels.length) lines.push(unknownChannelLine(e.unknownChannels));
  if (e.unknownChannels.length && e.channels.length === 0) return { lines, followUps: FOLLOW_UPS[first], unanswered: true };
  const outside = (e.comparePeriods ?? (e.period ? [e.period] : [])).find((p) => p.outsideData);
  if (outside) {
    return {
      lines: [...lines, `The data covers 1 January 2024 to 28 December 2025, so there is nothing for ${outside.label}.`],
      followUps: [`${capitalise(METRIC_LABELS[first])} in 2025`],
      unanswered: true,
    };
  }
  const groupBy = e.groupBy ?? (superlative(ctx.question, first) && e.channels.length === 0 ? 'channel' : undefined);
  const period = e.period ? ` ${inPeriod(e.period)}` : ' (Jan 2024 – Dec 2025)';
  const filter = [...e.models.map((id) => groupLabel('vehicle_model', id)), ...e.campaignIds.slice(0, 1), ...(e.regions ?? []).slice(0, 1).map((id) => groupLabel('region', id))].join(' · ');
  ctx.status('Querying the exact numbers…');
  for (const m of metrics) {
    const label = `${filter ? `${filter} ` : ''}${METRIC_LABELS[m]}`;
    if (e.comparePeriods) {
      // "cost per lead in 2024 vs 2025": both periods and the change, each recomputed from its own parts.
      for (const channel of e.channels.length ? e.channels.slice(0, 4) : [undefined]) {
        try {
          lines.push(...(await compareLines(ctx, m, channel, groupBy, e.comparePeriods, superlative(ctx.question, m), compareOptions(m, groupBy))));
          if (!channel && !groupBy && isCost(m)) lines.push(allSpendNote(m));
        } catch (err) {
          if (!MixError.is(err)) throw err;
          lines.push(`• ${capitalise(`${channel ? `${channelName(channel)} ` : ''}${METRIC_LABELS[m]}`)}: ${err.userMessage}`);
        }
      }
      continue;
    }
    if (groupBy) {
      try {
        lines.push(...groupedLines(ctx, m, groupBy, await query(ctx, m, e.channels.length === 1 ? e.channels[0] : undefined, groupBy), `${label}${period}`));
      } catch (err) {
        if (!MixError.is(err)) throw err;
        lines.push(`• ${capitalise(METRIC_LABELS[m])}: ${err.userMessage}`);
      }
      continue;
    }
    const figures: Single[] = [];
    const notes = new Set<string>();
    for (const channel of e.channels.length ? e.channels.slice(0, 4) : [undefined]) {
      const head = `${channel ? `${channelName(channel)} ` : ''}${label}${period}`;
      const one = await singleLines(ctx, m, channel, head);
      lines.push(...one.lines);
      for (const n of one.notes) notes.add(n);
      if (one.figure) figures.push(one.figure);
    }
    const compare = comparisonLine(m, figures);
    if (compare) lines.push(compare);
    for (const n of notes) lines.push(`_${n}_`);
  }
  if (e.period?.assumedYear) lines.push(`_No year given, so I used ${e.period.label}._`);
  const ch = e.channels[0];
  const next = FOLLOW_UPS[first];
  return { lines, followUps: ch ? [`And for ${ch === 'tiktok' ? 'Meta' : 'TikTok'}?`, ...next.slice(0, 2)] : next };
}
