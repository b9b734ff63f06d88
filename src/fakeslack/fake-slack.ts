import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { FaultBox, routeApiCall } from './api-router.js';
import { defaultWorkspace } from './default-workspace.js';
import { Deliverer } from './delivery.js';
import {
  type ClickButtonInput,
  type DriverCore,
  type PostUserMessageInput,
  type PostedUserMessage,
  type SlashCommandInput,
  type SlashCommandResult,
  clickButton,
  deliverMessageEvents,
  postUserMessage,
  requireChannel,
  slashCommand,
} from './driver.js';
import { createFakeSlackServer } from './http-server.js';
import type { FakeSlackFeatures, MethodContext } from './methods/context.js';
import { fileRef } from './methods/files.js';
import { applyResponse, RESPONSE_URL_MAX_USES, type ResponseTarget } from './response-url.js';
import { SocketHub } from './socket-mode.js';
import type {
  ApiCallRecord,
  DeliveryRecord,
  FakeChannel,
  FakeFile,
  FakeMessage,
  FakeSlackChange,
  FakeSlackLogger,
  FakeUser,
  FaultSpec,
  ThreadStatus,
  WorkspaceSeed,
} from './types.js';
import { Workspace } from './workspace.js';

export interface FakeSlackOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Secret used to sign HTTP deliveries (the app's SLACK_SIGNING_SECRET). */
  signingSecret?: string;
  botToken?: string;
  appToken?: string;
  /** Milliseconds clock for message timestamps and scheduling; default Date.now. */
  clock?: () => number;
  logger?: FakeSlackLogger;
  workspace?: WorkspaceSeed;
  features?: Partial<FakeSlackFeatures>;
  /** HTTP mode: the app's request URL. Without it, deliveries go over Socket Mode. */
  requestUrl?: string;
  ackTimeoutMs?: number;
  retryDelaysMs?: number[];
  connectWaitMs?: number;
  pingIntervalMs?: number;
  /** Deliver the bot's own posts back to it as message events, as Slack does (default true). */
  echoBotMessages?: boolean;
  botEvents?: string[];
}

const noopLogger: FakeSlackLogger = { debug() {}, info() {}, warn() {} };

export const DEFAULT_BOT_EVENTS = ['app_mention', 'message.channels', 'message.groups', 'message.im', 'app_home_opened'];

/** A stateful, in-process Slack: Web API, Socket Mode, signed HTTP delivery and a driver for tests and the sandbox. */
export class FakeSlack {
  readonly botToken: string;
  readonly appToken: string;
  readonly signingSecret: string;
  readonly workspace: Workspace;
  private readonly hub: SocketHub;
  private readonly deliverer: Deliverer;
  private readonly faults = new FaultBox();
  private readonly calls: ApiCallRecord[] = [];
  private readonly responseTargets = new Map<string, ResponseTarget>();
  private readonly server: Server;
  private readonly core: DriverCore;
  private readonly ctx: MethodContext;
  private url = '';

  constructor(private readonly options: FakeSlackOptions = {}) {
    const logger = options.logger ?? noopLogger;
    this.botToken = options.botToken ?? 'xoxb-fake';
    this.appToken = options.appToken ?? 'xapp-fake';
    this.signingSecret = options.signingSecret ?? 'fake-signing-secret';
    this.workspace = new Workspace(options.workspace ?? defaultWorkspace(), options.clock ?? Date.now);
    this.hub = new SocketHub({ appId: this.workspace.bot.app_id, pingIntervalMs: options.pingIntervalMs ?? 10_000, logger });
    this.hub.on('connections', (n: number) => this.workspace.emitChange({ type: 'connection', connected: n }));
    this.deliverer = new Deliverer(this.workspace, this.hub, {
      ...(options.requestUrl ? { requestUrl: options.requestUrl } : {}),
      signingSecret: this.signingSecret,
      ackTimeoutMs: options.ackTimeoutMs ?? 3000,
      retryDelaysMs: options.retryDelaysMs ?? [500, 1000, 2000],
      connectWaitMs: options.connectWaitMs ?? 10_000,
      signingNow: () => Date.now() / 1000,
      logger,
    });
    this.core = {
      ws: this.workspace,
      deliverer: this.deliverer,
      baseUrl: () => this.url,
      responseTargets: this.responseTargets,
      botEvents: new Set(options.botEvents ?? DEFAULT_BOT_EVENTS),
    };
    this.ctx = {
      ws: this.workspace,
      baseUrl: () => this.url,
      features: { assistantThreads: true, streaming: true, ...options.features },
      socketUrl: () => this.hub.issueUrl(this.url.replace(/^http/, 'ws')),
      onBotMessage: (m) => this.echo(m),
    };
    this.server = createFakeSlackServer({
      api: (method, args, token) =>
        routeApiCall(this.ctx, method, args, token, {
          botToken: this.botToken,
          appToken: this.appToken,
          faults: this.faults,
          record: (call) => {
            this.calls.push(call);
            this.workspace.emitChange({ type: 'api_call', call });
          },
        }),
      upload: (id, bytes) => this.receiveUpload(id, bytes),
      file: (id) => {
        const f = this.workspace.files.get(id);
        return f?.bytes ? { bytes: f.bytes, mimetype: f.mimetype, name: f.name } : undefined;
      },
      responseUrl: async (id, body) => this.respond(id, body),
      upgrade: (req, socket, head) => this.hub.handleUpgrade(req, socket, head),
    });
  }

