/**
 * Reading the tenants folder back: tenants.json, a brand's CSVs and its truth, each parsed against its
 * schema. Failures are MixErrors naming the file and 1-based data row.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { MixError } from '../../errors.js';
import type { GroundTruth } from './ground-truth.js';
import { groundTruthSchema, tenantsIndexSchema, type TenantsIndex } from './schemas.js';

export const tenantsDir = (dataDir: string): string => join(dataDir, 'tenants');

function readText(file: string, rel: string): string {
  if (!existsSync(file)) {
    throw new MixError('DATA_MISSING', `${rel} is missing`, {
      userMessage: `The weather-brand data is missing (${rel}); run \`npm run generate:tenants\` first.`,
      details: { file: rel },
    });
  }
  return readFileSync(file, 'utf8');
}

export function readJson<T>(dataDir: string, rel: string, schema: z.ZodType<T>): T {
  const text = readText(join(tenantsDir(dataDir), rel), rel);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new MixError('DATA_INVALID', `${rel} is not valid JSON`, { cause: err, details: { file: rel } });
  }
  const res = schema.safeParse(value);
  if (!res.success) {
    const issue = res.error.issues[0];
    throw new MixError('DATA_INVALID', `${rel} fails its schema at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`, { details: { file: rel } });
  }
  return res.data;
}

/** Parses a CSV and validates every row; the error names the file and 1-based data row. */
export function readCsv<S extends z.ZodType>(dataDir: string, rel: string, schema: S, expectedColumns: readonly string[]): z.infer<S>[] {
  const text = readText(join(tenantsDir(dataDir), rel), rel);
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  } catch (err) {
    throw new MixError('DATA_INVALID', `${rel} is not valid CSV: ${(err as Error).message}`, { details: { file: rel } });
  }
  const header = text.slice(0, text.indexOf('\n')).trim().split(',');
  const missing = expectedColumns.filter((c) => !header.includes(c));
  if (missing.length) throw new MixError('DATA_INVALID', `${rel}: missing column(s) ${missing.join(', ')}`, { details: { file: rel, row: 0 } });
  return rows.map((r, i) => {
    const res = schema.safeParse(r);
    if (!res.success) {
      const issue = res.error.issues[0];
      throw new MixError('DATA_INVALID', `${rel} row ${i + 1}: ${issue?.path.join('.') || 'row'} ${issue?.message ?? 'invalid'}`, { details: { file: rel, row: i + 1 } });
    }
    return res.data as z.infer<S>;
  });
}

export function readIndex(dataDir: string): TenantsIndex {
  return readJson(dataDir, 'tenants.json', tenantsIndexSchema);
}

export function readTruth(dataDir: string, brandId: string): GroundTruth {
  return readJson(dataDir, `${brandId}/ground_truth.json`, groundTruthSchema) as GroundTruth;
}
