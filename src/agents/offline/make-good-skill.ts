/**
 * "Did TV make good on the GRP shortfall?": the GRPs each broadcaster fell short by (by month), what its
 * make-good clause owes for them, and whether the data shows make-good airtime within the clause's window.
 */
import type { MakeGoodCheck } from '../reconcile/make-goods.js';
import { formatMoney, formatNumber, formatPct, listAnd } from '../format.js';
import { quoteClause } from '../quote.js';
import type { SkillContext, SkillReply } from './types.js';
import { MONTH_NAMES } from '../entities/dates.js';

const monthLabel = (ym: string) => `${MONTH_NAMES[Number(ym.slice(5, 7)) - 1]} ${ym.slice(0, 4)}`;
const grps = (x: number) => formatNumber(x, 1);

/** Made good when the airtime above contract in the window covers the GRPs short; still open when the window outlasts the data. Pure. */
export function makeGoodStatus(m: Pick<MakeGoodCheck, 'surplus' | 'undelivered' | 'windowEnd' | 'dataEnd'>): 'made_good' | 'partly' | 'not_made_good' | 'window_open' {
  if (m.surplus >= m.undelivered - 0.05) return 'made_good';
  if (m.windowEnd > m.dataEnd) return 'window_open';
  // A few GRPs over contract is ordinary over-delivery, not make-good airtime.
  return m.surplus >= 0.1 * m.undelivered ? 'partly' : 'not_made_good';
}

function checkLines(m: MakeGoodCheck): string[] {
  const status = makeGoodStatus(m);
  const file = m.contractFile?.split('/').pop();
  const weeks = m.shortWeeks.length;
  const lines = [
    `*${m.broadcaster}: ${grps(m.undelivered)} GRPs short* — ${grps(m.delivered)} of ${grps(m.contracted)} contracted (${formatPct((100 * m.delivered) / m.contracted, 1)}) in ${weeks} week${weeks === 1 ? '' : 's'} below its ${m.guaranteePct}% weekly guarantee (weeks starting ${m.shortWeeks[0]} to ${m.shortWeeks[weeks - 1]}):`,
    ...m.months.map((x) => `• ${monthLabel(x.month)}: ${grps(x.delivered)} of ${grps(x.contracted)} GRPs (${grps(x.contracted - x.delivered)} short)`),
  ];
  if (m.makeGoodText) {
    const quote = quoteClause(m.makeGoodText, 600);
    quote.push(`${quote.pop()!} _(${file}, clause ${m.makeGoodClause})_`);
    lines.push(...quote);
  }
  lines.push(
    `• *Covered by the clause:* every one of these weeks is below the guarantee${m.guaranteeClause ? ` in clause ${m.guaranteeClause}` : ''}, so ${m.broadcaster} owes make-good airtime of equivalent audience (${grps(m.undelivered)} GRPs) within ${m.windowWeeks} weeks — by ${m.windowEnd} — or, at Halden's option, a credit of ${formatMoney(m.credit, { exact: true })} (${grps(m.undelivered)} GRPs × ${formatMoney(m.netRate, { exact: true })} net).`,
  );
  const above = `${grps(m.surplus)} GRPs above contract in its other weeks to ${m.windowEnd}`;
  if (status === 'made_good') lines.push(`• *Made good:* ${m.broadcaster} delivered ${above}, which covers the shortfall.`);
  else if (status === 'window_open') lines.push(`• *Window still open:* the data ends ${m.dataEnd}; so far ${above}.`);
  else if (status === 'partly') lines.push(`• *Only partly made good:* ${above}, leaving ${grps(m.undelivered - m.surplus)} GRPs without make-good airtime in the window.`);
  else {
    const noise = m.surplus > 0.05 ? ` (only ${above}, ordinary over-delivery)` : '';
    lines.push(`• *Not made good:* no make-good airtime from ${m.broadcaster} shows in the window${noise}, so all ${grps(m.undelivered)} GRPs are still owed.`);
  }
  if (status !== 'made_good' && m.billedAtContracted) {
    lines.push(`• The recorded spend for those weeks, ${formatMoney(m.spend, { exact: true })}, is at the contracted GRPs, so the undelivered airtime was paid for: claim the ${formatMoney(m.credit, { exact: true })} credit (or the airtime) under clause ${m.makeGoodClause ?? '5.3'}.`);
  }
  return lines;
}

export async function makeGoodSkill(ctx: SkillContext): Promise<SkillReply> {
  ctx.status('Checking TV delivery against the make-good clauses…');
  const result = await ctx.tools.call('check_discrepancies', { channel: 'tv', type: 'grp_under_delivery', make_goods: true });
  const data = result.data as { make_goods: MakeGoodCheck[]; broadcasters_checked: string[] };
  const checks = data.make_goods;
  const lines: string[] = [];
  if (checks.length === 0) {
    lines.push(`✅ No make-goods are due: ${listAnd(data.broadcasters_checked)} delivered at least their guaranteed share of contracted GRPs every week.`);
  } else {
    const open = checks.filter((m) => makeGoodStatus(m) !== 'made_good');
    lines.push(
      open.length === 0
        ? `*Yes* — every GRP shortfall was made good within the clause's window.`
        : `*No* — ${open.length === checks.length ? 'the' : `${open.length} of ${checks.length}`} GRP shortfall${checks.length === 1 ? '' : 's'} ${open.length === 1 ? 'has' : 'have'} not been made good in the data.`,
    );
    for (const m of checks) lines.push(...checkLines(m));
    const fine = data.broadcasters_checked.filter((b) => !checks.some((m) => m.broadcaster === b));
    if (fine.length) lines.push(`${listAnd(fine)} met ${fine.length === 1 ? 'its' : 'their'} weekly guarantee every week, so nothing is owed there.`);
  }
  lines.push('_Make-good airtime is read as GRPs delivered above contract in the broadcaster\'s later weeks; the data has no separate make-good log._');
  return { lines, followUps: ['Which campaigns under-delivered?', 'Are there invoice mismatches?', 'What is the cancellation period with the satellite broadcaster?'] };
}
