/**
 * The revenue-vs-temperature picture for three contrasting brands: each day's revenue relative to the
 * brand's average (1.0x = an average day) against the sales-weighted mean temperature of its cities, with
 * a binned-mean trend per brand. Returns a ChartSpec; rendering is src/charts' job.
 */
import type { ChartSpec } from '../../charts/types.js';
import type { BrandDaily } from './brand-data.js';
import type { TenantsIndex } from './schemas.js';

/** A cold-weather, a warm-and-cold, and a weather-neutral brand. */
export const CHART_BRANDS = ['northwind-outerwear', 'frost-and-flame-treats', 'cloudnote-software'] as const;

export function revenueVsTemperatureSpec(index: TenantsIndex, data: Map<string, BrandDaily>, seed: number): ChartSpec | null {
  const series: { label: string; points: { x: number; y: number }[] }[] = [];
  for (const id of CHART_BRANDS) {
    const brand = index.brands.find((b) => b.id === id);
    const d = data.get(id);
    if (!brand || !d) continue;
    const mean = d.revenue.reduce((a, v) => a + v, 0) / d.revenue.length;
    const points = d.dates.map((_, t) => {
      const temp = brand.cities.reduce((a, c) => a + c.share * (d.weather[c.city]?.[t]?.tmeanF ?? 0), 0);
      return { x: Math.round(temp * 10) / 10, y: Math.round(((d.revenue[t] as number) / mean) * 1000) / 1000 };
    });
    series.push({ label: `${brand.name} (${brand.sensitivity})`, points });
  }
  if (series.length === 0) return null;
  return {
    kind: 'scatter',
    title: 'Daily revenue vs temperature, three weather brands',
    subtitle: `Revenue relative to each brand's average day; temperature = sales-weighted mean of its cities (°F). Seed ${seed}. Weather: Open-Meteo.com, CC BY 4.0`,
    series,
    xLabel: 'Mean temperature (°F)',
    yLabel: "Revenue (× brand's average day)",
    yFormat: 'multiple',
    trend: true,
  };
}
