import type { ToolSpec } from '../tools/types.js';

export interface ChatTurn {
  role: 'user' | 'assistant';
  text: string;
}

export interface ToolExecution {
  /** JSON (or plain text) handed back to the model as the tool result. */
  content: string;
  isError: boolean;
}

export interface LoopLimits {
  /** Model calls per answer (each may request tools). */
  maxSteps: number;
  /** Wall time for the whole answer. */
  timeoutMs: number;
  /** Output tokens for the whole answer, across steps. */
  maxTokens: number;
}

export interface ProviderRunRequest {
  system: string;
  /** Earlier turns of the conversation, oldest first (text only). */
  history: ChatTurn[];
  /** The user's question, already wrapped as data. */
  question: string;
  tools: ToolSpec[];
  execute(name: string, input: unknown): Promise<ToolExecution>;
  limits: LoopLimits;
  onPartial?: (textSoFar: string) => void;
  signal?: AbortSignal;
}

export type StopReason = 'end' | 'max_steps' | 'max_tokens';

export interface ProviderRunResult {
  text: string;
  steps: number;
  toolCalls: number;
  usage: { inputTokens: number; outputTokens: number };
  stopReason: StopReason;
}

/** A language model driving the shared tools (Anthropic or OpenAI); the offline planner is not one. */
export interface LlmProvider {
  readonly name: 'anthropic' | 'openai';
  readonly model: string;
  run(request: ProviderRunRequest): Promise<ProviderRunResult>;
}
