import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const DIR = resolve('test/fakeslack/fixtures/java-slack-sdk-samples');

export function loadSkeleton(kind: 'api' | 'events', name: string): unknown {
  return JSON.parse(readFileSync(resolve(DIR, kind, `${name}.json`), 'utf8'));
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** Merges the elements of a skeleton array (union of fields) into one skeleton. */
function mergeElements(items: unknown[]): unknown {
  const objects = items.filter((i) => typeOf(i) === 'object') as Record<string, unknown>[];
  if (objects.length === 0) return items[0];
  const merged: Record<string, unknown> = {};
  for (const o of objects) for (const [k, v] of Object.entries(o)) if (!(k in merged)) merged[k] = v;
  return merged;
}

/**
 * Every field of `actual` must exist in `skeleton` with the same JSON type (null is accepted anywhere,
 * as Slack sends nulls for absent ids). Returns the problems as paths.
 */
export function conformance(actual: unknown, skeleton: unknown, path = '$', extraKeys: string[] = []): string[] {
  const ta = typeOf(actual);
  const ts = typeOf(skeleton);
  if (ta === 'null' || skeleton === undefined) return [];
  if (ta !== ts) return [`${path}: ${ta} where Slack has ${ts}`];
  if (ta === 'array') {
    const el = mergeElements(skeleton as unknown[]);
    if (el === undefined) return [];
    return (actual as unknown[]).flatMap((a, i) => conformance(a, el, `${path}[${i}]`));
  }
  if (ta !== 'object') return [];
  const sk = skeleton as Record<string, unknown>;
  const problems: string[] = [];
  for (const [k, v] of Object.entries(actual as Record<string, unknown>)) {
    if (v === undefined) continue;
    if (!(k in sk)) {
      if (!extraKeys.includes(`${path}.${k}`)) problems.push(`${path}.${k}: not in Slack's shape`);
      continue;
    }
    problems.push(...conformance(v, sk[k], `${path}.${k}`, extraKeys));
  }
  return problems;
}
