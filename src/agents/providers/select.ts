/** Chooses the language model from the config: Anthropic if keyed, else OpenAI, else the offline planner. */
import type { AppConfig } from '../../config/index.js';
import type { Logger } from '../../log/index.js';
import { AnthropicProvider } from './anthropic.js';
import { OpenAiProvider } from './openai.js';
import type { LlmProvider } from './types.js';

export function selectProvider(config: AppConfig, logger: Logger): LlmProvider | null {
  const want = config.LLM_PROVIDER;
  if (want === 'offline') return null;
  const anthropic = () =>
    new AnthropicProvider({ apiKey: config.ANTHROPIC_API_KEY!, model: config.ANTHROPIC_MODEL, ...(config.ANTHROPIC_BASE_URL ? { baseURL: config.ANTHROPIC_BASE_URL } : {}), logger });
  const openai = () =>
    new OpenAiProvider({ apiKey: config.OPENAI_API_KEY!, model: config.OPENAI_MODEL, ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}), logger });
  if (want === 'anthropic' || want === 'openai') {
    const key = want === 'anthropic' ? config.ANTHROPIC_API_KEY : config.OPENAI_API_KEY;
    if (!key) {
      logger.warn({ provider: want }, `LLM_PROVIDER=${want} but its API key is not set; using the offline analyst`);
      return null;
    }
    return want === 'anthropic' ? anthropic() : openai();
  }
  if (config.ANTHROPIC_API_KEY) return anthropic();
  if (config.OPENAI_API_KEY) return openai();
  return null;
}
