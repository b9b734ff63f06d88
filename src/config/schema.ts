import { z } from 'zod';

/** Empty strings in env files mean "not set". */
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const csvList = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

const bool = (def: boolean) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v === '' ? def : /^(1|true|yes|on)$/i.test(v)));

/**
 * Every option the app reads, with its default. Keep in step with `.env.example`
 * (a test checks that every key here is documented there).
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['auto', 'pretty', 'json']).default('auto'),

  DATA_DIR: z.string().default('data'),
  SEED: z.coerce.number().int().nonnegative().default(42),
  DATA_REFRESH: bool(true),

  LLM_PROVIDER: z.enum(['auto', 'offline', 'anthropic', 'openai']).default('auto'),
  ANTHROPIC_API_KEY: optionalString,
  ANTHROPIC_BASE_URL: optionalString,
  ANTHROPIC_MODEL: z.string().default('claude-sonnet-4-5'),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString,
  OPENAI_MODEL: z.string().default('gpt-4.1-mini'),
  AGENT_MAX_STEPS: z.coerce.number().int().min(1).max(50).default(8),
  AGENT_TIMEOUT_MS: z.coerce.number().int().min(1000).default(60_000),
  AGENT_MAX_TOKENS: z.coerce.number().int().min(256).default(4096),

  EMBEDDER: z.enum(['auto', 'lsa', 'openai', 'onnx']).default('auto'),
  OPENAI_EMBEDDING_MODEL: z.string().default('text-embedding-3-small'),
  ONNX_MODEL_PATH: optionalString,
  QDRANT_URL: optionalString,
  QDRANT_API_KEY: optionalString,

  SESSION_TTL_HOURS: z.coerce.number().positive().default(72),
  SESSION_MAX_TURNS: z.coerce.number().int().min(2).default(40),
  SESSION_MAX_COUNT: z.coerce.number().int().min(10).default(5000),

  SLACK_BOT_TOKEN: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_API_URL: optionalString,
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Interface the sandbox page listens on (no Slack tokens); 0.0.0.0 makes it reachable from other machines. */
  SANDBOX_HOST: z.string().default('127.0.0.1'),
  ADMIN_USER_IDS: csvList,
  USER_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  STREAM_ANSWERS: bool(true),

  DIGEST_ENABLED: bool(true),
  DIGEST_CRON: z.string().default('0 9 * * 1'),
  DIGEST_TIMEZONE: z.string().default('Europe/London'),
  DIGEST_CHANNEL: z.string().default('mmm-digest'),
});

export type AppConfig = z.output<typeof configSchema>;
