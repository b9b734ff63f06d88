/**
 * Input schemas of the agent tools (zod; JSON schema for providers via z.toJSONSchema). Channel and
 * model fields accept what people type ("TV", "Facebook", "the saloon"): a preprocessing step maps
 * them to ids before validation, so a language model's "YouTube" works as well as "youtube".
 */
import { z } from 'zod';
import { ASSET_CHANNELS, MMM_CHANNELS, REGIONS, VEHICLE_MODELS } from '../../data/brand/catalog.js';
import type { MetricName } from '../../rag/types.js';
import { extractEntities } from '../entities/extract.js';
import { METRIC_LABELS } from '../entities/lexicon.js';

const modelIds = VEHICLE_MODELS.map((m) => m.id) as [string, ...string[]];
const regionIds = REGIONS.map((r) => r.id) as [string, ...string[]];
const categories = ['digital', 'traditional', 'sales', 'contracts', 'context', 'assets', 'dictionary'] as const;
/** Every metric the engine computes: the labels are a record over MetricName, so a new metric is never missing. */
const metricNames = Object.keys(METRIC_LABELS) as [MetricName, ...MetricName[]];
const groupBys = ['channel', 'vehicle_model', 'campaign_id', 'month', 'week', 'quarter', 'region', 'supplier', 'creative', 'competitor', 'media', 'source'] as const;
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use an ISO date, YYYY-MM-DD');

/** "YouTube" → "youtube", "Facebook" → "meta"; unknown text is left alone so validation names it. */
export function toChannelId(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if ((MMM_CHANNELS as readonly string[]).includes(v)) return v;
  return extractEntities(value).channels[0] ?? v;
}

export function toModelId(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (modelIds.includes(v)) return v;
  return extractEntities(value).models[0] ?? v;
}

const channel = z.enum(MMM_CHANNELS).describe(`One of: ${MMM_CHANNELS.join(', ')}`);
const assetChannel = z.enum(ASSET_CHANNELS).describe(`One of: ${ASSET_CHANNELS.join(', ')}`);
const vehicleModel = z.enum(modelIds).describe(`Vehicle model id: ${modelIds.join(', ')}`);

export const searchDataInput = z.object({
  query: z.string().min(1).max(500).describe('What to look for, in plain words'),
  category: z.enum(categories).optional().describe('Restrict to one document family (contracts for clauses)'),
  channel: channel.optional(),
  vehicle_model: vehicleModel.optional(),
  top_k: z.number().int().min(1).max(20).optional().describe('Hits to return, default 6'),
});

export const searchAssetsInput = z.object({
  query: z.string().min(1).max(500).describe('Describe the creative: model, channel, format, message'),
  channel: assetChannel.optional(),
  vehicle_model: vehicleModel.optional(),
  creative_type: z.string().max(50).optional().describe('e.g. story, banner, billboard, print_ad, tv_storyboard'),
  top_k: z.number().int().min(1).max(12).optional().describe('Creatives to return, default 4'),
});

export const filterByChannelInput = z.object({
  channel,
  top_k: z.number().int().min(1).max(20).optional(),
});

export const queryMetricsInput = z.object({
  metric: z
    .enum(metricNames)
    .describe(
      'Ratios (ctr, cpm, cpc, cpa, roas, cost_per_sale, cost_per_lead, cost_per_test_drive, lead_to_test_drive_rate, lead_to_sale_rate, test_drive_to_sale_rate, cost_per_grp, cpt, conversion_rate, frequency, broadcast_frequency, share_of_voice) are recomputed from summed parts',
    ),
  channel: channel.optional(),
  vehicle_model: vehicleModel.optional(),
  campaign_id: z.string().regex(/^HM-[A-Z0-9]+-[A-Z]+-\d{2}Q[1-4]$/, 'campaign ids look like HM-META-TERRA-24Q2').optional(),
  source: z
    .string()
    .regex(/^[a-z0-9_]+$/, 'a source id as in the files, e.g. paid_social')
    .optional()
    .describe('sessions and leads only: traffic or lead source as in the files (sessions: paid_search, paid_social, organic_search, display_video, referral, direct; leads: paid_<channel>, organic_search, direct, referral, event, dealer_phone)'),
  competitor: z.string().min(2).max(80).optional().describe('competitor_spend and share_of_voice only: one competitor, e.g. "Norvik Automotive"'),
  supplier: z
    .preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(z.string().min(2).max(80)).min(1).max(8))
    .optional()
    .describe(
      'Traditional media only: the media owners to count, each its name as in the files or its first words ("Albion" = Albion Broadcasting Group and Albion Player, "Skyline", "Metro Outdoor", "TransitAds", "Capital Wave", "Northern Sound", "Talk Britain", "Crestline"); with two or more, group_by supplier compares them',
    ),
  format: z
    .string()
    .min(2)
    .max(60)
    .optional()
    .describe('Traditional media only: one ad format as in the files (OOH roadside_48_sheet, digital_6_sheet, rail_6_sheet, bus_t_side; print full_page, half_page, double_page_spread)'),
  region: z.enum(regionIds).optional().describe(`Sales region (leads, test drives, cars sold, revenue): ${regionIds.join(', ')}`),
  from: isoDate.optional().describe('Inclusive start date'),
  to: isoDate.optional().describe('Inclusive end date'),
  group_by: z
    .enum(groupBys)
    .optional()
    .describe(
      'supplier = the media owner of a traditional buy: broadcaster (TV), station group (radio), supplier (OOH), publisher (print); creative = the creative id of the media rows (ranked, with format, model and image from the asset manifest); competitor and media (tv, digital, ooh, other) only for competitor_spend; source = traffic source of sessions, source of leads',
    ),
  order: z
    .enum(['best', 'worst'])
    .optional()
    .describe('With group_by creative: rank best first (default; lowest first for costs) or worst first; the first-ranked creative\'s image is attached'),
  listed: z
    .number()
    .int()
    .min(1)
    .max(25)
    .optional()
    .describe('With group_by creative: how many creatives the answer lists ("worst 3" = 3); the image attached is of one of them, or none'),
});

