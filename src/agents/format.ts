/** Number formatting for answers (Slack mrkdwn). Deterministic, locale-free (en-GB style). */
import type { Interval } from '../mmm/service-types.js';
import type { MetricResult } from '../rag/types.js';

function groupThousands(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 1234.5 → "1,234.50"; 1234.5 with 0 decimals → "1,235". */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return 'n/a';
  const neg = value < 0;
  const [i, d] = Math.abs(value).toFixed(decimals).split('.');
  const s = groupThousands(i!) + (d ? `.${d}` : '');
  return neg && /[1-9]/.test(s) ? `-${s}` : s;
}

/** Money, full precision for small amounts and compact for large: £4.27, £812, £12,400, £1.24M. */
export function formatMoney(value: number, options: { exact?: boolean } = {}): string {
  if (!Number.isFinite(value)) return 'n/a';
  const sign = value < 0 ? '-' : '';
  const v = Math.abs(value);
  if (options.exact) return `${sign}£${formatNumber(v, v < 100 ? 2 : 0)}`;
  if (v >= 1e6) return `${sign}£${formatNumber(v / 1e6, v >= 1e8 ? 0 : 2)}M`;
  if (v >= 100_000) return `${sign}£${formatNumber(v / 1e3, 0)}K`;
  if (v >= 100) return `${sign}£${formatNumber(v, 0)}`;
  return `${sign}£${formatNumber(v, 2)}`;
}

export function formatCount(value: number): string {
  if (Math.abs(value) >= 10_000_000) return `${formatNumber(value / 1e6, 1)}M`;
  return formatNumber(value, Number.isInteger(value) ? 0 : 1);
}

export function formatPct(value: number, decimals = 1): string {
  return `${formatNumber(value, decimals)}%`;
}

export function formatSignedPct(value: number, decimals = 1): string {
  return `${value > 0 ? '+' : ''}${formatNumber(value, decimals)}%`;
}

export function formatMultiple(value: number): string {
  return `${formatNumber(value, 2)}x`;
}

/** A metric value in its unit: money, count, percent (already ×100) or ratio (ROAS-style multiple). */
export function formatMetricValue(value: number, unit: MetricResult['unit']): string {
  switch (unit) {
    case 'GBP':
      return formatMoney(value);
    case 'percent':
      return formatPct(value, 2);
    case 'ratio':
      return formatMultiple(value);
    default:
      return formatCount(value);
  }
}

/** "3.1x (2.4–3.9x)" for ROI-like intervals. */
export function formatIntervalMultiple(i: Interval): string {
  return `${formatNumber(i.estimate, 2)}x (${formatNumber(i.low, 2)}–${formatNumber(i.high, 2)}x)`;
}

export function formatIntervalMoney(i: Interval): string {
  return `${formatMoney(i.estimate)} (${formatMoney(i.low)} to ${formatMoney(i.high)})`;
}

/** The MMM service gives relative changes as fractions (0.012 = 1.2%). */
export function fractionToPct(i: Interval): Interval {
  return { estimate: i.estimate * 100, low: i.low * 100, high: i.high * 100 };
}

export function formatIntervalPct(i: Interval): string {
  return `${formatSignedPct(i.estimate)} (${formatSignedPct(i.low)} to ${formatSignedPct(i.high)})`;
}

/** "a, b and c". */
export function listAnd(items: string[], last = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** "a, b or c". */
/** "a" or "an" before a whole number as it is said: an 8-week, an 11-week, an 18-week, a 13-week, an 800-week. */
export function articleFor(n: number): 'a' | 'an' {
  const lead = Math.floor(Math.abs(n) / 1000 ** Math.floor(Math.log10(Math.max(1, Math.abs(n))) / 3));
  return /^8/.test(String(Math.abs(Math.round(n)))) || lead === 11 || lead === 18 ? 'an' : 'a';
}

export function listOr(items: string[]): string {
  return listAnd(items, 'or');
}

/**
 * The change from `before` to `after`: relative for amounts ("-6.9%"), in points for percentages ("+0.15 pts"),
 * "new" from nothing, "n/a" when either side is undefined.
 */
export function formatChange(before: number, after: number, unit: MetricResult['unit']): string {
  if (!Number.isFinite(before) || !Number.isFinite(after)) return 'n/a';
  if (unit === 'percent') {
    const d = after - before;
    return `${d > 0 ? '+' : ''}${formatNumber(d, 2)} pts`;
  }
  if (before === 0) return after === 0 ? 'no change' : 'new';
  return formatSignedPct(((after - before) / Math.abs(before)) * 100);
}
