export { configSchema, type AppConfig } from './schema.js';
export { loadConfig, describeServices, type LoadConfigOptions } from './load-config.js';
