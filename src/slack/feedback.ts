import { appendFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface FeedbackRecord {
  at: string;
  user: string;
  channel: string;
  thread_ts?: string;
  message_ts: string;
  rating: 'up' | 'down';
  agent?: string;
  question?: string;
}

export function feedbackPath(dataDir: string): string {
  return join(dataDir, 'state', 'feedback.jsonl');
}

/**
 * Appends one JSON line per click to `<dataDir>/state/feedback.jsonl`. A single `appendFile` of one
 * short line is atomic on local filesystems (O_APPEND), so concurrent clicks never interleave.
 */
export async function recordFeedback(dataDir: string, record: FeedbackRecord): Promise<void> {
  const path = feedbackPath(dataDir);
  await mkdir(dirname(path), { recursive: true });
  await appendFile(path, `${JSON.stringify(record)}\n`, 'utf8');
}
