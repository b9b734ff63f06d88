import { chatMethods } from './methods/chat.js';
import { type Args, type MethodContext, type MethodHandler, SlackApiError } from './methods/context.js';
import { conversationMethods } from './methods/conversations.js';
import { fileMethods } from './methods/files.js';
import { APP_TOKEN_METHODS, miscMethods } from './methods/misc.js';
import { streamMethods } from './methods/streams.js';
import type { ApiCallRecord, FaultSpec } from './types.js';

export const METHODS: Record<string, MethodHandler> = {
  ...miscMethods,
  ...chatMethods,
  ...streamMethods,
  ...conversationMethods,
  ...fileMethods,
};

export interface ApiResponse {
  status: number;
  body: Record<string, unknown> | string;
  headers?: Record<string, string>;
}

/** Faults waiting to fire, matched by method (or `*`), each consumed `times` times. */
export class FaultBox {
  private faults: (FaultSpec & { left: number })[] = [];

  add(spec: FaultSpec): void {
    this.faults.push({ ...spec, left: spec.times ?? 1 });
  }

  clear(): void {
    this.faults = [];
  }

  /** Takes the first fault matching `method`, if any. */
  take(method: string): FaultSpec | undefined {
    const f = this.faults.find((x) => x.left > 0 && (x.method === method || x.method === '*'));
    if (!f) return undefined;
    f.left -= 1;
    this.faults = this.faults.filter((x) => x.left > 0);
    return f;
  }
}

export interface RouterOptions {
  botToken: string;
  appToken: string;
  faults: FaultBox;
  record(call: ApiCallRecord): void;
}

function tokenProblem(method: string, token: string | undefined, options: RouterOptions): string | undefined {
  if (method === 'api.test') return undefined;
  if (!token) return 'not_authed';
  const expected = APP_TOKEN_METHODS.has(method) ? options.appToken : options.botToken;
  if (token === expected) return undefined;
  if (APP_TOKEN_METHODS.has(method) && token.startsWith('xoxb-')) return 'not_allowed_token_type';
  return 'invalid_auth';
}

/** Runs one Web API call: auth, injected faults, the method, and the record of the call. */
export async function routeApiCall(
  ctx: MethodContext,
  method: string,
  args: Args,
  token: string | undefined,
  options: RouterOptions,
): Promise<ApiResponse> {
  const { token: _t, ...cleanArgs } = args;
  const at = ctx.ws.now();
  const finish = (res: ApiResponse): ApiResponse => {
    const body = typeof res.body === 'object' ? res.body : {};
    options.record({
      method,
      args: cleanArgs,
      status: res.status,
      ok: body.ok === true,
      ...(typeof body.error === 'string' ? { error: body.error } : {}),
      at,
    });
    return res;
  };
  const fault = options.faults.take(method);
  if (fault?.status === 429) {
    const retryAfter = String(fault.retryAfter ?? 1);
    return finish({ status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'Retry-After': retryAfter } });
  }
  if (fault?.status && fault.status >= 500) return finish({ status: fault.status, body: 'upstream error' });
  if (fault?.error) return finish({ status: 200, body: { ok: false, error: fault.error } });

  const handler = METHODS[method];
  if (!handler) return finish({ status: 200, body: { ok: false, error: 'unknown_method' } });
  const authError = tokenProblem(method, token, options);
  if (authError) return finish({ status: 200, body: { ok: false, error: authError } });
  try {
    // Synchronous handlers are not awaited, so the call is recorded in the same tick as its state change.
    const pending = handler(ctx, cleanArgs);
    const result = pending instanceof Promise ? await pending : pending;
    return finish({ status: 200, body: { ok: true, ...result } });
  } catch (err) {
    if (err instanceof SlackApiError) return finish({ status: 200, body: { ok: false, error: err.error, ...err.extra } });
    throw err;
  }
}
