import type { Analyst, Answer } from '../agents/types.js';
import type { AppConfig } from '../config/index.js';
import type { Logger } from '../log/index.js';
import type { LiftTest } from '../mmm/types.js';
import type { RenderChart } from './uploads.js';

export type { RenderChart };

/** What an admin operation reports back (shown to the admin who ran it). */
export interface OpReport {
  /** One or two lines of mrkdwn, e.g. "1,204 chunks from 31 files; 240 assets". */
  summary: string;
  /** Counts worth listing ("chunks": 1204). */
  stats?: Record<string, string | number>;
}

export interface AdminOps {
  /** Rebuilds the retrieval index from the data dir. */
  reindex(): Promise<OpReport>;
  /** Regenerates the synthetic data (seed), refits the model and reindexes. */
  regenerate(seed?: number): Promise<OpReport>;
  /** Adds or removes a lift test in the model's calibration file and refits (admins). */
  calibrate(change: { add: LiftTest } | { remove: number | 'all' }): Promise<OpReport>;
  /** The lift tests on file (anyone may list them). */
  liftTests(): Promise<LiftTest[]>;
}

/** `/mmm <text>` → an answer (the agents library's `runMmmCommand`). */
export type MmmCommandRunner = (text: string, options: { sessionKey: string; userId?: string; onStatus?: (s: string) => void }) => Promise<Answer>;

/** Everything the Slack app needs, injected (tests pass simple implementations). */
export interface SlackAppDeps {
  config: AppConfig;
  logger: Logger;
  analyst: Analyst;
  runMmmCommand: MmmCommandRunner;
  renderChart: RenderChart;
  ops: AdminOps;
  /** Milliseconds clock (rate limits, dedupe, digest); default Date.now. */
  clock?: () => number;
  /** Where state (feedback, digest last-run) lives; default config.DATA_DIR. */
  dataDir?: string;
}
