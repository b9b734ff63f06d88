/**
 * Chart specs come from tools and sessions, so they are checked before a pixel is drawn: non-empty data,
 * finite numbers (zod rejects NaN and ±Infinity), matching lengths, sane render sizes.
 */
import { z } from 'zod';
import { MixError } from '../errors.js';
import type { ChartSpec, RenderOptions } from './types.js';

const num = z.number();
const nonNeg = z.number().min(0);
const label = z.string().trim().min(1, 'must not be empty');
const format = z.enum(['currency', 'number', 'percent', 'multiple']).optional();
const common = { title: label, subtitle: z.string().optional(), currency: z.string().min(1).max(4).optional() };
const list = <T extends z.ZodType>(item: T, what: string) => z.array(item).min(1, `needs at least one ${what}`);

const curve = z
  .object({
    channel: label,
    spend: list(nonNeg, 'spend point'),
    response: list(num, 'response point'),
    current: nonNeg.optional(),
    optimal: nonNeg.optional(),
  })
  .refine((c) => c.spend.length === c.response.length, 'spend and response must have the same length');

const series = z.object({ label, values: list(num, 'value') });

const schema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('roi'),
    ...common,
    bars: list(
      z
        .object({ channel: label, roi: num, low: num.optional(), high: num.optional() })
        .refine((b) => b.low === undefined || b.high === undefined || b.low <= b.high, 'low must be ≤ high'),
      'bar',
    ),
  }),
  z.object({
    kind: z.literal('response_curves'),
    ...common,
    curves: list(curve, 'curve'),
    xLabel: z.string().optional(),
    yLabel: z.string().optional(),
    yFormat: format,
  }),
  z.object({
    kind: z.literal('adstock'),
    ...common,
    curves: list(z.object({ channel: label, weights: list(nonNeg, 'weight') }), 'curve'),
    xLabel: z.string().optional(),
  }),
  z.object({
    kind: z.literal('budget_shift'),
    ...common,
    rows: list(z.object({ channel: label, before: nonNeg, after: nonNeg }), 'row'),
  }),
  z
    .object({
      kind: z.literal('spend_vs_sales'),
      ...common,
      weeks: list(label, 'week'),
      spend: list(nonNeg, 'spend value'),
      actual: list(num, 'sales value'),
      fitted: z.array(num).optional(),
      salesLabel: z.string().optional(),
      salesFormat: format,
    })
    .refine(
      (s) => s.spend.length === s.weeks.length && s.actual.length === s.weeks.length,
      'weeks, spend and actual must have the same length',
    )
    .refine((s) => !s.fitted || s.fitted.length === s.weeks.length, 'fitted must have one value per week'),
  z
    .object({
      kind: z.literal('bar'),
      ...common,
      labels: list(label, 'label'),
      series: list(series, 'series'),
      yLabel: z.string().optional(),
      yFormat: format,
      horizontal: z.boolean().optional(),
    })
    .refine((s) => s.series.every((x) => x.values.length === s.labels.length), 'each series needs one value per label'),
  z
    .object({
      kind: z.literal('line'),
      ...common,
      labels: list(label, 'label'),
      series: list(series, 'series'),
      yLabel: z.string().optional(),
      yFormat: format,
    })
    .refine((s) => s.series.every((x) => x.values.length === s.labels.length), 'each series needs one value per label'),
  z.object({
    kind: z.literal('scatter'),
    ...common,
    series: list(z.object({ label, points: list(z.object({ x: num, y: num }), 'point') }), 'series'),
    xLabel: z.string().optional(),
    yLabel: z.string().optional(),
    xFormat: format,
    yFormat: format,
    trend: z.boolean().optional(),
  }),
]);

const MAX_PIXELS = 40_000_000;

/** Returns the spec unchanged or throws MixError('INPUT_INVALID') naming the first problems. */
export function validateSpec(spec: ChartSpec): ChartSpec {
  const parsed = schema.safeParse(spec);
  if (parsed.success) return spec;
  const kind = typeof (spec as { kind?: unknown })?.kind === 'string' ? (spec as { kind: string }).kind : 'unknown';
  const problems = parsed.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : 'spec'}: ${i.message}`)
    .join('; ');
  throw new MixError('INPUT_INVALID', `invalid ${kind} chart spec: ${problems}`, {
    userMessage: `I could not draw that chart: its data is incomplete or not numeric (${problems}).`,
    details: { kind, issues: parsed.error.issues.slice(0, 10) },
  });
}

export function resolveSize(options: RenderOptions = {}): { width: number; height: number; scale: number } {
  const width = options.width ?? 1200;
  const height = options.height ?? 700;
  const scale = options.scale ?? 2;
  const ok =
    Number.isFinite(width) &&
    Number.isFinite(height) &&
    Number.isFinite(scale) &&
    width >= 320 &&
    height >= 200 &&
    scale >= 0.5 &&
    scale <= 4 &&
    width * height * scale * scale <= MAX_PIXELS;
  if (!ok) {
    throw new MixError('INPUT_INVALID', `invalid chart size ${width}x${height} at scale ${scale}`, {
      userMessage: 'That chart size is not supported (width ≥ 320, height ≥ 200, scale 0.5–4, at most 40 MP).',
    });
  }
  return { width: Math.round(width), height: Math.round(height), scale };
}
