/**
 * Shared pieces of the provider tool loops: the deadline signal, error mapping and a retry for errors
 * that arrive inside a stream after HTTP 200 (the SDKs retry HTTP 429/5xx themselves with backoff; an
 * `overloaded_error` event mid-stream is not retried by any SDK, so we retry the step here).
 */
import { MixError } from '../../errors.js';

export function deadlineSignal(timeoutMs: number, outer?: AbortSignal): { signal: AbortSignal; timedOut: () => boolean } {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = outer ? AbortSignal.any([outer, timeout]) : timeout;
  return { signal, timedOut: () => timeout.aborted };
}

interface ErrorLike {
  status?: number;
  name?: string;
  error?: { type?: string; error?: { type?: string } };
  message?: string;
}

export function isRetryableStreamError(err: unknown): boolean {
  const e = err as ErrorLike;
  if (typeof e?.status === 'number') return e.status === 429 || e.status >= 500;
  const type = e?.error?.type === 'error' ? e.error.error?.type : e?.error?.type;
  return type === 'overloaded_error' || type === 'api_error' || type === 'rate_limit_error' || /overloaded|server_error/i.test(e?.message ?? '');
}

/** Retries `fn` on retryable stream errors with exponential backoff; never retries once the deadline passed. */
export async function retryStep<T>(
  fn: () => Promise<T>,
  options: { retries: number; baseMs: number; signal: AbortSignal; shouldRetry?: (err: unknown) => boolean },
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const retry = options.shouldRetry ?? isRetryableStreamError;
      if (attempt >= options.retries || options.signal.aborted || !retry(err)) throw err;
      const wait = options.baseMs * 2 ** attempt;
      await new Promise<void>((resolve, reject) => {
        const t = setTimeout(resolve, wait);
        options.signal.addEventListener('abort', () => (clearTimeout(t), reject(options.signal.reason)), { once: true });
      });
    }
  }
}

/** Turns SDK and abort errors into MixErrors with friendly text. */
export function providerError(provider: string, err: unknown, timedOut: boolean): MixError {
  if (err instanceof MixError) return err;
  if (timedOut) {
    return new MixError('PROVIDER_TIMEOUT', `${provider} did not finish in time`, {
      userMessage: 'The language model took too long to answer.',
      cause: err,
    });
  }
  const e = err as ErrorLike;
  if (e?.status === 429) {
    return new MixError('RATE_LIMITED', `${provider} rate limit`, { userMessage: 'The language model is rate-limited right now.', cause: err });
  }
  const status = typeof e?.status === 'number' ? ` (HTTP ${e.status})` : '';
  return new MixError('PROVIDER_ERROR', `${provider} failed${status}: ${e?.message ?? String(err)}`, {
    userMessage: 'The language model is unavailable right now.',
    cause: err,
  });
}

/** Short tool-result text for the model: JSON, cut to a budget so one result cannot flood the context. */
export function toolContent(value: unknown, maxChars = 12_000): string {
  const s = JSON.stringify(value);
  return s.length > maxChars ? `${s.slice(0, maxChars)}…[truncated ${s.length - maxChars} chars]` : s;
}
