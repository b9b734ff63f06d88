/**
 * Events and motor shows (the `events` MMM channel): launches, industry shows and regional experiential
 * tours. Costs are spread evenly over the event's days, inclusive of both ends, to the penny.
 */
import { ANNUAL_BUDGET, REGIONS, VEHICLE_MODELS, type VehicleModelId } from './catalog.js';
import { addDays, dayNumber, weekday, type StudyCalendar } from './dates.js';
import { spreadEvenly } from './money.js';
import type { Table } from './table.js';
import { penceToGbp } from './money.js';
import type { Rng } from '../../util/rng.js';

export type EventType = 'launch' | 'motor_show' | 'experiential' | 'dealer_open_weekend';

export interface BrandEvent {
  id: string;
  name: string;
  type: EventType;
  start: string;
  end: string;
  venue: string;
  region: string;
  model: VehicleModelId | 'all';
  pence: number;
  attendees: number;
}

const SHOWS = [
  { name: 'Fully Charged Live', month: 4, days: 3, venue: 'Farnborough International', region: 'south_east', cost: 60_000 },
  { name: 'Goodwood Festival of Speed', month: 7, days: 4, venue: 'Goodwood Estate', region: 'south_east', cost: 130_000 },
  { name: 'British Motor Show', month: 8, days: 4, venue: 'Farnborough International', region: 'south_east', cost: 85_000 },
  { name: 'London EV Show', month: 11, days: 3, venue: 'ExCeL London', region: 'london', cost: 95_000 },
];

const TOUR_VENUES: Record<string, string[]> = {
  london: ['Westfield Stratford', 'Battersea Power Station', 'Kings Cross Granary Square'],
  south_east: ['Bluewater', 'The Oracle Reading', 'Brighton Marina'],
  midlands: ['Bullring Birmingham', 'Silverstone Experience', 'Trinity Leeds'],
  north_west: ['Trafford Centre', 'Liverpool ONE', 'MediaCityUK'],
  north_east: ['Metrocentre Gateshead', 'Trinity Leeds', 'Meadowhall Sheffield'],
  south_west: ['Cabot Circus Bristol', 'St David\'s Cardiff', 'Exeter Quay'],
  scotland: ['St James Quarter Edinburgh', 'Buchanan Galleries Glasgow', 'Aberdeen Beach'],
};

function modelsOnSale(date: string): VehicleModelId[] {
  return VEHICLE_MODELS.filter((m) => m.launchDate <= date).map((m) => m.id);
}

export function buildEvents(rng: Rng, cal: StudyCalendar): BrandEvent[] {
  const r = rng.fork('events');
  const events: Omit<BrandEvent, 'id'>[] = [];
  for (const m of VEHICLE_MODELS) {
    if (m.launchDate < cal.start || m.launchDate > cal.end) continue;
    events.push({
      name: `${m.name} launch event`,
      type: 'launch',
      start: m.launchDate,
      end: addDays(m.launchDate, r.int(1, 2)),
      venue: r.pick(['Battersea Power Station', 'Kings Cross Granary Square', 'The Roundhouse London']),
      region: 'london',
      model: m.id,
      pence: Math.round(r.uniform(140_000, 220_000)) * 100,
      attendees: r.int(1800, 4200),
    });
  }
  for (const year of [2024, 2025]) {
    for (const s of SHOWS) {
      const start = `${year}-${String(s.month).padStart(2, '0')}-${String(r.int(3, 24)).padStart(2, '0')}`;
      const onSale = modelsOnSale(start);
      events.push({
        name: `${s.name} ${year}`,
        type: 'motor_show',
        start,
        end: addDays(start, s.days - 1),
        venue: s.venue,
        region: s.region,
        model: onSale.length > 1 ? 'all' : (onSale[0] as VehicleModelId),
        pence: Math.round(s.cost * r.uniform(0.85, 1.2)) * 100,
        attendees: r.int(15_000, 160_000),
      });
    }
  }
  // Regional experiential tours and dealer open weekends, at random times.
  for (let day = r.int(5, 20); day < cal.days.length - 14; day += r.int(10, 30)) {
    const tour = r.bool(0.6);
    // Open weekends run Saturday and Sunday; tours start on any day.
    const start = tour ? (cal.days[day] as string) : addDays(cal.days[day] as string, 5 - weekday(cal.days[day] as string));
    const region = r.pick(REGIONS);
    const onSale = modelsOnSale(start);
    const days = tour ? r.int(3, 10) : 2;
    events.push({
      name: tour ? `Halden Drive Tour: ${region.name}` : `Open weekend ${region.name}`,
      type: tour ? 'experiential' : 'dealer_open_weekend',
      start,
      end: addDays(start, days - 1),
      venue: r.pick(TOUR_VENUES[region.id] ?? ['Dealer forecourt']),
      region: region.id,
      model: r.pick(onSale),
      pence: Math.round(r.uniform(tour ? 20_000 : 8_000, tour ? 60_000 : 20_000)) * 100,
      attendees: tour ? r.int(900, 6000) : r.int(120, 600),
    });
  }
  // Scale each calendar year's experiential costs so the year lands near the events budget.
  for (const year of ['2024', '2025']) {
    const inYear = events.filter((e) => e.start.startsWith(year));
    const fixedPence = inYear.filter((e) => e.type === 'launch' || e.type === 'motor_show').reduce((a, e) => a + e.pence, 0);
    const flex = inYear.filter((e) => e.type !== 'launch' && e.type !== 'motor_show');
    const flexPence = flex.reduce((a, e) => a + e.pence, 0);
    const target = ANNUAL_BUDGET.events * 100 * r.uniform(0.93, 1.07);
    const f = Math.max(0.2, (target - fixedPence) / flexPence);
    for (const e of flex) e.pence = Math.round((e.pence * f) / 1000) * 1000;
  }
  events.sort((a, b) => a.start.localeCompare(b.start) || a.name.localeCompare(b.name));
  const seq: Record<string, number> = {};
  return events.map((e) => {
    const y = e.start.slice(0, 4);
    seq[y] = (seq[y] ?? 0) + 1;
    return { id: `EVT-${y}-${String(seq[y]).padStart(3, '0')}`, ...e };
  });
}

/** Daily events spend in pence over the study days (inclusive spread of each event). */
export function eventsDailyPence(events: readonly BrandEvent[], cal: StudyCalendar): number[] {
  const daily = new Array<number>(cal.days.length).fill(0);
  for (const e of events) {
    const days = dayNumber(e.end) - dayNumber(e.start) + 1;
    const parts = spreadEvenly(e.pence, days);
    parts.forEach((p, i) => {
      const di = cal.dayIndexOf(addDays(e.start, i));
      if (di >= 0) daily[di] = (daily[di] as number) + p;
    });
  }
  return daily;
}

export const EVENTS_COLUMNS = ['event_id', 'event_name', 'event_type', 'start_date', 'end_date', 'days', 'venue', 'region', 'vehicle_model', 'spend_gbp', 'attendees'];

export function eventsTable(events: readonly BrandEvent[]): Table {
  return {
    columns: EVENTS_COLUMNS,
    rows: events.map((e) => [
      e.id,
      e.name,
      e.type,
      e.start,
      e.end,
      dayNumber(e.end) - dayNumber(e.start) + 1,
      e.venue,
      e.region,
      e.model,
      penceToGbp(e.pence),
      e.attendees,
    ]),
  };
}
