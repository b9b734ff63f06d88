export { createLogger, silentLogger, scrubSecrets, REDACT_PATHS, type Logger, type CreateLoggerOptions } from './logger.js';
