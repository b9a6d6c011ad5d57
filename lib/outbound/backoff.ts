// When to try a failed delivery again: the platform's reset time when it gave one, else exponential
// backoff (5 s, 10 s, 20 s… capped at 30 min). Never a last attempt: an outage delays, it does not drop.
export function nextAttemptAt(attempt: number, now: Date, platformRetryAt?: Date): Date {
  if (platformRetryAt && platformRetryAt > now) return platformRetryAt;
  const delay = Math.min(5_000 * 2 ** Math.max(0, attempt - 1), 30 * 60_000);
  return new Date(now.getTime() + delay);
}
