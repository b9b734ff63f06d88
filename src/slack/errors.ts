import { randomBytes } from 'node:crypto';
import { asMixError } from '../errors.js';
import type { Logger } from '../log/index.js';

export interface FriendlyError {
  errorId: string;
  /** Short mrkdwn for the thread: what went wrong in plain words, plus the error id. */
  text: string;
}

/** A short id a person can quote (`E-7F3A2C`); the same id is in the log line. */
export function newErrorId(): string {
  return `E-${randomBytes(3).toString('hex').toUpperCase()}`;
}

const SLACK_CODES: Record<string, string> = {
  not_in_channel: 'I am not a member of this channel — invite me with `/invite @Mix Analyst` and ask again.',
  channel_not_found: 'I cannot see that channel — invite me to it first.',
  ratelimited: 'Slack is rate-limiting me right now; please try again in a minute.',
  msg_too_long: 'That answer was too long for one Slack message.',
  invalid_blocks: 'I built a reply Slack would not accept.',
};

function slackCode(err: unknown): string | undefined {
  const data = (err as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

/**
 * Turns anything thrown into a friendly, stack-free message with an error id, and logs the details
 * (the logger scrubs tokens) under that id.
 */
export function toFriendlyError(err: unknown, logger: Logger, context: Record<string, unknown> = {}, makeId = newErrorId): FriendlyError {
  const errorId = makeId();
  const code = slackCode(err);
  const mix = asMixError(err);
  const what = code && SLACK_CODES[code] ? SLACK_CODES[code] : mix.userMessage;
  logger.error({ errorId, code: code ?? mix.code, err: { message: mix.message, stack: mix.stack }, ...context }, 'request failed');
  return { errorId, text: `:warning: Sorry — ${what.replace(/\s+$/, '')} (error id \`${errorId}\`)` };
}
