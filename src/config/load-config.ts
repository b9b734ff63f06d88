import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { MixError } from '../errors.js';
import { configSchema, type AppConfig } from './schema.js';

export interface LoadConfigOptions {
  /** Environment to read; defaults to `process.env`. Explicit values win over `.env`. */
  env?: NodeJS.ProcessEnv;
  /** Path of the dotenv file; defaults to `.env` in the working directory. `false` skips it. */
  envFile?: string | false;
  /** Explicit overrides, applied last (tests, CLIs). */
  overrides?: Partial<Record<keyof AppConfig, string>>;
}

/** Reads the one typed config: `.env` < process env < overrides, validated with zod. */
export function loadConfig(options: LoadConfigOptions = {}): AppConfig {
  const env = options.env ?? process.env;
  const file = options.envFile === undefined ? resolve('.env') : options.envFile;
  const fromFile = file && existsSync(file) ? parseDotenv(readFileSync(file)) : {};
  const merged: Record<string, string | undefined> = { ...fromFile };
  for (const key of Object.keys(configSchema.shape)) {
    if (env[key] !== undefined) merged[key] = env[key];
  }
  Object.assign(merged, options.overrides ?? {});
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new MixError('CONFIG_INVALID', `Configuration is invalid — ${detail}. Check .env against .env.example.`);
  }
  return parsed.data;
}

/** Which optional services the config turns on; handy for a first log line. */
export function describeServices(config: AppConfig): Record<string, string> {
  return {
    llm:
      config.LLM_PROVIDER !== 'auto'
        ? config.LLM_PROVIDER
        : config.ANTHROPIC_API_KEY
          ? 'anthropic'
          : config.OPENAI_API_KEY
            ? 'openai'
            : 'offline',
    vectors: config.QDRANT_URL ? 'qdrant' : 'embedded',
    slack: config.SLACK_BOT_TOKEN ? (config.SLACK_APP_TOKEN ? 'socket-mode' : 'http') : 'sandbox',
  };
}
