/** Answering through a language model: the RAG or MMM tool set, the session history and the shared tools. */
import { channelName } from './entities/lexicon.js';
import { asMixError } from '../errors.js';
import { composeAnswer } from './compose.js';
import { filterFollowUps } from './follow-up-filter.js';
import type { AnalystDeps } from './deps.js';
import type { Resolution } from './intent/follow-up.js';
import { KIND_INTENT, type QuestionKind } from './intent/kinds.js';
import { toolContent } from './providers/loop-support.js';
import { systemPrompt, wrapQuestion, type DatasetInventory } from './providers/prompts.js';
import type { ChatTurn, LlmProvider, LoopLimits } from './providers/types.js';
import type { Session } from './sessions/types.js';
import type { Toolbox } from './tools/toolbox.js';
import { toolSpecs } from './tools/toolbox.js';
import type { ToolAgent } from './tools/types.js';
import type { Answer, AskOptions } from './types.js';

export interface LlmRunInput {
  deps: AnalystDeps;
  provider: LlmProvider;
  inventory: DatasetInventory;
  session: Session;
  question: string;
  resolution: Resolution;
  tools: Toolbox;
  options: AskOptions;
  limits: LoopLimits;
  notes: string[];
}

function agentsFor(kind: QuestionKind): ToolAgent[] | undefined {
  const intent = KIND_INTENT[kind];
  if (intent === 'data_lookup' || intent === 'asset_search') return ['rag'];
  if (intent === 'mmm_analysis') return ['mmm'];
  return undefined;
}

function contextLine(r: Resolution, session: Session): string | undefined {
  if (!r.followUp || !session.context) return undefined;
  const e = r.entities;
  const parts = [
    e.channels.length ? `channels ${e.channels.join(', ')}` : '',
    e.models.length ? `models ${e.models.join(', ')}` : '',
    e.metrics.length ? `metrics ${e.metrics.join(', ')}` : '',
    e.comparePeriods
      ? `periods compared ${e.comparePeriods.map((p) => `${p.from} to ${p.to}`).join(' vs ')}`
      : e.period
        ? `period ${e.period.from} to ${e.period.to}`
        : '',
    e.average ? `average per ${e.average}` : '',
    e.amounts.length ? `amounts ${e.amounts.join(', ')} GBP` : '',
    e.planWeeks ? `planning period ${e.planWeeks} weeks (period_weeks)` : '',
  ].filter(Boolean);
  return `this follows up "${session.context.question}"; resolved: ${parts.join('; ') || 'same as before'}.`;
}

export function suggestFollowUps(kind: QuestionKind, channels: string[]): string[] {
  const ch = channelName(channels[0] ?? 'tv');
  if (KIND_INTENT[kind] === 'mmm_analysis') return [`Is ${ch} saturated?`, 'Optimise the budget', 'Make that 2M'];
  if (kind === 'contract' || kind === 'discrepancy' || kind === 'underdelivery' || kind === 'budget') return ['Which campaigns under-delivered?', 'Are there invoice mismatches?'];
  return [`What is ${ch} ROI?`, 'Cost per car sold by channel', 'And for TikTok?'];
}

export async function runLlm(input: LlmRunInput): Promise<Answer> {
  const { deps, provider, session, resolution, tools, options } = input;
  const intent = KIND_INTENT[resolution.kind];
  const history: ChatTurn[] = session.turns.slice(-(deps.historyTurns ?? 8)).map((t) => ({ role: t.role, text: t.text }));
  options.onStatus?.(intent === 'mmm_analysis' ? 'Asking the MMM analyst…' : 'Asking the data analyst…');
  const result = await provider.run({
    system: systemPrompt(intent, input.inventory),
    history,
    question: wrapQuestion(input.question, contextLine(resolution, session)),
    tools: toolSpecs(agentsFor(resolution.kind)),
    limits: input.limits,
    ...(options.onPartial ? { onPartial: options.onPartial } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    execute: async (name, args) => {
      options.onStatus?.(`Running ${name}…`);
      try {
        const r = await tools.call(name, args);
        return { content: toolContent({ data: r.data, sources: r.sources, caveats: r.caveats ?? [] }), isError: false };
      } catch (err) {
        return { content: JSON.stringify({ error: asMixError(err).userMessage }), isError: true };
      }
    },
  });
  const caveats: string[] = [];
  if (result.stopReason !== 'end') caveats.push(`The answer stopped early (${result.stopReason === 'max_steps' ? 'step limit' : 'token limit'}); ask a narrower question for more.`);
  const modelCaveat = tools.results().flatMap((r) => r.caveats ?? []).find((c) => c.startsWith('Model estimates'));
  const lines = [...input.notes, result.text || 'I could not produce an answer from the tools this time.'];
  if (modelCaveat && !/interval|estimate|caveat/i.test(result.text)) lines.push(`_${modelCaveat}_`);
  for (const c of caveats) lines.push(`_${c}_`);
  deps.logger.debug({ provider: provider.name, steps: result.steps, toolCalls: result.toolCalls, usage: result.usage }, 'llm answer');
  return composeAnswer({ reply: lines.join('\n'), calls: tools.calls, kind: resolution.kind, sessionId: session.id, followUps: filterFollowUps(suggestFollowUps(resolution.kind, resolution.entities.channels), resolution.question, resolution.entities, resolution.kind), caveats });
}
