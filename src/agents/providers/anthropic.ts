/**
 * Claude through @anthropic-ai/sdk: Messages API with tool use, streamed (text deltas go to
 * onPartial), in the shared bounded tool loop (tool-loop.ts). This file is the Messages wire format only.
 */
import Anthropic from '@anthropic-ai/sdk';
import { ToolLoopProvider, sdkClientOptions, type ModelStep, type SdkProviderOptions, type StepRequest } from './tool-loop.js';
import type { ProviderRunRequest } from './types.js';

export type AnthropicProviderOptions = SdkProviderOptions;

export class AnthropicProvider extends ToolLoopProvider {
  readonly name = 'anthropic' as const;
  protected readonly label = 'Anthropic';
  private readonly client = new Anthropic(sdkClientOptions(this.options));

  protected conversation(req: ProviderRunRequest): (request: StepRequest) => Promise<ModelStep> {
    const tools: Anthropic.Tool[] = req.tools.map((t) => ({
      name: t.name,
      description: t.description,
      input_schema: t.inputSchema as Anthropic.Tool.InputSchema,
    }));
    const messages: Anthropic.MessageParam[] = [
      ...req.history.map((t) => ({ role: t.role, content: t.text }) as Anthropic.MessageParam),
      { role: 'user', content: req.question },
    ];
    return async ({ maxTokens, lastStep, signal }) => {
      const stream = this.client.messages.stream(
        {
          model: this.model,
          max_tokens: maxTokens,
          system: req.system,
          messages,
          tools,
          // On the last allowed step the model must answer with what it has.
          ...(lastStep ? { tool_choice: { type: 'none' } } : {}),
        },
        { signal },
      );
      stream.on('text', (_delta, snapshot) => req.onPartial?.(snapshot));
      const message = await stream.finalMessage();
      const uses = message.stop_reason === 'tool_use' ? message.content.filter((b): b is Anthropic.ToolUseBlock => b.type === 'tool_use') : [];
      return {
        text: message.content
          .filter((b): b is Anthropic.TextBlock => b.type === 'text')
          .map((b) => b.text)
          .join('')
          .trim(),
        usage: { inputTokens: message.usage.input_tokens, outputTokens: message.usage.output_tokens },
        toolCalls: uses.map((use) => ({ name: use.name, input: use.input })),
        hitTokenLimit: message.stop_reason === 'max_tokens',
        appendRound: (results) => {
          messages.push({ role: 'assistant', content: message.content as Anthropic.ContentBlockParam[] });
          messages.push({
            role: 'user',
            content: uses.map((use, i): Anthropic.ToolResultBlockParam => ({
              type: 'tool_result',
              tool_use_id: use.id,
              content: results[i]!.content,
              ...(results[i]!.isError ? { is_error: true } : {}),
            })),
          });
        },
      };
    };
  }
}
