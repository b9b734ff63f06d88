/** A short human summary of what is on disk in a data dir (used by `npm start` and the bot). */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { BRAND, CHANNEL_LABELS, MMM_CHANNELS, STUDY, type MmmChannel } from './catalog.js';
import { CONTRACT_FILES, KNOWN_ISSUES_FILE, MMM_FILES, RAW_CSV } from './files.js';

async function readOr(path: string): Promise<string | undefined> {
  return readFile(path, 'utf8').catch(() => undefined);
}

const money = (x: number) => `£${(x / 1e6).toFixed(2)}M`;

export async function summarizeDataset(dataDir: string): Promise<string> {
  const lines: string[] = [];
  const mr = await readOr(join(dataDir, MMM_FILES.modelReady));
  if (!mr) return `No brand dataset in ${dataDir} yet — run \`npm run generate\`.`;
  const rows = parse(mr, { columns: true }) as Record<string, string>[];
  const spend = Object.fromEntries(MMM_CHANNELS.map((c) => [c, rows.reduce((a, r) => a + Number(r[`${c}_spend`]), 0)])) as Record<MmmChannel, number>;
  const total = Object.values(spend).reduce((a, b) => a + b, 0);
  const units = rows.reduce((a, r) => a + Number(r.units_sold), 0);
  const revenue = rows.reduce((a, r) => a + Number(r.revenue), 0);
  lines.push(`${BRAND.name} — ${rows.length} weeks (${STUDY.start} … ${STUDY.end}), data in ${dataDir}`);
  lines.push(`  media spend ${money(total)}, ${units.toLocaleString('en-GB')} cars sold, revenue ${money(revenue)}`);
  const top = [...MMM_CHANNELS].sort((a, b) => spend[b] - spend[a]).map((c) => `${CHANNEL_LABELS[c]} ${money(spend[c])}`);
  lines.push(`  by channel: ${top.join(', ')}`);
  const raw = (await readdir(join(dataDir, 'raw')).catch(() => [] as string[])).filter((f) => f.endsWith('.csv'));
  lines.push(`  raw: ${raw.length} of ${Object.keys(RAW_CSV).length} CSVs, ${CONTRACT_FILES.length} contracts`);
  const ki = await readOr(join(dataDir, KNOWN_ISSUES_FILE));
  if (ki) lines.push(`  planted discrepancies: ${(JSON.parse(ki) as { issues: unknown[] }).issues.length} (see ${KNOWN_ISSUES_FILE})`);
  const gt = await readOr(join(dataDir, MMM_FILES.groundTruth));
  if (gt) {
    const truth = JSON.parse(gt) as { media_share_of_units: number; channels: Record<string, { true_roi: number }> };
    const roi = MMM_CHANNELS.map((c) => `${c} ${truth.channels[c]?.true_roi.toFixed(2)}x`).join(', ');
    lines.push(`  true ROI (ground truth): ${roi}; media drives ${(truth.media_share_of_units * 100).toFixed(0)}% of units`);
  }
  const manifest = await readOr(join(dataDir, 'assets/asset_manifest.csv'));
  if (manifest) lines.push(`  creatives: ${(parse(manifest) as unknown[]).length - 1} in assets/asset_manifest.csv`);
  const tenants = await readdir(join(dataDir, 'tenants'), { withFileTypes: true }).catch(() => []);
  const dirs = tenants.filter((d) => d.isDirectory()).map((d) => d.name);
  if (dirs.length > 0) lines.push(`  weather tenants: ${dirs.join(', ')}`);
  return lines.join('\n');
}
