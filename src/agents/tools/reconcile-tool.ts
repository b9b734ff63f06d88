/** `check_discrepancies`: invoices vs contracted rates, delivery vs guarantees, SLA deadlines — from the data. */
import { z } from 'zod';
import { findDiscrepancies, RECONCILE_FILES, type Discrepancy } from '../reconcile/checks.js';
import { guaranteedBroadcasters, makeGoodChecks } from '../reconcile/make-goods.js';
import { contractCommitments } from '../reconcile/commitments.js';
import { campaignDelivery, supplierDelivery } from '../reconcile/delivery.js';
import type { Source } from '../types.js';
import type { ToolDefinition } from './types.js';
import { clip } from '../quote.js';

export const checkDiscrepanciesInput = z.object({
  channel: z.enum(['tv', 'ooh', 'print', 'agency']).optional().describe('Limit to one contract family; omit for all'),
  type: z
    .enum(['invoice_above_contract_rate', 'grp_under_delivery', 'late_sla', 'sites_not_posted', 'discount_not_applied'])
    .optional(),
  by_campaign: z.boolean().optional().describe('Also return delivery vs contract per campaign (TV GRPs, outdoor sites)'),
  make_goods: z
    .boolean()
    .optional()
    .describe('Also check TV GRP shortfalls against the make-good clause: GRPs short by broadcaster and month, airtime above contract within the make-good window, and the credit at the net rate'),
  delivery_totals: z
    .boolean()
    .optional()
    .describe('Also return contracted vs delivered totals per media owner: TV GRPs contracted vs delivered (linear airtime) and OOH sites booked vs posted, with % delivered'),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().describe('Only findings and totals from this date (ISO, on the week, cycle or due date)'),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().describe('Only findings and totals up to this date (ISO, inclusive)'),
  commitments: z
    .boolean()
    .optional()
    .describe('Also return each media contract\'s minimum spend commitment (term and yearly phasing, with the clause) against the spend booked under it: the nearest the data has to a budget, as there is no media plan or budget file'),
});

export function rowsLocator(rows: number[]): string {
  if (rows.length === 0) return '';
  const sorted = [...rows].sort((a, b) => a - b);
  if (sorted.length === 1) return `row ${sorted[0]}`;
  const contiguous = sorted.every((r, i) => i === 0 || r === sorted[i - 1]! + 1);
  return contiguous ? `rows ${sorted[0]}–${sorted[sorted.length - 1]}` : `rows ${sorted.slice(0, 8).join(', ')}${sorted.length > 8 ? '…' : ''}`;
}

export function discrepancySources(d: Discrepancy): Source[] {
  const out: Source[] = [{ file: d.file, locator: rowsLocator(d.rows), title: `${d.file.split('/').pop()} — ${d.locator}` }];
  if (d.contractFile) out.push({ file: d.contractFile, ...(d.clause ? { locator: `clause ${d.clause}` } : {}), title: `${d.contractFile.split('/').pop()}${d.clause ? ` — clause ${d.clause}` : ''}` });
  return out;
}

export const checkDiscrepanciesTool: ToolDefinition<typeof checkDiscrepanciesInput> = {
  name: 'check_discrepancies',
  agent: 'rag',
  description:
    'Reconciles the data against the contracts: outdoor invoices above the contracted rate, sites booked but not posted, print invoices without the agreed discount, TV GRPs delivered below the contractual guarantee, and agency SLA deadlines missed. Each finding has the expected and actual values, the CSV rows and the contract clause. Use by_campaign for "which campaigns under-delivered?", make_goods for "did TV make good on the GRP shortfall?".',
  input: checkDiscrepanciesInput,
  async run(input, deps) {
    const inPeriod = (date: string) => (!input.from || date >= input.from) && (!input.to || date <= input.to);
    const found = findDiscrepancies(deps.dataDir, { ...(input.channel ? { channel: input.channel } : {}), ...(input.type ? { type: input.type } : {}) }).filter((d) => inPeriod(d.date));
    const deliveryChannel = input.channel === 'tv' || input.channel === 'ooh' ? input.channel : undefined;
    const totals = input.delivery_totals
      ? supplierDelivery(deps.dataDir, { ...(deliveryChannel ? { channel: deliveryChannel } : {}), ...(input.from ? { from: input.from } : {}), ...(input.to ? { to: input.to } : {}) })
      : undefined;
    const campaigns = input.by_campaign ? campaignDelivery(deps.dataDir).sort((a, b) => a.pct - b.pct) : undefined;
    // A campaign under-delivered when it is part of a shortfall against a guarantee, or below 95% over its flight.
    const named = new Set(found.filter((d) => d.type === 'grp_under_delivery' || d.type === 'sites_not_posted').flatMap((d) => d.campaignIds));
    const under = campaigns?.filter((c) => c.pct < 95 || named.has(c.campaignId));
    const makeGoods = input.make_goods ? makeGoodChecks(deps.dataDir) : undefined;
    const commitments = input.commitments ? contractCommitments(deps.dataDir) : undefined;
    return {
      data: {
        ...(makeGoods ? { make_goods: makeGoods.map((m) => ({ ...m, rows: m.rows.slice(0, 30) })), broadcasters_checked: guaranteedBroadcasters(deps.dataDir) } : {}),
        ...(commitments ? { commitments } : {}),
        ...(totals ? { delivery_totals: totals.map(({ rows, ...t }) => ({ ...t, rows: rows.length, locator: rowsLocator(rows) })) } : {}),
        discrepancies: found.map(({ clauseText, ...d }) => ({ ...d, rows: d.rows.slice(0, 20), ...(clauseText ? { clause_text: clip(clauseText, 600) } : {}) })),
        ...(campaigns ? { under_delivered_campaigns: under!.map(({ rows, ...c }) => ({ ...c, rows: rows.length, in_shortfall: named.has(c.campaignId) })), campaigns_checked: campaigns.length } : {}),
      },
      sources: [
        ...(makeGoods ?? []).flatMap((m) => [
          { file: RECONCILE_FILES.tv, locator: rowsLocator(m.rows), title: `tv_airtime.csv — ${m.broadcaster} weeks below guarantee` },
          ...(m.contractFile && m.makeGoodClause ? [{ file: m.contractFile, locator: `clause ${m.makeGoodClause}`, title: `${m.contractFile.split('/').pop()} — clause ${m.makeGoodClause}` }] : []),
        ]),
        ...(commitments ?? []).flatMap((c) => [
          { file: c.contractFile, ...(c.clause ? { locator: `clause ${c.clause}` } : {}), title: `${c.contractFile.split('/').pop()}${c.clause ? ` — clause ${c.clause}` : ''}` },
          { file: c.file, locator: `contract ${c.contractId}`, title: `${c.file.split('/').pop()} — ${c.contractId} spend` },
        ]),
        ...(totals ?? []).map((t) => ({ file: t.channel === 'tv' ? RECONCILE_FILES.tv : RECONCILE_FILES.ooh, locator: rowsLocator(t.rows), title: `${t.channel === 'tv' ? 'tv_airtime' : 'ooh_sites'}.csv — ${t.supplier} ${t.unit} contracted vs delivered` })),
        ...found.flatMap(discrepancySources),
        ...(under ?? []).slice(0, 10).map((c) => ({ file: c.channel === 'tv' ? 'raw/tv_airtime.csv' : 'raw/ooh_sites.csv', locator: `campaign ${c.campaignId}`, title: `${c.campaignId} delivery` })),
      ],
      attachments: [],
    };
  },
};
