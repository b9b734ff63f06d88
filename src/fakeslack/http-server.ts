import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ApiResponse } from './api-router.js';

export interface ServerHandlers {
  api(method: string, args: Record<string, unknown>, token: string | undefined): Promise<ApiResponse>;
  upload(fileId: string, bytes: Buffer): { status: number; text: string };
  file(fileId: string): { bytes: Buffer; mimetype: string; name: string } | undefined;
  responseUrl(id: string, body: Record<string, unknown>): Promise<{ status: number; text: string }>;
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
}

const MAX_BODY = 50 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Parses a Web API request body: form-encoded, JSON or multipart (what @slack/web-api sends). */
async function parseArgs(req: IncomingMessage, raw: Buffer): Promise<Record<string, unknown>> {
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (type.startsWith('application/json')) return raw.length ? (JSON.parse(raw.toString('utf8')) as Record<string, unknown>) : {};
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': type } }).formData();
    const out: Record<string, unknown> = {};
    for (const [k, v] of form.entries()) out[k] = typeof v === 'string' ? v : Buffer.from(await v.arrayBuffer());
    return out;
  }
  const params = new URLSearchParams(raw.toString('utf8'));
  const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
  return Object.fromEntries([...query.entries(), ...params.entries()]);
}

/** Upload bodies arrive as multipart (`file`/`body` part, from @slack/web-api) or as raw bytes. */
async function uploadBytes(req: IncomingMessage, raw: Buffer): Promise<Buffer> {
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (!type.startsWith('multipart/form-data')) return raw;
  const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': type } }).formData();
  for (const [, v] of form.entries()) if (typeof v !== 'string') return Buffer.from(await v.arrayBuffer());
  return Buffer.alloc(0);
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const isText = typeof body === 'string';
  res.writeHead(status, {
    'Content-Type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    'Access-Control-Allow-Origin': '*',
    ...headers,
  });
  res.end(isText ? body : JSON.stringify(body));
}

function bearer(req: IncomingMessage): string | undefined {
  const h = req.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7).trim() : undefined;
}

/** The fake's HTTP surface: /api/<method>, /upload/v1/<file>, /files/<file>/<name>, /response/<id>, /link (ws). */
export function createFakeSlackServer(handlers: ServerHandlers): Server {
  const server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, { ok: false, error: 'fatal_error', detail: (err as Error).message });
      else res.end();
    });
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (req.method === 'OPTIONS') return send(res, 204, '', { 'Access-Control-Allow-Headers': '*' });
    if (parts[0] === 'api' && parts[1]) {
      const raw = await readBody(req);
      let args: Record<string, unknown>;
      try {
        args = await parseArgs(req, raw);
      } catch {
        return send(res, 200, { ok: false, error: 'invalid_form_data' });
      }
      const token = bearer(req) ?? (typeof args.token === 'string' ? args.token : undefined);
      const out = await handlers.api(parts[1], args, token);
      return send(res, out.status, out.body, out.headers);
    }
    if (parts[0] === 'upload' && parts[2] && req.method === 'POST') {
      const out = handlers.upload(parts[2], await uploadBytes(req, await readBody(req)));
      return send(res, out.status, out.text);
    }
    if (parts[0] === 'files' && parts[1] && req.method === 'GET') {
      const f = handlers.file(parts[1]);
      if (!f) return send(res, 404, 'file not found');
      const disposition = url.searchParams.has('download') ? 'attachment' : 'inline';
      res.writeHead(200, {
        'Content-Type': f.mimetype,
        'Content-Length': String(f.bytes.length),
        'Content-Disposition': `${disposition}; filename="${f.name.replace(/"/g, '')}"`,
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'max-age=3600',
      });
      res.end(f.bytes);
      return;
    }
    if (parts[0] === 'response' && parts[1] && req.method === 'POST') {
      const raw = await readBody(req);
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
      } catch {
        return send(res, 400, 'invalid_payload');
      }
      const out = await handlers.responseUrl(parts[1], body);
      return send(res, out.status, out.text);
    }
    if (url.pathname === '/' || url.pathname === '/health') return send(res, 200, { ok: true, service: 'fake-slack' });
    return send(res, 404, 'not found');
  }
  server.on('upgrade', (req, socket, head) => {
    if (!handlers.upgrade(req, socket, head)) socket.destroy();
  });
  return server;
}
