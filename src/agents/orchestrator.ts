/**
 * The orchestrator: one question in, one Answer out. Serialises messages per conversation, extracts
 * entities, classifies intent, resolves follow-ups against the session, then delegates — to the offline
 * planner's skills, or to a language model with the RAG or MMM tool set (falling back to the offline
 * answer if the model fails). Sources and attachments always come from the tool calls.
 */
import { asMixError } from '../errors.js';
import { composeAnswer } from './compose.js';
import type { AnalystDeps } from './deps.js';
import { extractEntities, type Entities } from './entities/extract.js';
import { filterFollowUps } from './follow-up-filter.js';
import { classify, MAX_QUESTION_CHARS, type Classification, type ClassifyVocabulary } from './intent/classify.js';
import { resolveFollowUp, type Resolution } from './intent/follow-up.js';
import { KIND_INTENT } from './intent/kinds.js';
import { runLlm } from './llm-path.js';
import { runMmmCommandWith } from './mmm-command/run.js';
import { runSkill } from './offline/planner.js';
import type { SkillReply } from './offline/types.js';
import { inventory } from './providers/prompts.js';
import { contractParties, readContracts } from './reconcile/sources.js';
import { appendTurns, newSession } from './sessions/session.js';
import type { Session } from './sessions/types.js';
import { planWeeksToKeep } from './tools/plan-window.js';
import { Toolbox } from './tools/toolbox.js';
import type { Analyst, Answer, AskOptions } from './types.js';

const DEFAULT_LIMITS = { maxSteps: 8, timeoutMs: 60_000, maxTokens: 4096 };

/** "“Last year” is taken from X" and "“This year” is taken from X" said once: "“Last year” and “this year” are taken from X". */
function joinPeriodNotes(notes: string[]): string {
  const relative = notes.map((n) => /^“(.+?)” is taken from (.+)$/.exec(n));
  if (relative.length < 2 || relative.some((m) => !m || m[2] !== relative[0]![2])) return notes.join(' ');
  const phrases = relative.map((m, i) => `“${i ? m![1]!.toLowerCase() : m![1]}”`);
  return `${phrases.join(' and ')} are taken from ${relative[0]![2]}`;
}

/** What the answer says before its figures; a period's note only when this message named it (not one kept from the thread). */
function notes(classification: Classification, entities: Entities, asked: Entities = entities): string[] {
  const out: string[] = [];
  if (classification.truncatedTo) out.push(`_Your message was long, so I read its first ${classification.truncatedTo.toLocaleString('en-GB')} characters._`);
  if (classification.injectionSuspected) out.push('_I answer from the data only; instructions inside a question are not followed._');
  if (entities.corrections.length) out.push(`_I read ${entities.corrections.map(([typed, meant]) => `“${typed}” as ${meant}`).join(', ')}._`);
  const periodNotes = new Set([asked.period, ...(asked.comparePeriods ?? [])].map((p) => p?.note).filter((n): n is string => Boolean(n)));
  if (periodNotes.size) out.push(`_${joinPeriodNotes([...periodNotes])}_`);
  return out;
}

export class Orchestrator implements Analyst {
  private readonly inventory;
  private readonly vocab: ClassifyVocabulary;

  constructor(private readonly deps: AnalystDeps) {
    this.inventory = deps.inventory ?? inventory(deps.dataDir);
    let parties: string[] = [];
    try {
      parties = contractParties(readContracts(deps.dataDir));
    } catch {
      // no contracts yet: parties stay unknown
    }
    this.vocab = { contractParties: parties };
  }

  ask(question: string, options: AskOptions): Promise<Answer> {
    // "/mmm optimize 2M" typed as a message (a thread, the CLI) is the slash command, not prose.
    if (/^\s*\/mmm\b/i.test(question ?? '')) return runMmmCommandWith(this.deps, question.trim().replace(/^\/mmm\b\s*/i, ''), options);
    return this.deps.sessionStore.withLock(options.sessionKey, () => this.answer(question ?? '', options));
  }

  private async loadSession(key: string): Promise<Session> {
    try {
      return (await this.deps.sessionStore.load(key)) ?? newSession(key, this.deps.clock());
    } catch (err) {
      this.deps.logger.warn({ err: (err as Error).message }, 'session load failed; starting fresh');
      return newSession(key, this.deps.clock());
    }
  }

