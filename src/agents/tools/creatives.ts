/**
 * Creatives ranked by a metric: the media rows' creative ids joined to the asset manifest (format, model, PNG),
 * with an impressions floor so a creative that barely ran cannot top a ranking by a rate.
 */
import { MixError } from '../../errors.js';
import { readManifest } from '../../data/assets/manifest.js';
import type { MetricRow } from '../../rag/types.js';

/**
 * Below this many impressions a creative is left out of a ranking by a ratio: 200 impressions with 4 clicks is a
 * 2 % CTR that says nothing. 10,000 keeps every creative that ran for a day or more (the smallest in the data have
 * tens of thousands) and puts a CTR's noise under ±0.2 points at typical 1 % rates.
 */
export const MIN_CREATIVE_IMPRESSIONS = 10_000;

/** One creative's entry in the asset manifest. */
export interface CreativeInfo {
  image_path: string;
  creative_type: string;
  vehicle_model: string;
  channel: string;
  description: string;
}

export interface RankedCreative {
  creative_id: string;
  value: number;
  parts: Record<string, number>;
  /** Ad-served impressions, where the creative's files record them. */
  impressions?: number;
  channel?: string;
  vehicle_model?: string;
  /** The manifest's creative type ("story", "in_feed_video"); absent when the creative has no PNG. */
  format?: string;
  image_path?: string;
}

export interface CreativeRanking {
  /** Eligible creatives, best (or worst, with order "worst") first. */
  ranked: RankedCreative[];
  /** The impressions floor applied, when the metric is a ratio and impressions are recorded. */
  floor?: number;
  /** Creatives left out for too few impressions. */
  belowFloor: number;
  /** Creatives left out because the ratio is undefined (no conversions for a CPA…). */
  undefinedValue: number;
}

const CREATIVE_ID = /(HM-[A-Z0-9]+-[A-Z]+-\d{2}Q[1-4]-C\d+)/i;

/** "assets/meta/HM-META-VENTO-24Q2-C1_story.png" → "HM-META-VENTO-24Q2-C1". */
export function creativeIdOf(imagePath: string): string | undefined {
  return CREATIVE_ID.exec(imagePath)?.[1]?.toUpperCase();
}

/** The channel and model a creative id names: HM-META-TERRA-24Q1-C1 → meta, terra. */
export function creativeIdParts(id: string): { channel?: string; vehicle_model?: string } {
  const m = /^HM-([A-Z0-9]+)-([A-Z]+)-\d{2}Q[1-4]-C\d+$/i.exec(id);
  return m ? { channel: m[1]!.toLowerCase(), vehicle_model: m[2]!.toLowerCase() } : {};
}

const cache = new Map<string, Promise<Map<string, CreativeInfo>>>();

/** Creative id → manifest entry; empty when the manifest is missing (creatives then rank without images). */
export function creativeManifest(dataDir: string): Promise<Map<string, CreativeInfo>> {
  let hit = cache.get(dataDir);
  if (!hit) {
    hit = readManifest(dataDir)
      .then(({ rows }) => {
        const out = new Map<string, CreativeInfo>();
        for (const r of rows) {
          const id = creativeIdOf(r.image_path);
          if (id && !out.has(id)) {
            out.set(id, { image_path: r.image_path, creative_type: r.creative_type, vehicle_model: r.vehicle_model, channel: r.channel, description: r.description });
          }
        }
        return out;
      })
      .catch((err: unknown) => {
        cache.delete(dataDir);
        if (MixError.is(err, 'DATA_MISSING')) return new Map<string, CreativeInfo>();
        throw err;
      });
    cache.set(dataDir, hit);
  }
  return hit;
}

/**
 * Ranks creatives by `rows` (one per creative), best first for the metric's direction (`lowerIsBetter` for costs),
 * or worst first. A ratio ranks only creatives with at least `floor` impressions; a sum ranks them all.
 */
export function rankCreatives(
  rows: MetricRow[],
  opts: { impressions?: Map<string, number>; manifest: Map<string, CreativeInfo>; ratio: boolean; lowerIsBetter: boolean; order?: 'best' | 'worst'; floor?: number },
): CreativeRanking {
  const floor = opts.ratio && opts.impressions && opts.impressions.size > 0 ? (opts.floor ?? MIN_CREATIVE_IMPRESSIONS) : undefined;
  let belowFloor = 0;
  let undefinedValue = 0;
  const eligible: RankedCreative[] = [];
  for (const r of rows) {
    if (r.group.startsWith('(no ')) continue;
    const impressions = opts.impressions?.get(r.group);
    if (floor !== undefined && (impressions ?? 0) < floor) {
      belowFloor++;
      continue;
    }
    if (!Number.isFinite(r.value)) {
      undefinedValue++;
      continue;
    }
    const info = opts.manifest.get(r.group.toUpperCase());
    const parts = creativeIdParts(r.group);
    eligible.push({
      creative_id: r.group,
      value: r.value,
      parts: r.parts,
      ...(impressions !== undefined ? { impressions } : {}),
      ...((info?.channel ?? parts.channel) ? { channel: info?.channel ?? parts.channel } : {}),
      ...((info?.vehicle_model ?? parts.vehicle_model) ? { vehicle_model: info?.vehicle_model ?? parts.vehicle_model } : {}),
      ...(info ? { format: info.creative_type, image_path: info.image_path } : {}),
    });
  }
  const bestFirst = opts.lowerIsBetter ? (a: RankedCreative, b: RankedCreative) => a.value - b.value : (a: RankedCreative, b: RankedCreative) => b.value - a.value;
  eligible.sort((a, b) => (opts.order === 'worst' ? -bestFirst(a, b) : bestFirst(a, b)) || a.creative_id.localeCompare(b.creative_id));
  return { ranked: eligible, ...(floor !== undefined ? { floor } : {}), belowFloor, undefinedValue };
}

/**
 * The creative whose image goes with a ranking of the first `listed`: the highest-ranked of those with a PNG, never one
 * below the list ("worst 3" must not show the 9th).
 */
export function pictured(ranked: readonly RankedCreative[], listed: number = ranked.length): RankedCreative | undefined {
  return ranked.slice(0, Math.max(0, listed)).find((c) => c.image_path);
}
