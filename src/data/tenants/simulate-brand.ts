/**
 * One brand's two years: expected revenue per city × category × day = baseline × trend × season × day of
 * week × holidays × weather effect (category mix), plus media contributions spread over the same cells;
 * then day-level noise calibrated to the tier's signal share and Poisson orders at the category price.
 */
import type { Rng } from '../../util/rng.js';
import type { CityId } from '../weather/cities.js';
import { dayOfWeek, dayOfYear } from '../weather/dates.js';
import type { WeatherDay } from '../weather/types.js';
import { holidayIndicators, HOLIDAY_IDS } from './holidays.js';
import { drawPlatformRates, generateSpend, platformDay, type PlatformDay } from './marketing.js';
import { mediaEffects, type ChannelTruth } from './media-effect.js';
import { buildGroundTruth, type GroundTruth } from './ground-truth.js';
import { CHANNELS, type BrandSpec, type ChannelId } from './types.js';
import { laggedLogLift, WEATHER_DRIVERS, type WeatherDriver } from './weather-effect.js';

export interface SalesRow {
  date: string;
  city: CityId;
  category_id: string;
  orders: number;
  revenue: number;
}
export interface MarketingRow {
  date: string;
  channel: ChannelId;
  spend: number;
  impressions: number;
  clicks: number;
  conversions: number;
}
export interface EmailRow {
  date: string;
  sends: number;
  opens: number;
  clicks: number;
  conversions: number;
  spend: number;
}

export interface BrandSimulation {
  sales: SalesRow[];
  marketing: MarketingRow[];
  email: EmailRow[];
  truth: GroundTruth;
}

export interface SimulateOptions {
  brand: BrandSpec;
  dates: readonly string[];
  weather: Partial<Record<CityId, WeatherDay[]>>;
  seed: number;
  rng: Rng;
  /** First day of the validation holdout (recorded in the truth). */
  holdoutStart: string;
  /** Weather attribution written into the truth. */
  attribution: string;
}

export function simulateBrand(o: SimulateOptions): BrandSimulation {
  const { brand, dates } = o;
  const n = dates.length;
  const hol = holidayIndicators(dates);
  // calendar part shared by every cell
  const calendar = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    const d = dates[t] as string;
    let m = 1 + (brand.growthPerYear * t) / 365.25;
    m *= 1 + brand.season.amp * Math.cos((2 * Math.PI * (dayOfYear(d) - brand.season.peakDoy)) / 365.25);
    m *= brand.dow[dayOfWeek(d)] as number;
    for (const h of HOLIDAY_IDS) if ((hol[h][t] as number) > 0) m *= brand.holidays[h] ?? 1;
    calendar[t] = m;
  }
  // weather multipliers per city × category, normalised so each category keeps its revenue share
  interface Cell { city: CityId; cityShare: number; cat: number; lift: Record<WeatherDriver, Float64Array>; mult: Float64Array }
  const cells: Cell[] = [];
  for (const { city, share } of brand.cities) {
    const days = o.weather[city];
    if (!days) throw new Error(`weather for ${city} missing`);
    brand.categories.forEach((c, k) => {
      const lift = laggedLogLift(c.weather, days);
      const mult = new Float64Array(n);
      for (let t = 0; t < n; t++) mult[t] = Math.exp(WEATHER_DRIVERS.reduce((s, g) => s + (lift[g][t] as number), 0));
      cells.push({ city, cityShare: share, cat: k, lift, mult });
    });
  }
  const catNorm = brand.categories.map((_, k) => {
    let s = 0;
    let w = 0;
    for (const c of cells) {
      if (c.cat !== k) continue;
      for (let t = 0; t < n; t++) {
        s += c.cityShare * (c.mult[t] as number);
        w += c.cityShare;
      }
    }
    return s / w;
  });
  const base = cells.map((c) => {
    const cat = brand.categories[c.cat];
    const f = (brand.baseRevenuePerDay * c.cityShare * (cat?.share ?? 0)) / (catNorm[c.cat] as number);
    return c.mult.map((m, t) => f * m * (calendar[t] as number));
  });
  const baseline = new Float64Array(n);
  for (const b of base) for (let t = 0; t < n; t++) baseline[t] = (baseline[t] as number) + (b[t] as number);
  // weather index: the brand's weather-driven demand relative to its no-weather-shock level (mean ≈ 0)
  const weatherIndex = new Float64Array(n);
  cells.forEach((c) => {
    const cat = brand.categories[c.cat];
    const f = (c.cityShare * (cat?.share ?? 0)) / (catNorm[c.cat] as number);
    for (let t = 0; t < n; t++) weatherIndex[t] = (weatherIndex[t] as number) + f * (c.mult[t] as number);
  });
  for (let t = 0; t < n; t++) weatherIndex[t] = (weatherIndex[t] as number) - 1;

  const { spend, shares } = generateSpend(brand, dates, o.rng.fork('spend'));
  const media = mediaEffects(spend, weatherIndex, o.rng.fork('media'));
  const mediaTotal = new Float64Array(n);
  for (const ch of CHANNELS) for (let t = 0; t < n; t++) mediaTotal[t] = (mediaTotal[t] as number) + (media.contribution[ch][t] as number);

  // expected revenue per cell; noise calibrated so the known drivers explain `signalShare` of the variance
  const expected = base.map((b) => b.map((v, t) => v + ((mediaTotal[t] as number) * v) / (baseline[t] as number)));
  const signal = baseline.map((v, t) => v + (mediaTotal[t] as number));
  const noise = calibrateNoise(brand, signal, expected, cells.map((c) => brand.categories[c.cat]?.price ?? 1));
  const nr = o.rng.fork('noise');
  const dayFactor = Float64Array.from({ length: n }, () => nr.lognormal(-(noise.daySigma ** 2) / 2, noise.daySigma));
  const orders = o.rng.fork('orders');
  const sales: SalesRow[] = [];
  for (let t = 0; t < n; t++) {
    cells.forEach((c, i) => {
      const cat = brand.categories[c.cat];
      if (!cat) return;
      const q = orders.poisson(((expected[i]?.[t] as number) * (dayFactor[t] as number)) / cat.price);
      sales.push({ date: dates[t] as string, city: c.city, category_id: cat.id, orders: q, revenue: Math.round(q * cat.price * 100) / 100 });
    });
  }
  const { marketing, email } = platformRows(dates, spend, o.rng.fork('platform'));
  const truth = buildGroundTruth({
    attribution: o.attribution,
    brand,
    dates,
    seed: o.seed,
    holdoutStart: o.holdoutStart,
    shares,
    channels: media.truth as ChannelTruth[],
    cells: cells.map((c, i) => ({ ...c, base: base[i] as Float64Array })),
    baseline,
    mediaTotal,
    noise,
    catNorm,
  });
  return { sales, marketing, email, truth };
}

