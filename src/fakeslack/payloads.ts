/**
 * Pure builders of what Slack sends to an app: event_callback envelopes, slash command forms and
 * block_actions payloads, in the shapes of java-slack-sdk's samples (shared/slack-specs).
 */
import type { FakeChannel, FakeMessage, FakeUser, WorkspaceSeed } from './types.js';

type Team = WorkspaceSeed['team'];
type Bot = WorkspaceSeed['bot'];

export const VERIFICATION_TOKEN = 'fake-verification-token';

/** A user's text as Slack's rich_text block: `<@U123>` becomes a user element. */
export function richTextBlocks(text: string, blockId: string): unknown[] {
  const elements: unknown[] = [];
  const re = /<@([UW][A-Z0-9]+)>/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) elements.push({ type: 'text', text: text.slice(last, m.index) });
    elements.push({ type: 'user', user_id: m[1] });
    last = m.index + m[0].length;
  }
  if (last < text.length) elements.push({ type: 'text', text: text.slice(last) });
  return [{ type: 'rich_text', block_id: blockId, elements: [{ type: 'rich_text_section', elements }] }];
}

export function channelType(ch: FakeChannel): 'im' | 'channel' | 'group' {
  return ch.is_im ? 'im' : ch.is_private ? 'group' : 'channel';
}

/** The `event` of a message (or app_mention) as Slack delivers it. */
export function messageEvent(m: FakeMessage, ch: FakeChannel, team: Team, kind: 'message' | 'app_mention'): Record<string, unknown> {
  const base: Record<string, unknown> = {
    type: kind,
    ts: m.ts,
    event_ts: m.ts,
    channel: m.channel,
    text: m.text,
    team: team.id,
  };
  if (m.user) base.user = m.user;
  if (m.client_msg_id) base.client_msg_id = m.client_msg_id;
  if (m.bot_id) {
    base.bot_id = m.bot_id;
    if (m.app_id) base.app_id = m.app_id;
  }
  if (m.subtype) base.subtype = m.subtype;
  if (m.blocks) base.blocks = m.blocks;
  if (m.files) base.files = m.files;
  if (m.thread_ts && m.thread_ts !== m.ts) base.thread_ts = m.thread_ts;
  if (kind === 'message') base.channel_type = channelType(ch);
  return base;
}

export function eventCallback(
  event: Record<string, unknown>,
  ids: { eventId: string; eventTime: number },
  team: Team,
  bot: Bot,
): Record<string, unknown> {
  return {
    token: VERIFICATION_TOKEN,
    team_id: team.id,
    api_app_id: bot.app_id,
    event,
    type: 'event_callback',
    event_id: ids.eventId,
    event_time: ids.eventTime,
    authorizations: [{ enterprise_id: null, team_id: team.id, user_id: bot.user_id, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    event_context: `4-${Buffer.from(`${team.id}:${String(event.channel ?? '')}`).toString('base64url')}`,
  };
}

export interface SlashCommandInput {
  user: FakeUser;
  channel: FakeChannel;
  command: string;
  text: string;
  responseUrl: string;
  triggerId: string;
}

/** The form fields of a slash command (HTTP: url-encoded; Socket Mode: the envelope payload). */
export function slashCommandPayload(input: SlashCommandInput, team: Team, bot: Bot): Record<string, string> {
  return {
    token: VERIFICATION_TOKEN,
    team_id: team.id,
    team_domain: team.domain,
    channel_id: input.channel.id,
    channel_name: input.channel.is_im ? 'directmessage' : input.channel.name,
    user_id: input.user.id,
    user_name: input.user.name,
    command: input.command,
    text: input.text,
    api_app_id: bot.app_id,
    is_enterprise_install: 'false',
    response_url: input.responseUrl,
    trigger_id: input.triggerId,
  };
}

export interface BlockActionInput {
  user: FakeUser;
  channel: FakeChannel;
  message: FakeMessage;
  action: Record<string, unknown>;
  blockId: string;
  responseUrl: string;
  triggerId: string;
  actionTs: string;
}

/** A block_actions interactivity payload for a button click on a message. */
export function blockActionsPayload(input: BlockActionInput, team: Team, bot: Bot): Record<string, unknown> {
  const { channel: _c, ephemeral_to: _e, via: _v, streaming: _s, ...message } = input.message;
  return {
    type: 'block_actions',
    user: { id: input.user.id, username: input.user.name, name: input.user.name, team_id: team.id },
    api_app_id: bot.app_id,
    token: VERIFICATION_TOKEN,
    container: {
      type: 'message',
      message_ts: input.message.ts,
      channel_id: input.channel.id,
      is_ephemeral: Boolean(input.message.ephemeral_to),
      ...(input.message.thread_ts ? { thread_ts: input.message.thread_ts } : {}),
    },
    trigger_id: input.triggerId,
    team: { id: team.id, domain: team.domain },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: input.channel.id, name: input.channel.is_im ? 'directmessage' : input.channel.name },
    message,
    state: { values: {} },
    response_url: input.responseUrl,
    actions: [{ ...input.action, block_id: input.blockId, action_ts: input.actionTs }],
  };
}
