/**
 * "How is the TikTok campaign pacing?": an auction channel has no contracted volume, so its pacing is its weekly
 * spend set against an even spread of the same total over the flight — over the period asked, else the last 13 weeks.
 */
import { DATA_PERIOD } from '../entities/extract.js';
import { channelName } from '../entities/lexicon.js';
import { inPeriod } from '../entities/periods.js';
import { formatMoney, formatNumber, listAnd } from '../format.js';
import { queryMetric } from './metric-query.js';
import { pacing, weekLabel, type Pacing } from './pacing.js';
import type { SkillContext, SkillReply } from './types.js';
import { addDays } from '../entities/dates.js';

function gapText(gap: number, total: number): string {
  return `${formatMoney(Math.abs(gap))} (${formatNumber((Math.abs(gap) / total) * 100, 0)}% of the total) ${gap > 0 ? 'ahead of' : 'behind'}`;
}

/** The verdict: close to even, front-loaded or back-loaded, and by how much at most. */
export function pacingSummary(p: Pacing, label: (iso: string) => string): string {
  const worst = [p.ahead, p.behind].filter((g) => g !== undefined).sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap))[0];
  if (!worst || Math.abs(worst.gap) < p.total * 0.05) {
    return `Close to even: spend never ran more than ${formatMoney(Math.abs(worst?.gap ?? 0))} off an even spread.`;
  }
  const shape = worst.gap > 0 ? 'Front-loaded' : 'Back-loaded';
  const other = worst === p.ahead ? p.behind : p.ahead;
  return `${shape}: at its furthest, by ${label(worst.week)}, spend to date was ${gapText(worst.gap, p.total)} an even spread${other && Math.abs(other.gap) >= p.total * 0.05 ? `; by ${label(other.week)} it was ${gapText(other.gap, p.total)} it` : ''}.`;
}

async function channelLines(ctx: SkillContext, channel: string, period: { from: string; to: string; label: string }): Promise<string[]> {
  const data = await queryMetric(ctx, 'spend', channel, 'week', { ...ctx.entities.period, ...period });
  const p = pacing(new Map(data.rows.map((r) => [r.group, r.value])));
  const name = channelName(channel);
  if (!p) return [`*${name} spend ${inPeriod(period)}*: nothing spent, so nothing to pace.`];
  const years = new Set(p.weeks.map((w) => w.week.slice(0, 4)));
  const label = (iso: string) => weekLabel(iso, years.size > 1);
  const n = p.weeks.length;
  const lines = [
    `*${name} spend ${inPeriod(period)}, by week* — total ${formatMoney(p.total)} over a ${n}-week flight (${label(p.weeks[0]!.week)} to ${label(p.weeks[n - 1]!.week)}); an even spread is ${formatMoney(p.evenWeekly)} a week`,
  ];
  for (const w of p.weeks) {
    const gap = w.toDate - w.evenToDate;
    const pace = Math.abs(gap) < p.total * 0.001 ? 'on an even pace' : `${formatMoney(Math.abs(gap))} ${gap > 0 ? 'ahead' : 'behind'}`;
    lines.push(`• ${label(w.week)}: ${w.spend === 0 ? '£0 (nothing spent)' : formatMoney(w.spend)} — to date ${formatMoney(w.toDate)} vs ${formatMoney(w.evenToDate)} even, ${pace}`);
  }
  lines.push(pacingSummary(p, label));
  return lines;
}

export async function auctionPacing(ctx: SkillContext): Promise<SkillReply> {
  const e = ctx.entities;
  const period = e.period ?? { from: addDays(DATA_PERIOD.end, -90), to: DATA_PERIOD.end, label: 'the last 13 weeks' };
  ctx.status('Querying the exact numbers…');
  const channels = e.channels.slice(0, 4);
  const names = listAnd(channels.map(channelName));
  const lines = [
    `${names} ${channels.length === 1 ? 'is' : 'are'} bought on auction, with no contracted volume or plan in the data to pace against, so here is the spend week by week against an even spread of the same total over the flight (first to last week with spend):`,
  ];
  for (const c of channels) lines.push(...(await channelLines(ctx, c, period)));
  lines.push('_"Ahead" means more spent to date than an even spread would have; weeks with nothing spent inside the flight count as £0._');
  const first = channelName(channels[0]!);
  return {
    lines,
    followUps: [`${first} CPM by week`, 'Which campaigns under-delivered?', `What is ${first} ROI?`],
  };
}
