/** Renders numbers, periods and row ranges the way a marketer reads them (and a keyword search finds them). */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const formatters = new Map<number, Intl.NumberFormat>();

export function formatNumber(v: number, digits = 0): string {
  let f = formatters.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(digits, f);
  }
  return f.format(v);
}

export function formatMoney(v: number): string {
  return `£${formatNumber(v, Math.abs(v) < 100 ? 2 : 0)}`;
}

/** `2024-03` → `March 2024 (Q1 2024)`. */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${MONTHS[m - 1]} ${y} (Q${Math.floor((m - 1) / 3) + 1} ${y})`;
}

export function monthName(month: string): string {
  const m = Number(month.slice(5, 7));
  return MONTHS[m - 1] ?? month;
}

export function quarterOf(date: string): string {
  const m = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((m - 1) / 3) + 1}`;
}

/** Data row indexes (0-based) as file line numbers (header is line 1): `rows 12–40` or `rows 2–5, 9, 14–20`. */
export function rowLocator(indexes: number[]): string {
  if (indexes.length === 0) return 'no rows';
  const lines = [...indexes].sort((a, b) => a - b).map((i) => i + 2);
  const ranges: [number, number][] = [];
  for (const l of lines) {
    const last = ranges[ranges.length - 1];
    if (last && l === last[1] + 1) last[1] = l;
    else ranges.push([l, l]);
  }
  const fmt = ([a, b]: [number, number]) => (a === b ? `${a}` : `${a}–${b}`);
  if (ranges.length <= 4) return `rows ${ranges.map(fmt).join(', ')}`;
  return `${lines.length} rows between lines ${lines[0]} and ${lines[lines.length - 1]}`;
}

/** `young_families` → `young families`. */
export function humanise(value: string): string {
  return value.replace(/[_]+/g, ' ').trim();
}
