import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { EventEmitter } from 'node:events';
import { WebSocketServer, type WebSocket } from 'ws';
import type { FakeSlackLogger } from './types.js';

export interface SocketEnvelope {
  envelope_id: string;
  type: 'events_api' | 'slash_commands' | 'interactive';
  payload: Record<string, unknown>;
  accepts_response_payload: boolean;
  retry_attempt?: number;
  retry_reason?: string;
}

/**
 * Slack's Socket Mode side: single-use connection tickets from apps.connections.open, `hello` on
 * connect, envelopes to one connection at a time, acks `{envelope_id, payload}` back, server pings and
 * `disconnect` messages. Built on `ws` (the protocol is plain JSON text frames).
 */
export class SocketHub extends EventEmitter {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly conns: WebSocket[] = [];
  private readonly tickets = new Set<string>();
  private readonly acks = new Map<string, (payload: unknown) => void>();
  private next = 0;

  constructor(
    private readonly options: { appId: string; pingIntervalMs: number; logger: FakeSlackLogger; maxConnections?: number },
  ) {
    super();
    this.wss.on('connection', (conn) => this.onConnection(conn));
  }

  get connected(): number {
    return this.conns.length;
  }

  /** A fresh single-use wss URL (ws:// here) for apps.connections.open. */
  issueUrl(wsBase: string): string {
    const ticket = randomBytes(12).toString('hex');
    this.tickets.add(ticket);
    return `${wsBase}/link/?ticket=${ticket}&app_id=${this.options.appId}`;
  }

  /** Handles an HTTP upgrade; returns false when the request is not for Socket Mode. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith('/link')) return false;
    const ticket = url.searchParams.get('ticket') ?? '';
    if (!this.tickets.delete(ticket) || this.conns.length >= (this.options.maxConnections ?? 10)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\n\r\n');
      return true;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
    return true;
  }

  private onConnection(conn: WebSocket): void {
    this.conns.push(conn);
    const ping = setInterval(() => conn.ping(), this.options.pingIntervalMs);
    ping.unref();
    conn.on('message', (data, isBinary) => {
      if (isBinary) return;
      try {
        const msg = JSON.parse(data.toString()) as { envelope_id?: string; payload?: unknown };
        if (msg.envelope_id) this.acks.get(msg.envelope_id)?.(msg.payload);
      } catch {
        this.options.logger.warn({}, 'fake slack: unparsable socket message ignored');
      }
    });
    conn.on('close', () => {
      clearInterval(ping);
      const i = this.conns.indexOf(conn);
      if (i >= 0) this.conns.splice(i, 1);
      this.emit('connections', this.conns.length);
    });
    conn.send(
      JSON.stringify({
        type: 'hello',
        num_connections: this.conns.length,
        debug_info: { host: 'fakeslack-applink-1', build_number: 1, approximate_connection_time: 18060 },
        connection_info: { app_id: this.options.appId },
      }),
    );
    this.emit('connections', this.conns.length);
  }

  /** Resolves once at least one app connection is open (or false after `timeoutMs`). */
  waitForConnection(timeoutMs: number): Promise<boolean> {
    if (this.conns.length > 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.off('connections', onConn);
        resolve(false);
      }, timeoutMs);
      timer.unref();
      const onConn = (n: number): void => {
        if (n > 0) {
          clearTimeout(timer);
          this.off('connections', onConn);
          resolve(true);
        }
      };
      this.on('connections', onConn);
    });
  }

  /** Sends an envelope to one open connection (round robin) and resolves with the ack payload, or
   * `undefined` as `acked: false` after `timeoutMs`. */
  async send(envelope: SocketEnvelope, timeoutMs: number): Promise<{ acked: boolean; payload?: unknown }> {
    const conn = this.conns[this.next++ % Math.max(this.conns.length, 1)];
    if (!conn) return { acked: false };
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.acks.delete(envelope.envelope_id);
        resolve({ acked: false });
      }, timeoutMs);
      this.acks.set(envelope.envelope_id, (payload) => {
        clearTimeout(timer);
        this.acks.delete(envelope.envelope_id);
        resolve({ acked: true, payload });
      });
      conn.send(JSON.stringify(envelope));
    });
  }

  /** Asks every connection to reconnect, as Slack does before recycling a host. */
  disconnectAll(reason: 'refresh_requested' | 'link_disabled' | 'warning' | 'too_many_websockets' = 'refresh_requested'): void {
    for (const c of this.conns) c.send(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'fakeslack-applink-1' } }));
  }

  /** Closes every connection with a close handshake (terminating stragglers after `graceMs`). */
  async close(graceMs = 500): Promise<void> {
    const open = [...this.conns];
    await Promise.all(
      open.map(
        (c) =>
          new Promise<void>((resolve) => {
            const t = setTimeout(() => {
              c.terminate();
              resolve();
            }, graceMs);
            c.once('close', () => {
              clearTimeout(t);
              resolve();
            });
            c.close(1001, 'server closing');
          }),
      ),
    );
    this.conns.length = 0;
    this.wss.close();
  }
}
