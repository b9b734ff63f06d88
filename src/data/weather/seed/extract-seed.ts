/**
 * Provenance script (run once by a maintainer; users do not need it): extracts the five cities' daily rows
 * for 2023-01-01..2024-12-31 from the Open-Meteo archive CSV (`open_meteo_daily_us.csv`, CC BY 4.0) into
 * small per-city seed files beside this script, keeping only the columns the generator uses, in the
 * archive's own units (°C, mm, cm, km/h, %).
 *
 *   npx tsx src/data/weather/seed/extract-seed.ts /path/to/open_meteo_daily_us.csv
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { CITY_IDS } from '../cities.js';
import { SEED_COLUMNS, SEED_FIRST_DAY, SEED_LAST_DAY } from '../seed-loader.js';

const source = process.argv[2];
if (!source) {
  process.stderr.write('usage: extract-seed.ts <open_meteo_daily_us.csv>\n');
  process.exit(2);
}
const rows = parse(readFileSync(source, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
const here = dirname(fileURLToPath(import.meta.url));
for (const city of CITY_IDS) {
  const picked = rows
    .filter((r) => r.location_slug === city && (r.date ?? '') >= SEED_FIRST_DAY && (r.date ?? '') <= SEED_LAST_DAY)
    .sort((a, b) => String(a.date).localeCompare(String(b.date)))
    .map((r) => SEED_COLUMNS.map((c) => r[c] ?? ''));
  const out = resolve(here, `open_meteo_${city}.csv`);
  writeFileSync(out, stringify(picked, { header: true, columns: [...SEED_COLUMNS] }));
  process.stdout.write(`${city}: ${picked.length} days → ${out}\n`);
}

// Then the monthly normals, written into normals.ts (the climate model's calibration, source named).
const { loadSeedWeather } = await import('../seed-loader.js');
const { computeMonthlyNormals } = await import('../normals-compute.js');
const lines = [
  '/**',
  ' * Monthly climate normals per city (°F, inches, mph, %), the calibration of the climate model.',
  ' * Source: Open-Meteo archive (Open-Meteo.com, CC BY 4.0), computed from',
  ` * src/data/weather/seed/open_meteo_<city>.csv (${SEED_FIRST_DAY}..${SEED_LAST_DAY}) by`,
  ' * src/data/weather/seed/extract-seed.ts with computeMonthlyNormals(); test/data/tenants recomputes them.',
  ' * Generated file: re-run the extract script instead of editing by hand.',
  ' */',
  "import type { CityId } from './cities.js';",
  "import type { MonthNormal } from './normals-compute.js';",
  '',
  `export const NORMALS_SOURCE = 'Open-Meteo archive (Open-Meteo.com, CC BY 4.0), computed from src/data/weather/seed/open_meteo_<city>.csv, ${SEED_FIRST_DAY}..${SEED_LAST_DAY}';`,
  '',
  'export const MONTHLY_NORMALS: Record<CityId, readonly MonthNormal[]> = {',
];
for (const city of CITY_IDS) {
  lines.push(`  '${city}': [`);
  for (const n of computeMonthlyNormals(loadSeedWeather(city))) lines.push(`    { ${JSON.stringify(n).slice(1, -1).replace(/"(\w+)":/g, '$1: ').replace(/,/g, ', ')} },`);
  lines.push('  ],');
}
lines.push('};', '');
writeFileSync(resolve(here, '../normals.ts'), lines.join('\n'));
process.stdout.write('normals.ts written\n');
