/**
 * "Are we wasting money anywhere?": the money the data says is working least — channels whose modelled
 * return is below £1 per £1 (on average or at the margin) and invoices above what the contracts allow — in
 * front of the ROI table. Reads the same tools as the ROI and reconciliation answers.
 */
import type { Interval } from '../../mmm/service-types.js';
import { channelName } from '../entities/lexicon.js';
import { formatMoney, formatMultiple, listAnd } from '../format.js';
import type { SkillContext } from './types.js';

export { WASTE_QUESTION } from '../intent/classify.js';

interface RoiChannel {
  channel: string;
  spend: number;
  roi: Interval;
  marginal_roi: number;
}

interface Finding {
  type: string;
  unit: string;
  expected: number;
  actual: number;
}

const OVERBILLED = new Set(['invoice_above_contract_rate', 'discount_not_applied']);

export async function wasteLines(ctx: Pick<SkillContext, 'tools' | 'status'>): Promise<string[]> {
  ctx.status('Looking for money that works least…');
  const [roi, recon] = await Promise.all([ctx.tools.call('mmm_roi', {}), ctx.tools.call('check_discrepancies', {}).catch(() => undefined)]);
  const channels = (roi.data as { channels: RoiChannel[] }).channels;
  const below = channels.filter((c) => c.roi.estimate < 1).sort((a, b) => a.roi.estimate - b.roi.estimate);
  const marginal = channels.filter((c) => c.roi.estimate >= 1 && c.marginal_roi < 1).sort((a, b) => a.marginal_roi - b.marginal_roi);
  const lines = ['*Where the money works least*'];
  if (below.length) {
    const spend = below.reduce((s, c) => s + c.spend, 0);
    lines.push(
      `• *Below break-even on the model*: ${listAnd(below.map((c) => `${channelName(c.channel)} ${formatMultiple(c.roi.estimate)} on ${formatMoney(c.spend)}`))} — ${formatMoney(spend)} that returned less revenue than it cost (ranges are wide: test before cutting).`,
    );
  }
  if (marginal.length) {
    lines.push(
      `• *Past the point of return at the margin*: ${listAnd(marginal.map((c) => `${channelName(c.channel)} (next £1 returns ${formatMoney(c.marginal_roi)})`))} — above £1 per £1 on average, but extra money there returns less than it costs.`,
    );
  }
  const findings = ((recon?.data as { discrepancies?: Finding[] } | undefined)?.discrepancies ?? []).filter((d) => OVERBILLED.has(d.type) && d.unit === 'GBP');
  if (findings.length) {
    const over = findings.reduce((s, d) => s + Math.max(0, d.actual - d.expected), 0);
    lines.push(`• *Billed above contract*: ${findings.length} invoice${findings.length === 1 ? '' : 's'}, ${formatMoney(over, { exact: true })} over the contracted terms — ask _Are we being overcharged?_ for the clauses.`);
  }
  if (lines.length === 1) lines.push('• No channel returns less than it costs on the model, and no invoice is above its contract.');
  return lines;
}
