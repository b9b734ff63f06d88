/** Sliding one-minute window per user: at most `perMinute` questions. */
export class UserRateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly perMinute: number,
    private readonly clock: () => number,
  ) {}

  /** Records a hit and returns 0 when allowed, else the milliseconds until the next one is. */
  take(userId: string): number {
    const now = this.clock();
    const recent = (this.hits.get(userId) ?? []).filter((t) => now - t < 60_000);
    if (recent.length >= this.perMinute) {
      this.hits.set(userId, recent);
      return 60_000 - (now - (recent[0] as number));
    }
    recent.push(now);
    this.hits.set(userId, recent);
    if (this.hits.size > 10_000) this.hits.delete(this.hits.keys().next().value as string);
    return 0;
  }
}
