/** Every creative format by channel; the order is the creative number (C1, C2, …) within a campaign. */
import type { AssetChannel } from '../../brand/catalog.js';
import type { FormatDef } from '../types.js';
import { DV360_FORMATS, GOOGLE_FORMATS } from './display.js';
import { LINKEDIN_FORMATS } from './linkedin.js';
import { OOH_FORMATS } from './ooh.js';
import { PRINT_FORMATS } from './print.js';
import { AUDIO_FORMATS } from './radio.js';
import { SOCIAL_FORMATS } from './social.js';
import { TV_FORMATS } from './tv.js';
import { YOUTUBE_FORMATS } from './youtube.js';

const ALL: FormatDef[] = [...SOCIAL_FORMATS, ...GOOGLE_FORMATS, ...DV360_FORMATS, ...YOUTUBE_FORMATS, ...TV_FORMATS, ...LINKEDIN_FORMATS, ...AUDIO_FORMATS, ...OOH_FORMATS, ...PRINT_FORMATS];

export const FORMATS_BY_CHANNEL: Record<AssetChannel, FormatDef[]> = {
  meta: [],
  google: [],
  dv360: [],
  tiktok: [],
  youtube: [],
  linkedin: [],
  tv: [],
  radio: [],
  ooh: [],
  print: [],
};
for (const f of ALL) FORMATS_BY_CHANNEL[f.channel].push(f);
