import { describe, expect, it } from 'vitest';
import { ASSET_CHANNELS, buildCampaigns, creativeIdsFor } from '../../../src/data/brand/catalog.js';
import { describeCreative } from '../../../src/data/assets/describe.js';
import { FORMATS_BY_CHANNEL } from '../../../src/data/assets/formats/index.js';
import { planCreatives } from '../../../src/data/assets/plan.js';

const campaigns = buildCampaigns();
const specs = planCreatives(campaigns);

describe('creative plan', () => {
  it('has at least 50 creatives across all 10 channels', () => {
    expect(specs.length).toBeGreaterThanOrEqual(50);
    for (const ch of ASSET_CHANNELS) expect(specs.some((s) => s.campaign.channel === ch), ch).toBe(true);
  });

  it('covers every model on every channel it is advertised on', () => {
    const pairs = new Set(campaigns.map((c) => `${c.channel}/${c.model}`));
    const covered = new Set(specs.map((s) => `${s.campaign.channel}/${s.campaign.model}`));
    expect([...pairs].filter((p) => !covered.has(p))).toEqual([]);
  });

  it('renders every launch campaign in all of its channel formats', () => {
    for (const c of campaigns.filter((x) => x.kind === 'launch')) {
      const got = specs.filter((s) => s.campaign.id === c.id).map((s) => s.format.key);
      expect(got, c.id).toEqual(FORMATS_BY_CHANNEL[c.channel].map((f) => f.key));
    }
  });

  it('names creatives <campaign_id>-C<n> with unique ids and paths under assets/<channel>/', () => {
    const ids = specs.map((s) => s.creativeId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(specs.map((s) => s.imagePath)).size).toBe(specs.length);
    for (const s of specs) {
      expect(s.creativeId).toMatch(new RegExp(`^${s.campaign.id}-C\\d+$`));
      expect(s.imagePath.startsWith(`assets/${s.campaign.channel}/${s.creativeId}_`)).toBe(true);
      expect(s.format.channel).toBe(s.campaign.channel);
      // The same ids the media CSVs carry as creative_id.
      expect(creativeIdsFor(s.campaign)).toContain(s.creativeId);
    }
  });

  it('gives each channel at least one format with distinct creative types', () => {
    for (const ch of ASSET_CHANNELS) {
      const types = FORMATS_BY_CHANNEL[ch].map((f) => f.creativeType);
      expect(types.length, ch).toBeGreaterThan(0);
      expect(new Set(types).size).toBe(types.length);
    }
  });

  it('describes each creative with its model, audience, headline, call to action and format', () => {
    const s = specs.find((x) => x.format.key === 'meta_story' && x.campaign.model === 'terra')!;
    const d = describeCreative(s);
    expect(d).toContain('Vertical Instagram and Facebook story ad');
    expect(d).toContain('Halden Terra family SUV');
    expect(d).toContain(`'${s.campaign.headline}'`);
    expect(d).toContain(`'${s.campaign.cta}'`);
    expect(d).toMatch(/aimed at (young families|eco-conscious drivers|fleet and business buyers)/);
    expect(d).toContain(s.campaign.id);
  });

  it('records the real trafficked size of scaled proofs (OOH and print)', () => {
    const ooh = specs.find((x) => x.format.key === 'ooh_48_sheet')!;
    expect(describeCreative(ooh)).toContain('6096 x 3048 mm');
  });
});
