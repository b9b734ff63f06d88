import { describe, expect, it } from 'vitest';
import { classifyFile } from '../../src/rag/ingest/classify.js';
import { channelMentioned, negationVariants, normaliseChannel, normaliseVehicleModel } from '../../src/rag/synonyms.js';
import { expandQuery, synonymTerms } from '../../src/rag/search/query-expansion.js';
import { conceptsIn, stem, tokenize } from '../../src/rag/text/tokenize.js';

describe('channel and model vocabulary', () => {
  it('normalises what people call channels', () => {
    expect(normaliseChannel('Facebook')).toBe('meta');
    expect(normaliseChannel('instagram')).toBe('meta');
    expect(normaliseChannel('Google Ads')).toBe('google');
    expect(normaliseChannel('paid search')).toBe('google');
    expect(normaliseChannel('Out-of-Home')).toBe('ooh');
    expect(normaliseChannel('Television')).toBe('tv');
    expect(normaliseChannel('myspace')).toBeUndefined();
    expect(normaliseChannel('')).toBeUndefined();
  });

  it('finds the channel a file or label names', () => {
    expect(channelMentioned('google_ads.csv')).toBe('google');
    expect(channelMentioned('paid_google')).toBe('google');
    expect(channelMentioned('dv360_ads.csv')).toBe('dv360');
    expect(channelMentioned('ooh_sites.csv')).toBe('ooh');
    expect(channelMentioned('vehicle_sales.csv')).toBeUndefined();
  });

  it('maps model nicknames to ids', () => {
    expect(normaliseVehicleModel('the saloon')).toBe('lumen');
    expect(normaliseVehicleModel('Halden Summit')).toBe('summit');
    expect(normaliseVehicleModel('coupé')).toBe('vento');
    expect(normaliseVehicleModel('family SUV')).toBe('terra');
    expect(normaliseVehicleModel('tractor')).toBeUndefined();
  });
});

describe('tokenizer', () => {
  it('keeps campaign ids whole and in parts, clause numbers and years; drops stopwords and amounts', () => {
    const t = tokenize('What did HM-META-TERRA-24Q2 spend in 2024 under clause 7.2? £12,345 total');
    expect(t).toContain('hm-meta-terra-24q2');
    expect(t).toEqual(expect.arrayContaining(['meta', 'terra', '24q2', 'q2', '2024', '7.2', 'spend', 'claus']));
    expect(t).not.toContain('what');
    expect(t).not.toContain('12');
    expect(t).not.toContain('345');
  });

  it('stems word forms to one term (Porter) and leaves ids alone', () => {
    expect(stem('creatives')).toBe(stem('creative'));
    expect(stem('missed')).toBe(stem('misses'));
    expect(stem('cancellation')).toBe(stem('cancel'));
    expect(stem('24q2')).toBe('24q2');
    expect(stem('dv360')).toBe('dv360');
  });

  it('finds synonym concepts, multi-word ones included', () => {
    expect(conceptsIn('Facebook cost per thousand impressions')).toEqual(expect.arrayContaining(['meta', 'cpm', 'impressions']));
    expect(conceptsIn('TikTok ads for the saloon')).toEqual(expect.arrayContaining(['tiktok', 'lumen', 'creative']));
    expect(conceptsIn('cancellation notice period')).toEqual(expect.arrayContaining(['cancellation']));
  });

  it('expands a query with the canonical names it does not already use', () => {
    expect(expandQuery('Facebook cost per thousand')).toMatch(/ meta/);
    expect(expandQuery('Facebook cost per thousand')).toMatch(/ cpm/);
    expect(expandQuery('meta spend')).toBe('meta spend');
  });

  it('searches a negated compound in its other wordings too', () => {
    const terms = (q: string) => new Set(tokenize(synonymTerms(q)));
    for (const t of ['not', 'post']) expect(terms('Metro Outdoor unposted sites').has(t)).toBe(true);
    expect(terms('sites that were not posted').has(stem('unposted'))).toBe(true);
    expect(terms('non-delivery of GRPs').has(stem('undelivered'))).toBe(true);
    // Not negations: "under", "unit", "not less than".
    expect(negationVariants('under delivery units until')).toEqual([]);
    expect(negationVariants('not less than 28 days')).toEqual([]);
  });
});

describe('file classification from paths', () => {
  it.each([
    ['raw/meta_ads.csv', 'digital', 'meta'],
    ['raw/google_ads.csv', 'digital', 'google'],
    ['raw/tv_airtime.csv', 'traditional', 'tv'],
    ['raw/ooh_sites.csv', 'traditional', 'ooh'],
    ['raw/print_insertions.csv', 'traditional', 'print'],
    ['raw/vehicle_sales.csv', 'sales', undefined],
    ['raw/website_analytics.csv', 'sales', undefined],
    ['raw/test_drives.csv', 'sales', undefined],
    ['raw/events.csv', 'context', 'events'],
    ['raw/competitor_spend.csv', 'context', undefined],
    ['raw/agency_sla.csv', 'context', undefined],
    ['raw/contracts/tv-skyline-satellite-airtime.md', 'contracts', 'tv'],
    ['raw/digital/new_network.csv', 'digital', undefined],
  ])('%s → %s', (path, category, channel) => {
    const c = classifyFile(path);
    expect(c.category).toBe(category);
    expect(c.channel).toBe(channel);
  });
});
