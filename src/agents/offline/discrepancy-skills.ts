/** Offline answers that reconcile sources: invoice vs contract, delivery vs guarantee, SLAs, under-delivering campaigns. */
import { normalise } from '../entities/extract.js';
import { formatMoney, formatNumber, listAnd } from '../format.js';
import type { Discrepancy, DiscrepancyType } from '../reconcile/checks.js';
import type { CampaignDelivery } from '../reconcile/delivery.js';
import { discrepancySources } from '../tools/reconcile-tool.js';
import { isMakeGoodQuestion } from '../intent/classify.js';
import { makeGoodSkill } from './make-good-skill.js';
import { auctionPacing } from './pacing-skill.js';
import { DELIVERY_TYPES, deliveryLines } from './delivery-skill.js';
import { type SupplierDelivery } from '../reconcile/delivery.js';
import { namedSuppliers } from '../../rag/metrics/suppliers.js';
import type { SkillContext, SkillReply } from './types.js';
import { quoteClause } from '../quote.js';

type Found = Omit<Discrepancy, 'clauseText'> & { clause_text?: string };

const TYPE_LABEL: Record<DiscrepancyType, string> = {
  invoice_above_contract_rate: 'Invoice above the contracted rate',
  discount_not_applied: 'Discount not applied',
  sites_not_posted: 'Sites booked but not posted',
  grp_under_delivery: 'GRPs under-delivered',
  late_sla: 'Agency SLA missed',
};

function filterFor(question: string, channels: string[]): { channel?: string; types?: DiscrepancyType[] } {
  const t = normalise(question);
  const types: DiscrepancyType[] = [];
  if (/\b(invoice|invoiced|billed|billing|overcharg|charged|who is right)/.test(t)) types.push('invoice_above_contract_rate', 'discount_not_applied');
  if (/\bdiscount/.test(t)) types.push('discount_not_applied');
  if (/\b(grps?|rating points|deliver)/.test(t)) types.push('grp_under_delivery');
  if (/\b(post(ed|ing)?|sites?)\b/.test(t)) types.push('sites_not_posted');
  if (/\b(sla|late|deadline|agency)\b/.test(t)) types.push('late_sla');
  const channel = /\b(agency|sla|meridian)\b/.test(t) ? 'agency' : channels.find((c) => c === 'tv' || c === 'ooh' || c === 'print');
  return { ...(channel ? { channel } : {}), ...(types.length ? { types: [...new Set(types)] } : {}) };
}

function findingLines(d: Found): string[] {
  const where = d.contractFile ? `${d.contractFile.split('/').pop()}${d.clause ? `, clause ${d.clause}` : ''}` : d.contractId;
  return [`⚠️ *${TYPE_LABEL[d.type]}* — ${d.summary}. Contract: _${where}_.`, ...(d.clause_text ? quoteClause(d.clause_text, 220) : [])];
}

/** Picks the finding whose numbers the question quotes ("98K … 78K"), if any. */
function matchQuoted(found: Found[], amounts: number[]): Found | undefined {
  if (amounts.length === 0) return undefined;
  const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(500, b * 0.02);
  return found.find((d) => amounts.some((a) => near(a, d.actual)) || amounts.some((a) => near(a, d.expected)));
}

/** The checks not yet asked about: after an SLA question, the GRPs and invoices rather than the SLAs again. */
function nextChecks(types: DiscrepancyType[] | undefined): string[] {
  const asked = new Set(types ?? []);
  const all = types === undefined;
  return [
    ...(all || !asked.has('grp_under_delivery') ? ['Which campaigns under-delivered?'] : ['Are there invoice mismatches?']),
    ...(all || !asked.has('late_sla') ? ['Are the agency SLAs being met?'] : []),
    ...(all || !asked.has('invoice_above_contract_rate') ? ['Are we being overcharged?'] : []),
    'What is the cancellation period with the satellite broadcaster?',
  ].slice(0, 3);
}

const YES_NO = /^(did|do|does|were|was|is|are|has|have|had)\b/;

