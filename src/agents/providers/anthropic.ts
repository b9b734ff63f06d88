/**
 * Claude through @anthropic-ai/sdk: Messages API with tool use, streamed (text deltas go to
 * onPartial), in a bounded loop (steps, wall time, output tokens). The SDK retries HTTP 429/5xx with
 * backoff (maxRetries); errors inside a stream are retried per step by `retryStep`.
 */
import Anthropic from '@anthropic-ai/sdk';
import type { Logger } from '../../log/index.js';
import { deadlineSignal, providerError, retryStep } from './loop-support.js';
import type { LlmProvider, ProviderRunRequest, ProviderRunResult, StopReason } from './types.js';

export interface AnthropicProviderOptions {
  apiKey: string;
  model: string;
  baseURL?: string;
  maxRetries?: number;
  /** Base delay of the in-stream retry (ms). */
  retryBaseMs?: number;
  logger: Logger;
}

/** Below this many output tokens left, another step is not worth starting. */
const MIN_STEP_TOKENS = 256;

export class AnthropicProvider implements LlmProvider {
  readonly name = 'anthropic' as const;
  readonly model: string;
  private readonly client: Anthropic;

  constructor(private readonly options: AnthropicProviderOptions) {
    this.model = options.model;
    this.client = new Anthropic({
      apiKey: options.apiKey,
      ...(options.baseURL ? { baseURL: options.baseURL } : {}),
      maxRetries: options.maxRetries ?? 3,
      logLevel: 'off',
    });
  }

  async run(req: ProviderRunRequest): Promise<ProviderRunResult> {
    const { signal, timedOut } = deadlineSignal(req.limits.timeoutMs, req.signal);
    const tools: Anthropic.Tool[] = req.tools.map((t) => ({
      name: t.name,
      description: t.description,
      input_schema: t.inputSchema as Anthropic.Tool.InputSchema,
    }));
    const messages: Anthropic.MessageParam[] = [
      ...req.history.map((t) => ({ role: t.role, content: t.text }) as Anthropic.MessageParam),
      { role: 'user', content: req.question },
    ];
    const usage = { inputTokens: 0, outputTokens: 0 };
    let toolCalls = 0;
    let lastText = '';
    let stopReason: StopReason = 'end';

    try {
      for (let step = 1; step <= req.limits.maxSteps; step++) {
        const remaining = req.limits.maxTokens - usage.outputTokens;
        const lastStep = step === req.limits.maxSteps || remaining < MIN_STEP_TOKENS * 2;
        const message = await retryStep(
          async () => {
            const stream = this.client.messages.stream(
              {
                model: this.model,
                max_tokens: Math.max(MIN_STEP_TOKENS, remaining),
                system: req.system,
                messages,
                tools,
                // On the last allowed step the model must answer with what it has.
                ...(lastStep ? { tool_choice: { type: 'none' } } : {}),
              },
              { signal },
            );
            stream.on('text', (_delta, snapshot) => req.onPartial?.(snapshot));
            return stream.finalMessage();
          },
          { retries: 2, baseMs: this.options.retryBaseMs ?? 500, signal },
        );
        usage.inputTokens += message.usage.input_tokens;
        usage.outputTokens += message.usage.output_tokens;
        lastText = message.content
          .filter((b): b is Anthropic.TextBlock => b.type === 'text')
          .map((b) => b.text)
          .join('')
          .trim();
        const uses = message.content.filter((b): b is Anthropic.ToolUseBlock => b.type === 'tool_use');
        if (message.stop_reason !== 'tool_use' || uses.length === 0) {
          if (message.stop_reason === 'max_tokens') stopReason = 'max_tokens';
          return { text: lastText, steps: step, toolCalls, usage, stopReason };
        }
        messages.push({ role: 'assistant', content: message.content as Anthropic.ContentBlockParam[] });
        const results: Anthropic.ToolResultBlockParam[] = [];
        for (const use of uses) {
          toolCalls++;
          const out = await req.execute(use.name, use.input);
          results.push({ type: 'tool_result', tool_use_id: use.id, content: out.content, ...(out.isError ? { is_error: true } : {}) });
        }
        messages.push({ role: 'user', content: results });
        if (lastStep) {
          stopReason = remaining < MIN_STEP_TOKENS * 2 ? 'max_tokens' : 'max_steps';
          break;
        }
      }
      stopReason = stopReason === 'end' ? 'max_steps' : stopReason;
      return { text: lastText, steps: req.limits.maxSteps, toolCalls, usage, stopReason };
    } catch (err) {
      this.options.logger.warn({ provider: 'anthropic', err: (err as Error).message }, 'provider call failed');
      throw providerError('Anthropic', err, timedOut());
    }
  }
}
