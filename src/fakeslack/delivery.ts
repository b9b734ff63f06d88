import { slackSignature } from './signing.js';
import type { SocketHub } from './socket-mode.js';
import type { DeliveryKind, DeliveryRecord, FakeSlackLogger } from './types.js';
import type { Workspace } from './workspace.js';

export interface DeliveryOptions {
  /** HTTP mode: where events, commands and interactivity are POSTed (Bolt: http://host:port/slack/events). */
  requestUrl?: string;
  signingSecret: string;
  /** How long Slack waits for an ack (3 s in Slack). */
  ackTimeoutMs: number;
  /** Delays before each Events API retry (Slack: ~immediately, 1 min, 5 min). */
  retryDelaysMs: number[];
  /** How long a Socket Mode delivery waits for an app to connect. */
  connectWaitMs: number;
  /** Seconds clock for signature timestamps (the app checks them against its own clock). */
  signingNow: () => number;
  logger: FakeSlackLogger;
}

const SOCKET_TYPES: Record<DeliveryKind, 'events_api' | 'slash_commands' | 'interactive'> = {
  events_api: 'events_api',
  slash_commands: 'slash_commands',
  interactive: 'interactive',
};

/**
 * Delivers events, slash commands and interactivity to the app over Socket Mode or signed HTTP, waits
 * for the ack, and retries unacknowledged Events API deliveries with `retry_attempt` / `X-Slack-Retry-Num`.
 */
export class Deliverer {
  readonly records: DeliveryRecord[] = [];

  constructor(
    private readonly ws: Workspace,
    private readonly hub: SocketHub,
    readonly options: DeliveryOptions,
  ) {}

  setRequestUrl(url: string | undefined): void {
    this.options.requestUrl = url;
  }

  async deliver(kind: DeliveryKind, payload: Record<string, unknown>, eventId?: string): Promise<DeliveryRecord> {
    const record: DeliveryRecord = {
      envelope_id: this.ws.nextId('env-'),
      kind,
      transport: this.options.requestUrl ? 'http' : 'socket',
      payload,
      ...(eventId ? { event_id: eventId } : {}),
      attempts: 0,
      acked: false,
    };
    this.records.push(record);
    const retries = kind === 'events_api' ? this.options.retryDelaysMs : [];
    for (let attempt = 0; attempt <= retries.length; attempt++) {
      if (attempt > 0) await sleep(retries[attempt - 1] ?? 0);
      const r = await this.attempt(record, attempt, attempt === 0 ? '' : record.transport === 'http' ? 'http_timeout' : 'timeout');
      if (r.acked || r.noRetry) break;
    }
    this.ws.emitChange({ type: 'delivery', delivery: record });
    return record;
  }

  /** Sends a recorded delivery again as Slack's retry number `retryNum` (tests of idempotency). */
  async redeliver(record: DeliveryRecord, reason = 'http_timeout'): Promise<DeliveryRecord> {
    await this.attempt(record, record.attempts, reason);
    this.ws.emitChange({ type: 'delivery', delivery: record });
    return record;
  }

  private async attempt(record: DeliveryRecord, retryNum: number, reason: string): Promise<Attempt> {
    record.attempts += 1;
    const started = Date.now();
    const result = record.transport === 'http' ? await this.viaHttp(record, retryNum, reason) : await this.viaSocket(record, retryNum, reason);
    if (result.acked && !record.acked) {
      record.acked = true;
      record.ack_ms = Date.now() - started;
      if (result.payload !== undefined) record.ack_payload = result.payload;
    }
    return result;
  }

  private async viaSocket(record: DeliveryRecord, retryNum: number, reason: string): Promise<Attempt> {
    if (!(await this.hub.waitForConnection(this.options.connectWaitMs))) {
      this.options.logger.warn({ envelope_id: record.envelope_id }, 'fake slack: no app connected; delivery dropped');
      return { acked: false };
    }
    return this.hub.send(
      {
        envelope_id: record.envelope_id,
        type: SOCKET_TYPES[record.kind],
        payload: record.payload,
        accepts_response_payload: record.kind !== 'events_api',
        ...(record.kind === 'events_api' ? { retry_attempt: retryNum, retry_reason: reason } : {}),
      },
      this.options.ackTimeoutMs,
    );
  }

  private async viaHttp(record: DeliveryRecord, retryNum: number, reason: string): Promise<Attempt> {
    const url = this.options.requestUrl as string;
    const { body, contentType } = encodeForHttp(record);
    const ts = Math.floor(this.options.signingNow());
    const headers: Record<string, string> = {
      'Content-Type': contentType,
      'X-Slack-Request-Timestamp': String(ts),
      'X-Slack-Signature': slackSignature(this.options.signingSecret, ts, body),
      'User-Agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
    };
    if (retryNum > 0) {
      headers['X-Slack-Retry-Num'] = String(retryNum);
      headers['X-Slack-Retry-Reason'] = reason;
    }
    try {
      const res = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(this.options.ackTimeoutMs) });
      const text = await res.text();
      record.http_status = res.status;
      if (!res.ok) return { acked: false, noRetry: res.headers.get('x-slack-no-retry') === '1' };
      return { acked: true, ...(text ? { payload: parseMaybeJson(text) } : {}) };
    } catch (err) {
      this.options.logger.debug({ err: (err as Error).message }, 'fake slack: HTTP delivery failed');
      record.http_status = 0;
      return { acked: false };
    }
  }
}

interface Attempt {
  acked: boolean;
  payload?: unknown;
  /** The app answered `X-Slack-No-Retry: 1`. */
  noRetry?: boolean;
}

function encodeForHttp(record: DeliveryRecord): { body: string; contentType: string } {
  if (record.kind === 'events_api') return { body: JSON.stringify(record.payload), contentType: 'application/json' };
  if (record.kind === 'interactive') {
    return { body: new URLSearchParams({ payload: JSON.stringify(record.payload) }).toString(), contentType: 'application/x-www-form-urlencoded' };
  }
  return {
    body: new URLSearchParams(record.payload as Record<string, string>).toString(),
    contentType: 'application/x-www-form-urlencoded',
  };
}

function parseMaybeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms).unref());
}
