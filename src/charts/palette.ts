/**
 * One palette for every chart: each MMM channel keeps its colour everywhere (TV is always petrol blue),
 * other series take a fixed qualitative order that starts with the brand colours.
 */
import {
  BRAND,
  CHANNEL_ALIASES,
  CHANNEL_LABELS,
  CHANNEL_SHORT_NAMES,
  MMM_CHANNELS,
  type MmmChannel,
} from '../data/brand/catalog.js';

export const INK = {
  text: '#1F2933',
  muted: '#616E7C',
  grid: '#E4E7EB',
  axis: '#9AA5B1',
  background: '#FFFFFF',
  positive: '#2F9E44',
  negative: '#C92A2A',
  reference: '#C92A2A',
} as const;

export const CHANNEL_COLORS: Record<MmmChannel | 'email', string> = {
  tv: BRAND.colors.primary,
  ooh: BRAND.colors.secondary,
  youtube: '#D94841',
  meta: '#4263EB',
  google: '#2F9E44',
  dv360: '#7048E8',
  tiktok: '#212529',
  linkedin: '#1098AD',
  print: '#8D6E63',
  radio: '#E8590C',
  events: BRAND.colors.accent,
  email: '#C2255C',
};

/** Short names for axes and legends: the catalogue's, plus email for the weather brands' series. */
export const CHANNEL_SHORT: Record<MmmChannel | 'email', string> = { ...CHANNEL_SHORT_NAMES, email: 'Email' };

/** Qualitative order for series that are not channels (brands, models, segments). */
export const SERIES_COLORS: readonly string[] = [
  BRAND.colors.primary,
  '#D94841',
  BRAND.colors.accent,
  BRAND.colors.secondary,
  '#7048E8',
  '#2F9E44',
  '#E64980',
  '#1098AD',
  '#8D6E63',
  '#E8590C',
  '#495057',
  '#94D82D',
];

/** Compact form of a name for lookup: 'Google Ads' → 'googleads', 'out-of-home' → 'outofhome'. */
function compact(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The catalogue's labels, short names and aliases, plus the chart-only 'search' and email names. */
const ALIASES = new Map<string, MmmChannel | 'email'>([
  ...MMM_CHANNELS.flatMap((ch) =>
    [CHANNEL_LABELS[ch], CHANNEL_SHORT_NAMES[ch], ...CHANNEL_ALIASES[ch]].map((n) => [compact(n), ch] as const),
  ),
  ['googlesearch', 'google'],
  ['search', 'google'],
  ['emailmarketing', 'email'],
]);

/** Maps 'tv', 'TV', 'Google Ads', 'google_search', 'Meta (Facebook & Instagram)' to a channel id. */
export function channelId(name: string): MmmChannel | 'email' | undefined {
  const key = compact(name);
  if ((MMM_CHANNELS as readonly string[]).includes(key)) return key as MmmChannel;
  if (key === 'email') return 'email';
  return ALIASES.get(key);
}

export function channelLabel(name: string): string {
  const id = channelId(name);
  return id ? CHANNEL_SHORT[id] : name;
}

/** A channel's fixed colour, or the series colour for position `index`. */
export function colorFor(name: string, index: number): string {
  const id = channelId(name);
  if (id) return CHANNEL_COLORS[id];
  return SERIES_COLORS[index % SERIES_COLORS.length] as string;
}

/** '#RRGGBB' + alpha → 'rgba(…)'. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