  private async answer(rawQuestion: string, options: AskOptions): Promise<Answer> {
    const t0 = performance.now();
    const session = await this.loadSession(options.sessionKey);
    const question = rawQuestion.trim().slice(0, MAX_QUESTION_CHARS);
    const entities = extractEntities(question);
    const classification = classify(rawQuestion, entities, this.vocab);
    const resolution = resolveFollowUp(question, entities, classification, session.context);
    const tools = new Toolbox({ ...this.deps });
    const status = (note: string) => options.onStatus?.(note);

    let answer: Answer | undefined;
    const conversational = ['help', 'small_talk', 'bad_input'].includes(resolution.kind);
    if (this.deps.provider && !conversational) {
      try {
        answer = await runLlm({ deps: this.deps, provider: this.deps.provider, inventory: this.inventory, session, question, resolution, tools, options, limits: this.deps.limits ?? DEFAULT_LIMITS, notes: notes(classification, resolution.entities, entities) });
      } catch (err) {
        const e = asMixError(err);
        this.deps.logger.warn({ code: e.code, err: e.message }, 'language model failed; answering offline');
        tools.calls.length = 0;
        answer = await this.offline(question, resolution, entities, classification, tools, session, status, [`${e.userMessage} This is the offline analyst's answer.`]);
      }
    } else {
      answer = await this.offline(question, resolution, entities, classification, tools, session, status, []);
      options.onPartial?.(answer.reply);
    }

    await this.remember(session, rawQuestion, question, resolution, tools, answer);
    this.deps.logger.info(
      { session: session.id, kind: resolution.kind, followUp: resolution.followUp, rule: classification.rule, agent: answer.agent_used, tools: tools.calls.map((c) => c.name), ms: Math.round(performance.now() - t0) },
      'answered',
    );
    return answer;
  }

  private async offline(question: string, resolution: Resolution, asked: Entities, classification: Classification, tools: Toolbox, session: Session, status: (s: string) => void, extraCaveats: string[]): Promise<Answer> {
    let reply: SkillReply;
    try {
      // A follow-up is answered as the earlier question with the change applied ("… → make that 1M").
      reply = await runSkill({ question: resolution.followUp ? resolution.question : question, entities: resolution.entities, kind: resolution.kind, classification, tools, followUp: resolution.followUp, status });
    } catch (err) {
      const e = asMixError(err);
      this.deps.logger.warn({ code: e.code, err: e.message, kind: resolution.kind }, 'skill failed');
      reply = {
        lines: [e.userMessage, 'Meanwhile I can still answer other questions — try _What was Meta CPM in March 2025?_ or _What is TV ROI?_'],
        followUps: ['What can you do?'],
        unanswered: true,
      };
    }
    const lines = [...notes(classification, resolution.entities, asked), ...reply.lines, ...extraCaveats.map((c) => `_${c}_`)];
    const followUps = filterFollowUps(reply.followUps, resolution.followUp ? resolution.question : question, resolution.entities, resolution.kind);
    return composeAnswer({ reply: lines.join('\n'), calls: tools.calls, kind: resolution.kind, sessionId: session.id, followUps, caveats: [...(reply.caveats ?? []), ...extraCaveats], ...(reply.cite ? { cite: reply.cite } : {}) });
  }

  /** Saves the turn and what it resolved to; a failing store never fails the answer. */
  private async remember(session: Session, raw: string, question: string, resolution: Resolution, tools: Toolbox, answer: Answer): Promise<void> {
    const now = this.deps.clock();
    const at = now.toISOString();
    const intent = KIND_INTENT[resolution.kind];
    let next = appendTurns(
      session,
      [
        { role: 'user', text: raw.slice(0, MAX_QUESTION_CHARS), at, intent, kind: resolution.kind },
        { role: 'assistant', text: answer.reply.slice(0, 4000), at, intent, kind: resolution.kind, agent: answer.agent_used },
      ],
      { maxTurns: 1000 },
      now,
    );
    const continuable = !['help', 'small_talk', 'bad_input', 'out_of_scope', 'foreign_language'].includes(resolution.kind);
    // A plan's period (given, or inferred from its budget) carries over to "make that 1.6M".
    const { planWeeks: _asked, planLabel: _label, planProblem: _problem, ...rest } = resolution.entities;
    const keep = planWeeksToKeep(tools.calls);
    const entities = { ...rest, ...(keep ? { planWeeks: keep } : {}) };
    next = {
      ...next,
      ...(continuable ? { context: { kind: resolution.kind, entities, question: (resolution.followUp ? resolution.question : question).slice(-600) } } : {}),
      lastResults: tools.calls.filter((c) => c.result).map((c) => ({ tool: c.name, input: c.input, sources: c.result!.sources.slice(0, 10) })),
    };
    try {
      await this.deps.sessionStore.save(next);
    } catch (err) {
      this.deps.logger.warn({ err: (err as Error).message }, 'session save failed');
    }
  }
}
