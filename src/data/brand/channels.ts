/**
 * The brand's channels: ids, labels for sentences and lists, short names for replies and charts, and the
 * names people and files use for them. The one channel table — agents, charts and rag read from here and
 * keep only their own extra domain words on top.
 */

/** The 11 channels of the marketing-mix model, in the order of `model_ready.csv`. */
export const MMM_CHANNELS = [
  'tv',
  'ooh',
  'youtube',
  'meta',
  'google',
  'dv360',
  'tiktok',
  'linkedin',
  'print',
  'radio',
  'events',
] as const;
export type MmmChannel = (typeof MMM_CHANNELS)[number];

/** Long labels, written for sentences, prompts and lists. */
export const CHANNEL_LABELS: Record<MmmChannel, string> = {
  tv: 'TV',
  ooh: 'Out-of-home',
  youtube: 'YouTube',
  meta: 'Meta (Facebook & Instagram)',
  google: 'Google Ads',
  dv360: 'DV360 programmatic',
  tiktok: 'TikTok',
  linkedin: 'LinkedIn',
  print: 'Print',
  radio: 'Radio',
  events: 'Events & motor shows',
};

/** Short names for replies, axes and legends ("Meta", "OOH"). Google stays "Google Ads": YouTube and DV360 are Google too. */
export const CHANNEL_SHORT_NAMES: Record<MmmChannel, string> = {
  tv: 'TV',
  ooh: 'OOH',
  youtube: 'YouTube',
  meta: 'Meta',
  google: 'Google Ads',
  dv360: 'DV360',
  tiktok: 'TikTok',
  linkedin: 'LinkedIn',
  print: 'Print',
  radio: 'Radio',
  events: 'Events',
};

/** What people and files call each channel: lower case, words separated by single spaces. */
export const CHANNEL_ALIASES: Record<MmmChannel, readonly string[]> = {
  tv: ['tv', 'television', 'linear tv', 'tv airtime'],
  ooh: ['ooh', 'out of home', 'outdoor', 'billboard', 'billboards', 'dooh', 'digital out of home', 'posters'],
  youtube: ['youtube', 'you tube', 'yt'],
  meta: ['meta', 'meta ads', 'facebook', 'instagram', 'fb', 'ig', 'insta'],
  google: ['google', 'google ads', 'paid search', 'search ads', 'adwords', 'sem', 'ppc'],
  dv360: ['dv360', 'dv 360', 'display and video 360', 'programmatic'],
  tiktok: ['tiktok', 'tik tok'],
  linkedin: ['linkedin', 'linked in'],
  print: ['print', 'press', 'magazine', 'magazines', 'newspaper', 'newspapers'],
  radio: ['radio'],
  events: ['events', 'motor show', 'motor shows', 'sponsorship'],
};

/** The shared aliases of each channel followed by a module's own extra words (deduplicated, order kept). */
export function withChannelAliases(extra: Partial<Record<MmmChannel, readonly string[]>>): Record<MmmChannel, string[]> {
  return Object.fromEntries(
    MMM_CHANNELS.map((ch) => [ch, [...new Set([...CHANNEL_ALIASES[ch], ...(extra[ch] ?? [])])]]),
  ) as Record<MmmChannel, string[]>;
}
