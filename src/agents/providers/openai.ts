/**
 * OpenAI through the `openai` SDK: Chat Completions with function tools, streamed (content deltas go
 * to onPartial), in the same bounded loop as the Anthropic provider. Works with any server speaking
 * the Chat Completions wire format (OPENAI_BASE_URL). The SDK retries HTTP 429/5xx with backoff.
 */
import OpenAI from 'openai';
import type { Logger } from '../../log/index.js';
import { deadlineSignal, providerError, retryStep } from './loop-support.js';
import type { LlmProvider, ProviderRunRequest, ProviderRunResult, StopReason } from './types.js';

export interface OpenAiProviderOptions {
  apiKey: string;
  model: string;
  baseURL?: string;
  maxRetries?: number;
  retryBaseMs?: number;
  logger: Logger;
}

const MIN_STEP_TOKENS = 256;

type Msg = OpenAI.Chat.Completions.ChatCompletionMessageParam;

function parseArguments(raw: string | undefined): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: raw && raw.trim() ? JSON.parse(raw) : {} };
  } catch (err) {
    return { ok: false, error: `arguments are not valid JSON: ${(err as Error).message}` };
  }
}

export class OpenAiProvider implements LlmProvider {
  readonly name = 'openai' as const;
  readonly model: string;
  private readonly client: OpenAI;

  constructor(private readonly options: OpenAiProviderOptions) {
    this.model = options.model;
    this.client = new OpenAI({
      apiKey: options.apiKey,
      ...(options.baseURL ? { baseURL: options.baseURL } : {}),
      maxRetries: options.maxRetries ?? 3,
      logLevel: 'off',
    });
  }

  async run(req: ProviderRunRequest): Promise<ProviderRunResult> {
    const { signal, timedOut } = deadlineSignal(req.limits.timeoutMs, req.signal);
    const tools: OpenAI.Chat.Completions.ChatCompletionTool[] = req.tools.map((t) => ({
      type: 'function',
      function: { name: t.name, description: t.description, parameters: t.inputSchema },
    }));
    const messages: Msg[] = [
      { role: 'system', content: req.system },
      ...req.history.map((t) => ({ role: t.role, content: t.text }) as Msg),
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
        const completion = await retryStep(
          async () => {
            const stream = this.client.chat.completions.stream(
              {
                model: this.model,
                messages,
                tools,
                tool_choice: lastStep ? 'none' : 'auto',
                max_completion_tokens: Math.max(MIN_STEP_TOKENS, remaining),
                stream_options: { include_usage: true },
              },
              { signal },
            );
            stream.on('content', (_delta, snapshot) => req.onPartial?.(snapshot));
            return stream.finalChatCompletion();
          },
          { retries: 2, baseMs: this.options.retryBaseMs ?? 500, signal },
        );
        usage.inputTokens += completion.usage?.prompt_tokens ?? 0;
        usage.outputTokens += completion.usage?.completion_tokens ?? 0;
        const choice = completion.choices[0];
        const message = choice?.message;
        lastText = (message?.content ?? '').trim();
        const calls = (message?.tool_calls ?? []).filter((c) => c.type === 'function');
        if (calls.length === 0) {
          if (choice?.finish_reason === 'length') stopReason = 'max_tokens';
          return { text: lastText, steps: step, toolCalls, usage, stopReason };
        }
        messages.push({ role: 'assistant', content: message?.content ?? null, tool_calls: calls });
        for (const call of calls) {
          toolCalls++;
          const args = parseArguments(call.function.arguments);
          const out = args.ok ? await req.execute(call.function.name, args.value) : { content: JSON.stringify({ error: args.error }), isError: true };
          messages.push({ role: 'tool', tool_call_id: call.id, content: out.content });
        }
        if (lastStep) {
          stopReason = remaining < MIN_STEP_TOKENS * 2 ? 'max_tokens' : 'max_steps';
          break;
        }
      }
      stopReason = stopReason === 'end' ? 'max_steps' : stopReason;
      return { text: lastText, steps: req.limits.maxSteps, toolCalls, usage, stopReason };
    } catch (err) {
      this.options.logger.warn({ provider: 'openai', err: (err as Error).message }, 'provider call failed');
      throw providerError('OpenAI', err, timedOut());
    }
  }
}
