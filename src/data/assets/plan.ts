/**
 * Which creatives exist: a pure function of the campaign catalogue. Every launch campaign gets its
 * channel's full format set, the family SUV (launched before the study window) gets its summer campaign in
 * full, and every (channel, model) pair gets one more seasonal campaign in its lead format, so that each
 * model advertised on a channel has creatives there and launches are covered format by format.
 */
import { MixError } from '../../errors.js';
import { creativeIdsFor, type Campaign, type VehicleModelId } from '../brand/catalog.js';
import { MODEL_FACTS } from './copy.js';
import { FORMATS_BY_CHANNEL } from './formats/index.js';
import type { SceneId } from './scenes.js';
import type { CreativeSpec, FormatDef } from './types.js';

function quarter(c: Campaign): number {
  return Number(c.id.slice(-1));
}

/** Candidate third scenes per model, used when a campaign has a third creative. */
const THIRD_SCENES: Record<VehicleModelId, SceneId[]> = {
  terra: ['countryside', 'mountain_road', 'snow_forest'],
  vento: ['beach_sunset', 'city_dusk', 'studio'],
  summit: ['studio', 'countryside', 'snow_forest'],
  lumen: ['city_dusk', 'city_night', 'mountain_road'],
};

/** Scenes for a campaign's creatives in order: lead, alternate, then a third distinct one. */
export function scenesFor(model: VehicleModelId, c: Campaign): SceneId[] {
  const [lead, alt] = seasonScenes(model, c);
  const third = THIRD_SCENES[model].find((s) => s !== lead && s !== alt) as SceneId;
  return [lead, alt, third];
}

/** Lead and alternate scene for a model in a campaign's season. */
function seasonScenes(model: VehicleModelId, c: Campaign): [SceneId, SceneId] {
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
    const full = list.find((c) => c.kind === 'launch') ?? list.find((c) => c.kind === 'seasonal' && quarter(c) === 3) ?? list[0]!;
    add(full, all);
    // One more seasonal campaign in the lead format, from the other season (winter vs summer scenes).
    const seasonal = list.filter((c) => c.kind === 'seasonal' && c.id !== full.id);
    const otherSeason = seasonal.filter((c) => quarter(c) !== quarter(full));
    add(otherSeason[otherSeason.length - 1] ?? seasonal[seasonal.length - 1], 1);
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
    // The catalogue's ids (`<campaign_id>-C<n>`) are the ones media rows carry as creative_id.
    const ids = creativeIdsFor(campaign);
    if (list.length > ids.length) {
      throw new MixError('INTERNAL', `${campaign.channel} has ${list.length} formats but campaigns have ${ids.length} creative ids`);
    }
    list.forEach((format, i) => {
      const id = ids[i] as string;
      // Winter campaigns lead with the alternate paint; creatives alternate paints within a campaign.
      const altPaint = (i + (campaign.kind !== 'launch' && quarter(campaign) === 1 ? 1 : 0)) % 2 === 1;
      specs.push({
        creativeId: id,
        campaign,
        format,
        scene: scenes[i % scenes.length] as SceneId,
        paint: altPaint ? facts.altPaint : facts.paint,
        imagePath: `assets/${campaign.channel}/${id}_${format.slug}.png`,
      });
    });
  }
  return specs;
}
