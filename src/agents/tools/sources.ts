/** Turning retrieval hits, metric results and model runs into citations and attachments. */
import { isAbsolute, resolve } from 'node:path';
import { chartTitleAndAlt } from '../../charts/alt-text.js';
import type { ChartSpec } from '../../charts/types.js';
import type { MmmSummary } from '../../mmm/service-types.js';
import type { MetricResult, SearchHit } from '../../rag/types.js';
import type { Attachment, Source } from '../types.js';

export function hitTitle(hit: SearchHit): string {
  const m = hit.metadata;
  const file = m.source.split('/').pop() ?? m.source;
  if (m.category === 'contracts' && m.locator) return `${file} — ${/^\d/.test(m.locator) ? `clause ${m.locator}` : m.locator}`;
  return m.locator ? `${file} (${m.locator})` : file;
}

export function hitSource(hit: SearchHit, confidence: number = hit.score): Source {
  const m = hit.metadata;
  const locator = m.category === 'contracts' && m.locator && /^\d/.test(m.locator) ? `clause ${m.locator}` : m.locator;
  return {
    file: m.source,
    ...(locator ? { locator } : {}),
    title: hitTitle(hit),
    score: Math.round(Math.max(0, Math.min(1, confidence)) * 1000) / 1000,
  };
}

export function metricSources(result: MetricResult): Source[] {
  return result.sources.map((s) => ({
    file: s.file,
    locator: s.locator ?? `${s.rows.toLocaleString('en-GB')} rows`,
    title: s.file.split('/').pop() ?? s.file,
  }));
}

export function mmmSource(summary: Pick<MmmSummary, 'weeks_of_data' | 'date_range'> | undefined): Source {
  return {
    file: 'mmm/model_ready.csv',
    locator: summary ? `${summary.weeks_of_data} weeks, ${summary.date_range.from} to ${summary.date_range.to}` : 'weekly model table',
    title: 'Marketing-mix model (weekly spend and sales)',
  };
}

export function assetPath(dataDir: string, imagePath: string): string {
  return isAbsolute(imagePath) ? imagePath : resolve(dataDir, imagePath);
}

export function assetAttachment(hit: SearchHit, dataDir: string): Attachment | undefined {
  const m = hit.metadata;
  if (!m.image_path) return undefined;
  const title = String(m.title ?? m.headline ?? m.campaign_id ?? m.image_path.split('/').pop());
  return {
    type: 'asset',
    path: assetPath(dataDir, m.image_path),
    title,
    altText: hit.text.replace(/\s+/g, ' ').slice(0, 240),
    ...(m.campaign_id ? { campaignId: m.campaign_id } : {}),
    ...(m.channel ? { channel: m.channel } : {}),
  };
}

export function chartAttachment(spec: ChartSpec, altText?: string): Attachment {
  try {
    const described = chartTitleAndAlt(spec);
    return { type: 'chart', spec, title: described.title, altText: altText ?? described.altText };
  } catch {
    // An invalid spec is still passed on; the renderer reports it where it is drawn.
    return { type: 'chart', spec, title: spec.title, altText: altText ?? spec.title };
  }
}

/** Merges sources, keeping the first of each file+locator, in order. */
export function mergeSources(...lists: Source[][]): Source[] {
  const seen = new Map<string, Source>();
  for (const list of lists) {
    for (const s of list) {
      const key = `${s.file}#${s.locator ?? ''}`;
      const prev = seen.get(key);
      if (!prev) seen.set(key, s);
      else if ((s.score ?? 0) > (prev.score ?? 0)) seen.set(key, { ...prev, score: s.score });
    }
  }
  return [...seen.values()];
}

export function mergeAttachments(...lists: Attachment[][]): Attachment[] {
  const seen = new Set<string>();
  const out: Attachment[] = [];
  for (const list of lists) {
    for (const a of list) {
      const key = a.type === 'asset' ? `asset:${a.path}` : a.type === 'chart' ? `chart:${a.spec.kind}:${a.title}` : `csv:${a.filename}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(a);
    }
  }
  return out;
}
