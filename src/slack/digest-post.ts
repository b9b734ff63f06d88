import type { WebClient } from '@slack/web-api';
import { answerMessage, type KnownBlock } from './blocks/answer.js';
import type { SlackRuntime } from './runtime.js';
import { uploadAttachments } from './uploads.js';

function weekLabel(period: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(period);
}

/**
 * The weekly digest message: a header, the MMM analyst's channel-ROI answer (with its sources) and the
 * ROI chart uploaded right below it. Its thread is a session like any other, for follow-up questions.
 */
export async function postDigest(rt: SlackRuntime, client: WebClient, channel: string, period: Date): Promise<{ channel: string; ts?: string }> {
  const label = weekLabel(period, rt.config.DIGEST_TIMEZONE);
  const answer = await rt.runMmmCommand('roi', { sessionKey: `digest:${period.toISOString()}`, userId: 'digest' });
  const message = answerMessage(answer, { kind: 'mmm', q: 'roi' });
  const header: KnownBlock = { type: 'header', text: { type: 'plain_text', text: `Weekly channel-ROI digest — ${label}`, emoji: true } };
  const blocks = [header, ...message.blocks].slice(0, 50);
  const res = await client.chat.postMessage({ channel: channel.replace(/^#/, ''), text: `Weekly channel-ROI digest — ${label}: ${message.text}`, blocks });
  const channelId = res.channel as string;
  if (res.ts) rt.threads.mark(channelId, res.ts);
  const files = [...answer.attachments, ...message.extraAttachments];
  if (files.length > 0) {
    await uploadAttachments(client, { channel: channelId }, files, { dataDir: rt.dataDir, renderChart: rt.renderChart, logger: rt.logger });
  }
  return { channel: channelId, ...(res.ts ? { ts: res.ts } : {}) };
}
