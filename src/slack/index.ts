/**
 * The Slack app: Bolt listeners (mentions, DMs, threads, /mmm, /reindex, buttons), Block Kit answers,
 * files upload v2, streaming, the weekly digest. Everything it needs is injected (see SlackAppDeps).
 */
export { createSlackApp, transportFromConfig, type CreateSlackAppOptions, type SlackBot, type SlackTransport } from './app.js';
export { answerMessage, noticeBlocks, ACTIONS, type AnswerMessage, type RerunRef } from './blocks/answer.js';
export { DigestScheduler, digestStatePath, type TickResult } from './digest.js';
export { feedbackPath, type FeedbackRecord } from './feedback.js';
export { parseMmmCommand, MMM_HELP } from './commands.js';
export type { AdminOps, MmmCommandRunner, OpReport, RenderChart, SlackAppDeps } from './types.js';
