/**
 * Which creatives exist: a pure function of the campaign catalogue. Every launch campaign gets its
 * channel's full format set, the family SUV (launched before the study window) gets its summer campaign in
 * full, and every (channel, model) pair gets one more seasonal campaign in its lead format, so that each
 * model advertised on a channel has creatives there and launches are covered format by format.
 */
import type { Campaign, VehicleModelId } from '../brand/catalog.js';
import { MODEL_FACTS } from './copy.js';
import { FORMATS_BY_CHANNEL } from './formats/index.js';
import type { SceneId } from './scenes.js';
import type { CreativeSpec, FormatDef } from './types.js';

/** `<campaign_id>-C<n>`, n from 1: the creative id scheme shared with the digital CSVs' creative_id. */
export function creativeId(campaign: Campaign, n: number): string {
  return `${campaign.id}-C${n}`;
}

function quarter(c: Campaign): number {
  return Number(c.id.slice(-1));
}

/** Lead and alternate scene for a model in a campaign's season. */
export function scenesFor(model: VehicleModelId, c: Campaign): [SceneId, SceneId] {
  const q = quarter(c);
  const winter = q === 1 || q === 4;
  const summer = q === 3;
  switch (model) {
    case 'terra':
      return winter ? ['snow_forest', 'countryside'] : summer ? ['beach_sunset', 'countryside'] : ['countryside', 'beach_sunset'];
    case 'vento':
      return c.kind === 'launch' ? ['city_night', 'city_dusk'] : summer ? ['city_dusk', 'beach_sunset'] : ['city_night', 'studio'];
    case 'summit':
      return winter ? ['snow_forest', 'mountain_road'] : ['mountain_road', 'studio'];
    case 'lumen':
      return c.kind === 'launch' ? ['studio', 'city_night'] : summer ? ['city_dusk', 'studio'] : ['city_night', 'studio'];
  }
}

interface Pick {
  campaign: Campaign;
  /** How many of the channel's formats (in order) to render. */
  formats: number;
}

function pickCampaigns(campaigns: Campaign[]): Pick[] {
  const picks = new Map<string, Pick>();
  const add = (c: Campaign | undefined, formats: number) => {
    if (!c) return;
    const prev = picks.get(c.id);
    if (!prev || prev.formats < formats) picks.set(c.id, { campaign: c, formats });
  };
  const groups = new Map<string, Campaign[]>();
  for (const c of campaigns) {
    const key = `${c.channel}/${c.model}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const list of groups.values()) {
    const all = FORMATS_BY_CHANNEL[list[0]!.channel].length;
    const launch = list.find((c) => c.kind === 'launch');
    if (launch) add(launch, all);
    else add(list.find((c) => c.kind === 'seasonal' && quarter(c) === 3) ?? list[0], all);
    // One later seasonal campaign in the lead format, for variety across seasons.
    const seasonal = list.filter((c) => c.kind === 'seasonal' && !picks.has(c.id));
    add(seasonal[seasonal.length - 1] ?? seasonal[0], 1);
  }
  return [...picks.values()];
}

/** The creative plan, in catalogue order (deterministic). */
export function planCreatives(campaigns: Campaign[]): CreativeSpec[] {
  const order = new Map(campaigns.map((c, i) => [c.id, i]));
  const picks = pickCampaigns(campaigns).sort((a, b) => order.get(a.campaign.id)! - order.get(b.campaign.id)!);
  const specs: CreativeSpec[] = [];
  for (const { campaign, formats } of picks) {
    const list: FormatDef[] = FORMATS_BY_CHANNEL[campaign.channel].slice(0, formats);
    const scenes = scenesFor(campaign.model, campaign);
    const facts = MODEL_FACTS[campaign.model];
    list.forEach((format, i) => {
      const id = creativeId(campaign, i + 1);
      const alt = i % 2 === 1;
      specs.push({
        creativeId: id,
        campaign,
        format,
        scene: alt ? scenes[1] : scenes[0],
        paint: campaign.kind === 'launch' || quarter(campaign) !== 1 ? facts.paint : facts.altPaint,
        imagePath: `assets/${campaign.channel}/${id}_${format.slug}.png`,
      });
    });
  }
  return specs;
}
