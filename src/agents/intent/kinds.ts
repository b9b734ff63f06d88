import type { Intent } from '../types.js';

/** What the offline planner will do with a question; each kind maps to one intent and one skill. */
export type QuestionKind =
  | 'metric_lookup'
  | 'cost_per_sale'
  | 'funnel'
  | 'underdelivery'
  | 'budget'
  | 'contract'
  | 'discrepancy'
  | 'channel_overview'
  | 'performance_summary'
  | 'doc_search'
  | 'asset_search'
  | 'mmm_roi'
  | 'mmm_optimize'
  | 'mmm_scenario'
  | 'mmm_curves'
  | 'mmm_summary'
  | 'mmm_diagnostics'
  | 'both_roi_metric'
  | 'help'
  | 'small_talk'
  | 'out_of_scope'
  | 'foreign_language'
  | 'bad_input';

export const KIND_INTENT: Record<QuestionKind, Intent> = {
  metric_lookup: 'data_lookup',
  cost_per_sale: 'data_lookup',
  funnel: 'data_lookup',
  underdelivery: 'data_lookup',
  budget: 'data_lookup',
  contract: 'data_lookup',
  discrepancy: 'data_lookup',
  channel_overview: 'data_lookup',
  performance_summary: 'data_lookup',
  doc_search: 'data_lookup',
  asset_search: 'asset_search',
  mmm_roi: 'mmm_analysis',
  mmm_optimize: 'mmm_analysis',
  mmm_scenario: 'mmm_analysis',
  mmm_curves: 'mmm_analysis',
  mmm_summary: 'mmm_analysis',
  mmm_diagnostics: 'mmm_analysis',
  both_roi_metric: 'both',
  help: 'help',
  small_talk: 'small_talk',
  out_of_scope: 'out_of_scope',
  foreign_language: 'out_of_scope',
  bad_input: 'out_of_scope',
};
