// Signature of an outbound alert webhook: HMAC-SHA256 over "<timestamp>.<raw body>" with the workspace's secret,
// sent as `X-Inbox-Signature: t=<timestamp>,v1=<hex>` (the timestamp lets receivers refuse replays).
import { createHmac, timingSafeEqual } from "node:crypto";

export function signPayload(secret: string, body: string, timestamp: number): string {
  const mac = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `t=${timestamp},v1=${mac}`;
}

/** For receivers (and tests): checks a signature header against the body. */
export function verifySignature(secret: string, body: string, header: string): boolean {
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  if (!m) return false;
  const expected = Buffer.from(signPayload(secret, body, Number(m[1])));
  const got = Buffer.from(header);
  return expected.length === got.length && timingSafeEqual(expected, got);
}
