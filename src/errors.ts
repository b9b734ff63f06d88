/**
 * Errors are values with codes. Cores throw `MixError`; edges (Slack, CLI, HTTP) catch it and turn
 * `userMessage` into friendly text. Never show `stack` to a user.
 */
export type MixErrorCode =
  | 'CONFIG_INVALID'
  | 'DATA_MISSING'
  | 'DATA_INVALID'
  | 'VALIDATION_FAILED'
  | 'INPUT_INVALID'
  | 'MMM_INPUT_INVALID'
  | 'MMM_FIT_FAILED'
  | 'INDEX_MISSING'
  | 'INDEX_STALE'
  | 'EMBEDDING_MISMATCH'
  | 'PROVIDER_ERROR'
  | 'PROVIDER_TIMEOUT'
  | 'RATE_LIMITED'
  | 'PERMISSION_DENIED'
  | 'NOT_FOUND'
  | 'SLACK_ERROR'
  | 'INTERNAL';

export class MixError extends Error {
  readonly code: MixErrorCode;
  /** Safe, friendly text for a person; defaults to the message. */
  readonly userMessage: string;
  readonly details?: Record<string, unknown>;

  constructor(
    code: MixErrorCode,
    message: string,
    options: { userMessage?: string; details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'MixError';
    this.code = code;
    this.userMessage = options.userMessage ?? message;
    this.details = options.details;
  }

  static is(err: unknown, code?: MixErrorCode): err is MixError {
    return err instanceof MixError && (code === undefined || err.code === code);
  }
}

/** Normalises anything thrown into a MixError (unknown errors become INTERNAL with a generic user text). */
export function asMixError(err: unknown): MixError {
  if (err instanceof MixError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new MixError('INTERNAL', message, {
    userMessage: 'Something went wrong on my side while working on that.',
    cause: err,
  });
}
