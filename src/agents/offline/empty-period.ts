/**
 * A period in which the asked channel (or filter) has no rows at all: flighted channels go dark for weeks.
 * The answer says "none in that period" and when the nearest activity was, instead of searching passages.
 */
import { MixError } from '../../errors.js';
import type { MetricName } from '../../rag/types.js';
import { dayLabel } from '../entities/dates.js';
import { DATA_PERIOD } from '../entities/extract.js';
import { METRIC_LABELS } from '../entities/lexicon.js';
import { inPeriod } from '../entities/periods.js';
import { capitalise, describeFilter, queryMetric } from './metric-query.js';
import type { SkillContext } from './types.js';

/** The engine's "nothing matches" for a period filter (not an unknown source, not a missing column). */
export function isEmptyPeriod(err: unknown, ctx: SkillContext): boolean {
  const p = ctx.entities.period;
  return MixError.is(err, 'NOT_FOUND') && Boolean(p && !p.outsideData && !ctx.entities.comparePeriods) && /matches that filter/.test(err.userMessage);
}

/** "*Meta spend in the week of 3 – 9 Mar 2025: none*" and the weeks with activity either side, or undefined if the filter has none anywhere. */
export async function emptyPeriodLine(ctx: SkillContext, metric: MetricName, channel: string | undefined): Promise<string | undefined> {
  const p = ctx.entities.period!;
  const weeks = await queryMetric(ctx, metric, channel, 'week', { from: DATA_PERIOD.start, to: DATA_PERIOD.end, label: 'all data' }).catch(() => undefined);
  const active = (weeks?.rows ?? []).map((r) => r.group).filter((g) => /^\d{4}-\d{2}-\d{2}$/.test(g)).sort();
  if (active.length === 0) return undefined;
  const before = active.filter((w) => w < p.from).pop();
  const after = active.find((w) => w > p.to);
  const near = [before ? `the week of ${dayLabel(before)} before it` : '', after ? `the week of ${dayLabel(after)} after it` : ''].filter(Boolean).join(' and ');
  const filter = describeFilter(ctx, channel);
  return `*${capitalise(`${filter ? `${filter} ` : ''}${METRIC_LABELS[metric]}`)} ${inPeriod(p)}: none* — no ${filter || 'matching'} activity is recorded in that period${near ? `; the nearest is ${near}` : ''}.`;
}
