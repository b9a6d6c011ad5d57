// Webhook subscription handshake (GET): Meta sends hub.mode=subscribe, hub.verify_token and a numeric
// hub.challenge, and expects the challenge echoed as the raw body when the token is ours.
import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Constant-time string equality. Both sides are hashed first so that inputs of different lengths compare
 * in the same time and timingSafeEqual always gets equal-length buffers.
 */
export function safeEqual(a: string, b: string): boolean {
  const ha = createHash("sha256").update(a, "utf8").digest();
  const hb = createHash("sha256").update(b, "utf8").digest();
  return timingSafeEqual(ha, hb);
}

// Meta's challenge is an int; anything else is not Meta, and echoing it back would reflect attacker input.
const CHALLENGE = /^\d{1,64}$/;

export function answerHandshake(url: URL, candidates: ReadonlyArray<{ verifyToken: string }>): Response | null {
  const mode = url.searchParams.get("hub.mode");
  const token = url.searchParams.get("hub.verify_token");
  const challenge = url.searchParams.get("hub.challenge");
  if (mode !== "subscribe" || token === null || challenge === null || !CHALLENGE.test(challenge)) return null;
  // Check every candidate, without stopping at the first match, so timing does not tell which one matched.
  let matched = false;
  for (const c of candidates) if (safeEqual(c.verifyToken, token)) matched = true;
  if (!matched) return null;
  return new Response(challenge, { status: 200, headers: { "content-type": "text/plain" } });
}
