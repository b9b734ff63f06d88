import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Cron } from 'croner';
import type { Logger } from '../log/index.js';

export interface DigestState {
  /** ISO time of the last scheduled occurrence that was posted. */
  lastPeriod?: string;
  postedAt?: string;
  channel?: string;
}

export interface DigestOptions {
  cron: string;
  timezone: string;
  channel: string;
  /** `<dataDir>/state/digest.json`: the last posted period survives restarts. */
  stateFile: string;
  clock: () => number;
  logger: Logger;
  /** Posts the digest; returns the channel id it went to. */
  post: (channel: string, period: Date) => Promise<{ channel: string; ts?: string }>;
  /** A missed occurrence is still posted if the app comes up within this long after it (default 6 h). */
  catchUpMs?: number;
}

export type TickResult = 'posted' | 'already_posted' | 'nothing_due' | 'missed';

/** `<dataDir>/state/digest.json`; a namespace (e.g. `sandbox`) keeps a fake workspace's last-run apart. */
export function digestStatePath(dataDir: string, namespace?: string): string {
  return join(dataDir, 'state', namespace ? `digest-${namespace}.json` : 'digest.json');
}

/**
 * The weekly channel-ROI digest: croner fires on the schedule (timezone-aware); every firing, and the
 * app's start, runs `tick()`, which posts at most once per scheduled period, recorded atomically on disk.
 */
export class DigestScheduler {
  private job?: Cron;
  private running: Promise<TickResult> | undefined;
  private readonly pattern: Cron;

  constructor(private readonly o: DigestOptions) {
    // A paused Cron is only used to compute occurrences; it never fires.
    this.pattern = new Cron(o.cron, { timezone: o.timezone, paused: true });
  }

  /** The latest scheduled occurrence at or before `now`. */
  lastOccurrence(now: number): Date | undefined {
    return this.pattern.previousRuns(1, new Date(now + 1000))[0];
  }

  nextOccurrence(now: number): Date | undefined {
    return this.pattern.nextRun(new Date(now)) ?? undefined;
  }

  async readState(): Promise<DigestState> {
    try {
      return JSON.parse(await readFile(this.o.stateFile, 'utf8')) as DigestState;
    } catch {
      return {};
    }
  }

  private async writeState(state: DigestState): Promise<void> {
    await mkdir(dirname(this.o.stateFile), { recursive: true });
    const tmp = `${this.o.stateFile}.${process.pid}.tmp`;
    await writeFile(tmp, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
    await rename(tmp, this.o.stateFile);
  }

  /** Posts the digest if the current period has not been posted yet (serialised: never twice at once). */
  tick(): Promise<TickResult> {
    this.running ??= this.doTick().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async doTick(): Promise<TickResult> {
    const now = this.o.clock();
    const period = this.lastOccurrence(now);
    if (!period) return 'nothing_due';
    const state = await this.readState();
    if (state.lastPeriod && Date.parse(state.lastPeriod) >= period.getTime()) return 'already_posted';
    if (now - period.getTime() > (this.o.catchUpMs ?? 6 * 3600_000)) return 'missed';
    const posted = await this.o.post(this.o.channel, period);
    await this.writeState({ lastPeriod: period.toISOString(), postedAt: new Date(now).toISOString(), channel: posted.channel });
    this.o.logger.info({ period: period.toISOString(), channel: posted.channel }, 'weekly digest posted');
    return 'posted';
  }

  /** `/mmm digest now`: posts at once, outside the schedule (the scheduled post still happens). */
  runNow(): Promise<{ channel: string; ts?: string }> {
    return this.o.post(this.o.channel, new Date(this.o.clock()));
  }

  /** Starts the schedule and catches up on a period missed while the app was down. */
  start(): void {
    this.job = new Cron(this.o.cron, { timezone: this.o.timezone, protect: true }, () => {
      void this.tick().catch((err: unknown) => this.o.logger.error({ err: (err as Error).message }, 'weekly digest failed'));
    });
    void this.tick().catch((err: unknown) => this.o.logger.error({ err: (err as Error).message }, 'weekly digest catch-up failed'));
  }

  stop(): void {
    this.job?.stop();
    this.job = undefined;
  }
}
