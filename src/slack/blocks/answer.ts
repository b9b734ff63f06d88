import type { types } from '@slack/bolt';
import type { AgentName, Answer, Attachment, Source } from '../../agents/types.js';
import { extractLongTables } from './tables.js';
import { escapeMrkdwnText, plainFallback, splitMrkdwn, truncate } from './text.js';

type ActionsBlock = types.ActionsBlock;
type ContextBlock = types.ContextBlock;
type SectionBlock = types.SectionBlock;
export type KnownBlock = types.KnownBlock;

/** action_ids of the buttons under every answer. */
export const ACTIONS = {
  feedbackUp: 'answer_feedback_up',
  feedbackDown: 'answer_feedback_down',
  regenerate: 'answer_regenerate',
  followUp: 'answer_follow_up',
} as const;

export const MAX_BLOCKS = 50;
/** Text sections per answer; longer replies are attached in full as a Markdown file. */
export const MAX_TEXT_SECTIONS = 10;
const MAX_SOURCES_SHOWN = 8;

/** What a Regenerate click needs to re-run an answer (kept in the button value, ≤ 2,000 chars). */
export interface RerunRef {
  /** `ask`: a question in a thread; `mmm`: a /mmm command. */
  kind: 'ask' | 'mmm';
  /** The question or the command text. */
  q: string;
  /** ts of the user's question message, when there is one. */
  qts?: string;
}

export function encodeRerun(ref: RerunRef): string {
  return JSON.stringify({ ...ref, q: truncate(ref.q, 1500) });
}

export function decodeRerun(value: string | undefined): RerunRef | undefined {
  if (!value) return undefined;
  try {
    const v = JSON.parse(value) as Partial<RerunRef>;
    return (v.kind === 'ask' || v.kind === 'mmm') && typeof v.q === 'string' ? { kind: v.kind, q: v.q, ...(v.qts ? { qts: v.qts } : {}) } : undefined;
  } catch {
    return undefined;
  }
}

const BADGES: Record<AgentName, string> = {
  rag_analyst: ':mag: *RAG analyst*',
  mmm_analyst: ':chart_with_upwards_trend: *MMM analyst*',
  orchestrator: ':robot_face: *Mix Analyst*',
};

export function agentBadge(agent: AgentName): string {
  return BADGES[agent] ?? BADGES.orchestrator;
}

/** "Heading — " when a source's title says more than its file name. */
function titlePrefix(s: Source): string {
  const base = s.file.split('/').pop() ?? s.file;
  return s.title && !s.title.includes(base) && s.title !== s.file ? `${s.title} — ` : '';
}

