/**
 * The real SDKs (@anthropic-ai/sdk, openai) against in-process servers speaking each provider's wire
 * format: the tool loop, streaming to onPartial, retries on 429/5xx and in-stream errors, bounds.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MixError } from '../../src/errors.js';
import { silentLogger } from '../../src/log/index.js';
import { AnthropicProvider } from '../../src/agents/providers/anthropic.js';
import { OpenAiProvider } from '../../src/agents/providers/openai.js';
import type { ProviderRunRequest, ToolExecution } from '../../src/agents/providers/types.js';
import { toolSpecs } from '../../src/agents/tools/toolbox.js';
import { anthropicError, streamAnthropic, type ScriptedMessage } from './fakes/anthropic-wire.js';
import { startFakeServer, type FakeServer } from './fakes/http.js';
import { openAiError, streamOpenAi, type ScriptedCompletion } from './fakes/openai-wire.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function request(overrides: Partial<ProviderRunRequest> = {}, executed: { name: string; input: unknown }[] = []): ProviderRunRequest {
  return {
    system: 'You are the Mix Analyst.',
    history: [{ role: 'user', text: 'hi' }, { role: 'assistant', text: 'Hello!' }],
    question: '<question>What did we spend on TV?</question>',
    tools: toolSpecs(),
    execute: async (name, input): Promise<ToolExecution> => {
      executed.push({ name, input });
      return { content: JSON.stringify({ value: 123456, unit: 'GBP' }), isError: false };
    },
    limits: { maxSteps: 4, timeoutMs: 5000, maxTokens: 4096 },
    ...overrides,
  };
}

function anthropic(url: string) {
  return new AnthropicProvider({ apiKey: 'sk-ant-test-000000000000', model: 'claude-test', baseURL: url, retryBaseMs: 5, logger: silentLogger() });
}
function openai(url: string) {
  return new OpenAiProvider({ apiKey: 'sk-test-0000000000000', model: 'gpt-test', baseURL: `${url}/v1`, retryBaseMs: 5, logger: silentLogger() });
}

describe('Anthropic provider (Messages API, SSE, tool use)', () => {
  it('runs the tool loop: tool_use → tool_result → final text, streaming partial text', async () => {
    const script: ScriptedMessage[] = [
      { text: 'Let me check.', toolUses: [{ id: 'toolu_A', name: 'query_metrics', input: { metric: 'spend', channel: 'tv' } }] },
      { text: 'TV spend was £123,456 (raw/tv_airtime.csv).' },
    ];
    server = await startFakeServer((req, res, i) => streamAnthropic(res, String(req.body.model), script[i]!));
    const executed: { name: string; input: unknown }[] = [];
    const partials: string[] = [];
    const out = await anthropic(server.url).run(request({ onPartial: (t) => partials.push(t) }, executed));

    expect(out.text).toBe('TV spend was £123,456 (raw/tv_airtime.csv).');
    expect(out).toMatchObject({ steps: 2, toolCalls: 1, stopReason: 'end', usage: { inputTokens: 200, outputTokens: 100 } });
    expect(executed).toEqual([{ name: 'query_metrics', input: { metric: 'spend', channel: 'tv' } }]);
    expect(partials.at(-1)).toBe(out.text);
    expect(partials.length).toBeGreaterThan(3);

    const [first, second] = server.requests;
    expect(first!.path).toBe('/v1/messages');
    // This SDK version sends the key as a bearer token; older ones used x-api-key.
    expect(first!.headers['x-api-key'] ?? first!.headers.authorization).toMatch(/sk-ant-test-000000000000$/);
    expect(first!.headers['anthropic-version']).toBeDefined();
    expect(first!.body).toMatchObject({ model: 'claude-test', system: 'You are the Mix Analyst.', stream: true });
    const tools = first!.body.tools as { name: string; input_schema: { type: string } }[];
    expect(tools.map((t) => t.name)).toContain('mmm_optimize');
    expect(tools.every((t) => t.input_schema.type === 'object')).toBe(true);
    expect((first!.body.messages as unknown[]).length).toBe(3);

    const msgs = second!.body.messages as { role: string; content: unknown }[];
    expect(msgs.at(-2)).toMatchObject({ role: 'assistant', content: [{ type: 'text' }, { type: 'tool_use', id: 'toolu_A', name: 'query_metrics' }] });
    expect(msgs.at(-1)).toEqual({
      role: 'user',
      content: [{ type: 'tool_result', tool_use_id: 'toolu_A', content: JSON.stringify({ value: 123456, unit: 'GBP' }) }],
    });
  });

  it('retries 429 and 529 (SDK backoff, retry-after-ms) and an overloaded error inside the stream', async () => {
    server = await startFakeServer((req, res, i) => {
      if (i === 0) return anthropicError(res, 429, 'rate_limit_error', { 'retry-after-ms': '5' });
      if (i === 1) return anthropicError(res, 529, 'overloaded_error', { 'retry-after-ms': '5' });
      if (i === 2) return streamAnthropic(res, 'm', { text: 'never' }, { failAfterStart: true });
      return streamAnthropic(res, String(req.body.model), { text: 'Recovered.' });
    });
    const out = await anthropic(server.url).run(request());
    expect(out.text).toBe('Recovered.');
    expect(server.requests).toHaveLength(4);
  });

  it('gives up with a friendly MixError when the service keeps failing', async () => {
    server = await startFakeServer((_req, res) => anthropicError(res, 500, 'api_error', { 'retry-after-ms': '1', 'x-should-retry': 'true' }));
    const err = await anthropic(server.url).run(request()).catch((e: unknown) => e);
    expect(MixError.is(err, 'PROVIDER_ERROR')).toBe(true);
    expect((err as MixError).userMessage).toMatch(/unavailable/);
    expect(server.requests.length).toBeGreaterThanOrEqual(4);
  });

  it('stops at maxSteps and forces a final answer with tool_choice none', async () => {
    server = await startFakeServer((req, res) => {
      const none = (req.body.tool_choice as { type?: string } | undefined)?.type === 'none';
      streamAnthropic(res, 'm', none ? { text: 'Final from what I have.' } : { toolUses: [{ name: 'search_data', input: { query: 'x' } }] });
    });
    const out = await anthropic(server.url).run(request({ limits: { maxSteps: 3, timeoutMs: 5000, maxTokens: 4096 } }));
    expect(out.text).toBe('Final from what I have.');
    expect(server.requests).toHaveLength(3);
    expect(out.toolCalls).toBe(2);
  });

  it('respects the output-token budget across steps', async () => {
    server = await startFakeServer((req, res) => {
      const none = (req.body.tool_choice as { type?: string } | undefined)?.type === 'none';
      streamAnthropic(res, 'm', none ? { text: 'Short.', outputTokens: 10 } : { toolUses: [{ name: 'mmm_roi', input: {} }], outputTokens: 700 });
    });
    const out = await anthropic(server.url).run(request({ limits: { maxSteps: 8, timeoutMs: 5000, maxTokens: 1200 } }));
    expect(server.requests.map((r) => r.body.max_tokens)).toEqual([1200, 500]);
    expect(out.text).toBe('Short.');
  });

  it('times out with PROVIDER_TIMEOUT', async () => {
    server = await startFakeServer(async (_req, res) => {
      await new Promise((r) => setTimeout(r, 800));
      streamAnthropic(res, 'm', { text: 'late' });
    });
    const err = await anthropic(server.url)
      .run(request({ limits: { maxSteps: 2, timeoutMs: 150, maxTokens: 1000 } }))
      .catch((e: unknown) => e);
    expect(MixError.is(err, 'PROVIDER_TIMEOUT')).toBe(true);
  });
});

describe('OpenAI provider (Chat Completions, SSE chunks, tool_calls)', () => {
  it('runs the tool loop with streamed tool-call fragments and sends tool messages back', async () => {
    const script: ScriptedCompletion[] = [
      { toolCalls: [{ id: 'call_A', name: 'mmm_scenario', arguments: '{"move":{"from":"tv","to":"youtube","amount":500000}}' }] },
      { text: 'Moving £500K adds about £0.4M (range £0.1M to £0.7M).' },
    ];
    server = await startFakeServer((req, res, i) => streamOpenAi(res, String(req.body.model), script[i]!));
    const executed: { name: string; input: unknown }[] = [];
    const partials: string[] = [];
    const out = await openai(server.url).run(request({ onPartial: (t) => partials.push(t) }, executed));

    expect(out.text).toBe('Moving £500K adds about £0.4M (range £0.1M to £0.7M).');
    expect(out).toMatchObject({ steps: 2, toolCalls: 1, usage: { inputTokens: 200, outputTokens: 100 } });
    expect(executed).toEqual([{ name: 'mmm_scenario', input: { move: { from: 'tv', to: 'youtube', amount: 500000 } } }]);
    expect(partials.at(-1)).toBe(out.text);

    const [first, second] = server.requests;
    expect(first!.path).toBe('/v1/chat/completions');
    expect(first!.headers.authorization).toBe('Bearer sk-test-0000000000000');
    expect(first!.body).toMatchObject({ model: 'gpt-test', stream: true, tool_choice: 'auto', stream_options: { include_usage: true } });
    expect((first!.body.messages as { role: string }[])[0]).toEqual({ role: 'system', content: 'You are the Mix Analyst.' });
    const tools = first!.body.tools as { type: string; function: { name: string; parameters: { type: string } } }[];
    expect(tools.find((t) => t.function.name === 'query_metrics')?.function.parameters.type).toBe('object');

    const msgs = second!.body.messages as Record<string, unknown>[];
    expect(msgs.at(-2)).toMatchObject({ role: 'assistant', tool_calls: [{ id: 'call_A', type: 'function', function: { name: 'mmm_scenario' } }] });
    expect(msgs.at(-1)).toEqual({ role: 'tool', tool_call_id: 'call_A', content: JSON.stringify({ value: 123456, unit: 'GBP' }) });
  });

  it('retries 429 and 503 with backoff', async () => {
    server = await startFakeServer((req, res, i) => {
      if (i === 0) return openAiError(res, 429, 'rate_limit_exceeded', { 'retry-after-ms': '5' });
      if (i === 1) return openAiError(res, 503, 'server_error', { 'retry-after-ms': '5' });
      return streamOpenAi(res, String(req.body.model), { text: 'OK now.' });
    });
    const out = await openai(server.url).run(request());
    expect(out.text).toBe('OK now.');
    expect(server.requests).toHaveLength(3);
  });

  it('reports malformed tool arguments back to the model as a tool error', async () => {
    const seen: string[] = [];
    server = await startFakeServer((req, res, i) => {
      if (i === 0) return streamOpenAi(res, 'm', { toolCalls: [{ id: 'call_bad', name: 'query_metrics', arguments: '{"metric": spend' }] });
      const last = (req.body.messages as { role: string; content: string }[]).at(-1)!;
      seen.push(last.content);
      return streamOpenAi(res, 'm', { text: 'Sorry, retrying properly.' });
    });
    const executed: { name: string; input: unknown }[] = [];
    await openai(server.url).run(request({}, executed));
    expect(executed).toEqual([]);
    expect(seen[0]).toMatch(/not valid JSON/);
  });

  it('stops at maxSteps with tool_choice none on the last step', async () => {
    server = await startFakeServer((req, res) =>
      streamOpenAi(res, 'm', req.body.tool_choice === 'none' ? { text: 'Done.' } : { toolCalls: [{ name: 'mmm_roi', arguments: '{}' }] }),
    );
    const out = await openai(server.url).run(request({ limits: { maxSteps: 2, timeoutMs: 5000, maxTokens: 4096 } }));
    expect(out.text).toBe('Done.');
    expect(server.requests.map((r) => r.body.tool_choice)).toEqual(['auto', 'none']);
  });

  it('maps a 401 to PROVIDER_ERROR without retrying', async () => {
    server = await startFakeServer((_req, res) => openAiError(res, 401, 'invalid_api_key'));
    const err = await openai(server.url).run(request()).catch((e: unknown) => e);
    expect(MixError.is(err, 'PROVIDER_ERROR')).toBe(true);
    expect(server.requests).toHaveLength(1);
  });
});
