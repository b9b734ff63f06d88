/**
 * An in-process OpenAI embeddings endpoint (POST /v1/embeddings) answering in the documented shape:
 * `{ object: "list", data: [{ object: "embedding", index, embedding }], model, usage }`, with the vector
 * base64-encoded little-endian float32 when `encoding_format: "base64"` (what the SDK asks for by default).
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OpenAiFake {
  baseURL: string;
  calls: { input: string[]; encoding_format?: string; model: string; auth?: string }[];
  failNext(status: number, count?: number): void;
  close(): Promise<void>;
}

/** Deterministic pseudo-embedding of a text. */
export function fakeVector(text: string, dims: number): number[] {
  const h = createHash('sha256').update(text).digest();
  return Array.from({ length: dims }, (_, i) => (h[i % h.length]! - 128) / 128);
}

export async function startOpenAiFake(dims = 8): Promise<OpenAiFake> {
  const calls: OpenAiFake['calls'] = [];
  let failures = { status: 0, left: 0 };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/embeddings') {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'Not found', type: 'invalid_request_error' } }));
        return;
      }
      if (failures.left > 0) {
        failures.left--;
        res.writeHead(failures.status, { 'content-type': 'application/json', 'retry-after-ms': '5' });
        res.end(JSON.stringify({ error: { message: 'Rate limit reached', type: 'rate_limit_exceeded', code: 'rate_limit_exceeded' } }));
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { input: string | string[]; model: string; encoding_format?: string };
      const input = Array.isArray(body.input) ? body.input : [body.input];
      calls.push({ input, model: body.model, auth: req.headers.authorization, ...(body.encoding_format ? { encoding_format: body.encoding_format } : {}) });
      const data = input.map((text, index) => {
        const v = fakeVector(text, dims);
        const embedding = body.encoding_format === 'base64' ? Buffer.from(new Float32Array(v).buffer).toString('base64') : v;
        return { object: 'embedding', index, embedding };
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ object: 'list', data: data.reverse(), model: body.model, usage: { prompt_tokens: 10, total_tokens: 10 } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    calls,
    failNext(status, count = 1) {
      failures = { status, left: count };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
