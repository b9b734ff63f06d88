/**
 * The local Slack sandbox: a web page that looks and behaves like a Slack channel, bridged to the fake
 * Slack (src/fakeslack) that the real Bolt app is connected to. Nothing in src/slack knows about it.
 *
 *   const slack = await startFakeSlack();
 *   // … start the Bolt app against slack.apiUrl (Socket Mode with slack.appToken) …
 *   const sandbox = await startSandbox({ slack, port: 3000, logger });
 *   logger.info(`open ${sandbox.url}`);
 */
import type { AddressInfo } from 'node:net';
import type { FakeSlack } from '../fakeslack/index.js';
import type { Logger } from '../log/index.js';
import { MixError } from '../errors.js';
import { SandboxBridge } from './bridge.js';
import { loadSlashCommands } from './commands.js';
import type { SlashCommandSpec } from './compose.js';
import { createSandboxServer } from './server.js';

export { SandboxBridge, type Peer } from './bridge.js';
export { DEFAULT_SLASH_COMMANDS, loadSlashCommands, slashCommandsFromManifest } from './commands.js';
export { encodeMessageText, parseComposer, type SlashCommandSpec } from './compose.js';
export type { ServerEvent, ClientRequest, WireEntry } from './protocol.js';
export type { ClientSnapshot, ClientMessage } from './view.js';

export interface SandboxOptions {
  slack: FakeSlack;
  logger: Logger;
  /** Default 3000 (config PORT); 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1: the page lets anyone act as any user, so keep it local unless you mean it. */
  host?: string;
  /** Slash commands offered; default: read from `manifestPath`. */
  commands?: readonly SlashCommandSpec[];
  /** The app manifest whose `features.slash_commands` the sandbox offers; default `manifest.yml`. */
  manifestPath?: string;
}

export interface Sandbox {
  /** http://host:port/ (the address it listens on). */
  url: string;
  /** The address to show people: `localhost` for a loopback or any-interface listener. */
  browserUrl: string;
  port: number;
  bridge: SandboxBridge;
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const { slack, logger } = options;
  const commands = options.commands ?? (await loadSlashCommands(options.manifestPath));
  const bridge = new SandboxBridge(slack, { commands, logger });
  const { server, sockets } = createSandboxServer({ slack, bridge, logger });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException): void =>
      reject(
        err.code === 'EADDRINUSE'
          ? new MixError('CONFIG_INVALID', `port ${options.port ?? 3000} is in use`, {
              userMessage: `The sandbox could not start: port ${options.port ?? 3000} is already in use. Set PORT to a free port (e.g. PORT=3100 npm start).`,
            })
          : err,
      );
    server.once('error', onError);
    server.listen(options.port ?? 3000, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '[::1]' : host.includes(':') ? `[${host}]` : host;
  const shownHost = ['0.0.0.0', '::', '127.0.0.1', '::1', 'localhost'].includes(host) ? 'localhost' : urlHost;
  return {
    url: `http://${urlHost}:${port}/`,
    browserUrl: `http://${shownHost}:${port}/`,
    port,
    bridge,
    async close(): Promise<void> {
      bridge.close();
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
