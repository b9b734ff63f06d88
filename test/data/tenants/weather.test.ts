import { describe, expect, it } from 'vitest';
import { MixError } from '../../../src/errors.js';
import {
  CITY_IDS,
  computeMonthlyNormals,
  generateWeather,
  interpolateMonthly,
  loadSeedWeather,
  MONTHLY_NORMALS,
  NORMALS_SOURCE,
  SHOCK_RULES,
} from '../../../src/data/weather/index.js';

describe('weather seeds and normals', () => {
  it('the normals written into the source are exactly what the seed files give', () => {
    expect(NORMALS_SOURCE).toMatch(/Open-Meteo.*CC BY 4\.0.*computed from/);
    for (const city of CITY_IDS) expect(computeMonthlyNormals(loadSeedWeather(city))).toEqual(MONTHLY_NORMALS[city]);
  });

  it('the seed is the real Open-Meteo series (Chicago Dec 2022-style arctic blast shape, Phoenix July heat)', () => {
    const phx = loadSeedWeather('phoenix-az');
    const july2023 = phx.filter((d) => d.date >= '2023-07-10' && d.date <= '2023-07-19');
    expect(Math.min(...july2023.map((d) => d.tmaxF))).toBeGreaterThan(108); // 43 °C and up
    expect(phx).toHaveLength(731);
    expect(new Set(loadSeedWeather('miami-fl').map((d) => d.snowIn > 0))).toEqual(new Set([false]));
  });

  it('interpolates monthly values smoothly, hitting each month value mid-month', () => {
    const v = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    expect(interpolateMonthly(v, '2023-01-16')).toBeCloseTo(1, 9);
    expect(interpolateMonthly(v, '2023-06-15')).toBeGreaterThan(5.9);
    expect(Math.abs(interpolateMonthly(v, '2023-12-31') - interpolateMonthly(v, '2024-01-01'))).toBeLessThan(0.5);
  });
});

describe('generateWeather', () => {
  const w = generateWeather({ seed: 42, start: '2023-01-01', days: 731 });

  it('keeps the real backbone except on shock days, and is deterministic per seed', () => {
    const real = loadSeedWeather('seattle-wa');
    const days = w.cities['seattle-wa'] ?? [];
    days.forEach((d, i) => {
      if (!d.shock) expect(d).toEqual(real[i]);
    });
    expect(generateWeather({ seed: 42, start: '2023-01-01', days: 731 })).toEqual(w);
    expect(generateWeather({ seed: 43, start: '2023-01-01', days: 731 }).events).not.toEqual(w.events);
  });

  it('injects shocks of the sizes the spec asks for, never overlapping in a city', () => {
    expect(new Set(w.events.map((e) => e.type))).toEqual(new Set(SHOCK_RULES.map((r) => r.type)));
    for (const e of w.events) {
      const real = loadSeedWeather(e.city);
      const days = (w.cities[e.city] ?? []).filter((d) => d.shock === e.id);
      expect(days).toHaveLength(e.days);
      const base = (date: string) => real.find((r) => r.date === date);
      if (e.type === 'heatwave') {
        expect(e.days).toBeGreaterThanOrEqual(5);
        expect(e.days).toBeLessThanOrEqual(7);
        for (const d of days) expect(d.tmeanF - (base(d.date)?.tmeanF ?? NaN)).toBeCloseTo(15, 9);
      }
      if (e.type === 'cold_snap') {
        expect(e.days).toBeGreaterThanOrEqual(3);
        expect(e.days).toBeLessThanOrEqual(5);
        for (const d of days) expect(d.tmeanF - (base(d.date)?.tmeanF ?? NaN)).toBeCloseTo(-20, 9);
      }
      if (e.type === 'heavy_rain') {
        expect(days[0]?.precipIn).toBeGreaterThanOrEqual(2);
        expect(days[0]?.precipIn).toBeLessThanOrEqual(Math.max(4, base(e.start)?.precipIn ?? 0));
      }
      if (e.type === 'snowstorm') expect(days.reduce((a, d) => a + d.snowIn, 0)).toBeGreaterThanOrEqual(6);
      if (e.type === 'atmospheric_river') expect(days.every((d) => d.precipIn >= 0.9)).toBe(true);
    }
    for (const city of CITY_IDS) {
      const evs = w.events.filter((e) => e.city === city).sort((a, b) => a.start.localeCompare(b.start));
      for (let i = 1; i < evs.length; i++) expect((evs[i]?.start ?? '') > (evs[i - 1]?.end ?? '')).toBe(true);
    }
  });

  it('simulated mode follows the normals and their day-to-day persistence (AR(1))', () => {
    const s = generateWeather({ seed: 9, start: '2023-01-01', days: 731 * 4, mode: 'simulated', cities: ['chicago-il'] });
    const days = (s.cities['chicago-il'] ?? []).filter((d) => !d.shock);
    expect(days.every((d) => d.source === 'simulated')).toBe(true);
    const got = computeMonthlyNormals(days);
    const want = MONTHLY_NORMALS['chicago-il'];
    for (let m = 0; m < 12; m++) {
      expect(Math.abs((got[m]?.tmeanF ?? 0) - (want[m]?.tmeanF ?? 0))).toBeLessThan(3);
      expect(Math.abs((got[m]?.anomalyPhi ?? 0) - (want[m]?.anomalyPhi ?? 0))).toBeLessThan(0.2);
      expect(Math.abs((got[m]?.wetDayFreq ?? 0) - (want[m]?.wetDayFreq ?? 0))).toBeLessThan(0.12);
    }
  });

  it('refuses bad input with a friendly error', () => {
    expect(() => generateWeather({ seed: 1, start: '2023-02-30', days: 10 })).toThrow(MixError);
    expect(() => generateWeather({ seed: 1, start: '2023-01-01', days: 0 })).toThrow(/days/);
  });
});
