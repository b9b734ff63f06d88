/**
 * The sandbox's HTTP surface: the single-page app (src/sandbox/public), its fonts, the files the bot
 * uploaded to the fake Slack, a health check, and the `/ws` WebSocket bridged to the fake Slack.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocketServer, type WebSocket } from 'ws';
import type { FakeSlack } from '../fakeslack/index.js';
import type { Logger } from '../log/index.js';
import type { Peer, SandboxBridge } from './bridge.js';
import type { ServerEvent } from './protocol.js';

export const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json; charset=utf-8',
};

const require = createRequire(import.meta.url);

/** Font packages the page loads (`/vendor/<key>/…`): Slack's Lato and a colour emoji font. */
const VENDOR: Record<string, string> = {
  lato: dirname(require.resolve('@fontsource/lato/package.json')),
  emoji: dirname(require.resolve('@fontsource/noto-color-emoji/package.json')),
};

/**
 * Noto Color Emoji's woff2 files render blank in Chromium (headless and desktop builds without COLR
 * support for them), its woff files render in colour: the page gets the package's CSS with woff only.
 */
export function woffOnlyFontCss(css: string): string {
  return css.replace(/url\([^)]*\.woff2\)\s*format\((['"])woff2\1\)\s*,\s*/g, '');
}

/** Resolves `rel` inside `root`, refusing anything that climbs out of it. */
export function safeJoin(root: string, rel: string): string | undefined {
  const full = normalize(join(root, rel));
  const base = root.endsWith(sep) ? root : `${root}${sep}`;
  return full.startsWith(base) ? full : undefined;
}

async function sendFile(res: ServerResponse, path: string | undefined, cache: string): Promise<void> {
  if (!path || !(await stat(path).then((s) => s.isFile()).catch(() => false))) return sendText(res, 404, 'not found');
  const body = await readFile(path);
  res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Content-Length': body.length, 'Cache-Control': cache });
  res.end(body);
}

function sendText(res: ServerResponse, status: number, text: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'Content-Type': type });
  res.end(text);
}

/** Pages of other sites must not drive the sandbox: a browser WebSocket's Origin must be this server. */
export function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

export interface SandboxServerDeps {
  slack: FakeSlack;
  bridge: SandboxBridge;
  logger: Logger;
}

export function createSandboxServer({ slack, bridge, logger }: SandboxServerDeps): { server: Server; sockets: WebSocketServer } {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const parts = url.pathname.split('/').filter(Boolean).map((p) => decodeURIComponent(p));
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'method not allowed');
    if (url.pathname === '/health') {
      return sendText(res, 200, JSON.stringify({ ok: true, service: 'sandbox', bot_connected: slack.socketConnections > 0 }), 'application/json');
    }
    if (parts[0] === 'files' && parts[1]) {
      // Files the bot uploaded (files.uploadV2), served from the fake's memory like Slack's url_private.
      const f = slack.file(parts[1]);
      if (!f?.bytes) return sendText(res, 404, 'file not found');
      const disposition = url.searchParams.has('download') ? 'attachment' : 'inline';
      res.writeHead(200, {
        'Content-Type': f.mimetype,
        'Content-Length': f.bytes.length,
        'Content-Disposition': `${disposition}; filename="${f.name.replace(/["\\\r\n]/g, '')}"`,
        'Cache-Control': 'private, max-age=3600',
      });
      res.end(f.bytes);
      return;
    }
    if (url.pathname === '/vendor/emoji/400.css') {
      const css = woffOnlyFontCss(await readFile(join(VENDOR.emoji as string, '400.css'), 'utf8'));
      res.writeHead(200, { 'Content-Type': TYPES['.css'] as string, 'Cache-Control': 'public, max-age=86400' });
      res.end(css);
      return;
    }
    if (parts[0] === 'vendor' && parts[1] && VENDOR[parts[1]]) {
      return sendFile(res, safeJoin(VENDOR[parts[1]] as string, parts.slice(2).join('/')), 'public, max-age=86400');
    }
    const rel = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
    return sendFile(res, safeJoin(PUBLIC_DIR, decodeURIComponent(rel)), 'no-cache');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      logger.warn({ err: (err as Error).message, url: req.url }, 'sandbox request failed');
      if (!res.headersSent) sendText(res, 500, 'internal error');
      else res.end();
    });
  });

  server.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://sandbox').pathname !== '/ws' || !sameOrigin(req)) {
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => attach(ws));
  });

  function attach(ws: WebSocket): void {
    const peer: Peer = {
      send(event: ServerEvent): void {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(event));
      },
    };
    ws.on('message', (data) => {
      let raw: unknown;
      try {
        raw = JSON.parse(String(data));
      } catch {
        peer.send({ type: 'result', id: '', ok: false, error: 'invalid_json' });
        return;
      }
      void bridge.handle(raw, peer);
    });
    ws.on('close', () => bridge.leave(peer));
    ws.on('error', () => bridge.leave(peer));
    bridge.join(peer);
  }

  return { server, sockets };
}
