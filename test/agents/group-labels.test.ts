import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/agents/entities/extract.js';
import { groupLabel } from '../../src/agents/group-labels.js';

describe('group labels', () => {
  it('says months, quarters, regions, models and untracked leads the way a reader would', () => {
    expect(groupLabel('month', '2025-03')).toBe('Mar 2025');
    expect(groupLabel('quarter', '2024-Q4')).toBe('Q4 2024');
    expect(groupLabel('week', '2025-03-03')).toBe('2025-03-03');
    expect(groupLabel('region', 'south_east')).toBe('South East');
    expect(groupLabel('vehicle_model', 'lumen')).toBe('Halden Lumen');
    expect(groupLabel('channel', 'google')).toBe('Google Ads');
    expect(groupLabel('channel', '(no channel)')).toBe('No paid channel (organic, direct, dealer)');
  });
});

describe('grouping from superlatives', () => {
  it.each([
    ['What was our best performing month for leads?', 'month'],
    ['Which quarter had the lowest CPM on Meta?', 'quarter'],
    ['Our busiest week for test drives', 'week'],
    ['Which campaign had the best CTR last month?', 'campaign_id'],
    ['Meta CPM last month', undefined],
  ])('%s → %s', (q, groupBy) => {
    expect(extractEntities(q).groupBy).toBe(groupBy);
  });
});
