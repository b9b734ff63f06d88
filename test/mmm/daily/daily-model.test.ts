import { describe, expect, it } from 'vitest';
import { MixError } from '../../../src/errors.js';
import { fitDailyModel, fitMediaStep, holm, partialFTest, type DailyModelInput, type DailyWeather } from '../../../src/mmm/daily/index.js';
import { geometricAdstock, hillSaturation } from '../../../src/mmm/transforms.js';
import { createRng } from '../../../src/util/rng.js';

const N = 560;
const TRAIN = 450;

/** A small world with a known truth: log baseline with (optionally) a heat effect, plus one flighted channel. */
function world(heat: number, seed = 3) {
  const rng = createRng(seed);
  const dates = Array.from({ length: N }, (_, t) => new Date(Date.UTC(2023, 0, 1 + t)).toISOString().slice(0, 10));
  let anomaly = 0;
  const weather: DailyWeather[] = dates.map((_, t) => {
    anomaly = 0.75 * anomaly + rng.normal(0, 4);
    const wet = rng.bool(0.3);
    return {
      tmeanF: 55 - 22 * Math.cos((2 * Math.PI * (t - 15)) / 365.25) + anomaly,
      precipIn: wet ? rng.uniform(0.05, 1) : 0,
      rainIn: 0,
      snowIn: 0,
      windMph: rng.uniform(4, 20),
      humidityPct: rng.uniform(30, 90),
    };
  });
  for (const w of weather) w.rainIn = w.precipIn;
  const spend = new Float64Array(N);
  for (let t = 0, on = true; t < N; on = !on) {
    const len = rng.int(8, 25);
    const level = on ? rng.uniform(250, 480) : rng.bool(0.5) ? 0 : rng.uniform(50, 120);
    for (let k = 0; k < len && t < N; k++, t++) spend[t] = Math.round(level * rng.lognormal(0, 0.1) * 100) / 100;
  }
  const h = hillSaturation(geometricAdstock(spend, 0.4), 900, 1.2);
  const beta = 2600;
  const revenue = new Float64Array(N);
  let media = 0;
  let total = 0;
  for (let t = 0; t < N; t++) {
    const hot = Math.max(0, (weather[t] as DailyWeather).tmeanF - 65);
    const base = Math.exp(Math.log(6000) + 0.08 * Math.sin((2 * Math.PI * t) / 7) + heat * (1 - Math.exp(-hot / 10)));
    const m = beta * (h[t] as number);
    media += m;
    total += spend[t] as number;
    revenue[t] = Math.max(0, base * rng.lognormal(0, 0.05) + m);
  }
  const input: DailyModelInput = { dates, revenue, spend: { meta: spend }, weather: [{ weight: 1, days: weather }], holidays: {}, trainDays: TRAIN };
  return { input, roas: media / total };
}

describe('fitDailyModel', () => {
  it('recovers ROAS, ranks the real weather driver first and does not select the irrelevant ones', () => {
    const { input, roas } = world(0.8);
    const fit = fitDailyModel(input, { seed: 1 });
    expect(fit.r2Holdout).toBeGreaterThan(0.7);
    expect(fit.r2Holdout).toBeGreaterThan(fit.r2HoldoutWithoutWeather);
    const meta = fit.media[0];
    expect(Math.abs((meta?.roas ?? 0) / roas - 1)).toBeLessThan(0.2);
    expect(meta?.roasLow).toBeLessThanOrEqual(meta?.roas ?? 0);
    expect(meta?.roasHigh).toBeGreaterThanOrEqual(meta?.roas ?? 0);
    const weather = fit.importance.filter((g) => ['temperature', 'precipitation', 'snow', 'wind', 'humidity'].includes(g.group));
    expect(weather[0]?.group).toBe('temperature');
    expect(weather[0]?.selected).toBe(true);
    for (const g of weather.slice(1)) expect(g.selected).toBe(false);
  });

  it('selects no weather feature when the weather does nothing', () => {
    const { input } = world(0);
    const fit = fitDailyModel(input, { seed: 1 });
    const selected = fit.importance.filter((g) => g.selected && ['temperature', 'precipitation', 'snow', 'wind', 'humidity'].includes(g.group));
    expect(selected).toEqual([]);
  });

  it('rejects misaligned input with a coded error', () => {
    const { input } = world(0);
    expect(() => fitDailyModel({ ...input, trainDays: N })).toThrow(MixError);
    expect(() => fitDailyModel({ ...input, revenue: new Float64Array(N).fill(Number.NaN) })).toThrow(/revenue/);
  });
});

describe('selection statistics', () => {
  it('holm adjusts step-down and keeps order', () => {
    const adj = holm(
      new Map([
        ['temperature', 0.01],
        ['snow', 0.04],
        ['wind', 0.03],
      ] as const),
    );
    expect(adj.get('temperature')).toBeCloseTo(0.03, 12);
    expect(adj.get('wind')).toBeCloseTo(0.06, 12);
    expect(adj.get('snow')).toBeCloseTo(0.06, 12);
  });

  it('the partial F-test finds a real effect and not a noise column', () => {
    const rng = createRng(5);
    const n = 300;
    const x1 = Float64Array.from({ length: n }, () => rng.normal());
    const x2 = Float64Array.from({ length: n }, () => rng.normal());
    const noise = Float64Array.from({ length: n }, () => rng.normal());
    const y = Float64Array.from({ length: n }, (_, i) => 2 * (x1[i] as number) + 0.5 * (x2[i] as number) + rng.normal());
    expect(partialFTest([x1, x2, noise], [false, true, false], y, n).pValue).toBeLessThan(1e-6);
    expect(partialFTest([x1, x2, noise], [false, false, true], y, n).pValue).toBeGreaterThan(0.01);
  });

  it('the media step never returns a negative media coefficient', () => {
    const rng = createRng(2);
    const n = 200;
    const base = Float64Array.from({ length: n }, () => 1000 + rng.normal(0, 10));
    const m = Float64Array.from({ length: n }, () => rng.uniform(0, 1));
    const y = Float64Array.from({ length: n }, (_, i) => (base[i] as number) - 300 * (m[i] as number) + rng.normal(0, 5));
    expect(fitMediaStep(y, base, [m], n).beta[0]).toBe(0);
  });
});
