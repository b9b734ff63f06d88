import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import { scrubSecrets, type Logger } from '../log/index.js';

function text(parts: unknown[]): string {
  return scrubSecrets(parts.map((p) => (typeof p === 'string' ? p : p instanceof Error ? p.message : JSON.stringify(p))).join(' '));
}

/**
 * Bolt and @slack/web-api log through `@slack/logger`'s interface; this adapter sends their lines to our
 * pino logger (scrubbed of tokens). Their chatty debug output is demoted to `trace`; the level is ours
 * (LOG_LEVEL), so `setLevel` is only remembered.
 */
export function boltLogger(logger: Logger): SlackLogger {
  let child = logger.child({ component: 'bolt' });
  let level: LogLevel = LogLevel.INFO;
  return {
    debug: (...msg: unknown[]) => child.trace(text(msg)),
    info: (...msg: unknown[]) => child.info(text(msg)),
    warn: (...msg: unknown[]) => child.warn(text(msg)),
    error: (...msg: unknown[]) => child.error(text(msg)),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: (name: string) => {
      child = logger.child({ component: name });
    },
  };
}
