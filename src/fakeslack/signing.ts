import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Slack's request signature: HMAC-SHA256 of `v0:{timestamp}:{raw body}` keyed by the signing secret,
 * sent as `X-Slack-Signature: v0=<hex>` with `X-Slack-Request-Timestamp` (seconds).
 */
export function slackSignature(signingSecret: string, timestampSec: number, rawBody: string): string {
  const hmac = createHmac('sha256', signingSecret).update(`v0:${timestampSec}:${rawBody}`).digest('hex');
  return `v0=${hmac}`;
}

/** Verifies a signature the way Slack apps must: constant-time compare, timestamp within 5 minutes. */
export function verifySlackSignature(
  signingSecret: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  rawBody: string,
  nowSec: number,
): boolean {
  const ts = Number(headers.timestamp);
  if (!headers.signature || !Number.isFinite(ts) || Math.abs(nowSec - ts) > 300) return false;
  const expected = Buffer.from(slackSignature(signingSecret, ts, rawBody));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
