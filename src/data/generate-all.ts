/**
 * Runs the three generators in order — brand dataset → creatives → weather tenants — into one data dir.
 * The asset and tenant generators live in their own modules and are loaded when present, so the brand
 * dataset can be generated on its own.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../log/logger.js';
import type { Check } from './validate/types.js';
import { generateBrandDataset, type BrandDatasetReport } from './brand/index.js';
import { generatorFingerprint, writeGeneratorStamp } from './generator-stamp.js';

export const GENERATORS = ['brand', 'assets', 'tenants'] as const;
export type GeneratorName = (typeof GENERATORS)[number];

export interface GenerateAllOptions {
  dataDir: string;
  seed: number;
  only?: GeneratorName[];
  logger?: Logger;
}

export interface GenerateAllReport {
  brand?: BrandDatasetReport;
  assets?: { count: number };
  tenants?: unknown;
  skipped: { name: GeneratorName; reason: string }[];
  ms: Record<string, number>;
}

interface PluggableModule {
  generateAssets?: (o: { dataDir: string; seed: number; logger?: Logger }) => Promise<{ count: number }>;
  generateTenants?: (o: { dataDir: string; seed: number; logger?: Logger }) => Promise<unknown>;
  assetChecks?: () => Check[];
  tenantChecks?: () => Check[];
}

/** Loads `src/data/<name>/index.ts` if that module exists (it is built by another workstream). */
export async function loadOptionalModule(name: 'assets' | 'tenants'): Promise<PluggableModule | undefined> {
  const url = new URL(`./${name}/index.js`, import.meta.url);
  const path = fileURLToPath(url);
  if (!existsSync(path) && !existsSync(path.replace(/\.js$/, '.ts'))) return undefined;
  return (await import(url.href)) as PluggableModule;
}

export async function generateAll(options: GenerateAllOptions): Promise<GenerateAllReport> {
  const { dataDir, seed, logger } = options;
  const wanted = new Set(options.only && options.only.length > 0 ? options.only : GENERATORS);
  const report: GenerateAllReport = { skipped: [], ms: {} };
  const timed = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const out = await fn();
    report.ms[name] = Math.round(performance.now() - t0);
    return out;
  };
  if (wanted.has('brand')) report.brand = await timed('brand', () => generateBrandDataset({ dataDir, seed, logger }));
  if (wanted.has('assets')) {
    const mod = await loadOptionalModule('assets');
    if (mod?.generateAssets) report.assets = await timed('assets', () => mod.generateAssets!({ dataDir, seed, logger }));
    else report.skipped.push({ name: 'assets', reason: 'src/data/assets is not available yet' });
  }
  if (wanted.has('tenants')) {
    const mod = await loadOptionalModule('tenants');
    if (mod?.generateTenants) report.tenants = await timed('tenants', () => mod.generateTenants!({ dataDir, seed, logger }));
    else report.skipped.push({ name: 'tenants', reason: 'src/data/tenants is not available yet' });
  }
  // Stamped only when everything was generated: a partial run (--only) leaves the rest as it was.
  if (GENERATORS.every((g) => wanted.has(g)) && report.skipped.length === 0) {
    await writeGeneratorStamp(dataDir, { fingerprint: generatorFingerprint(), seed });
  }
  return report;
}