export interface NoiseTruth {
  daySigma: number;
  /** Share of the noise variance that comes from Poisson order counts. */
  poissonShare: number;
  /** Share of daily revenue variance the known drivers explain given this noise (a perfect model's R²). */
  expectedSignalShare: number;
}

function calibrateNoise(brand: BrandSpec, signal: Float64Array, expected: Float64Array[], prices: number[]): NoiseTruth {
  const n = signal.length;
  const mean = signal.reduce((a, b) => a + b, 0) / n;
  const varS = signal.reduce((a, b) => a + (b - mean) ** 2, 0) / n;
  const meanS2 = signal.reduce((a, b) => a + b * b, 0) / n;
  let poissonVar = 0;
  expected.forEach((e, i) => {
    const price = prices[i] as number;
    for (let t = 0; t < n; t++) poissonVar += price * (e[t] as number);
  });
  poissonVar /= n;
  const target = (varS * (1 - brand.signalShare)) / brand.signalShare;
  const dayVar = Math.max(0, target - poissonVar);
  const daySigma = Math.sqrt(Math.log(1 + dayVar / meanS2));
  const noiseVar = dayVar + poissonVar;
  return { daySigma, poissonShare: poissonVar / noiseVar, expectedSignalShare: varS / (varS + noiseVar) };
}

function platformRows(dates: readonly string[], spend: Record<ChannelId, Float64Array>, rng: Rng): { marketing: MarketingRow[]; email: EmailRow[] } {
  const rates = drawPlatformRates(rng.fork('rates'));
  const marketing: MarketingRow[] = [];
  const email: EmailRow[] = [];
  for (let t = 0; t < dates.length; t++) {
    const date = dates[t] as string;
    for (const ch of CHANNELS) {
      const s = spend[ch][t] as number;
      const p: PlatformDay = platformDay(ch, s, rates[ch], rng);
      marketing.push({ date, channel: ch, spend: s, impressions: p.impressions, clicks: p.clicks, conversions: p.conversions });
      if (ch === 'email') email.push({ date, sends: p.sends ?? 0, opens: p.opens ?? 0, clicks: p.clicks, conversions: p.conversions, spend: s });
    }
  }
  return { marketing, email };
}
