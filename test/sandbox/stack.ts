/**
 * The whole sandbox stack for tests: the fake Slack, the real Bolt app with the real offline analyst,
 * and the sandbox page — on free ports, over the shared test dataset.
 *
 * The shared dataset (TEST_DATA_DIR) holds the brand data only; the stack also needs creatives and a
 * search index. Rendering all 141 creatives and the text index takes over a minute, so this builds a
 * copy with the TikTok and Meta creatives and the creative index only (what the browser test asks
 * about), cached under test/.cache/sandbox-data until the sources it depends on change.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { type AppConfig, loadConfig } from '../../src/config/index.js';
import { buildCampaigns } from '../../src/data/brand/catalog.js';
import { planCreatives, renderCreative } from '../../src/data/assets/index.js';
import { describeCreative } from '../../src/data/assets/describe.js';
import { MANIFEST_FILE, manifestCsv, type ManifestRow } from '../../src/data/assets/manifest.js';
import { type FakeSlack, startFakeSlack } from '../../src/fakeslack/index.js';
import { silentLogger, type Logger } from '../../src/log/index.js';
import { buildIndex } from '../../src/rag/index.js';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import type { SlackBot } from '../../src/slack/index.js';
import { createProductionBot } from '../../src/slack/wiring.js';
import { TEST_DATA_DIR, TEST_SEED, ensureTestData } from '../helpers/test-data.js';

export const SANDBOX_DATA_DIR = resolve('test/.cache/sandbox-data');
const STAMP = '.sandbox-source-hash';
const CHANNELS = new Set(['tiktok', 'meta']);

function hashTree(h: ReturnType<typeof createHash>, dir: string): void {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) hashTree(h, p);
    else if (name.endsWith('.ts')) h.update(p).update(readFileSync(p));
  }
}

/** What the cached copy depends on: the shared dataset's own stamp, the creative and index code. */
function sourceHash(): string {
  const h = createHash('sha1');
  h.update(readFileSync(join(TEST_DATA_DIR, '.brand-source-hash')));
  for (const dir of ['src/data/assets', 'src/rag']) hashTree(h, resolve(dir));
  return h.digest('hex');
}

/** The shared dataset plus TikTok/Meta creatives and their index (cached; rebuilt when stale). */
export async function prepareSandboxData(): Promise<string> {
  await ensureTestData();
  const hash = sourceHash();
  const stampPath = join(SANDBOX_DATA_DIR, STAMP);
  if (existsSync(stampPath) && readFileSync(stampPath, 'utf8') === hash) return SANDBOX_DATA_DIR;
  const tmp = `${SANDBOX_DATA_DIR}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  for (const sub of ['raw', 'mmm']) await cp(join(TEST_DATA_DIR, sub), join(tmp, sub), { recursive: true });
  const rows: ManifestRow[] = [];
  for (const spec of planCreatives(buildCampaigns()).filter((s) => CHANNELS.has(s.campaign.channel))) {
    const png = await renderCreative(spec, TEST_SEED);
    const file = join(tmp, spec.imagePath);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, png);
    const c = spec.campaign;
    rows.push({
      image_path: spec.imagePath,
      description: describeCreative(spec),
      channel: c.channel,
      vehicle_model: c.model,
      creative_type: spec.format.creativeType,
      audience_segment: c.audience,
      campaign_id: c.id,
      dimensions: `${spec.format.width}x${spec.format.height}`,
      file_size: String(png.length),
    });
  }
  await writeFile(join(tmp, MANIFEST_FILE), manifestCsv(rows));
  await buildIndex({ dataDir: tmp, config: stackConfig(tmp), only: 'assets' });
  await writeFile(join(tmp, STAMP), hash);
  // Another run may have finished first: keep its copy when it is current.
  const current = (): boolean => existsSync(stampPath) && readFileSync(stampPath, 'utf8') === hash;
  if (!current()) {
    await rm(SANDBOX_DATA_DIR, { recursive: true, force: true });
    await rename(tmp, SANDBOX_DATA_DIR).catch((err: unknown) => {
      if (!current()) throw err;
    });
  }
  await rm(tmp, { recursive: true, force: true });
  return SANDBOX_DATA_DIR;
}

/** Offline, quiet, no digest schedule, no Slack tokens: what `npm start` uses with no workspace. */
export function stackConfig(dataDir: string, overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    env: {},
    envFile: false,
    overrides: { DATA_DIR: dataDir, LOG_LEVEL: 'silent', DIGEST_ENABLED: 'false', LLM_PROVIDER: 'offline', EMBEDDER: 'lsa', ...overrides },
  });
}

export interface SandboxStack {
  slack: FakeSlack;
  bot: SlackBot;
  sandbox: Sandbox;
  dataDir: string;
  close(): Promise<void>;
}

/** Fake Slack + the production bot (real analyst, Socket Mode) + the sandbox page, on free ports. */
export async function startSandboxStack(options: { logger?: Logger; config?: Record<string, string> } = {}): Promise<SandboxStack> {
  const logger = options.logger ?? silentLogger();
  const dataDir = await prepareSandboxData();
  const config = stackConfig(dataDir, options.config);
  const slack = await startFakeSlack();
  const { bot } = await createProductionBot({
    config,
    logger,
    dataDir,
    slackApiUrl: slack.apiUrl,
    transport: { mode: 'socket', botToken: slack.botToken, appToken: slack.appToken },
    healthPort: false,
    startDigest: false,
  });
  await bot.start();
  const sandbox = await startSandbox({ slack, logger, port: 0 });
  return {
    slack,
    bot,
    sandbox,
    dataDir,
    async close(): Promise<void> {
      await sandbox.close();
      await bot.stop({ drainMs: 2000 });
      await slack.close();
    },
  };
}
