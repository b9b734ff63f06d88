/** Builds the final Answer from a reply text and the tool calls that produced it. */
import type { QuestionKind } from './intent/kinds.js';
import { KIND_INTENT } from './intent/kinds.js';
import { mergeAttachments, mergeSources } from './tools/sources.js';
import type { ToolCallRecord } from './tools/types.js';
import { ALL_TOOLS } from './tools/toolbox.js';
import type { AgentName, Answer } from './types.js';

export function agentFor(calls: ToolCallRecord[], kind: QuestionKind): AgentName {
  const agents = new Set(calls.filter((c) => c.result).map((c) => ALL_TOOLS.find((t) => t.name === c.name)?.agent));
  if (agents.has('rag') && agents.has('mmm')) return 'orchestrator';
  if (agents.has('mmm')) return 'mmm_analyst';
  if (agents.has('rag')) return 'rag_analyst';
  const intent = KIND_INTENT[kind];
  if (intent === 'mmm_analysis') return 'mmm_analyst';
  if (intent === 'data_lookup' || intent === 'asset_search') return 'rag_analyst';
  return 'orchestrator';
}

export interface ComposeInput {
  reply: string;
  calls: ToolCallRecord[];
  kind: QuestionKind;
  sessionId: string;
  followUps: string[];
  caveats: string[];
  /** Keep only these of the tool-result sources (a file without locator keeps all of that file). */
  cite?: { file: string; locator?: string }[];
}

export function composeAnswer(input: ComposeInput): Answer {
  const results = input.calls.flatMap((c) => (c.result ? [c.result] : []));
  const caveats = [...new Set([...input.caveats, ...results.flatMap((r) => r.caveats ?? [])])];
  let sources = mergeSources(...results.map((r) => r.sources));
  if (input.cite) {
    const cite = input.cite;
    const kept = sources.filter((s) => cite.some((c) => c.file === s.file && (c.locator === undefined || c.locator === s.locator)));
    if (kept.length) sources = kept;
  }
  return {
    reply: input.reply.trim(),
    sources,
    attachments: mergeAttachments(...results.map((r) => r.attachments)),
    agent_used: agentFor(input.calls, input.kind),
    session_id: input.sessionId,
    follow_ups: [...new Set(input.followUps)].slice(0, 3),
    intent: KIND_INTENT[input.kind],
    ...(caveats.length ? { caveats } : {}),
  };
}
