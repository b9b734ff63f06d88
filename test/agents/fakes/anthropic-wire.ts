/**
 * The Anthropic Messages API wire format (POST /v1/messages): JSON responses and the SSE event
 * sequence message_start → content_block_start/delta/stop… → message_delta → message_stop, with
 * text_delta and input_json_delta deltas, as documented at docs.anthropic.com (streaming messages).
 */
import type { ServerResponse } from 'node:http';
import { sendJson } from './http.js';

export interface ScriptedMessage {
  text?: string;
  toolUses?: { id?: string; name: string; input: unknown }[];
  stopReason?: 'end_turn' | 'tool_use' | 'max_tokens';
  inputTokens?: number;
  outputTokens?: number;
}

let counter = 0;

export function anthropicMessage(model: string, m: ScriptedMessage) {
  const content: unknown[] = [];
  if (m.text) content.push({ type: 'text', text: m.text });
  for (const t of m.toolUses ?? []) content.push({ type: 'tool_use', id: t.id ?? `toolu_${++counter}`, name: t.name, input: t.input });
  return {
    id: `msg_${++counter}`,
    type: 'message',
    role: 'assistant',
    model,
    content,
    stop_reason: m.stopReason ?? (m.toolUses?.length ? 'tool_use' : 'end_turn'),
    stop_sequence: null,
    usage: { input_tokens: m.inputTokens ?? 100, output_tokens: m.outputTokens ?? 50 },
  };
}

function sse(res: ServerResponse, event: string, data: unknown): void {
  res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

/** Streams a message as SSE events; `failAfterStart` sends an overloaded_error event mid-stream instead. */
export function streamAnthropic(res: ServerResponse, model: string, m: ScriptedMessage, options: { failAfterStart?: boolean } = {}): void {
  const msg = anthropicMessage(model, m);
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  sse(res, 'message_start', {
    type: 'message_start',
    message: { ...msg, content: [], stop_reason: null, usage: { input_tokens: msg.usage.input_tokens, output_tokens: 1 } },
  });
  sse(res, 'ping', { type: 'ping' });
  if (options.failAfterStart) {
    sse(res, 'error', { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } });
    res.end();
    return;
  }
  msg.content.forEach((block, index) => {
    const b = block as { type: string; text?: string; id?: string; name?: string; input?: unknown };
    if (b.type === 'text') {
      sse(res, 'content_block_start', { type: 'content_block_start', index, content_block: { type: 'text', text: '' } });
      const words = b.text!.match(/\S+\s*/g) ?? [];
      for (const w of words) sse(res, 'content_block_delta', { type: 'content_block_delta', index, delta: { type: 'text_delta', text: w } });
    } else {
      sse(res, 'content_block_start', { type: 'content_block_start', index, content_block: { type: 'tool_use', id: b.id, name: b.name, input: {} } });
      const json = JSON.stringify(b.input);
      const mid = Math.floor(json.length / 2);
      for (const part of [json.slice(0, mid), json.slice(mid)]) {
        sse(res, 'content_block_delta', { type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json: part } });
      }
    }
    sse(res, 'content_block_stop', { type: 'content_block_stop', index });
  });
  sse(res, 'message_delta', { type: 'message_delta', delta: { stop_reason: msg.stop_reason, stop_sequence: null }, usage: { output_tokens: msg.usage.output_tokens } });
  sse(res, 'message_stop', { type: 'message_stop' });
  res.end();
}

export function anthropicError(res: ServerResponse, status: number, type: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { type: 'error', error: { type, message: `${type} (fake)` } }, headers);
}
