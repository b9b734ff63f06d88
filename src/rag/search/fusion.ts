/** Reciprocal rank fusion (Cormack et al. 2009): score = Σ weight / (k + rank), rank starting at 1. */

export const RRF_K = 60;

export function reciprocalRankFusion(lists: { ids: string[]; weight?: number }[], k = RRF_K): { id: string; score: number }[] {
  const scores = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  let order = 0;
  for (const { ids, weight = 1 } of lists) {
    ids.forEach((id, i) => {
      scores.set(id, (scores.get(id) ?? 0) + weight / (k + i + 1));
      if (!firstSeen.has(id)) firstSeen.set(id, order++);
    });
  }
  return [...scores.entries()]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || firstSeen.get(a.id)! - firstSeen.get(b.id)!);
}
