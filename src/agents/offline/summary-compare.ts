/**
 * A scorecard across two periods ("how did Q3 2025 compare with the same quarter last year?", "2024 vs 2025"
 * with no metric named): media spend and the sales funnel in both periods with the change, each line from the
 * metric tool through the same comparison as a single metric.
 */
import type { MetricName } from '../../rag/types.js';
import type { Period } from '../entities/periods.js';
import { MixError } from '../../errors.js';
import { compareLines } from './metric-compare.js';
import type { SkillContext, SkillReply } from './types.js';

/** What a two-period scorecard shows, in reading order: money in, the funnel, money out. */
export const SUMMARY_COMPARE_METRICS: MetricName[] = ['spend', 'leads', 'test_drives', 'units', 'revenue'];

export async function summaryCompareReply(ctx: SkillContext, periods: [Period, Period]): Promise<SkillReply> {
  const outside = periods.find((p) => p.outsideData);
  if (outside) {
    return { lines: [`The data covers 1 January 2024 to 28 December 2025, so there is nothing for ${outside.label}.`], followUps: ['Summarise 2025'], unanswered: true };
  }
  ctx.status('Comparing the two periods…');
  const lines = [`*Media and sales: ${periods[0].label} → ${periods[1].label}*`];
  const notes: string[] = [];
  for (const metric of SUMMARY_COMPARE_METRICS) {
    try {
      const [head, ...rest] = await compareLines(ctx, metric, undefined, undefined, periods, undefined);
      lines.push(`• ${(head ?? '').replace(/^\*|\*$/g, '')}`);
      notes.push(...rest);
    } catch (err) {
      if (!MixError.is(err)) throw err;
    }
  }
  if (periods.some((p) => p.assumedYear)) lines.push(`_No year given, so I used the latest ones in the data._`);
  return { lines: [...lines, ...new Set(notes)], followUps: [`Spend by channel ${periods[0].label} vs ${periods[1].label}`, 'Cost per car sold by channel', 'What is ROI by channel?'] };
}
