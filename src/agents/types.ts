import type { ChartSpec } from '../charts/types.js';

/** Where a fact came from: a file and the rows or clause it used. */
export interface Source {
  /** Path relative to the data dir, e.g. `raw/meta_ads.csv` or `raw/contracts/tv_airtime_northstar.md`. */
  file: string;
  /** Human-readable locator: "rows 120–151", "clause 7.2", "campaign HM-META-TERRA-24Q2". */
  locator?: string;
  /** Short label for the Slack context block. */
  title?: string;
  /** Retrieval score or confidence in [0, 1] where it applies. */
  score?: number;
}

export type Attachment =
  | { type: 'asset'; path: string; title: string; altText: string; campaignId?: string; channel?: string }
  | { type: 'chart'; spec: ChartSpec; title: string; altText: string }
  | { type: 'csv'; filename: string; title: string; content: string };

export type AgentName = 'rag_analyst' | 'mmm_analyst' | 'orchestrator';

export type Intent = 'data_lookup' | 'asset_search' | 'mmm_analysis' | 'both' | 'help' | 'small_talk' | 'out_of_scope';

/** What every question returns, whatever the provider (offline planner, Anthropic, OpenAI). */
export interface Answer {
  /** Slack mrkdwn. */
  reply: string;
  sources: Source[];
  attachments: Attachment[];
  agent_used: AgentName;
  session_id: string;
  follow_ups: string[];
  intent?: Intent;
  /** Set when the answer rests on low retrieval confidence or wide model intervals. */
  caveats?: string[];
}

export interface AskOptions {
  /** Conversation key: Slack `channel:thread_ts`, or a CLI session name. */
  sessionKey: string;
  userId?: string;
  /** Called with partial text as it is generated (LLM providers stream; the offline analyst sends once). */
  onPartial?: (textSoFar: string) => void;
  /** Called with short progress notes ("Searching contracts…"). */
  onStatus?: (status: string) => void;
  signal?: AbortSignal;
}

/** The brain the Slack app and CLIs call. */
export interface Analyst {
  ask(question: string, options: AskOptions): Promise<Answer>;
}
