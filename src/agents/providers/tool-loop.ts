/**
 * The bounded tool loop both language-model providers run: steps, wall time and output tokens are
 * capped, each model call is retried on in-stream errors, tool calls go to `execute`, and SDK or abort
 * errors become MixErrors. A provider only says how one model call and one tool round look on its wire.
 */
import type { Logger } from '../../log/index.js';
import { deadlineSignal, providerError, retryStep } from './loop-support.js';
import type { LlmProvider, ProviderRunRequest, ProviderRunResult, StopReason, ToolExecution } from './types.js';

/** Below this many output tokens left, another step is not worth starting. */
export const MIN_STEP_TOKENS = 256;

/** What both SDK clients (@anthropic-ai/sdk, openai) are built from. */
export interface SdkProviderOptions {
  apiKey: string;
  model: string;
  baseURL?: string;
  maxRetries?: number;
  /** Base delay of the in-stream retry (ms). */
  retryBaseMs?: number;
  logger: Logger;
}

/** Client options both SDKs accept under the same names; the SDK retries HTTP 429/5xx itself. */
export function sdkClientOptions(options: SdkProviderOptions): { apiKey: string; baseURL?: string; maxRetries: number; logLevel: 'off' } {
  return {
    apiKey: options.apiKey,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    maxRetries: options.maxRetries ?? 3,
    logLevel: 'off',
  };
}

/** One tool call the model asked for; `inputError` when its arguments could not be read. */
export interface ToolCallRequest {
  name: string;
  input?: unknown;
  inputError?: string;
}

/** One model call, read off the provider's wire format. */
export interface ModelStep {
  /** The step's answer text, trimmed. */
  text: string;
  usage: { inputTokens: number; outputTokens: number };
  /** Tool calls to run; empty when the model answered. */
  toolCalls: ToolCallRequest[];
  /** The model stopped because it ran out of output tokens. */
  hitTokenLimit: boolean;
  /** Appends this step and its tool results (in `toolCalls` order) to the conversation. */
  appendRound(results: ToolExecution[]): void;
}

export interface StepRequest {
  /** Output tokens this call may use. */
  maxTokens: number;
  /** The last allowed step: the model must answer without tools. */
  lastStep: boolean;
  signal: AbortSignal;
}

export interface ToolLoopWire {
  /** For logs ('anthropic') and error messages ('Anthropic'). */
  provider: string;
  label: string;
  logger: Logger;
  retryBaseMs?: number;
  /** Calls the model once with the conversation so far (streaming text to onPartial). */
  step(request: StepRequest): Promise<ModelStep>;
}

export async function runToolLoop(req: ProviderRunRequest, wire: ToolLoopWire): Promise<ProviderRunResult> {
  const { signal, timedOut } = deadlineSignal(req.limits.timeoutMs, req.signal);
  const usage = { inputTokens: 0, outputTokens: 0 };
  let toolCalls = 0;
  let lastText = '';
  let stopReason: StopReason = 'end';

  try {
    for (let step = 1; step <= req.limits.maxSteps; step++) {
      const remaining = req.limits.maxTokens - usage.outputTokens;
      const lastStep = step === req.limits.maxSteps || remaining < MIN_STEP_TOKENS * 2;
      const model = await retryStep(() => wire.step({ maxTokens: Math.max(MIN_STEP_TOKENS, remaining), lastStep, signal }), {
        retries: 2,
        baseMs: wire.retryBaseMs ?? 500,
        signal,
      });
      usage.inputTokens += model.usage.inputTokens;
      usage.outputTokens += model.usage.outputTokens;
      lastText = model.text;
      if (model.toolCalls.length === 0) {
        if (model.hitTokenLimit) stopReason = 'max_tokens';
        return { text: lastText, steps: step, toolCalls, usage, stopReason };
      }
      const results: ToolExecution[] = [];
      for (const call of model.toolCalls) {
        toolCalls++;
        results.push(call.inputError !== undefined ? { content: JSON.stringify({ error: call.inputError }), isError: true } : await req.execute(call.name, call.input));
      }
      model.appendRound(results);
      if (lastStep) {
        stopReason = remaining < MIN_STEP_TOKENS * 2 ? 'max_tokens' : 'max_steps';
        break;
      }
    }
    stopReason = stopReason === 'end' ? 'max_steps' : stopReason;
    return { text: lastText, steps: req.limits.maxSteps, toolCalls, usage, stopReason };
  } catch (err) {
    wire.logger.warn({ provider: wire.provider, err: (err as Error).message }, 'provider call failed');
    throw providerError(wire.label, err, timedOut());
  }
}

/** A provider over one SDK: the subclass opens a conversation in its wire format, the loop is shared. */
export abstract class ToolLoopProvider implements LlmProvider {
  abstract readonly name: LlmProvider['name'];
  /** The provider's name in error messages ('Anthropic'). */
  protected abstract readonly label: string;
  readonly model: string;

  constructor(protected readonly options: SdkProviderOptions) {
    this.model = options.model;
  }

  async run(req: ProviderRunRequest): Promise<ProviderRunResult> {
    const { logger, retryBaseMs } = this.options;
    return runToolLoop(req, { provider: this.name, label: this.label, logger, retryBaseMs, step: this.conversation(req) });
  }

  /** Starts the conversation for `req` (tools, history, question) and returns how to take one model step in it. */
  protected abstract conversation(req: ProviderRunRequest): (request: StepRequest) => Promise<ModelStep>;
}
