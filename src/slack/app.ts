import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { WebClientOptions } from '@slack/web-api';
import { MixError } from '../errors.js';
import { boltLogger } from './bolt-logger.js';
import { DigestScheduler, digestStatePath } from './digest.js';
import { postDigest } from './digest-post.js';
import { toFriendlyError } from './errors.js';
import { registerActions } from './listeners/actions.js';
import { registerCommands } from './listeners/commands.js';
import { registerMessageListeners } from './listeners/messages.js';
import { type SlackRuntime, createRuntime } from './runtime.js';
import type { SlackAppDeps } from './types.js';

export type SlackTransport =
  | { mode: 'socket'; botToken: string; appToken: string }
  | { mode: 'http'; botToken: string; signingSecret: string; port: number; host?: string };

export interface CreateSlackAppOptions extends SlackAppDeps {
  /** Default from config: SLACK_APP_TOKEN → Socket Mode, else SLACK_SIGNING_SECRET → HTTP on PORT. */
  transport?: SlackTransport;
  /** Web API base URL (the fake Slack in tests and the sandbox); default config.SLACK_API_URL or Slack. */
  slackApiUrl?: string;
  /** Socket Mode: serve GET /health on this port (HTTP mode serves it beside /slack/events). */
  healthPort?: number | false;
  /** Start the weekly digest schedule on start() (default: config.DIGEST_ENABLED). */
  startDigest?: boolean;
  /** Extra WebClient options (e.g. a faster retryConfig in tests). */
  clientOptions?: WebClientOptions;
  /** Keeps this workspace's persisted state (digest last-run) apart, e.g. `sandbox` for the fake Slack. */
  stateNamespace?: string;
}

export interface SlackBot {
  app: App;
  runtime: SlackRuntime;
  digest: DigestScheduler | undefined;
  transport: SlackTransport;
  start(): Promise<{ mode: SlackTransport['mode']; port?: number }>;
  /** Graceful: stop the schedule and intake, finish the answers in flight (bounded), close. */
  stop(options?: { drainMs?: number }): Promise<void>;
}

/** The transport the config asks for, or a clear error when Slack credentials are incomplete. */
export function transportFromConfig(config: SlackAppDeps['config']): SlackTransport {
  const botToken = config.SLACK_BOT_TOKEN;
  if (botToken && config.SLACK_APP_TOKEN) return { mode: 'socket', botToken, appToken: config.SLACK_APP_TOKEN };
  if (botToken && config.SLACK_SIGNING_SECRET) return { mode: 'http', botToken, signingSecret: config.SLACK_SIGNING_SECRET, port: config.PORT };
  throw new MixError('CONFIG_INVALID', 'Slack needs SLACK_BOT_TOKEN plus SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP).');
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

/**
 * Builds the Bolt app (Socket Mode or HTTP) with every listener, the digest and a health endpoint.
 * Nothing touches the network until `start()`.
 */
export function createSlackApp(options: CreateSlackAppOptions): SlackBot {
  const rt = createRuntime(options);
  const { config, logger } = options;
  const transport = options.transport ?? transportFromConfig(config);
  const slackApiUrl = options.slackApiUrl ?? config.SLACK_API_URL;
  const clientOptions: WebClientOptions = { ...(slackApiUrl ? { slackApiUrl } : {}), ...options.clientOptions };
  const blog = boltLogger(logger);
  const started = rt.clock();
  let server: Server | undefined;
  let port: number | undefined;

  const health = (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'GET' || !req.url?.startsWith('/health')) return false;
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ ok: true, mode: transport.mode, uptime_s: Math.round((rt.clock() - started) / 1000), in_flight: rt.queue.size }));
    return true;
  };

  let app: App;
  let httpReceiver: HTTPReceiver | undefined;
  if (transport.mode === 'socket') {
    const receiver = new SocketModeReceiver({ appToken: transport.appToken, logger: blog, installerOptions: { clientOptions } });
    app = new App({ token: transport.botToken, receiver, logger: blog, clientOptions });
  } else {
    httpReceiver = new HTTPReceiver({
      signingSecret: transport.signingSecret,
      endpoints: ['/slack/events', '/slack/commands', '/slack/actions'],
      logger: blog,
    });
    app = new App({ token: transport.botToken, receiver: httpReceiver, logger: blog, clientOptions });
  }

  const digest = config.DIGEST_ENABLED
    ? new DigestScheduler({
        cron: config.DIGEST_CRON,
        timezone: config.DIGEST_TIMEZONE,
        channel: config.DIGEST_CHANNEL,
        stateFile: digestStatePath(rt.dataDir, options.stateNamespace),
        clock: rt.clock,
        logger,
        post: (channel, period) => postDigest(rt, app.client, channel, period),
      })
    : undefined;

  registerMessageListeners(app, rt);
  registerCommands(app, rt, digest);
  registerActions(app, rt);
  app.error(async (err) => {
    toFriendlyError(err, logger, { where: 'bolt' });
  });

  return {
    app,
    runtime: rt,
    digest,
    transport,
    async start() {
      if (transport.mode === 'socket') {
        await app.start();
        if (options.healthPort !== undefined && options.healthPort !== false) {
          server = createServer((req, res) => {
            if (!health(req, res)) res.writeHead(404).end();
          });
          port = await listen(server, options.healthPort, '0.0.0.0');
        }
      } else {
        const listener = (httpReceiver as HTTPReceiver).requestListener;
        server = createServer((req, res) => {
          if (!health(req, res)) listener(req, res);
        });
        port = await listen(server, transport.port, transport.host ?? '0.0.0.0');
      }
      if (digest && (options.startDigest ?? true)) digest.start();
      logger.info({ mode: transport.mode, port }, 'Slack app started');
      return { mode: transport.mode, ...(port !== undefined ? { port } : {}) };
    },
    async stop({ drainMs = 20_000 } = {}) {
      digest?.stop();
      if (transport.mode === 'socket') await app.stop();
      const closing = server ? new Promise<void>((r) => (server as Server).close(() => r())) : Promise.resolve();
      const timeout = new Promise<void>((r) => setTimeout(r, drainMs).unref());
      await Promise.race([rt.drain(), timeout]);
      server?.closeAllConnections();
      await closing;
      logger.info('Slack app stopped');
    },
  };
}
