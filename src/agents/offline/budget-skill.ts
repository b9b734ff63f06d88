/**
 * "Which campaigns overspent vs plan?", "are we on budget?": the data has actual spend and the contracts but no
 * media plan or budget. Say so, then give the nearest thing it has — each media contract's minimum spend
 * commitment against the spend booked under it — and what else to ask.
 */
import { channelName } from '../entities/lexicon.js';
import { inPeriod } from '../entities/periods.js';
import { formatMoney, formatNumber } from '../format.js';
import type { CommitmentStatus } from '../reconcile/commitments.js';
import type { SkillContext, SkillReply } from './types.js';

const pct = (a: number, b: number) => `${formatNumber((a / b) * 100, 0)}%`;

function commitmentLine(c: CommitmentStatus): string {
  const what = `${channelName(c.channel)}${c.buyType === 'vod' ? ' VOD' : ''}`;
  const where = `${c.contractId}${c.clause ? `, clause ${c.clause}` : ''}`;
  const years = c.years.map((y) => `${y.year}: ${formatMoney(y.spent)} of a ${formatMoney(y.minimum)} minimum (${pct(y.spent, y.minimum)}${y.spent < y.minimum ? `, ${formatMoney(y.minimum - y.spent)} short` : ''})`);
  const term = `term: ${formatMoney(c.spent)} of ${formatMoney(c.committed)} (${pct(c.spent, c.committed)})`;
  return `• *${c.counterparty}* (${what}, _${where}_) — ${[...years, term].join('; ')}`;
}

export async function budgetSkill(ctx: SkillContext): Promise<SkillReply> {
  const e = ctx.entities;
  ctx.status('Checking spend against the contract commitments…');
  const result = await ctx.tools.call('check_discrepancies', { commitments: true });
  const commitments = ((result.data as { commitments?: CommitmentStatus[] }).commitments ?? []).filter((c) => c.channel !== 'agency');
  const period = e.period && !e.period.outsideData ? e.period : undefined;
  const lines = [
    `*There is no media plan or budget in the data*, so I cannot say what overspent or underspent against plan: the files hold actual spend (every channel, by day or week) and the contracts.`,
  ];
  if (commitments.length) {
    lines.push('The nearest thing to a budget is the minimum spend each media contract commits to. Spend booked under each, against its commitment:');
    for (const c of commitments) lines.push(commitmentLine(c));
    const checks = commitments.flatMap((c) => (c.years.length ? c.years.map((y) => y.spent / y.minimum) : [c.spent / c.committed]));
    const short = checks.filter((r) => r < 1).length;
    lines.push(
      short === 0
        ? `Every commitment was met (spend ${pct(Math.min(...checks), 1)}–${pct(Math.max(...checks), 1)} of the minimum), so nothing is owed for a shortfall.`
        : `${short} of ${checks.length} commitments ${short === 1 ? 'is' : 'are'} short of the minimum so far.`,
    );
    if (period) lines.push(`_The commitments are set by year, so ${period.label} on its own cannot be checked against them; these are the contract years._`);
    lines.push('_Digital channels, radio and events are bought without a spend commitment, so for them the data gives spend and its pacing week by week, not a target._');
  }
  const when = period ? ` ${inPeriod(period)}` : ' in 2025';
  return {
    lines,
    followUps: [`Spend by campaign${when}`, 'How is the Q4 2025 TikTok campaign pacing?', 'Which campaigns under-delivered?'],
    cite: commitments.flatMap((c) => [{ file: c.contractFile, ...(c.clause ? { locator: `clause ${c.clause}` } : {}) }, { file: c.file, locator: `contract ${c.contractId}` }]),
  };
}
