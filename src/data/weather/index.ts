export { CITIES, CITY_IDS, isCityId, type City, type CityId } from './cities.js';
export { generateWeather, WEATHER_ATTRIBUTION, type WeatherMode, type WeatherOptions, type WeatherSet } from './generate-weather.js';
export { MONTHLY_NORMALS, NORMALS_SOURCE } from './normals.js';
export { computeMonthlyNormals, interpolateMonthly, type MonthNormal } from './normals-compute.js';
export { simulateCityWeather } from './climate-model.js';
export { applyShocks, planShocks, SHOCK_RULES } from './shocks.js';
export { loadSeedWeather, SEED_FIRST_DAY, SEED_LAST_DAY } from './seed-loader.js';
export type { ShockType, WeatherDay, WeatherEvent } from './types.js';
