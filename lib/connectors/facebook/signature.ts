// X-Hub-Signature-256 check: HMAC-SHA256(app secret) over the exact bytes received. Meta signs its own
// serialisation (non-ASCII as \uXXXX, "/" as "\/"), so re-serialised JSON would not match: rawBody only.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { WebhookRequest } from "../connector";

const HEADER = /^sha256=([0-9a-f]{64})$/i;

export function verifySignature(req: WebhookRequest, secrets: { appSecret: string }): boolean {
  const header = req.headers.get("x-hub-signature-256");
  const m = header ? HEADER.exec(header.trim()) : null;
  if (!m?.[1]) return false;
  const given = Buffer.from(m[1], "hex");
  const expected = createHmac("sha256", secrets.appSecret).update(req.rawBody).digest();
  // Both are 32 bytes after the regex; the check keeps timingSafeEqual from throwing if that ever changes.
  return given.length === expected.length && timingSafeEqual(given, expected);
}
