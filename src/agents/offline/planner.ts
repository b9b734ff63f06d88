/** The offline analyst's planner: one skill per question kind, run on the shared tools. */
import { channelName, METRIC_LABELS } from '../entities/lexicon.js';
import { inPeriod } from '../entities/periods.js';
import type { QuestionKind } from '../intent/kinds.js';
import { bothSkill } from './both-skill.js';
import { budgetSkill } from './budget-skill.js';
import { badInputReply, foreignLanguageReply, helpReply, outOfScopeReply, smallTalkReply } from './conversation.js';
import { assetSkill, contractSkill, docSearchSkill } from './document-skills.js';
import { channelOverviewSkill, performanceSummarySkill } from './overview-skills.js';
import { discrepancySkill, underdeliverySkill } from './discrepancy-skills.js';
import { funnelSkill } from './funnel-skill.js';
import { costPerSaleSkill, metricSkill } from './metric-skills.js';
import { curvesSkill, diagnosticsSkill, roiSkill, summarySkill } from './mmm-skills.js';
import { optimizeSkill, scenarioSkill } from './plan-skills.js';
import type { Skill, SkillContext, SkillReply } from './types.js';

function englishGuess(ctx: SkillContext): string | undefined {
  const e = ctx.entities;
  if (!e.channels.length && !e.metrics.length && !e.models.length) return undefined;
  const parts = [
    e.channels.map((c) => channelName(c)).join(' and '),
    e.metrics.length ? METRIC_LABELS[e.metrics[0]!] : 'spend',
    e.period ? inPeriod(e.period) : '',
  ];
  return parts.filter(Boolean).join(' ').replace(/^./, (c) => c.toUpperCase());
}

export const SKILLS: Record<QuestionKind, Skill> = {
  help: async () => helpReply(),
  small_talk: async (ctx) => smallTalkReply(ctx.question),
  out_of_scope: async () => outOfScopeReply(),
  foreign_language: async (ctx) => foreignLanguageReply(englishGuess(ctx)),
  bad_input: async () => badInputReply(),
  metric_lookup: metricSkill,
  cost_per_sale: costPerSaleSkill,
  funnel: funnelSkill,
  contract: contractSkill,
  discrepancy: discrepancySkill,
  underdelivery: underdeliverySkill,
  budget: budgetSkill,
  channel_overview: channelOverviewSkill,
  performance_summary: performanceSummarySkill,
  doc_search: docSearchSkill,
  asset_search: assetSkill,
  mmm_roi: roiSkill,
  mmm_optimize: optimizeSkill,
  mmm_scenario: scenarioSkill,
  mmm_curves: curvesSkill,
  mmm_summary: summarySkill,
  mmm_diagnostics: diagnosticsSkill,
  both_roi_metric: bothSkill,
};

export async function runSkill(ctx: SkillContext): Promise<SkillReply> {
  return SKILLS[ctx.kind](ctx);
}
