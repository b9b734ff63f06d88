/**
 * "OOH sites booked vs posted", "did Albion deliver its GRPs in 2025?": the contracted and delivered totals per
 * media owner (TV GRPs, outdoor sites) over the period asked, then every week or cycle below its contract's
 * guarantee, so the answer gives both sides of the comparison and names the shortfalls.
 */
import type { DiscrepancyType } from '../reconcile/checks.js';
import { type SupplierDelivery } from '../reconcile/delivery.js';
import { namedSuppliers } from '../../rag/metrics/suppliers.js';
import { formatNumber, listAnd } from '../format.js';
import { WHOLE_PERIOD_LABEL } from './metric-query.js';
import type { SkillContext } from './types.js';

/** What a finding needs here: its type, counterparty and the line that describes it. */
interface Shortfall {
  type: DiscrepancyType;
  counterparty: string;
}

export const DELIVERY_TYPES: ReadonlySet<DiscrepancyType> = new Set(['grp_under_delivery', 'sites_not_posted']);

/** 99.96 stays 99.96% rather than rounding up to a misleading 100.0%. */
function pctOf(delivered: number, contracted: number): string {
  const p = (100 * delivered) / contracted;
  if (Math.abs(p - 100) < 1e-9) return '100%';
  return `${formatNumber(p, p > 99.9 && p < 100 ? 2 : 1)}%`;
}

/** A total as the tool returns it (rows counted, not listed). */
type Total = Omit<SupplierDelivery, 'rows'>;

const amount = (x: number, unit: SupplierDelivery['unit']) => formatNumber(x, unit === 'GRPs' ? 1 : 0);

function channelLines(list: Total[], period: string): string[] {
  const unit = list[0]!.unit;
  const contracted = list.reduce((s, t) => s + t.contracted, 0);
  const delivered = list.reduce((s, t) => s + t.delivered, 0);
  const head =
    unit === 'GRPs'
      ? `*TV GRPs contracted vs delivered (${period}, linear airtime): ${amount(contracted, unit)} contracted, ${amount(delivered, unit)} delivered (${pctOf(delivered, contracted)})*`
      : `*OOH sites booked vs posted (${period}): ${amount(contracted, unit)} booked, ${amount(delivered, unit)} posted (${pctOf(delivered, contracted)})*`;
  const [from, to] = unit === 'GRPs' ? ['contracted', 'delivered'] : ['booked', 'posted'];
  const lines = list.length > 1 || list[0]!.supplier === '' ? [head] : [head.replace(/\*$/, ` — ${list[0]!.supplier}*`)];
  if (list.length > 1) {
    for (const t of list) lines.push(`• ${t.supplier}: ${amount(t.contracted, unit)} ${from}, ${amount(t.delivered, unit)} ${to} (${pctOf(t.delivered, t.contracted)})`);
  }
  return lines;
}

/**
 * The totals lines and which media owners had no shortfall, for the suppliers the question names (all when none).
 * `findings` are the shortfalls already limited to the period; the caller lists them after these lines.
 */
export function deliveryLines(
  ctx: SkillContext,
  totals: Total[],
  findings: Shortfall[],
): { lines: string[]; clean: string[]; suppliers: string[] } {
  const named = namedSuppliers(ctx.question, [...new Set(totals.map((t) => t.supplier))]);
  const shown = named.length ? totals.filter((t) => named.includes(t.supplier)) : totals;
  const period = ctx.entities.period?.label ?? WHOLE_PERIOD_LABEL;
  const lines: string[] = [];
  for (const channel of ['tv', 'ooh'] as const) {
    const list = shown.filter((t) => t.channel === channel);
    if (list.length) lines.push(...channelLines(list, period));
  }
  const short = new Set(findings.filter((f) => DELIVERY_TYPES.has(f.type)).map((f) => f.counterparty));
  const cleanOnes = shown.filter((t) => !short.has(t.supplier));
  const clean: string[] = [];
  for (const unit of ['GRPs', 'sites'] as const) {
    const names = cleanOnes.filter((t) => t.unit === unit).map((t) => t.supplier);
    const what = unit === 'GRPs' ? 'weekly GRP guarantee in every week' : 'posting guarantee in every cycle';
    if (names.length) clean.push(`${listAnd(names)} met ${names.length === 1 ? 'its' : 'their'} ${what}`);
  }
  if (shown.length === 0) lines.push(`I found no ${named.length ? `${listAnd(named)} ` : ''}contracted TV airtime or outdoor bookings in ${period}.`);
  return { lines, clean, suppliers: named };
}
