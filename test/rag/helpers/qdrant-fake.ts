/**
 * An in-process Qdrant on 127.0.0.1 implementing exactly the REST endpoints the store uses, with the
 * documented request and response shapes (envelope `{ result, status: "ok", time }`, errors as
 * `{ status: { error } }` with 4xx codes):
 *   GET    /collections/{name}/exists          → { exists }
 *   GET    /collections/{name}                 → CollectionInfo (config.params.vectors.size, points_count, payload_schema)
 *   PUT    /collections/{name}                 { vectors: { size, distance } } → true
 *   DELETE /collections/{name}                 → true
 *   PUT    /collections/{name}/index?wait      { field_name, field_schema } → UpdateResult
 *   PUT    /collections/{name}/points?wait     { points: [{ id, vector, payload }] } → UpdateResult
 *   POST   /collections/{name}/points/query    { query: number[], filter?, limit, with_payload } → { points: ScoredPoint[] }
 *   POST   /collections/{name}/points/scroll   { filter?, limit, offset?, with_payload } → { points, next_page_offset }
 *   GET    /collections                        → { collections: [{ name }] }
 *   GET    /aliases                            → { aliases: [{ alias_name, collection_name }] }
 *   POST   /collections/aliases                { actions: [{ create_alias } | { delete_alias }] } → true, applied
 *                                               atomically (all or none)
 * Filters support `must` with `match.value` and `match.any` (what the store sends). An alias stands for its
 * collection in the collection-info and points endpoints; deleting a collection deletes its aliases; a
 * collection cannot be created under an alias's name nor an alias under a collection's.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

interface Point {
  id: string | number;
  vector: number[];
  payload: Record<string, unknown>;
}

interface Collection {
  size: number;
  distance: string;
  points: Map<string, Point>;
  payloadSchema: Record<string, { data_type: string; points: number }>;
  operation: number;
}

type Condition = { key: string; match: { value?: unknown; any?: unknown[] } };

export interface QdrantFake {
  url: string;
  requests: { method: string; path: string; body: unknown; headers: IncomingMessage['headers'] }[];
  collections: Map<string, Collection>;
  /** alias name → collection name. */
  aliases: Map<string, string>;
  /** Make the next N requests (only those `match` accepts, when given) fail with this HTTP status. */
  failNext(status: number, count?: number, match?: (method: string, path: string) => boolean): void;
  /**
   * Holds the next request `match` accepts before handling it: `reached` resolves when it arrives, `release()`
   * lets it through. For observing the server mid-operation.
   */
  holdNext(match: (method: string, path: string) => boolean): { reached: Promise<void>; release(): void };
  close(): Promise<void>;
}

function matches(payload: Record<string, unknown>, filter: { must?: Condition[] } | undefined): boolean {
  for (const c of filter?.must ?? []) {
    const v = payload[c.key];
    if (c.match.value !== undefined && v !== c.match.value) return false;
    if (c.match.any !== undefined && !c.match.any.includes(v)) return false;
  }
  return true;
}

function cosine(a: number[], b: number[]): number {
  let d = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    d += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na && nb ? d / Math.sqrt(na * nb) : 0;
}

