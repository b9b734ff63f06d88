/**
 * Validation checks over the creatives on disk. Each returns the first problem it finds, naming the
 * manifest row (1-based data row) and the file, so `npm run generate -- --validate-only` can point at it.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ASSET_CHANNELS, buildCampaigns, creativeIdsFor } from '../brand/catalog.js';
import type { Check, CheckResult } from '../validate/types.js';
import { MANIFEST_COLUMNS, MANIFEST_FILE, readManifest, type ParsedManifest } from './manifest.js';
import { readPngSize } from './png.js';

const MIN_CREATIVES = 50;

const ok = (name: string, message: string): CheckResult => ({ name, ok: true, message, file: MANIFEST_FILE });
const fail = (name: string, message: string, row?: number, file: string = MANIFEST_FILE): CheckResult => ({
  name,
  ok: false,
  message,
  file,
  ...(row === undefined ? {} : { row }),
});

/** Runs `body` on the parsed manifest; a missing or unreadable manifest fails the check by name. */
function withManifest(name: string, body: (m: ParsedManifest, dataDir: string) => Promise<CheckResult> | CheckResult): Check {
  const check = async (dataDir: string): Promise<CheckResult> => {
    let m: ParsedManifest;
    try {
      m = await readManifest(dataDir);
    } catch (err) {
      return fail(name, `${MANIFEST_FILE}: ${(err as Error).message}`);
    }
    return body(m, dataDir);
  };
  Object.defineProperty(check, 'name', { value: name });
  return check;
}

const manifestColumns = withManifest('assets.manifest_columns', (m) => {
  const want = MANIFEST_COLUMNS.join(',');
  const got = m.header.join(',');
  if (got !== want) return fail('assets.manifest_columns', `${MANIFEST_FILE} header is "${got}", expected "${want}"`, 0);
  const bad = m.rows.findIndex((r) => MANIFEST_COLUMNS.some((c) => !r[c]));
  if (bad >= 0) {
    const empty = MANIFEST_COLUMNS.filter((c) => !m.rows[bad]![c]).join(', ');
    return fail('assets.manifest_columns', `${MANIFEST_FILE} row ${bad + 1} has empty ${empty}`, bad + 1);
  }
  return ok('assets.manifest_columns', `${m.rows.length} rows with the ${MANIFEST_COLUMNS.length} expected columns`);
});

const filesAndSizes = withManifest('assets.files_and_sizes', async (m, dataDir) => {
  for (const [i, r] of m.rows.entries()) {
    let size: number;
    try {
      size = (await stat(join(dataDir, r.image_path))).size;
    } catch {
      return fail('assets.files_and_sizes', `${MANIFEST_FILE} row ${i + 1}: ${r.image_path} does not exist`, i + 1, r.image_path);
    }
    if (String(size) !== r.file_size) {
      return fail('assets.files_and_sizes', `${MANIFEST_FILE} row ${i + 1}: ${r.image_path} is ${size} bytes, manifest says ${r.file_size}`, i + 1, r.image_path);
    }
  }
  return ok('assets.files_and_sizes', `${m.rows.length} files exist with the listed byte sizes`);
});

const dimensions = withManifest('assets.dimensions', async (m, dataDir) => {
  for (const [i, r] of m.rows.entries()) {
    const dims = await readPngSize(join(dataDir, r.image_path)).catch(() => null);
    if (!dims) return fail('assets.dimensions', `${MANIFEST_FILE} row ${i + 1}: ${r.image_path} is missing or not a PNG`, i + 1, r.image_path);
    const actual = `${dims.width}x${dims.height}`;
    if (actual !== r.dimensions) {
      return fail('assets.dimensions', `${MANIFEST_FILE} row ${i + 1}: ${r.image_path} is ${actual}, manifest says ${r.dimensions}`, i + 1, r.image_path);
    }
  }
  return ok('assets.dimensions', `${m.rows.length} PNG headers match the listed dimensions`);
});

const coverage = withManifest('assets.coverage', (m) => {
  for (const [i, r] of m.rows.entries()) {
    if (!(ASSET_CHANNELS as readonly string[]).includes(r.channel)) {
      return fail('assets.coverage', `${MANIFEST_FILE} row ${i + 1}: unknown channel "${r.channel}"`, i + 1);
    }
    if (!r.image_path.startsWith(`assets/${r.channel}/`)) {
      return fail('assets.coverage', `${MANIFEST_FILE} row ${i + 1}: ${r.image_path} is not under assets/${r.channel}/`, i + 1);
    }
  }
  if (m.rows.length < MIN_CREATIVES) return fail('assets.coverage', `${MANIFEST_FILE} has ${m.rows.length} creatives, at least ${MIN_CREATIVES} required`);
  const missing = ASSET_CHANNELS.filter((c) => !m.rows.some((r) => r.channel === c));
  if (missing.length) return fail('assets.coverage', `${MANIFEST_FILE} has no creatives for ${missing.join(', ')}`);
  return ok('assets.coverage', `${m.rows.length} creatives across all ${ASSET_CHANNELS.length} channels`);
});

const campaignIds = withManifest('assets.campaign_ids', (m) => {
  const campaigns = new Map(buildCampaigns().map((c) => [c.id, c]));
  for (const [i, r] of m.rows.entries()) {
    const c = campaigns.get(r.campaign_id);
    if (!c) return fail('assets.campaign_ids', `${MANIFEST_FILE} row ${i + 1}: campaign ${r.campaign_id} is not in the campaign catalogue`, i + 1);
    const wrong = (['channel', 'vehicle_model', 'audience_segment'] as const).find(
      (k) => r[k] !== (k === 'channel' ? c.channel : k === 'vehicle_model' ? c.model : c.audience),
    );
    if (wrong) return fail('assets.campaign_ids', `${MANIFEST_FILE} row ${i + 1}: ${wrong} "${r[wrong]}" does not match campaign ${c.id}`, i + 1);
    const fileName = r.image_path.split('/').pop() ?? '';
    if (!creativeIdsFor(c).some((id) => fileName.startsWith(`${id}_`))) {
      return fail('assets.campaign_ids', `${MANIFEST_FILE} row ${i + 1}: ${r.image_path} is not named after one of ${c.id}'s creative ids`, i + 1);
    }
  }
  return ok('assets.campaign_ids', `all ${m.rows.length} creatives join to catalogue campaigns`);
});

const uniquePaths = withManifest('assets.unique_paths', async (m, dataDir) => {
  const seen = new Map<string, number>();
  for (const [i, r] of m.rows.entries()) {
    const prev = seen.get(r.image_path);
    if (prev !== undefined) return fail('assets.unique_paths', `${MANIFEST_FILE} row ${i + 1}: ${r.image_path} already listed in row ${prev}`, i + 1);
    seen.set(r.image_path, i + 1);
  }
  // And the other way round: every PNG on disk is listed.
  const root = join(dataDir, 'assets');
  const files = (await readdir(root, { recursive: true })).map(String).filter((f) => f.endsWith('.png'));
  const unlisted = files.map((f) => relative(dataDir, join(root, f)).split('\\').join('/')).find((f) => !seen.has(f));
  if (unlisted) return fail('assets.unique_paths', `${unlisted} is on disk but not in ${MANIFEST_FILE}`, undefined, unlisted);
  return ok('assets.unique_paths', `${m.rows.length} distinct image paths, no unlisted PNGs`);
});

/** The creative checks, in the order they are printed. */
export function assetChecks(): Check[] {
  return [manifestColumns, filesAndSizes, dimensions, coverage, campaignIds, uniquePaths];
}
