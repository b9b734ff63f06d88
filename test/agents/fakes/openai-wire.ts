/**
 * The OpenAI Chat Completions wire format (POST /v1/chat/completions): JSON completions and streamed
 * `chat.completion.chunk` SSE lines ending in `data: [DONE]`, with tool calls assembled from
 * `delta.tool_calls[{index,id,type,function:{name,arguments}}]` fragments and a final usage chunk.
 */
import type { ServerResponse } from 'node:http';
import { sendJson } from './http.js';

export interface ScriptedCompletion {
  text?: string;
  toolCalls?: { id?: string; name: string; arguments: string }[];
  finishReason?: 'stop' | 'tool_calls' | 'length';
  promptTokens?: number;
  completionTokens?: number;
}

let counter = 0;

function base(model: string) {
  return { id: `chatcmpl-${++counter}`, object: 'chat.completion.chunk', created: 1_750_000_000, model, system_fingerprint: 'fp_fake' };
}

export function streamOpenAi(res: ServerResponse, model: string, c: ScriptedCompletion): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const b = base(model);
  const chunk = (delta: unknown, finish: string | null = null) =>
    res.write(`data: ${JSON.stringify({ ...b, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}\n\n`);
  chunk({ role: 'assistant', content: '', refusal: null });
  for (const w of c.text?.match(/\S+\s*/g) ?? []) chunk({ content: w });
  (c.toolCalls ?? []).forEach((t, index) => {
    chunk({ tool_calls: [{ index, id: t.id ?? `call_${++counter}`, type: 'function', function: { name: t.name, arguments: '' } }] });
    const mid = Math.floor(t.arguments.length / 2);
    for (const part of [t.arguments.slice(0, mid), t.arguments.slice(mid)]) chunk({ tool_calls: [{ index, function: { arguments: part } }] });
  });
  chunk({}, c.finishReason ?? (c.toolCalls?.length ? 'tool_calls' : 'stop'));
  const usage = { prompt_tokens: c.promptTokens ?? 100, completion_tokens: c.completionTokens ?? 50, total_tokens: (c.promptTokens ?? 100) + (c.completionTokens ?? 50) };
  res.write(`data: ${JSON.stringify({ ...b, choices: [], usage })}\n\n`);
  res.write('data: [DONE]\n\n');
  res.end();
}

export function openAiError(res: ServerResponse, status: number, type: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { error: { message: `${type} (fake)`, type, param: null, code: type } }, headers);
}
