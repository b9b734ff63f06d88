import { describe, expect, it } from 'vitest';
import { MixError } from '../../src/errors.js';
import { chartTitleAndAlt } from '../../src/charts/index.js';
import type { ChartKind, ChartSpec } from '../../src/charts/types.js';
import { sampleSpecs } from './fixtures.js';

const specs = sampleSpecs();

describe('chartTitleAndAlt', () => {
  it('names the best and worst channel with intervals for ROI', () => {
    const { title, altText } = chartTitleAndAlt(specs.roi);
    expect(title).toBe('ROI by channel');
    expect(altText).toContain('Google Ads 3.2x (2.6–3.9) highest');
    expect(altText).toContain('Radio 0.6x (0.2–1.0) lowest');
    expect(altText).toContain('8 of 11 channels at or above break-even');
  });

  it('summarises the budget shift with the total and the biggest moves', () => {
    const { altText } = chartTitleAndAlt(specs.budget_shift);
    expect(altText).toMatch(/total £20M unchanged/);
    expect(altText).toContain('biggest increase Google Ads +£780K (+30%)');
    expect(altText).toMatch(/biggest cut TV −£934K \(−16%\)/);
  });

  it('gives the half-lives, the fit and the direction of scatter relations', () => {
    expect(chartTitleAndAlt(specs.adstock).altText).toMatch(/TV carries over longest \(half-life 1\.9 wk\), Google Ads shortest \(0\.4 wk\)/);
    expect(chartTitleAndAlt(specs.spend_vs_sales).altText).toMatch(/104 weeks .* model fit R² 0\.\d\d/);
    const scatter = chartTitleAndAlt(specs.scatter).altText;
    expect(scatter).toMatch(/Frostline Outerwear \(Chicago\) strongly falling/);
    expect(scatter).toMatch(/Sunkissed Ice Cream \(Phoenix\) strongly rising/);
    expect(scatter).toMatch(/Evergreen Books \(Seattle\) no clear relation/);
  });

  it.each(Object.keys(specs) as ChartKind[])('%s alt text is a bounded sentence', (kind) => {
    const { altText } = chartTitleAndAlt(specs[kind]);
    expect(altText.length).toBeGreaterThan(40);
    expect(altText.length).toBeLessThanOrEqual(1000);
    expect(altText).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('validates the spec first', () => {
    expect(() => chartTitleAndAlt({ kind: 'roi', title: 'x', bars: [] } as ChartSpec)).toThrow(MixError);
  });
});
