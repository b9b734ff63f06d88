/**
 * Title and alt text for a chart upload: a sentence that carries the chart's main finding, so a screen
 * reader (or a notification preview) gets the answer, not "chart.png".
 */
import type { ChartSpec } from './types.js';
import { currency, currencyDelta, formatValue, multiple, multipleRange, percent } from './format.js';
import { channelLabel } from './palette.js';
import { halfLife, halfLifeText } from './builders/adstock.js';
import { changeText } from './builders/budget.js';
import { responseAt } from './builders/curves.js';
import { rSquared } from './builders/spend-sales.js';
import { validateSpec } from './validate.js';

/** Slack's alt_text limit for images is 2,000 characters; we stay well under it. */
const MAX_ALT = 1000;

function clip(text: string): string {
  return text.length <= MAX_ALT ? text : `${text.slice(0, MAX_ALT - 1).trimEnd()}…`;
}

function listFew(items: string[], max = 5): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

function pearson(points: { x: number; y: number }[]): number {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const p of points) {
    sxy += (p.x - mx) * (p.y - my);
    sxx += (p.x - mx) ** 2;
    syy += (p.y - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

function describe(spec: ChartSpec): string {
  const sym = spec.currency;
  switch (spec.kind) {
    case 'roi': {
      const bars = [...spec.bars].sort((a, b) => b.roi - a.roi);
      const one = (b: (typeof bars)[number]) =>
        `${channelLabel(b.channel)} ${multiple(b.roi)}${b.low !== undefined && b.high !== undefined ? ` (${multipleRange(b.low, b.high)})` : ''}`;
      const best = bars[0] as (typeof bars)[number];
      const worst = bars[bars.length - 1] as (typeof bars)[number];
      const above = bars.filter((b) => b.roi >= 1).length;
      const head = bars.length === 1 ? one(best) : `${one(best)} highest, ${one(worst)} lowest`;
      const rest = bars.length > 2 ? `; all: ${bars.map((b) => `${channelLabel(b.channel)} ${multiple(b.roi)}`).join(', ')}` : '';
      return `ROI by channel: ${head}; ${above} of ${bars.length} channels at or above break-even (1.0x)${rest}.`;
    }
    case 'response_curves': {
      const parts = spec.curves.map((c) => {
        const name = channelLabel(c.channel);
        const maxSpend = Math.max(...c.spend);
        if (c.current !== undefined && c.optimal !== undefined && Math.abs(c.optimal - c.current) <= 0.005 * Math.max(c.current, 1)) {
          return `${name} ${currency(c.current, sym)} now, already at the optimum`;
        }
        if (c.current !== undefined && c.optimal !== undefined) {
          const gain = responseAt(c, c.optimal) - responseAt(c, c.current);
          return `${name} ${currency(c.current, sym)} now → ${currency(c.optimal, sym)} optimal (${gain >= 0 ? '+' : '−'}${formatValue(Math.abs(gain), spec.yFormat ?? 'number', sym)} response)`;
        }
        if (c.current !== undefined) return `${name} at ${currency(c.current, sym)} now`;
        return `${name} up to ${currency(maxSpend, sym)}`;
      });
      return `Response curves (${(spec.yLabel ?? 'incremental sales').toLowerCase()} vs spend) for ${spec.curves.length} channel${spec.curves.length === 1 ? '' : 's'}: ${listFew(parts, 6)}.`;
    }
    case 'adstock': {
      const sorted = [...spec.curves].sort((a, b) => halfLife(b.weights) - halfLife(a.weights));
      const first = sorted[0] as (typeof sorted)[number];
      const last = sorted[sorted.length - 1] as (typeof sorted)[number];
      if (sorted.length === 1) return `Adstock decay for ${channelLabel(first.channel)}: half-life ${halfLifeText(first.weights)}.`;
      return `Adstock decay for ${sorted.length} channels: ${channelLabel(first.channel)} carries over longest (half-life ${halfLifeText(first.weights)}), ${channelLabel(last.channel)} shortest (${halfLifeText(last.weights)}).`;
    }
    case 'budget_shift': {
      const before = spec.rows.reduce((s, r) => s + r.before, 0);
      const after = spec.rows.reduce((s, r) => s + r.after, 0);
      const byDelta = [...spec.rows].sort((a, b) => b.after - b.before - (a.after - a.before));
      const up = byDelta[0] as (typeof byDelta)[number];
      const down = byDelta[byDelta.length - 1] as (typeof byDelta)[number];
      const total = Math.abs(after - before) < 0.5 ? `total ${currency(before, sym)} unchanged` : `total ${currency(before, sym)} → ${currency(after, sym)} (${currencyDelta(after - before, sym)})`;
      const moves = [
        up.after - up.before > 0.5 ? `biggest increase ${channelLabel(up.channel)} ${changeText(up.before, up.after, sym)}` : '',
        down.after - down.before < -0.5 ? `biggest cut ${channelLabel(down.channel)} ${changeText(down.before, down.after, sym)}` : '',
      ].filter(Boolean);
      return `Budget before vs after across ${spec.rows.length} channels, ${total}${moves.length ? `; ${moves.join('; ')}` : '; no channel changes'}.`;
    }
    case 'spend_vs_sales': {
      const label = (spec.salesLabel ?? 'sales').toLowerCase();
      const fmt = spec.salesFormat ?? 'number';
      const totalSpend = spec.spend.reduce((s, v) => s + v, 0);
      let peak = 0;
      spec.actual.forEach((v, i) => {
        if (v > (spec.actual[peak] as number)) peak = i;
      });
      const fit = spec.fitted ? `; model fit R² ${rSquared(spec.actual, spec.fitted).toFixed(2)}` : '';
      return `Weekly media spend vs ${label} over ${spec.weeks.length} weeks (${spec.weeks[0]} to ${spec.weeks[spec.weeks.length - 1]}): total spend ${currency(totalSpend, sym)}, ${label} peak ${formatValue(spec.actual[peak] as number, fmt, sym)} in week ${spec.weeks[peak]}${fit}.`;
    }
    case 'bar': {
      const fmt = spec.yFormat ?? 'number';
      const parts = spec.series.map((s) => {
        const pairs = spec.labels.map((l, i) => ({ l, v: s.values[i] as number })).sort((a, b) => b.v - a.v);
        const body = listFew(pairs.map((p) => `${channelLabel(p.l)} ${formatValue(p.v, fmt, spec.currency)}`), 6);
        return spec.series.length > 1 ? `${s.label}: ${body}` : body;
      });
      return `Bar chart${spec.yLabel ? ` of ${spec.yLabel.toLowerCase()}` : ''}, highest first: ${parts.join('; ')}.`;
    }
    case 'line': {
      const fmt = spec.yFormat ?? 'number';
      const f = (v: number) => formatValue(v, fmt, spec.currency);
      const parts = spec.series.map((s) => {
        const first = s.values[0] as number;
        const last = s.values[s.values.length - 1] as number;
        const change = first !== 0 ? ` (${last >= first ? '+' : ''}${percent((last - first) / Math.abs(first))})` : '';
        return `${s.label} from ${f(first)} to ${f(last)}${change}, range ${f(Math.min(...s.values))}–${f(Math.max(...s.values))}`;
      });
      return `Line chart over ${spec.labels.length} points (${spec.labels[0]} to ${spec.labels[spec.labels.length - 1]}): ${listFew(parts, 4)}.`;
    }
    case 'scatter': {
      const parts = spec.series.map((s) => {
        const r = pearson(s.points);
        const word = Math.abs(r) < 0.2 ? 'no clear relation' : r > 0 ? (r > 0.6 ? 'strongly rising' : 'rising') : r < -0.6 ? 'strongly falling' : 'falling';
        return `${s.label} ${word} (r = ${r.toFixed(2)}, ${s.points.length} points)`;
      });
      const axes = spec.xLabel && spec.yLabel ? `${spec.yLabel} vs ${spec.xLabel}` : 'Scatter plot';
      return `${axes}: ${listFew(parts, 6)}.`;
    }
  }
}

/** The upload title (the spec's title) and a data-bearing alt text. Validates the spec first. */
export function chartTitleAndAlt(spec: ChartSpec): { title: string; altText: string } {
  validateSpec(spec);
  const title = spec.title.trim();
  return { title, altText: clip(describe(spec)) };
}
