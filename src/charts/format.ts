/**
 * Number formatting for axes, labels and alt text: £1.2M, £350K, 1,234, 12%, 3.2x. Locale fixed to en-GB
 * so the same spec gives the same pixels on every machine.
 */
import { BRAND } from '../data/brand/catalog.js';
import type { ValueFormat } from './types.js';

const GROUPED = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** Compact magnitude: 1_234_000 → '1.2M', 350_000 → '350K', 12.5 → '12.5'. */
export function compact(value: number, digits = 1): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  const units: [number, string][] = [
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [size, suffix] of units) {
    if (abs >= size * 0.9995) return `${sign}${trim((abs / size).toFixed(abs >= size * 100 ? 0 : digits))}${suffix}`;
  }
  if (abs >= 100) return `${sign}${abs.toFixed(0)}`;
  if (abs >= 1 || abs === 0) return `${sign}${trim(abs.toFixed(digits))}`;
  return `${sign}${trim(abs.toPrecision(2))}`;
}

function trim(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

export function currency(value: number, symbol: string = BRAND.currencySymbol): string {
  const c = compact(value);
  return c.startsWith('−') ? `−${symbol}${c.slice(1)}` : `${symbol}${c}`;
}

/** Signed money change: +£120K / −£1.8M. */
export function currencyDelta(value: number, symbol?: string): string {
  return value >= 0 ? `+${currency(value, symbol)}` : currency(value, symbol);
}

export function multiple(value: number): string {
  return `${value.toFixed(Math.abs(value) >= 10 ? 0 : 1)}x`;
}

export function percent(fraction: number, digits = 0): string {
  const p = (fraction * 100).toFixed(digits);
  return fraction < 0 ? `−${p.slice(1)}%` : `${p}%`;
}

export function signedPercent(fraction: number): string {
  return fraction >= 0 ? `+${percent(fraction)}` : percent(fraction);
}

export function grouped(value: number): string {
  return Math.abs(value) >= 1000 ? GROUPED.format(value).replace('-', '−') : compact(value, 2);
}

/** Axis tick formatter for a value format. */
export function formatValue(value: number, format: ValueFormat = 'number', symbol?: string): string {
  switch (format) {
    case 'currency':
      return currency(value, symbol);
    case 'percent':
      return percent(value);
    case 'multiple':
      return multiple(value);
    default:
      return Math.abs(value) >= 10_000 ? compact(value) : grouped(value);
  }
}

/** '2024-03-04' → 'Mar 24'; anything else is returned unchanged. */
export function shortMonth(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(isoDate);
  if (!m) return isoDate;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${months[Number(m[2]) - 1] ?? '?'} ${(m[1] as string).slice(2)}`;
}

/** An interval of multiples without repeated units: '2.6–3.9'. */
export function multipleRange(low: number, high: number): string {
  return `${multiple(low).slice(0, -1)}–${multiple(high).slice(0, -1)}`;
}
