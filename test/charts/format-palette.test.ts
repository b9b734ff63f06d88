import { describe, expect, it } from 'vitest';
import { buildChart, CHANNEL_COLORS, channelId, currency, formatValue, multiple } from '../../src/charts/index.js';
import { halfLife } from '../../src/charts/builders/adstock.js';
import { binnedMeans } from '../../src/charts/builders/generic.js';
import { responseAt } from '../../src/charts/builders/curves.js';
import { weekTicks } from '../../src/charts/builders/spend-sales.js';
import { sampleSpecs } from './fixtures.js';

describe('formatting', () => {
  it('formats money compactly', () => {
    expect(currency(1_234_000)).toBe('£1.2M');
    expect(currency(350_000)).toBe('£350K');
    expect(currency(999_999)).toBe('£1M');
    expect(currency(-1_800_000)).toBe('−£1.8M');
    expect(currency(0)).toBe('£0');
    expect(currency(2_500, '$')).toBe('$2.5K');
    expect(formatValue(0.125, 'percent')).toBe('13%');
    expect(formatValue(12_345)).toBe('12.3K');
    expect(formatValue(1_930)).toBe('1,930');
    expect(multiple(3.24)).toBe('3.2x');
  });

  it('labels ISO weeks once per quarter', () => {
    const weeks = Array.from({ length: 104 }, (_, i) => new Date(Date.UTC(2024, 0, 1) + i * 7 * 864e5).toISOString().slice(0, 10));
    const shown = weekTicks(weeks).filter(Boolean);
    expect(shown.slice(0, 4)).toEqual(['Jan 24', 'Apr 24', 'Jul 24', 'Oct 24']);
    expect(shown).toHaveLength(8);
    expect(weekTicks(['W1', 'W2'])).toEqual(['W1', 'W2']);
  });
});

describe('palette', () => {
  it('resolves channel names and aliases', () => {
    expect(channelId('TV')).toBe('tv');
    expect(channelId('Meta (Facebook & Instagram)')).toBe('meta');
    expect(channelId('google_search')).toBe('google');
    expect(channelId('Out-of-home')).toBe('ooh');
    expect(channelId('Frostline')).toBeUndefined();
  });

  it('gives TV the same colour in every chart kind', () => {
    const specs = sampleSpecs();
    const colorsOf = (kind: 'roi' | 'budget_shift' | 'bar') => {
      const built = buildChart(specs[kind]);
      if (built.layout !== 'single') throw new Error('expected single');
      const labels = built.config.data.labels as string[];
      const ds = built.config.data.datasets[built.config.data.datasets.length - 1] as unknown as { backgroundColor: string[] };
      return ds.backgroundColor[labels.indexOf('TV')];
    };
    expect(colorsOf('roi')).toBe(CHANNEL_COLORS.tv);
    expect(colorsOf('budget_shift')).toBe(CHANNEL_COLORS.tv);
    expect(colorsOf('bar')).toBe(CHANNEL_COLORS.tv);
    const adstock = buildChart(specs.adstock);
    if (adstock.layout !== 'single') throw new Error('expected single');
    const tv = adstock.config.data.datasets.find((d) => String(d.label).startsWith('TV'));
    expect((tv as { borderColor: string }).borderColor).toBe(CHANNEL_COLORS.tv);
  });
});

describe('chart maths', () => {
  it('half-life is exact for geometric decay and handles slow decay', () => {
    expect(halfLife([1, 0.5, 0.25, 0.125])).toBeCloseTo(1, 9);
    expect(halfLife([1, 0.7, 0.49, 0.343])).toBeCloseTo(Math.log(0.5) / Math.log(0.7), 9);
    expect(halfLife([0.2, 1, 0.5])).toBeCloseTo(1, 9);
    expect(halfLife([1, 0.9, 0.8])).toBe(Number.POSITIVE_INFINITY);
  });

  it('interpolates response and bins means', () => {
    const curve = { channel: 'tv', spend: [0, 10, 20], response: [0, 100, 150] };
    expect(responseAt(curve, 5)).toBe(50);
    expect(responseAt(curve, 15)).toBe(125);
    expect(responseAt(curve, 99)).toBe(150);
    const pts = Array.from({ length: 400 }, (_, i) => ({ x: i % 100, y: 2 * (i % 100) }));
    const means = binnedMeans(pts, 10);
    expect(means).toHaveLength(10);
    // centres of 10 bins over 0..99 vs the mean of the integers inside each: within one bin-width's slope
    for (const m of means) expect(Math.abs(m.y - 2 * m.x)).toBeLessThan(2);
  });
});
