/**
 * OpenAI through the `openai` SDK: Chat Completions with function tools, streamed (content deltas go
 * to onPartial), in the shared bounded tool loop (tool-loop.ts). Works with any server speaking the
 * Chat Completions wire format (OPENAI_BASE_URL). This file is that wire format only.
 */
import OpenAI from 'openai';
import { ToolLoopProvider, sdkClientOptions, type ModelStep, type SdkProviderOptions, type StepRequest, type ToolCallRequest } from './tool-loop.js';
import type { ProviderRunRequest } from './types.js';

export type OpenAiProviderOptions = SdkProviderOptions;

type Msg = OpenAI.Chat.Completions.ChatCompletionMessageParam;

function toolCall(name: string, raw: string | undefined): ToolCallRequest {
  try {
    return { name, input: raw && raw.trim() ? JSON.parse(raw) : {} };
  } catch (err) {
    return { name, inputError: `arguments are not valid JSON: ${(err as Error).message}` };
  }
}

export class OpenAiProvider extends ToolLoopProvider {
  readonly name = 'openai' as const;
  protected readonly label = 'OpenAI';
  private readonly client = new OpenAI(sdkClientOptions(this.options));

  protected conversation(req: ProviderRunRequest): (request: StepRequest) => Promise<ModelStep> {
    const tools: OpenAI.Chat.Completions.ChatCompletionTool[] = req.tools.map((t) => ({
      type: 'function',
      function: { name: t.name, description: t.description, parameters: t.inputSchema },
    }));
    const messages: Msg[] = [
      { role: 'system', content: req.system },
      ...req.history.map((t) => ({ role: t.role, content: t.text }) as Msg),
      { role: 'user', content: req.question },
    ];
    return async ({ maxTokens, lastStep, signal }) => {
      const stream = this.client.chat.completions.stream(
        {
          model: this.model,
          messages,
          tools,
          tool_choice: lastStep ? 'none' : 'auto',
          max_completion_tokens: maxTokens,
          stream_options: { include_usage: true },
        },
        { signal },
      );
      stream.on('content', (_delta, snapshot) => req.onPartial?.(snapshot));
      const completion = await stream.finalChatCompletion();
      const choice = completion.choices[0];
      const message = choice?.message;
      const calls = (message?.tool_calls ?? []).filter((c) => c.type === 'function');
      return {
        text: (message?.content ?? '').trim(),
        usage: { inputTokens: completion.usage?.prompt_tokens ?? 0, outputTokens: completion.usage?.completion_tokens ?? 0 },
        toolCalls: calls.map((c) => toolCall(c.function.name, c.function.arguments)),
        hitTokenLimit: choice?.finish_reason === 'length',
        appendRound: (results) => {
          messages.push({ role: 'assistant', content: message?.content ?? null, tool_calls: calls });
          calls.forEach((call, i) => messages.push({ role: 'tool', tool_call_id: call.id, content: results[i]!.content }));
        },
      };
    };
  }
}
