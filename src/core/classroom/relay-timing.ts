// The relay's timing rules, shared by the server, the console feed and the phones: a token bucket for
// rate limits, and the back-off before a reconnect. Pure: time is passed in.

/**
 * Per-connection rate limit: a bucket of `capacity` tokens refilled at `perSecond`; each message takes
 * one. Time is passed in, so the logic is testable without waiting.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;
  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.last = now;
  }
  private refill(now: number): void {
    const elapsed = Math.max(0, now - this.last) / 1000;
    this.last = now;
    this.tokens = Math.min(this.capacity, this.tokens + elapsed * this.perSecond);
  }
  /** Whether a message would be allowed now, without taking a token. */
  has(now: number): boolean {
    this.refill(now);
    return this.tokens >= 1;
  }
  /** Whether the bucket has refilled completely (nothing to remember any more). */
  full(now: number): boolean {
    this.refill(now);
    return this.tokens >= this.capacity;
  }
  take(now: number): boolean {
    this.refill(now);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Reconnect delay for attempt n (0-based): doubling from `baseMs`, capped at `maxMs`. */
export function backoffMs(attempt: number, baseMs = 500, maxMs = 15_000): number {
  return Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 20));
}
