/**
 * The project-owned fake Slack: a stateful Slack workspace on 127.0.0.1 (node:http + ws) that the real
 * Bolt app talks to through `clientOptions.slackApiUrl` — in tests and in the local sandbox.
 *
 *   const slack = await startFakeSlack();
 *   new App({ token: slack.botToken, appToken: slack.appToken, socketMode: true,
 *             clientOptions: { slackApiUrl: slack.apiUrl } });
 *   await slack.postUserMessage({ user: FAKE_IDS.analyst, channel: 'marketing', text: `<@${FAKE_IDS.botUser}> hi` });
 *   const reply = await slack.waitForMessage((m) => m.user === FAKE_IDS.botUser && !!m.thread_ts);
 */
export { FakeSlack, startFakeSlack, DEFAULT_BOT_EVENTS, type FakeSlackOptions } from './fake-slack.js';
export { FAKE_IDS, defaultWorkspace } from './default-workspace.js';
export { BLOCK_LIMITS, checkBlocks } from './block-limits.js';
export { slackSignature, verifySlackSignature } from './signing.js';
export { METHODS as FAKE_SLACK_METHODS } from './api-router.js';
export type { FakeSlackFeatures } from './methods/context.js';
export type {
  PostUserMessageInput,
  PostedUserMessage,
  SlashCommandInput,
  SlashCommandResult,
  ClickButtonInput,
} from './driver.js';
export type * from './types.js';
