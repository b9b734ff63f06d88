/** The cities the weather brands sell in; coordinates are the Open-Meteo grid points of the seed files. */
export const CITY_IDS = ['phoenix-az', 'seattle-wa', 'chicago-il', 'miami-fl', 'denver-co'] as const;
export type CityId = (typeof CITY_IDS)[number];

export interface City {
  id: CityId;
  name: string;
  latitude: number;
  longitude: number;
  /** One line on what makes its weather different (for tenants.json and the README). */
  climate: string;
}

export const CITIES: Record<CityId, City> = {
  'phoenix-az': {
    id: 'phoenix-az',
    name: 'Phoenix, AZ',
    latitude: 33.4484,
    longitude: -112.074,
    climate: 'extreme summer heat, mild winters, minimal rain except the summer monsoon',
  },
  'seattle-wa': {
    id: 'seattle-wa',
    name: 'Seattle, WA',
    latitude: 47.6062,
    longitude: -122.3321,
    climate: 'mild temperatures, frequent autumn-to-spring rain, atmospheric rivers',
  },
  'chicago-il': {
    id: 'chicago-il',
    name: 'Chicago, IL',
    latitude: 41.8781,
    longitude: -87.6298,
    climate: 'four seasons with winter extremes, snow and arctic outbreaks',
  },
  'miami-fl': {
    id: 'miami-fl',
    name: 'Miami, FL',
    latitude: 25.7617,
    longitude: -80.1918,
    climate: 'tropical, humid, wet summer and hurricane season, no snow',
  },
  'denver-co': {
    id: 'denver-co',
    name: 'Denver, CO',
    latitude: 39.7392,
    longitude: -104.9903,
    climate: 'high altitude, large daily swings, heavy spring snowstorms, intense sun',
  },
};

export function isCityId(v: string): v is CityId {
  return (CITY_IDS as readonly string[]).includes(v);
}
