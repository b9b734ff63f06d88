/**
 * Typo-tolerant word matching. Hand-written: we need optimal-string-alignment distance (a swapped pair
 * of letters, "tiktko", costs 1), which the common Levenshtein packages do not offer.
 */

/** Optimal string alignment distance, stopping early once it exceeds `max`. */
export function osaDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
  }
  return d[rows - 1]![cols - 1]!;
}

/** Edits allowed for a word of this length: none under 5 letters, one up to 7, two from 8. */
export function allowedEdits(length: number): number {
  if (length < 5) return 0;
  if (length < 8) return 1;
  return 2;
}

/** Best fuzzy match of `word` among `candidates` within the allowed edits, or undefined. */
export function fuzzyPick(word: string, candidates: readonly string[]): string | undefined {
  const max = allowedEdits(word.length);
  if (max === 0) return undefined;
  let best: string | undefined;
  let bestD = max + 1;
  for (const c of candidates) {
    if (allowedEdits(c.length) === 0) continue;
    const dist = osaDistance(word, c, max);
    if (dist < bestD) {
      bestD = dist;
      best = c;
    }
  }
  return bestD <= max ? best : undefined;
}