/** Contracted vs delivered (GRPs, sites): both totals per media owner, then each shortfall against a guarantee. */
async function deliveryReply(ctx: SkillContext, channel: string | undefined, types: DiscrepancyType[]): Promise<SkillReply> {
  const onlySites = types.every((t) => t === 'sites_not_posted');
  const onlyGrps = types.every((t) => t === 'grp_under_delivery');
  const scope = channel === 'tv' || channel === 'ooh' ? channel : onlySites ? 'ooh' : onlyGrps ? 'tv' : undefined;
  const period = ctx.entities.period;
  ctx.status('Comparing delivery with what was contracted…');
  const result = await ctx.tools.call('check_discrepancies', { ...(scope ? { channel: scope } : {}), delivery_totals: true, ...(period ? { from: period.from, to: period.to } : {}) });
  const data = result.data as { discrepancies: Found[]; delivery_totals: (Omit<SupplierDelivery, 'rows'> & { locator: string })[] };
  const shortfalls = data.discrepancies.filter((d) => DELIVERY_TYPES.has(d.type));
  const { lines, clean, suppliers } = deliveryLines(ctx, data.delivery_totals, shortfalls);
  const found = suppliers.length ? shortfalls.filter((d) => suppliers.includes(d.counterparty)) : shortfalls;
  // "Did they post as booked?" gets a verdict; "were any sites not posted?" reads the other way round, so gets none.
  const text = normalise(ctx.question);
  const yesNo = YES_NO.test(text) && !/\b(not|any|fail\w*|short\w*|below|miss\w*|under\w*)\b/.test(text);
  const units = (d: Found[]) => (d.every((x) => x.type === 'sites_not_posted') ? (d.length === 1 ? 'cycle' : 'cycles') : d.length === 1 ? 'run of weeks' : 'runs of weeks');
  if (found.length) {
    lines.push(`${yesNo ? '*Not fully.* ' : ''}${found.length} ${units(found)} below the contractual guarantee:`);
    for (const d of found.slice(0, 8)) lines.push(...findingLines(d));
    if (clean.length) lines.push(`${listAnd(clean)}.`);
  } else if (data.delivery_totals.length) {
    lines.push(`✅ ${yesNo ? '*Yes* — ' : ''}${listAnd(clean)}.`);
  }
  return {
    lines,
    followUps: [found.some((d) => d.type === 'grp_under_delivery') ? 'Did TV make good on the GRP shortfall?' : 'Which campaigns under-delivered?', 'Are there invoice mismatches?', 'Are the agency SLAs being met?'],
    cite: [
      ...data.delivery_totals.filter((t) => !suppliers.length || suppliers.includes(t.supplier)).map((t) => ({ file: t.channel === 'tv' ? 'raw/tv_airtime.csv' : 'raw/ooh_sites.csv', locator: t.locator })),
      ...found.slice(0, 8).flatMap((d) => discrepancySources(d as Discrepancy)),
    ],
  };
}

export async function discrepancySkill(ctx: SkillContext): Promise<SkillReply> {
  if (isMakeGoodQuestion(normalise(ctx.question))) return makeGoodSkill(ctx);
  const { channel, types } = filterFor(ctx.question, ctx.entities.channels);
  if (types?.every((t) => DELIVERY_TYPES.has(t)) && ctx.entities.amounts.length === 0) return deliveryReply(ctx, channel, types);
  ctx.status('Reconciling invoices and delivery against the contracts…');
  const result = await ctx.tools.call('check_discrepancies', channel ? { channel } : {});
  const every = (result.data as { discrepancies: Found[] }).discrepancies;
  // "Is TransitAds owed a credit?": the findings for the media owner or agency named, when one is.
  const named = namedSuppliers(ctx.question, [...new Set(every.map((d) => d.counterparty))]);
  const all = named.length ? every.filter((d) => named.includes(d.counterparty)) : every;
  const found = types ? all.filter((d) => types.includes(d.type)) : all;
  const quoted = matchQuoted(found.length ? found : all, ctx.entities.amounts);
  const lines: string[] = [];
  if (quoted) {
    const overBy = quoted.actual - quoted.expected;
    lines.push(
      quoted.unit === 'GBP'
        ? `*The contract is right.* At the contracted rate the booking comes to ${formatMoney(quoted.expected, { exact: true })}; the invoice of ${formatMoney(quoted.actual, { exact: true })} is ${formatMoney(overBy, { exact: true })} too high, so ${formatMoney(overBy, { exact: true })} should be disputed.`
        : `*The contract sets the standard here*: expected ${formatNumber(quoted.expected, 1)} ${quoted.unit}, actual ${formatNumber(quoted.actual, 1)}.`,
      ...findingLines(quoted),
    );
  } else if (found.length === 0) {
    const scope = types?.includes('grp_under_delivery') ? 'every broadcaster met its weekly GRP guarantee' : 'no invoice, delivery or SLA mismatches';
    lines.push(`✅ I checked ${channel === 'agency' ? 'the agency SLAs' : channel ? `the ${channel.toUpperCase()} data` : 'every invoice, delivery and SLA row'} against the contracts and found ${scope}.`);
  } else {
    if (found.every((d) => d.type === 'late_sla')) {
      const agencies = [...new Set(found.map((d) => d.counterparty))];
      const credits = found.reduce((s, d) => s + (d.serviceCredit ?? 0), 0);
      lines.push(`*${listAnd(agencies)} missed ${found.length} service level${found.length === 1 ? '' : 's'}*${credits > 0 ? ` — service credits of ${formatMoney(credits, { exact: true })} in total are owed` : ''}:`);
    } else if (types?.includes('grp_under_delivery') && found.every((d) => d.type === 'grp_under_delivery')) {
      lines.push(`*Not fully.* ${found.length === 1 ? 'One shortfall' : `${found.length} shortfalls`} against the contracted GRP guarantee:`);
    } else {
      // "How much have we been overcharged?": the invoiced amounts above the contracts, added up.
      const over = found.filter((d) => d.unit === 'GBP').reduce((sum, d) => sum + d.actual - d.expected, 0);
      const total = over > 0 && found.filter((d) => d.unit === 'GBP').length > 1 ? ` — ${formatMoney(over, { exact: true })} invoiced above the contracts in total` : '';
      lines.push(`I found *${found.length} mismatch${found.length === 1 ? '' : 'es'}* between the data and the contracts${total}:`);
    }
    for (const d of found.slice(0, 8)) lines.push(...findingLines(d));
    if (found.length > 8) lines.push(`…and ${found.length - 8} more.`);
  }
  const shown = quoted ? [quoted] : found.slice(0, 8);
  return {
    lines,
    followUps: nextChecks(types),
    ...(shown.length ? { cite: shown.flatMap((d) => discrepancySources(d as Discrepancy)) } : {}),
  };
}

