import pino, { type Logger, type LoggerOptions } from 'pino';

export type { Logger } from 'pino';

export interface CreateLoggerOptions {
  level?: string;
  /** 'auto' = pretty when stdout is a TTY and not CI, JSON otherwise. */
  format?: 'auto' | 'pretty' | 'json';
  name?: string;
  /** Where JSON lines go (tests pass a stream); defaults to stdout. */
  destination?: NodeJS.WritableStream;
}

/** Paths whose values never reach a log line. */
export const REDACT_PATHS = [
  'token',
  '*.token',
  'botToken',
  'appToken',
  'signingSecret',
  'apiKey',
  '*.apiKey',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'config.SLACK_BOT_TOKEN',
  'config.SLACK_APP_TOKEN',
  'config.SLACK_SIGNING_SECRET',
  'config.OPENAI_API_KEY',
  'config.ANTHROPIC_API_KEY',
  'config.QDRANT_API_KEY',
];

/** Slack, OpenAI and Anthropic token shapes, scrubbed from any string that is logged. */
const TOKEN_RE = /\b(xox[abposr]-[A-Za-z0-9-]{6,}|xapp-[A-Za-z0-9-]{6,}|sk-(?:ant-)?[A-Za-z0-9_-]{12,})/g;

export function scrubSecrets(text: string): string {
  return text.replace(TOKEN_RE, (m) => `${m.slice(0, 5)}…[redacted]`);
}

export function createLogger(options: CreateLoggerOptions = {}): Logger {
  const format =
    options.format && options.format !== 'auto'
      ? options.format
      : process.stdout.isTTY && !process.env.CI
        ? 'pretty'
        : 'json';
  const base: LoggerOptions = {
    name: options.name ?? 'mix-analyst',
    level: options.level ?? 'info',
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    hooks: {
      logMethod(args, method) {
        method.apply(
          this,
          args.map((a) => (typeof a === 'string' ? scrubSecrets(a) : a)) as Parameters<typeof method>,
        );
      },
    },
  };
  if (options.destination) return pino(base, options.destination as pino.DestinationStream);
  if (format === 'pretty') {
    return pino({
      ...base,
      transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } },
    });
  }
  return pino(base);
}

/** A logger that writes nothing: the default for pure cores and tests. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