  async listen(): Promise<this> {
    const host = this.options.host ?? '127.0.0.1';
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.port ?? 0, host, () => resolve());
    });
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://${host}:${port}`;
    return this;
  }

  /** Base URL of the fake (http://127.0.0.1:PORT). */
  get baseUrl(): string {
    return this.url;
  }

  /** For `clientOptions.slackApiUrl`. */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  get socketConnections(): number {
    return this.hub.connected;
  }

  // ---- driver -------------------------------------------------------------------------------------

  postUserMessage(input: PostUserMessageInput): Promise<PostedUserMessage> {
    return Promise.resolve(postUserMessage(this.core, input));
  }

  slashCommand(input: SlashCommandInput): Promise<SlashCommandResult> {
    return slashCommand(this.core, input, (m) => this.echo(m));
  }

  clickButton(input: ClickButtonInput): Promise<DeliveryRecord> {
    return clickButton(this.core, input);
  }

  /** Sends a past delivery again, as Slack's retry (`retry_attempt` / `X-Slack-Retry-Num`). */
  async redeliver(eventIdOrEnvelopeId: string, reason = 'http_timeout'): Promise<DeliveryRecord> {
    const record = this.deliverer.records.find((r) => r.event_id === eventIdOrEnvelopeId || r.envelope_id === eventIdOrEnvelopeId);
    if (!record) throw new Error(`fake slack: no delivery ${eventIdOrEnvelopeId}`);
    return this.deliverer.redeliver(record, reason);
  }

  /** Resolves with the first message (existing or future, incl. updates) matching `predicate`. */
  waitForMessage(predicate: (m: FakeMessage) => boolean, timeoutMs = 10_000): Promise<FakeMessage> {
    for (const ch of this.workspace.channels.values()) {
      const hit = this.workspace.list(ch.id).find(predicate);
      if (hit) return Promise.resolve(hit);
    }
    return new Promise((resolve, reject) => {
      const onChange = (c: FakeSlackChange): void => {
        if ((c.type === 'message_posted' || c.type === 'message_updated') && predicate(c.message)) {
          clearTimeout(timer);
          this.workspace.off('change', onChange);
          resolve(c.message);
        }
      };
      const timer = setTimeout(() => {
        this.workspace.off('change', onChange);
        const recent = [...this.workspace.channels.values()].flatMap((ch) => this.workspace.list(ch.id)).slice(-5);
        reject(new Error(`fake slack: no matching message within ${timeoutMs} ms; last: ${JSON.stringify(recent.map((m) => m.text.slice(0, 80)))}`));
      }, timeoutMs);
      this.workspace.on('change', onChange);
    });
  }

  /** Messages of a channel (top level), or of a thread when `threadTs` is given; `viewer` filters ephemerals (default: all). */
  messages(channel: string, threadTs?: string, viewer = '*'): FakeMessage[] {
    const ch = requireChannel(this.workspace, channel);
    return threadTs ? this.workspace.thread(ch.id, threadTs, viewer) : this.workspace.history(ch.id, viewer);
  }

  /** Every message of a channel, replies included, oldest first. */
  allMessages(channel: string): FakeMessage[] {
    return [...this.workspace.list(requireChannel(this.workspace, channel).id)];
  }

  apiCalls(method?: string): ApiCallRecord[] {
    return method ? this.calls.filter((c) => c.method === method) : [...this.calls];
  }

  deliveries(): DeliveryRecord[] {
    return [...this.deliverer.records];
  }

  injectFault(spec: FaultSpec): void {
    this.faults.add(spec);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  /** Switches deliveries to signed HTTP (a URL) or back to Socket Mode (undefined). */
  setRequestUrl(url: string | undefined): void {
    this.deliverer.setRequestUrl(url);
  }

  disconnectSockets(reason?: 'refresh_requested' | 'link_disabled' | 'warning' | 'too_many_websockets'): void {
    this.hub.disconnectAll(reason);
  }

  users(): FakeUser[] {
    return [...this.workspace.users.values()];
  }

  channels(): FakeChannel[] {
    return [...this.workspace.channels.values()];
  }

  statuses(): ThreadStatus[] {
    return [...this.workspace.statuses.values()];
  }

  file(id: string): FakeFile | undefined {
    return this.workspace.files.get(id);
  }

  /** Posts scheduled messages whose time has come on the fake's clock. */
  flushScheduled(): FakeMessage[] {
    const nowSec = this.workspace.now() / 1000;
    const due = [...this.workspace.scheduled.values()].filter((s) => s.post_at <= nowSec);
    return due.map((s) => {
      this.workspace.scheduled.delete(s.id);
      const m: FakeMessage = {
        type: 'message',
        channel: s.channel,
        ts: this.workspace.nextTs(),
        text: s.text,
        user: this.workspace.bot.user_id,
        bot_id: this.workspace.bot.bot_id,
        app_id: this.workspace.bot.app_id,
        via: 'api',
        ...(s.blocks ? { blocks: s.blocks } : {}),
        ...(s.thread_ts ? { thread_ts: s.thread_ts } : {}),
      };
      this.workspace.add(m);
      this.echo(m);
      return m;
    });
  }

  on(event: 'change', listener: (change: FakeSlackChange) => void): this {
    this.workspace.on(event, listener);
    return this;
  }

  off(event: 'change', listener: (change: FakeSlackChange) => void): this {
    this.workspace.off(event, listener);
    return this;
  }

  async close(): Promise<void> {
    await this.hub.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- internals ----------------------------------------------------------------------------------

  private echo(m: FakeMessage): void {
    if (this.options.echoBotMessages === false || m.ephemeral_to) return;
    const ch = this.workspace.channels.get(m.channel);
    if (ch) void deliverMessageEvents(this.core, m, ch).delivered;
  }

  private receiveUpload(id: string, bytes: Buffer): { status: number; text: string } {
    const f = this.workspace.files.get(id);
    if (!f) return { status: 404, text: 'file_not_found' };
    f.bytes = bytes;
    f.size = bytes.length;
    f.uploaded = true;
    this.calls.push({ method: 'upload', args: { file_id: id, bytes: bytes.length }, status: 200, ok: true, at: this.workspace.now() });
    return { status: 200, text: `OK - ${bytes.length}` };
  }

  private respond(id: string, body: Record<string, unknown>): { status: number; text: string } {
    const target = this.responseTargets.get(id);
    const record = (status: number, error?: string): void => {
      this.calls.push({ method: 'response_url', args: body, status, ok: status === 200, ...(error ? { error } : {}), at: this.workspace.now() });
    };
    if (!target) {
      record(404, 'invalid_url');
      return { status: 404, text: 'invalid_url' };
    }
    if (target.uses >= RESPONSE_URL_MAX_USES || this.workspace.now() > target.expiresAt) {
      record(404, 'used_url');
      return { status: 404, text: 'used_url' };
    }
    target.uses += 1;
    const out = applyResponse(this.workspace, target, body, (m) => this.echo(m));
    record(out.status, out.status === 200 ? undefined : out.text);
    return out;
  }
}

/** Starts a fake Slack on 127.0.0.1 (free port unless given). */
export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  return new FakeSlack(options).listen();
}

export { fileRef };
