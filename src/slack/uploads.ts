import { readFile } from 'node:fs/promises';
import { basename, isAbsolute, resolve } from 'node:path';
import type { WebClient } from '@slack/web-api';
import type { Attachment } from '../agents/types.js';
import type { ChartSpec } from '../charts/types.js';
import type { Logger } from '../log/index.js';
import { truncate } from './blocks/text.js';

export type RenderChart = (spec: ChartSpec) => Promise<Buffer>;

export interface UploadTarget {
  channel: string;
  thread_ts?: string;
}

interface PreparedFile {
  file: Buffer;
  filename: string;
  title: string;
  alt_text?: string;
}

/** Slack shares at most 10 files per completeUploadExternal message. */
const FILES_PER_UPLOAD = 10;

export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'file'
  );
}

async function prepare(a: Attachment, dataDir: string, renderChart: RenderChart): Promise<PreparedFile> {
  switch (a.type) {
    case 'asset': {
      const path = isAbsolute(a.path) ? a.path : resolve(dataDir, a.path);
      return { file: await readFile(path), filename: basename(path), title: a.title, alt_text: truncate(a.altText, 1000) };
    }
    case 'chart':
      return { file: await renderChart(a.spec), filename: `${slug(a.title)}.png`, title: a.title, alt_text: truncate(a.altText, 1000) };
    case 'csv':
      return { file: Buffer.from(a.content, 'utf8'), filename: a.filename, title: a.title };
  }
}

/**
 * Uploads an answer's files into its thread with files.uploadV2 (getUploadURLExternal → upload →
 * completeUploadExternal): images together in as few messages as possible, then data files. A file
 * that cannot be prepared (missing asset, bad chart spec) is skipped and reported, never fatal.
 */
export async function uploadAttachments(
  client: WebClient,
  target: UploadTarget,
  attachments: Attachment[],
  deps: { dataDir: string; renderChart: RenderChart; logger: Logger },
): Promise<{ uploaded: number; failed: string[] }> {
  const failed: string[] = [];
  const images: PreparedFile[] = [];
  const data: PreparedFile[] = [];
  const seen = new Set<string>();
  for (const a of attachments) {
    const key = a.type === 'asset' ? a.path : a.type === 'chart' ? JSON.stringify(a.spec) : a.filename;
    if (seen.has(key)) continue;
    seen.add(key);
    try {
      const f = await prepare(a, deps.dataDir, deps.renderChart);
      (a.type === 'csv' ? data : images).push(f);
    } catch (err) {
      deps.logger.warn({ title: a.title, err: (err as Error).message }, 'attachment skipped');
      failed.push(a.title);
    }
  }
  let uploaded = 0;
  for (const group of [images, data]) {
    for (let i = 0; i < group.length; i += FILES_PER_UPLOAD) {
      const batch = group.slice(i, i + FILES_PER_UPLOAD);
      await client.filesUploadV2({
        channel_id: target.channel,
        ...(target.thread_ts ? { thread_ts: target.thread_ts } : {}),
        file_uploads: batch.map((f) => ({ file: f.file, filename: f.filename, title: f.title, ...(f.alt_text ? { alt_text: f.alt_text } : {}) })),
      });
      uploaded += batch.length;
    }
  }
  return { uploaded, failed };
}
