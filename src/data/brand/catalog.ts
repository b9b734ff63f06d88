/**
 * The fictional brand's fixed facts: models, channels, budget split, regions, audiences and the campaign
 * catalogue. One source of truth: the CSV generators, the creative generator, the contracts and the MMM
 * truth all read from here, so campaign ids join across every file.
 */
import type { MmmChannel } from './channels.js';

export const BRAND = {
  name: 'Halden Motors',
  short: 'Halden',
  country: 'United Kingdom',
  currency: 'GBP',
  currencySymbol: '£',
  tagline: 'Electric, made for the long way round',
  colors: {
    primary: '#0B3D5C', // deep petrol blue
    secondary: '#F2B134', // amber
    accent: '#3FB8AF', // teal
    dark: '#0A1A24',
    light: '#F5F7F8',
  },
} as const;

/** The study window: 104 ISO weeks starting on a Monday. */
export const STUDY = {
  start: '2024-01-01',
  weeks: 104,
  /** Inclusive last day (a Sunday). */
  end: '2025-12-28',
} as const;

export type VehicleModelId = 'terra' | 'vento' | 'summit' | 'lumen';

export interface VehicleModel {
  id: VehicleModelId;
  name: string;
  segment: string;
  /** Launch date (sales and test drives start on this day, never before). */
  launchDate: string;
  /** On-the-road list price, GBP. */
  listPrice: number;
  /** What people call it in chat ("the saloon", "the big SUV"). */
  nicknames: string[];
  primaryAudiences: AudienceSegment[];
}

export type AudienceSegment =
  | 'young_families'
  | 'urban_professionals'
  | 'affluent_executives'
  | 'eco_conscious'
  | 'fleet_buyers'
  | 'empty_nesters';

export const AUDIENCE_SEGMENTS: readonly AudienceSegment[] = [
  'young_families',
  'urban_professionals',
  'affluent_executives',
  'eco_conscious',
  'fleet_buyers',
  'empty_nesters',
];

export const VEHICLE_MODELS: readonly VehicleModel[] = [
  {
    id: 'terra',
    name: 'Halden Terra',
    segment: 'family SUV',
    launchDate: '2023-09-04',
    listPrice: 38_500,
    nicknames: ['family suv', 'the family one', 'terra'],
    primaryAudiences: ['young_families', 'eco_conscious', 'fleet_buyers'],
  },
  {
    id: 'vento',
    name: 'Halden Vento',
    segment: 'coupé SUV',
    launchDate: '2024-04-15',
    listPrice: 44_900,
    nicknames: ['coupe suv', 'coupé', 'the coupe', 'vento'],
    primaryAudiences: ['urban_professionals', 'eco_conscious'],
  },
  {
    id: 'summit',
    name: 'Halden Summit',
    segment: 'premium SUV',
    launchDate: '2024-09-16',
    listPrice: 62_000,
    nicknames: ['premium suv', 'big suv', 'the flagship suv', 'summit'],
    primaryAudiences: ['affluent_executives', 'empty_nesters'],
  },
  {
    id: 'lumen',
    name: 'Halden Lumen',
    segment: 'premium saloon',
    launchDate: '2025-03-03',
    listPrice: 58_500,
    nicknames: ['saloon', 'sedan', 'the saloon', 'lumen'],
    primaryAudiences: ['affluent_executives', 'urban_professionals', 'fleet_buyers'],
  },
];

export { MMM_CHANNELS, CHANNEL_LABELS, CHANNEL_SHORT_NAMES, CHANNEL_ALIASES, withChannelAliases } from './channels.js';
export type { MmmChannel } from './channels.js';

export const DIGITAL_CHANNELS = ['meta', 'google', 'dv360', 'tiktok', 'youtube', 'linkedin'] as const;
export const TRADITIONAL_CHANNELS = ['tv', 'radio', 'ooh', 'print'] as const;
/** Channels that have creatives under `data/assets/{channel}/`. */
export const ASSET_CHANNELS = [...DIGITAL_CHANNELS, ...TRADITIONAL_CHANNELS] as const;
export type AssetChannel = (typeof ASSET_CHANNELS)[number];