/** "rows 59, 60, 82" from ["rows 82", "rows 59", "rows 60"]; mixed locators are listed as they are. */
function joinLocators(locators: string[]): string {
  const sorted = [...new Set(locators)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const word = sorted[0]?.match(/^([A-Za-z]+)\s/)?.[1];
  if (word && sorted.every((l) => l.startsWith(`${word} `))) return `${word} ${sorted.map((l) => l.slice(word.length + 1)).join(', ')}`;
  return sorted.join('; ');
}

/** One line per cited file, its rows or clauses merged: "`raw/meta_ads.csv` rows 120–151", in citation order. */
export function formatSources(sources: Source[]): string[] {
  const byFile = new Map<string, { prefix: string; locators: string[] }>();
  for (const s of sources) {
    const entry = byFile.get(s.file) ?? { prefix: titlePrefix(s), locators: [] };
    if (s.locator) entry.locators.push(s.locator);
    byFile.set(s.file, entry);
  }
  return [...byFile.entries()].map(([file, e]) =>
    truncate(`${e.prefix}\`${file}\`${e.locators.length ? ` ${joinLocators(e.locators)}` : ''}`, 300),
  );
}

/** Answers built on the data must cite it; help, small talk and model explanations need not. */
const NEEDS_SOURCES = new Set(['data_lookup', 'asset_search', 'both']);

function sourcesContext(answer: Answer): ContextBlock {
  const lines = formatSources(answer.sources);
  const elements: ContextBlock['elements'] = [{ type: 'mrkdwn', text: agentBadge(answer.agent_used) }];
  if (lines.length === 0 && answer.intent && NEEDS_SOURCES.has(answer.intent)) {
    elements.push({ type: 'mrkdwn', text: ':warning: No sources were cited for this answer — treat it with care.' });
  }
  for (const line of lines.slice(0, MAX_SOURCES_SHOWN)) elements.push({ type: 'mrkdwn', text: `:page_facing_up: ${line}` });
  if (lines.length > MAX_SOURCES_SHOWN) elements.push({ type: 'mrkdwn', text: `+${lines.length - MAX_SOURCES_SHOWN} more sources` });
  return { type: 'context', block_id: 'answer_sources', elements };
}

function button(actionId: string, text: string, value: string, style?: 'primary' | 'danger'): types.Button {
  return { type: 'button', action_id: actionId, text: { type: 'plain_text', text: truncate(text, 75), emoji: true }, value, ...(style ? { style } : {}) };
}

export function answerActions(rerun: RerunRef): ActionsBlock {
  const value = encodeRerun(rerun);
  return {
    type: 'actions',
    block_id: 'answer_actions',
    elements: [
      button(ACTIONS.feedbackUp, ':thumbsup: Helpful', value),
      button(ACTIONS.feedbackDown, ':thumbsdown: Not helpful', value),
      button(ACTIONS.regenerate, ':arrows_counterclockwise: Regenerate', value),
    ],
  };
}

function followUpActions(followUps: string[]): ActionsBlock | undefined {
  const list = followUps.filter((f) => f.trim()).slice(0, 3);
  if (list.length === 0) return undefined;
  return {
    type: 'actions',
    block_id: 'answer_follow_ups',
    elements: list.map((f, i) => button(`${ACTIONS.followUp}_${i}`, f, truncate(f, 1500))),
  };
}

export interface AnswerMessage {
  /** Notification / fallback text. */
  text: string;
  blocks: KnownBlock[];
  /** The reply's text sections only (streaming sends these as text, the rest as trailing blocks). */
  textBlocks: KnownBlock[];
  /** Blocks after the text: caveats, sources, buttons. */
  trailerBlocks: KnownBlock[];
  /** Files the message needs beside it: long tables as CSV, an over-long reply in full. */
  extraAttachments: Attachment[];
  /** The reply as it appears in the message (long tables replaced by notes). */
  shownReply: string;
}

/**
 * An answer as a Slack message: the reply in ≤3,000-character sections, caveats, an agent badge with
 * the sources, follow-up buttons and feedback/Regenerate buttons — always within Block Kit's limits.
 */
export function answerMessage(answer: Answer, rerun: RerunRef): AnswerMessage {
  const { text: withoutTables, csvs } = extractLongTables(answer.reply, 'answer-table');
  const extraAttachments: Attachment[] = [...csvs];
  let pieces = splitMrkdwn(escapeMrkdwnText(withoutTables) || '_(no answer text)_');
  if (pieces.length > MAX_TEXT_SECTIONS) {
    pieces = [...pieces.slice(0, MAX_TEXT_SECTIONS - 1), '_The answer is longer than a Slack message; the full text is attached as `answer.md`._'];
    extraAttachments.push({ type: 'csv', filename: 'answer.md', title: 'Full answer', content: answer.reply });
  }
  const textBlocks: SectionBlock[] = pieces.map((t) => ({ type: 'section', text: { type: 'mrkdwn', text: t } }));
  const trailer: KnownBlock[] = [];
  // Caveats the reply already states are not repeated under it.
  const caveats = (answer.caveats ?? []).filter((c) => c && !answer.reply.includes(c.trim()));
  if (caveats.length > 0) {
    trailer.push({
      type: 'context',
      block_id: 'answer_caveats',
      elements: caveats.slice(0, 10).map((c) => ({ type: 'mrkdwn', text: truncate(`:warning: ${escapeMrkdwnText(c)}`, 2000) })),
    });
  }
  trailer.push(sourcesContext(answer));
  const followUps = followUpActions(answer.follow_ups ?? []);
  if (followUps) trailer.push(followUps);
  trailer.push(answerActions(rerun));
  const blocks = [...textBlocks, ...trailer].slice(0, MAX_BLOCKS);
  return {
    text: escapeMrkdwnText(plainFallback(answer.reply)),
    blocks,
    textBlocks,
    trailerBlocks: trailer,
    extraAttachments,
    shownReply: pieces.join('\n\n'),
  };
}

/** A one-section notice (progress, refusal, error) with an optional context line. */
export function noticeBlocks(text: string, context?: string): KnownBlock[] {
  const blocks: KnownBlock[] = splitMrkdwn(text).slice(0, 3).map((t) => ({ type: 'section', text: { type: 'mrkdwn', text: t } }));
  if (context) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(context, 2000) }] });
  return blocks;
}
