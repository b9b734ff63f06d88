/**
 * The words on a creative, derived from the campaign (headline and call to action come from the catalogue
 * unchanged) plus per-model product facts used for sub-lines, spec tables and legal lines.
 */
import { BRAND, modelById, type AudienceSegment, type Campaign, type VehicleModelId } from '../brand/catalog.js';

interface ModelFacts {
  rangeKm: number;
  zeroTo62: number;
  seats: number;
  paint: { name: string; hex: string };
  altPaint: { name: string; hex: string };
}

export const MODEL_FACTS: Record<VehicleModelId, ModelFacts> = {
  terra: { rangeKm: 520, zeroTo62: 6.9, seats: 7, paint: { name: 'Lagoon Teal', hex: '#3FB8AF' }, altPaint: { name: 'Glacier White', hex: '#E6ECEF' } },
  vento: { rangeKm: 560, zeroTo62: 5.2, seats: 5, paint: { name: 'Solar Amber', hex: '#F2B134' }, altPaint: { name: 'Ember Red', hex: '#B3362F' } },
  summit: { rangeKm: 600, zeroTo62: 5.8, seats: 7, paint: { name: 'Graphite', hex: '#2E3A44' }, altPaint: { name: 'Fjord Blue', hex: '#24507A' } },
  lumen: { rangeKm: 640, zeroTo62: 4.9, seats: 5, paint: { name: 'Pearl White', hex: '#E8ECEF' }, altPaint: { name: 'Midnight Blue', hex: '#17324D' } },
};

export const AUDIENCE_LABELS: Record<AudienceSegment, string> = {
  young_families: 'young families',
  urban_professionals: 'urban professionals',
  affluent_executives: 'affluent executives',
  eco_conscious: 'eco-conscious drivers',
  fleet_buyers: 'fleet and business buyers',
  empty_nesters: 'empty nesters',
};

export interface CreativeCopy {
  brand: string;
  modelName: string;
  /** "TERRA" */
  shortName: string;
  segment: string;
  audienceLabel: string;
  headline: string;
  cta: string;
  /** Small line above the model name: "Introducing the all-new", "Summer of electric". */
  kicker: string;
  /** One-line facts: "Up to 520 km range · 7 seats · From £38,500". */
  facts: string;
  price: string;
  rangeKm: number;
  zeroTo62: number;
  seats: number;
  legal: string;
  url: string;
  handle: string;
  /** A short body paragraph for print and social captions. */
  body: string;
}

function quarterOf(campaign: Campaign): number {
  return Number(campaign.id.slice(-1));
}

export function kickerFor(campaign: Campaign): string {
  if (campaign.kind === 'launch') return 'Introducing the all-new';
  const q = quarterOf(campaign);
  if (q === 1) return 'New year, new plate';
  if (q === 3) return 'Summer of electric';
  return q === 2 ? 'Fully electric' : 'Made for the long way round';
}

const BODIES: Record<AudienceSegment, string> = {
  young_families: 'Room for the buggy, the bikes and the dog, with seats that clean up after the beach.',
  urban_professionals: 'Sharp lines for the city, fast charging for the weekend escape.',
  affluent_executives: 'Hand-finished cabin, whisper-quiet ride and a range that outlasts the meeting.',
  eco_conscious: 'Zero tailpipe emissions, recycled interior fabrics and charging powered by renewables.',
  fleet_buyers: 'Low benefit-in-kind, predictable running costs and a dedicated business line.',
  empty_nesters: 'Comfort for the long drive to see the grandchildren, and space for the golf clubs.',
};

export function copyFor(campaign: Campaign): CreativeCopy {
  const model = modelById(campaign.model);
  const facts = MODEL_FACTS[campaign.model];
  const price = `From ${BRAND.currencySymbol}${model.listPrice.toLocaleString('en-GB')}`;
  const short = model.name.replace(`${BRAND.short} `, '').toUpperCase();
  return {
    brand: BRAND.name,
    modelName: model.name,
    shortName: short,
    segment: model.segment,
    audienceLabel: AUDIENCE_LABELS[campaign.audience],
    headline: campaign.headline,
    cta: campaign.cta,
    kicker: kickerFor(campaign),
    facts: `Up to ${facts.rangeKm} km range · ${facts.seats} seats · ${price}`,
    price,
    rangeKm: facts.rangeKm,
    zeroTo62: facts.zeroTo62,
    seats: facts.seats,
    legal: `${model.name}: official WLTP range up to ${facts.rangeKm} km, 0 g/km CO2 when driven. Model shown for illustration.`,
    url: 'halden.co.uk',
    handle: 'haldenmotors',
    body: BODIES[campaign.audience],
  };
}
