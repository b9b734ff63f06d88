/**
 * Remembers keys (event ids, `channel:ts` of user messages) for a while so that Slack's retries and
 * duplicate deliveries are handled once. Bounded: oldest keys are dropped beyond `maxKeys`.
 */
export class Deduper {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly clock: () => number,
    private readonly ttlMs = 15 * 60 * 1000,
    private readonly maxKeys = 10_000,
  ) {}

  /** True the first time any of `keys` is seen (and records all of them); false for a repeat. */
  firstTime(...keys: (string | undefined)[]): boolean {
    const now = this.clock();
    this.prune(now);
    const present = keys.filter((k): k is string => Boolean(k));
    if (present.some((k) => this.seen.has(k))) return false;
    for (const k of present) this.seen.set(k, now);
    while (this.seen.size > this.maxKeys) this.seen.delete(this.seen.keys().next().value as string);
    return true;
  }

  private prune(now: number): void {
    for (const [k, at] of this.seen) {
      if (now - at <= this.ttlMs) break;
      this.seen.delete(k);
    }
  }
}