export async function startQdrantFake(options: { apiKey?: string } = {}): Promise<QdrantFake> {
  const collections = new Map<string, Collection>();
  const aliases = new Map<string, string>();
  const requests: QdrantFake['requests'] = [];
  let failures: { status: number; left: number; match?: (method: string, path: string) => boolean } | undefined;
  let hold: { match: (method: string, path: string) => boolean; arrived: () => void; gate: Promise<void> } | undefined;

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const ok = (res: ServerResponse, result: unknown) => send(res, 200, { result, status: 'ok', time: 0.0001 });
  const err = (res: ServerResponse, status: number, message: string) => send(res, status, { status: { error: message }, time: 0.0001 });

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const pending = hold;
      if (pending && pending.match(req.method ?? '', new URL(req.url ?? '/', 'http://127.0.0.1').pathname)) {
        hold = undefined;
        pending.arrived();
        void pending.gate.then(() => handle());
        return;
      }
      handle();
    });
    const handle = () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = Buffer.concat(chunks).toString('utf8');
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
      requests.push({ method: req.method ?? '', path: url.pathname + url.search, body, headers: req.headers });
      if (failures && failures.left > 0 && (!failures.match || failures.match(req.method ?? '', url.pathname))) {
        failures.left--;
        return err(res, failures.status, 'Service temporarily unavailable');
      }
      if (options.apiKey && req.headers['api-key'] !== options.apiKey) return err(res, 401, 'Invalid api-key');
      if (req.method === 'GET' && url.pathname === '/collections') {
        return ok(res, { collections: [...collections.keys()].map((name) => ({ name })) });
      }
      if (req.method === 'GET' && url.pathname === '/aliases') {
        return ok(res, { aliases: [...aliases].map(([alias_name, collection_name]) => ({ alias_name, collection_name })) });
      }
      if (url.pathname === '/collections/aliases') {
        if (req.method === 'POST') {
          type Action = { create_alias?: { collection_name: string; alias_name: string }; delete_alias?: { alias_name: string } };
          const next = new Map(aliases);
          for (const a of ((body?.actions ?? []) as Action[])) {
            if (a.delete_alias) next.delete(a.delete_alias.alias_name);
            else if (a.create_alias) {
              const { collection_name, alias_name } = a.create_alias;
              if (!collections.has(collection_name)) return err(res, 404, `Not found: Collection \`${collection_name}\` doesn't exist!`);
              if (collections.has(alias_name) || next.has(alias_name)) return err(res, 409, `Wrong input: Alias \`${alias_name}\` already exists!`);
              next.set(alias_name, collection_name);
            } else return err(res, 422, 'Format error in JSON body: unknown alias action');
          }
          aliases.clear();
          for (const [k, v] of next) aliases.set(k, v);
          return ok(res, true);
        }
      }
      const m = /^\/collections\/([^/]+)(\/.*)?$/.exec(url.pathname);
      if (!m) return err(res, 404, `Not found: ${url.pathname}`);
      const name = decodeURIComponent(m[1]!);
      const rest = m[2] ?? '';
      const c = collections.get(name) ?? (rest === '/exists' || (req.method !== 'GET' && rest === '') ? undefined : collections.get(aliases.get(name) ?? ''));
      const missing = () => err(res, 404, `Not found: Collection \`${name}\` doesn't exist!`);
      const update = (col: Collection) => ok(res, { operation_id: ++col.operation, status: url.searchParams.get('wait') === 'true' ? 'completed' : 'acknowledged' });

      if (req.method === 'GET' && rest === '/exists') return ok(res, { exists: Boolean(c) });
      if (req.method === 'GET' && rest === '') {
        if (!c) return missing();
        return ok(res, {
          status: 'green',
          optimizer_status: 'ok',
          indexed_vectors_count: 0,
          points_count: c.points.size,
          segments_count: 1,
          config: {
            params: { vectors: { size: c.size, distance: c.distance }, shard_number: 1, replication_factor: 1, write_consistency_factor: 1, on_disk_payload: true },
            hnsw_config: { m: 16, ef_construct: 100, full_scan_threshold: 10000, max_indexing_threads: 0, on_disk: false },
            optimizer_config: { deleted_threshold: 0.2, vacuum_min_vector_number: 1000, default_segment_number: 0, flush_interval_sec: 5 },
            wal_config: { wal_capacity_mb: 32, wal_segments_ahead: 0 },
            quantization_config: null,
          },
          payload_schema: c.payloadSchema,
        });
      }
      if (req.method === 'PUT' && rest === '') {
        if (c || aliases.has(name)) return err(res, 409, `Wrong input: Collection \`${name}\` already exists!`);
        const vectors = (body?.vectors ?? {}) as { size?: number; distance?: string };
        if (!vectors.size || !vectors.distance) return err(res, 422, 'Format error in JSON body: vectors.size and vectors.distance are required');
        collections.set(name, { size: vectors.size, distance: vectors.distance, points: new Map(), payloadSchema: {}, operation: 0 });
        return ok(res, true);
      }
      if (req.method === 'DELETE' && rest === '') {
        const existed = collections.delete(name);
        for (const [alias, target] of aliases) if (target === name) aliases.delete(alias);
        return ok(res, existed);
      }
      if (!c) return missing();
      if (req.method === 'PUT' && rest === '/index') {
        const field = String(body?.field_name);
        c.payloadSchema[field] = { data_type: String(body?.field_schema ?? 'keyword'), points: [...c.points.values()].filter((p) => field in p.payload).length };
        return update(c);
      }
      if (req.method === 'PUT' && rest === '/points') {
        const points = (body?.points ?? []) as Point[];
        for (const p of points) {
          if (!Array.isArray(p.vector) || p.vector.length !== c.size) {
            return err(res, 400, `Wrong input: Vector dimension error: expected dim: ${c.size}, got ${Array.isArray(p.vector) ? p.vector.length : 0}`);
          }
        }
        for (const p of points) c.points.set(String(p.id), { id: p.id, vector: p.vector, payload: p.payload ?? {} });
        return update(c);
      }
      if (req.method === 'POST' && rest === '/points/query') {
        const query = body?.query as number[] | undefined;
        if (!Array.isArray(query) || query.length !== c.size) return err(res, 400, `Wrong input: Vector dimension error: expected dim: ${c.size}`);
        const limit = Number(body?.limit ?? 10);
        const filter = body?.filter as { must?: Condition[] } | undefined;
        const scored = [...c.points.values()]
          .filter((p) => matches(p.payload, filter))
          .map((p) => ({ id: p.id, version: 0, score: cosine(query, p.vector), ...(body?.with_payload ? { payload: p.payload } : {}) }))
          .sort((a, b) => b.score - a.score)
          .slice(0, limit);
        return ok(res, { points: scored });
      }
      if (req.method === 'POST' && rest === '/points/scroll') {
        const limit = Number(body?.limit ?? 10);
        const filter = body?.filter as { must?: Condition[] } | undefined;
        const all = [...c.points.values()].filter((p) => matches(p.payload, filter)).sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
        const start = body?.offset === undefined ? 0 : all.findIndex((p) => String(p.id) === String(body.offset));
        const page = all.slice(Math.max(0, start), Math.max(0, start) + limit);
        const next = all[Math.max(0, start) + limit];
        return ok(res, { points: page.map((p) => ({ id: p.id, payload: p.payload })), next_page_offset: next ? next.id : null });
      }
      return err(res, 404, `Not found: ${req.method} ${url.pathname}`);
    };
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    collections,
    aliases,
    failNext(status, count = 1, match) {
      failures = { status, left: count, match };
    },
    holdNext(match) {
      let arrived!: () => void;
      let release!: () => void;
      const reached = new Promise<void>((r) => (arrived = r));
      const gate = new Promise<void>((r) => (release = r));
      hold = { match, arrived, gate };
      return { reached, release };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
