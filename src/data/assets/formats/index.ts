/** Every creative format by channel; the order is the creative number (C1, C2, …) within a campaign. */
import type { AssetChannel } from '../../brand/catalog.js';
import type { FormatDef } from '../types.js';
import { AUDIO_FORMATS, OOH_FORMATS, PRINT_FORMATS } from './audio-print.js';
import { DV360_FORMATS, GOOGLE_FORMATS } from './display.js';
import { LINKEDIN_FORMATS } from './linkedin.js';
import { SOCIAL_FORMATS } from './social.js';
import { VIDEO_FORMATS } from './video.js';

const ALL: FormatDef[] = [...SOCIAL_FORMATS, ...GOOGLE_FORMATS, ...DV360_FORMATS, ...VIDEO_FORMATS, ...LINKEDIN_FORMATS, ...AUDIO_FORMATS, ...OOH_FORMATS, ...PRINT_FORMATS];

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
