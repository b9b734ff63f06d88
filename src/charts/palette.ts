/**
 * One palette for every chart: each MMM channel keeps its colour everywhere (TV is always petrol blue),
 * other series take a fixed qualitative order that starts with the brand colours.
 */
import { BRAND, MMM_CHANNELS, type MmmChannel } from '../data/brand/catalog.js';

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

/** Short names for axes and legends (the catalogue's labels are written for sentences). */
export const CHANNEL_SHORT: Record<MmmChannel | 'email', string> = {
  tv: 'TV',
  ooh: 'OOH',
  youtube: 'YouTube',
  meta: 'Meta',
  google: 'Google',
  dv360: 'DV360',
  tiktok: 'TikTok',
  linkedin: 'LinkedIn',
  print: 'Print',
  radio: 'Radio',
  events: 'Events',
  email: 'Email',
};

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

const ALIASES: Record<string, MmmChannel | 'email'> = {
  outofhome: 'ooh',
  television: 'tv',
  facebook: 'meta',
  instagram: 'meta',
  metafacebookinstagram: 'meta',
  googleads: 'google',
  googlesearch: 'google',
  search: 'google',
  dv360programmatic: 'dv360',
  programmatic: 'dv360',
  eventsmotorshows: 'events',
  emailmarketing: 'email',
};

/** Maps 'tv', 'TV', 'Google Ads', 'google_search', 'Meta (Facebook & Instagram)' to a channel id. */
export function channelId(name: string): MmmChannel | 'email' | undefined {
  const key = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  if ((MMM_CHANNELS as readonly string[]).includes(key)) return key as MmmChannel;
  if (key === 'email') return 'email';
  return ALIASES[key];
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
