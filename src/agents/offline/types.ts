import type { Entities } from '../entities/extract.js';
import type { Classification } from '../intent/classify.js';
import type { QuestionKind } from '../intent/kinds.js';
import type { Toolbox } from '../tools/toolbox.js';

/** What a skill sees: the (follow-up-resolved) question, its entities and the tools. */
export interface SkillContext {
  question: string;
  entities: Entities;
  kind: QuestionKind;
  classification: Classification;
  tools: Toolbox;
  /** The question continued an earlier one ("and for TikTok?"). */
  followUp: boolean;
  status(note: string): void;
}

/** A skill's answer text; sources and attachments are collected from the tool calls it made. */
export interface SkillReply {
  /** Slack mrkdwn lines. */
  lines: string[];
  followUps: string[];
  caveats?: string[];
  /** Set when the skill could not answer and says what it can do instead. */
  unanswered?: boolean;
  /**
   * The citations the answer actually rests on, chosen from the tool results (file + optional locator).
   * Absent = every source the tools returned.
   */
  cite?: { file: string; locator?: string }[];
  /** Entities the skill settled on (e.g. the default period it used), saved for follow-ups. */
  resolved?: Partial<Entities>;
}

export type Skill = (ctx: SkillContext) => Promise<SkillReply>;