/** Planned annual media budget, GBP (≈ 20M; TV largest, radio smallest). */
export const ANNUAL_BUDGET: Record<MmmChannel, number> = {
  tv: 6_000_000,
  google: 2_600_000,
  meta: 2_400_000,
  ooh: 2_000_000,
  youtube: 1_800_000,
  dv360: 1_200_000,
  events: 1_200_000,
  tiktok: 900_000,
  print: 800_000,
  linkedin: 600_000,
  radio: 500_000,
};

export interface Region {
  id: string;
  name: string;
  /** Share of national demand. */
  weight: number;
  dealers: { id: string; name: string; opened: string }[];
}

export const REGIONS: readonly Region[] = [
  {
    id: 'london',
    name: 'London',
    weight: 0.2,
    dealers: [
      { id: 'DLR-LON-01', name: 'Halden Park Royal', opened: '2023-06-01' },
      { id: 'DLR-LON-02', name: 'Halden Canary Wharf Studio', opened: '2024-03-01' },
    ],
  },
  {
    id: 'south_east',
    name: 'South East',
    weight: 0.17,
    dealers: [
      { id: 'DLR-SE-01', name: 'Halden Reading', opened: '2023-06-01' },
      { id: 'DLR-SE-02', name: 'Halden Brighton', opened: '2024-07-01' },
    ],
  },
  {
    id: 'midlands',
    name: 'Midlands',
    weight: 0.15,
    dealers: [{ id: 'DLR-MID-01', name: 'Halden Birmingham', opened: '2023-06-01' }],
  },
  {
    id: 'north_west',
    name: 'North West',
    weight: 0.13,
    dealers: [{ id: 'DLR-NW-01', name: 'Halden Manchester', opened: '2023-06-01' }],
  },
  {
    id: 'north_east',
    name: 'North East & Yorkshire',
    weight: 0.11,
    dealers: [{ id: 'DLR-NE-01', name: 'Halden Leeds', opened: '2023-09-01' }],
  },
  {
    id: 'south_west',
    name: 'South West & Wales',
    weight: 0.12,
    dealers: [
      { id: 'DLR-SW-01', name: 'Halden Bristol', opened: '2023-06-01' },
      { id: 'DLR-SW-02', name: 'Halden Cardiff', opened: '2025-01-06' },
    ],
  },
  {
    id: 'scotland',
    name: 'Scotland',
    weight: 0.12,
    dealers: [{ id: 'DLR-SCO-01', name: 'Halden Edinburgh', opened: '2023-09-01' }],
  },
];

/** Region names for replies and charts ("south_east" → "South East"), read from the table above. */
export function regionName(id: string): string {
  return REGIONS.find((r) => r.id === id)?.name ?? id;
}

export type CampaignKind = 'launch' | 'always_on' | 'seasonal' | 'conquest';

export interface Campaign {
  /** Stable id shared by media rows, creatives and contracts, e.g. `HM-META-TERRA-24Q2`. */
  id: string;
  name: string;
  channel: AssetChannel;
  model: VehicleModelId;
  kind: CampaignKind;
  audience: AudienceSegment;
  /** Inclusive ISO dates. */
  start: string;
  end: string;
  /** Headline and call to action used on the creatives. */
  headline: string;
  cta: string;
}

const QUARTER_THEME = ['New Year', 'Spring', 'Summer', 'Autumn'] as const;

const HEADLINES: Record<VehicleModelId, string[]> = {
  terra: ['Room for every adventure', 'Seven seats. Zero emissions.', 'The school run, electrified'],
  vento: ['Shaped by the wind', 'Coupé lines, SUV confidence', 'Turn every street into a runway'],
  summit: ['Rise above', 'Flagship comfort, 600 km range', 'The summit of electric luxury'],
  lumen: ['Light, refined', 'The quiet executive', 'Business class on four wheels'],
};

const CTAS = ['Book a test drive', 'Configure yours', 'Find a dealer', 'Learn more', 'Reserve now'] as const;

/** Channels a model is advertised on: LinkedIn only for premium and fleet-relevant models. */
function channelsFor(model: VehicleModelId): AssetChannel[] {
  const all = [...ASSET_CHANNELS] as AssetChannel[];
  if (model === 'vento') return all.filter((c) => c !== 'linkedin');
  return all;
}

function isoAddDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function quarterBounds(year: number, q: number): { start: string; end: string } {
  const start = new Date(Date.UTC(year, (q - 1) * 3, 1));
  const end = new Date(Date.UTC(year, q * 3, 0));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

/**
 * The campaign catalogue: one campaign per (channel, model, quarter) while the model is advertised,
 * a `launch` campaign in the launch quarter (with a two-week teaser before launch), otherwise
 * `seasonal` (Q1 and Q3, the UK plate-change quarters) or `always_on`. Deterministic, no randomness.
 */
export function buildCampaigns(): Campaign[] {
  const out: Campaign[] = [];
  const studyStart = STUDY.start;
  const studyEnd = STUDY.end;
  for (const year of [2024, 2025]) {
    for (let q = 1; q <= 4; q++) {
      const { start: qs, end: qe } = quarterBounds(year, q);
      for (const model of VEHICLE_MODELS) {
        const teaserStart = isoAddDays(model.launchDate, -14);
        if (teaserStart > qe) continue; // not yet advertised
        const launchInQuarter = model.launchDate >= qs && model.launchDate <= qe;
        const launchNextQuarterTeaser = !launchInQuarter && teaserStart <= qe && model.launchDate > qe;
        const kind: CampaignKind =
          launchInQuarter || launchNextQuarterTeaser ? 'launch' : q === 1 || q === 3 ? 'seasonal' : 'always_on';
        let start = qs < teaserStart ? teaserStart : qs;
        if (start < studyStart) start = studyStart;
        const end = qe > studyEnd ? studyEnd : qe;
        const yy = String(year).slice(2);
        const theme = kind === 'launch' ? 'Launch' : QUARTER_THEME[q - 1];
        for (const channel of channelsFor(model.id)) {
          const idx = out.length;
          const audiences = model.primaryAudiences;
          out.push({
            id: `HM-${channel.toUpperCase()}-${model.id.toUpperCase()}-${yy}Q${q}`,
            name: `${model.name} ${theme} ${year}${kind === 'launch' ? '' : ` Q${q}`}`.replace(/\s+/g, ' '),
            channel,
            model: model.id,
            kind,
            audience: audiences[(idx + q) % audiences.length] as AudienceSegment,
            start,
            end,
            headline: HEADLINES[model.id][(q + year) % HEADLINES[model.id].length] as string,
            cta: channel === 'tv' || channel === 'radio' ? 'Search Halden' : (CTAS[(idx + q) % CTAS.length] as string),
          });
        }
      }
    }
  }
  return out;
}

export function modelById(id: VehicleModelId): VehicleModel {
  const m = VEHICLE_MODELS.find((v) => v.id === id);
  if (!m) throw new Error(`unknown vehicle model ${id}`);
  return m;
}

/** Creatives per campaign. Every campaign has exactly this many creative ids. */
export const CREATIVES_PER_CAMPAIGN = 3;

/**
 * Deterministic creative ids of a campaign: `<campaign_id>-C1`, `-C2`, `-C3`. Media rows carry one of
 * these as `creative_id`; the creative generator names its PNGs with the same ids, so creatives join to
 * media rows without a lookup table.
 */
export function creativeIdsFor(campaign: Pick<Campaign, 'id'>): string[] {
  return Array.from({ length: CREATIVES_PER_CAMPAIGN }, (_, i) => `${campaign.id}-C${i + 1}`);
}

/** The campaign of a channel and model that runs on an ISO date, if any. */
export function campaignOn(
  campaigns: readonly Campaign[],
  channel: AssetChannel,
  model: VehicleModelId,
  date: string,
): Campaign | undefined {
  return campaigns.find((c) => c.channel === channel && c.model === model && c.start <= date && c.end >= date);
}

export type DigitalChannel = (typeof DIGITAL_CHANNELS)[number];
export type TraditionalChannel = (typeof TRADITIONAL_CHANNELS)[number];
export const MODEL_IDS: readonly VehicleModelId[] = VEHICLE_MODELS.map((m) => m.id);