export const mmmSummaryInput = z.object({});

export const mmmRoiInput = z.object({ channel: channel.optional().describe('Omit for every channel') });

const periodWeeks = z
  .number()
  .int()
  .min(1)
  .max(520)
  .optional()
  .describe('Planning period in weeks (the last N weeks of data, at most the weeks of data): a quarter = 13, a month = 4, a half-year = 26, a year = 52');

export const mmmOptimizeInput = z.object({
  budget: z.number().positive().optional().describe('Total budget in GBP over the planning period (not per week); default = current spend over the period'),
  period_weeks: periodWeeks.describe(
    'Weeks the budget covers (a quarter = 13, a month = 4, a year = 52). Omit when the user names no period: with a budget the tool infers it at the current weekly rate (budget ÷ average weekly spend); without one it plans over all the data',
  ),
  bounds: z.number().min(0.01).max(1).optional().describe('Max relative change per channel, e.g. 0.2 for ±20%; default 0.3'),
  channel_bounds: z
    .partialRecord(z.enum(MMM_CHANNELS), z.tuple([z.number().min(0), z.number().min(0)]))
    .optional()
    .describe('Per-channel [min, max] multipliers of current spend'),
  lock: z.array(channel).optional().describe('Channels held at current spend'),
  extra_budget: z
    .number()
    .positive()
    .optional()
    .describe(
      'Instead of budget: money on top of today\'s spend over the period ("where should an extra 500K go?"); no channel is cut, each rises at most by bounds (more if the extra needs it); a quarter when no period is named',
    ),
}).refine((v) => v.budget === undefined || v.extra_budget === undefined, { message: 'give either budget or extra_budget, not both' });

export const mmmCurvesInput = z.object({ channel: channel.optional() });

export const mmmScenarioInput = z
  .object({
    changes: z
      .partialRecord(z.enum(MMM_CHANNELS), z.number().min(-1).max(5))
      .optional()
      .describe('Relative spend change per channel id, e.g. {"tv": -0.1, "meta": 0.1}'),
    absolute: z
      .partialRecord(z.enum(MMM_CHANNELS), z.number())
      .optional()
      .describe('Spend change per channel id in GBP over the planning period, e.g. {"tv": -500000} for "cut TV by 500K"'),
    move: z
      .object({
        from: channel,
        to: channel,
        amount: z.number().positive().optional().describe('GBP to move'),
        fraction: z.number().min(0.01).max(1).optional().describe('Share of the source channel spend to move'),
      })
      .optional(),
    period_weeks: periodWeeks.describe(
      'Weeks the money amounts cover (a quarter = 13, a month = 4, a year = 52). Omit when the user names no period: a money move or absolute change is then read as a quarter (longer only if the source channel spends less than that in a quarter); relative changes cover all the data',
    ),
  })
  .refine((v) => [v.changes, v.absolute, v.move].filter(Boolean).length === 1, { message: 'give exactly one of changes, absolute or move' });

/** Field names holding channel/model ids, mapped before validation. */
export function normaliseToolInput(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const out: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  if ('channel' in out) out.channel = toChannelId(out.channel);
  if ('vehicle_model' in out) out.vehicle_model = toModelId(out.vehicle_model);
  if (Array.isArray(out.lock)) out.lock = out.lock.map(toChannelId);
  for (const key of ['changes', 'absolute', 'channel_bounds'] as const) {
    const rec = out[key];
    if (rec && typeof rec === 'object' && !Array.isArray(rec)) {
      out[key] = Object.fromEntries(Object.entries(rec).map(([k, v]) => [toChannelId(k) as string, v]));
    }
  }
  if (out.move && typeof out.move === 'object') {
    const mv = { ...(out.move as Record<string, unknown>) };
    mv.from = toChannelId(mv.from);
    mv.to = toChannelId(mv.to);
    out.move = mv;
  }
  // Language models sometimes send null for "not set".
  for (const [k, v] of Object.entries(out)) if (v === null) delete out[k];
  return out;
}
