/** `attributed_sales`: spend joined to won leads through campaign tracking codes — cost per car sold by channel, campaign or model. */
import { z } from 'zod';
import { MMM_CHANNELS, VEHICLE_MODELS } from '../../data/brand/catalog.js';
import { attributedSales, LEADS_FILE } from '../joins/attribution.js';
import { chartAttachment } from './sources.js';
import type { ToolDefinition } from './types.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use an ISO date, YYYY-MM-DD');

export const attributedSalesInput = z.object({
  group_by: z.enum(['channel', 'campaign_id', 'vehicle_model']).optional().describe('Default channel'),
  channel: z.enum(MMM_CHANNELS).optional(),
  vehicle_model: z.enum(VEHICLE_MODELS.map((m) => m.id) as [string, ...string[]]).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const attributedSalesTool: ToolDefinition<typeof attributedSalesInput> = {
  name: 'attributed_sales',
  agent: 'rag',
  description:
    'Cost per car sold and per lead through tracking codes: media spend (from the CSVs) divided by the sales of won leads whose campaign id or source names the channel. Works for the tracked channels (Meta, Google, DV360, TikTok, YouTube, LinkedIn, events); TV, radio, outdoor and print have no tracking codes and are listed as unattributable (use the mmm_* tools for their effect).',
  input: attributedSalesInput,
  async run(input, deps) {
    const groupBy = input.group_by ?? 'channel';
    const result = attributedSales(deps.dataDir, deps.metrics, {
      groupBy,
      ...(input.channel ? { channel: input.channel } : {}),
      ...(input.vehicle_model ? { vehicleModel: input.vehicle_model } : {}),
      ...(input.from ? { from: input.from } : {}),
      ...(input.to ? { to: input.to } : {}),
    });
    const priced = result.rows.filter((r) => r.costPerSale !== undefined).slice(0, 20);
    return {
      data: { ...result, rows: result.rows.slice(0, 60), spendSources: undefined },
      sources: [
        ...result.spendSources.map((s) => ({ file: s.file, locator: s.locator ?? `${s.rows} rows`, title: s.file.split('/').pop() ?? s.file })),
        { file: LEADS_FILE, locator: `${result.leadRows.toLocaleString('en-GB')} leads (won leads by campaign id / source)`, title: 'leads.csv' },
      ],
      attachments: priced.length > 1 ? [chartAttachment({
        kind: 'bar',
        title: `Cost per car sold by ${groupBy === 'campaign_id' ? 'campaign' : groupBy === 'vehicle_model' ? 'model' : 'channel'} (tracked sales)`,
        subtitle: 'Media spend ÷ sales from won leads with the channel\'s tracking code',
        labels: priced.map((r) => r.group),
        series: [{ label: 'Cost per car sold', values: priced.map((r) => Math.round(r.costPerSale!)) }],
        yFormat: 'currency',
        horizontal: true,
      })] : [],
    };
  },
};