/** Channels bought against a contracted volume (GRPs, sites); the rest are bought on auction. */
const CONTRACTED = new Set(['tv', 'ooh']);

export async function underdeliverySkill(ctx: SkillContext): Promise<SkillReply> {
  if (ctx.entities.channels.length > 0 && !ctx.entities.channels.some((c) => CONTRACTED.has(c))) return auctionPacing(ctx);
  ctx.status('Comparing delivery with what was contracted, campaign by campaign…');
  const result = await ctx.tools.call('check_discrepancies', { by_campaign: true });
  const data = result.data as { discrepancies: Found[]; under_delivered_campaigns: (Omit<CampaignDelivery, 'rows'> & { in_shortfall: boolean })[]; campaigns_checked: number };
  const under = data.under_delivered_campaigns;
  const delivery = data.discrepancies.filter((d) => d.type === 'grp_under_delivery' || d.type === 'sites_not_posted');
  const lines: string[] = [];
  if (under.length === 0) {
    lines.push(`All ${data.campaigns_checked} TV and outdoor campaigns delivered what was contracted (every week within the guarantees).`);
  } else {
    lines.push(`*${under.length} of ${data.campaigns_checked} TV and outdoor campaigns under-delivered* (part of a shortfall against a contract guarantee, or under 95% over the flight):`);
    for (const c of under.slice(0, 12)) {
      lines.push(`• ${c.campaignId}: ${formatNumber(c.delivered, 1)} of ${formatNumber(c.contracted, 1)} ${c.unit} over the flight (${formatNumber(c.pct, 1)}%)${c.in_shortfall ? ' — in the shortfall below' : ''}`);
    }
  }
  if (delivery.length) {
    lines.push('The shortfalls behind them, against the contract guarantees:');
    for (const d of delivery.slice(0, 5)) lines.push(...findingLines(d));
  }
  lines.push('_Digital channels are bought on auction, so "delivery" there is spend and results rather than a contracted volume — ask e.g. "TikTok CPM by month"._');
  return {
    lines,
    cite: [
      ...delivery.slice(0, 5).flatMap((d) => discrepancySources(d as Discrepancy)),
      ...under.slice(0, 12).map((c) => ({ file: c.channel === 'tv' ? 'raw/tv_airtime.csv' : 'raw/ooh_sites.csv', locator: `campaign ${c.campaignId}` })),
    ],
    followUps: ['Is the TV broadcaster delivering the contracted GRPs?', 'Are there invoice mismatches?', under[0] ? `What did ${under[0].campaignId} spend?` : 'Cost per car sold by channel'],
  };
}
