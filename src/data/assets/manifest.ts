/** `assets/asset_manifest.csv`: one row per creative PNG, columns fixed by the data dictionary. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { MixError } from '../../errors.js';

export const MANIFEST_FILE = 'assets/asset_manifest.csv';

export const MANIFEST_COLUMNS = [
  'image_path',
  'description',
  'channel',
  'vehicle_model',
  'creative_type',
  'audience_segment',
  'campaign_id',
  'dimensions',
  'file_size',
] as const;

export type ManifestRow = Record<(typeof MANIFEST_COLUMNS)[number], string>;

export function manifestCsv(rows: ManifestRow[]): string {
  return stringify(rows, { header: true, columns: [...MANIFEST_COLUMNS], record_delimiter: '\n' });
}

export interface ParsedManifest {
  header: string[];
  rows: ManifestRow[];
}

/** Parses the manifest; throws DATA_MISSING when absent and DATA_INVALID when it is not CSV. */
export async function readManifest(dataDir: string): Promise<ParsedManifest> {
  let text: string;
  try {
    text = await readFile(join(dataDir, MANIFEST_FILE), 'utf8');
  } catch (err) {
    throw new MixError('DATA_MISSING', `${MANIFEST_FILE} is missing`, {
      userMessage: 'The creative asset manifest has not been generated yet: run npm run generate.',
      cause: err,
    });
  }
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (err) {
    throw new MixError('DATA_INVALID', `${MANIFEST_FILE} is not valid CSV: ${(err as Error).message}`, { cause: err });
  }
  const [header = [], ...body] = records;
  const rows = body.map((rec) => Object.fromEntries(header.map((h, i) => [h, rec[i] ?? ''])) as ManifestRow);
  return { header, rows };
}
