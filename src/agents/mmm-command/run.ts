/** `/mmm …` commands: parsed by parse.ts, answered with the MMM analyst's templates on the shared tools. */
import { asMixError } from '../../errors.js';
import { composeAnswer } from '../compose.js';
import type { AnalystDeps } from '../deps.js';
import { extractEntities } from '../entities/extract.js';
import type { QuestionKind } from '../intent/kinds.js';
import { curvesAnswer, diagnosticsSkill, roiAnswer, summarySkill } from '../offline/mmm-skills.js';
import { optimizeAnswer, scenarioAnswer } from '../offline/plan-skills.js';
import type { SkillReply } from '../offline/types.js';
import { appendTurns, newSession } from '../sessions/session.js';
import { planWeeksToKeep } from '../tools/plan-window.js';
import { Toolbox } from '../tools/toolbox.js';
import type { Answer, AskOptions } from '../types.js';
import { MMM_USAGE, parseMmmCommand, type MmmCommand } from './parse.js';

const KIND: Record<MmmCommand['kind'], QuestionKind> = {
  help: 'mmm_summary',
  summary: 'mmm_summary',
  diagnostics: 'mmm_diagnostics',
  roi: 'mmm_roi',
  curves: 'mmm_curves',
  optimize: 'mmm_optimize',
  scenario: 'mmm_scenario',
};

async function execute(command: MmmCommand, tools: Toolbox, status: (s: string) => void): Promise<SkillReply> {
  const ctx = { tools, status };
  switch (command.kind) {
    case 'help':
      return { lines: ['*`/mmm` commands*', ...MMM_USAGE.map((u) => `• ${u}`), 'You can also ask in plain words in a thread, e.g. _what if we move 500K from TV to YouTube?_'], followUps: ['/mmm roi', '/mmm optimize 2.5M 0.2 lock tv'] };
    case 'summary':
      return summarySkill(ctx);
    case 'diagnostics':
      return diagnosticsSkill(ctx);
    case 'roi':
      return roiAnswer(ctx, command.channel ? [command.channel] : []);
    case 'curves':
      return curvesAnswer(ctx, command.channel);
    case 'optimize':
      return optimizeAnswer(ctx, {
        ...(command.budget ? { budget: command.budget } : {}),
        ...(command.extra ? { extra: command.extra } : {}),
        ...(command.bounds ? { bounds: command.bounds } : {}),
        lock: command.lock,
        ...(command.periodWeeks ? { periodWeeks: command.periodWeeks } : {}),
      });
    case 'scenario': {
      // The tool names the service's periodWeeks period_weeks.
      const { periodWeeks, ...request } = command.request;
      return scenarioAnswer(ctx, { ...request, ...(periodWeeks ? { period_weeks: periodWeeks } : {}) });
    }
  }
}

/** Runs one `/mmm` command text ("optimize 2.5M 0.2 lock tv") and answers like the MMM analyst. */
export async function runMmmCommandWith(deps: AnalystDeps, text: string, options: AskOptions): Promise<Answer> {
  return deps.sessionStore.withLock(options.sessionKey, async () => {
    const session = (await deps.sessionStore.load(options.sessionKey).catch(() => undefined)) ?? newSession(options.sessionKey, deps.clock());
    const parsed = parseMmmCommand(text);
    const tools = new Toolbox({ ...deps });
    let reply: SkillReply;
    let kind: QuestionKind = 'mmm_summary';
    if (!parsed.ok) {
      reply = { lines: [parsed.error], followUps: ['/mmm help'], unanswered: true };
    } else {
      kind = KIND[parsed.command.kind];
      try {
        reply = await execute(parsed.command, tools, (s) => options.onStatus?.(s));
      } catch (err) {
        reply = { lines: [asMixError(err).userMessage], followUps: ['/mmm help'], unanswered: true };
      }
    }
    const answer = composeAnswer({ reply: reply.lines.join('\n'), calls: tools.calls, kind, sessionId: session.id, followUps: reply.followUps, caveats: reply.caveats ?? [] });
    options.onPartial?.(answer.reply);
    const now = deps.clock();
    const next = appendTurns(session, [{ role: 'user', text: `/mmm ${text}`.slice(0, 500), at: now.toISOString(), kind }, { role: 'assistant', text: answer.reply.slice(0, 4000), at: now.toISOString(), kind, agent: answer.agent_used }], { maxTurns: 1000 }, now);
    // Optimise and scenario commands can be continued in words ("make that 2M").
    if (parsed.ok && (parsed.command.kind === 'optimize' || parsed.command.kind === 'scenario' || parsed.command.kind === 'roi')) {
      const c = parsed.command;
      const entities = extractEntities(text);
      if (c.kind === 'optimize') {
        entities.amounts = c.budget ? [c.budget] : c.extra ? [c.extra] : [];
        entities.percentages = c.bounds ? [c.bounds] : [];
      }
      const keep = planWeeksToKeep(tools.calls);
      if (keep) entities.planWeeks = keep;
      else delete entities.planWeeks;
      // "extra" in the remembered question keeps "make that 1M" an extra amount, not a total.
      const extraWord = c.kind === 'optimize' && c.extra ? ' (extra money)' : '';
      next.context = { kind, entities, question: `/mmm ${text}${extraWord}` };
    }
    await deps.sessionStore.save(next).catch((err: unknown) => deps.logger.warn({ err: (err as Error).message }, 'session save failed'));
    return answer;
  });
}
