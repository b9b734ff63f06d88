/**
 * Injected weather shocks, planned per city and year from a seeded RNG and applied on top of the backbone
 * (real or simulated): heatwaves (+15 °F for 5–7 days), cold snaps (−20 °F for 3–5 days), heavy rain
 * (2–4 in in a day), snowstorms (6+ in) and atmospheric rivers (3–5 days of sustained heavy rain).
 */
import type { Rng } from '../../util/rng.js';
import type { CityId } from './cities.js';
import { SNOW_RATIO } from './climate-model.js';
import type { ShockType, WeatherDay, WeatherEvent } from './types.js';

interface ShockRule {
  type: ShockType;
  /** Months (1..12) the shock may start in, for this city. */
  months: Partial<Record<CityId, number[]>>;
  minDays: number;
  maxDays: number;
}

export const SHOCK_RULES: readonly ShockRule[] = [
  {
    type: 'heatwave',
    months: { 'phoenix-az': [5, 6, 9], 'seattle-wa': [6, 7, 8], 'chicago-il': [6, 7, 8], 'miami-fl': [4, 5, 6], 'denver-co': [6, 7, 8] },
    minDays: 5,
    maxDays: 7,
  },
  {
    type: 'cold_snap',
    months: { 'phoenix-az': [12, 1], 'seattle-wa': [12, 1, 2], 'chicago-il': [12, 1, 2], 'miami-fl': [1, 2], 'denver-co': [12, 1, 2] },
    minDays: 3,
    maxDays: 5,
  },
  {
    type: 'heavy_rain',
    months: { 'phoenix-az': [7, 8, 9], 'seattle-wa': [10, 11], 'chicago-il': [5, 6, 7, 8], 'miami-fl': [6, 7, 8, 9, 10], 'denver-co': [5, 6, 7] },
    minDays: 1,
    maxDays: 1,
  },
  { type: 'snowstorm', months: { 'chicago-il': [12, 1, 2, 3], 'denver-co': [11, 12, 1, 2, 3, 4] }, minDays: 1, maxDays: 2 },
  { type: 'atmospheric_river', months: { 'seattle-wa': [11, 12, 1, 2] }, minDays: 3, maxDays: 5 },
];

const HEATWAVE_F = 15;
const COLD_SNAP_F = -20;

/** Plans one shock of each applicable type per city and calendar year inside `dates`, without overlaps. */
export function planShocks(city: CityId, dates: readonly string[], rng: Rng): WeatherEvent[] {
  const events: WeatherEvent[] = [];
  const taken = new Set<number>();
  const years = [...new Set(dates.map((d) => d.slice(0, 4)))];
  for (const year of years) {
    for (const rule of SHOCK_RULES) {
      const months = rule.months[city];
      if (!months) continue;
      for (let attempt = 0; attempt < 40; attempt++) {
        const month = rng.pick(months);
        const days = rng.int(rule.minDays, rule.maxDays);
        const startDay = rng.int(1, 28);
        const start = `${year}-${String(month).padStart(2, '0')}-${String(startDay).padStart(2, '0')}`;
        const i0 = dates.indexOf(start);
        if (i0 < 0 || i0 + days > dates.length) continue;
        // keep two clear days around every shock so events never merge
        let free = true;
        for (let i = i0 - 2; i < i0 + days + 2; i++) if (taken.has(i)) free = false;
        if (!free) continue;
        for (let i = i0; i < i0 + days; i++) taken.add(i);
        events.push(makeEvent(rule.type, city, dates, i0, days, rng));
        break;
      }
    }
  }
  return events.sort((a, b) => a.start.localeCompare(b.start) || a.type.localeCompare(b.type));
}

function makeEvent(type: ShockType, city: CityId, dates: readonly string[], i0: number, days: number, rng: Rng): WeatherEvent {
  const start = dates[i0] as string;
  const end = dates[i0 + days - 1] as string;
  const base = { id: `${city}:${type}:${start}`, type, city, start, end, days };
  switch (type) {
    case 'heatwave':
      return { ...base, magnitude: HEATWAVE_F, unit: '°F', description: `Heatwave: +${HEATWAVE_F} °F for ${days} days` };
    case 'cold_snap':
      return { ...base, magnitude: COLD_SNAP_F, unit: '°F', description: `Cold snap: ${COLD_SNAP_F} °F for ${days} days` };
    case 'heavy_rain': {
      const total = Math.round(rng.uniform(2, 4) * 100) / 100;
      return { ...base, magnitude: total, unit: 'in', description: `Heavy rain: ${total} in in a day` };
    }
    case 'snowstorm': {
      const total = Math.round(rng.uniform(6, 14) * 10) / 10;
      return { ...base, magnitude: total, unit: 'in', description: `Snowstorm: ${total} in of snow over ${days} day(s)` };
    }
    case 'atmospheric_river': {
      const total = Math.round(rng.uniform(0.9, 1.5) * days * 100) / 100;
      return { ...base, magnitude: total, unit: 'in', description: `Atmospheric river: ${total} in of rain over ${days} days` };
    }
  }
}

/** Returns a copy of `days` with every event applied (days must be the consecutive dates the plan used). */
export function applyShocks(days: readonly WeatherDay[], events: readonly WeatherEvent[]): WeatherDay[] {
  const out = days.map((d) => ({ ...d }));
  const index = new Map(out.map((d, i) => [d.date, i]));
  for (const ev of events) {
    const i0 = index.get(ev.start);
    if (i0 === undefined) continue;
    for (let k = 0; k < ev.days; k++) {
      const d = out[i0 + k];
      if (!d) continue;
      d.shock = ev.id;
      switch (ev.type) {
        case 'heatwave':
        case 'cold_snap':
          d.tmaxF += ev.magnitude;
          d.tminF += ev.magnitude;
          d.tmeanF += ev.magnitude;
          if (ev.type === 'heatwave') d.precipIn = d.rainIn = d.snowIn = 0;
          else if (d.precipIn > 0) {
            d.snowIn += d.rainIn * SNOW_RATIO;
            d.rainIn = 0;
          }
          break;
        case 'heavy_rain':
          d.precipIn = Math.max(d.precipIn, ev.magnitude);
          d.rainIn = d.precipIn;
          d.snowIn = 0;
          d.humidityPct = Math.max(d.humidityPct, 92);
          break;
        case 'snowstorm': {
          // keep it below freezing so the snow is plausible; water equivalent at SNOW_RATIO
          const shift = Math.min(0, 28 - d.tmeanF);
          d.tmaxF += shift;
          d.tminF += shift;
          d.tmeanF += shift;
          d.snowIn = Math.max(d.snowIn, ev.magnitude / ev.days);
          d.precipIn = Math.max(d.precipIn, d.snowIn / SNOW_RATIO);
          d.rainIn = 0;
          d.humidityPct = Math.max(d.humidityPct, 88);
          break;
        }
        case 'atmospheric_river': {
          const shift = Math.max(0, 45 - d.tmeanF);
          d.tmaxF += shift;
          d.tminF += shift;
          d.tmeanF += shift;
          d.precipIn = Math.max(d.precipIn, ev.magnitude / ev.days);
          d.rainIn = d.precipIn;
          d.snowIn = 0;
          d.humidityPct = Math.max(d.humidityPct, 95);
          break;
        }
      }
    }
  }
  return out;
}
