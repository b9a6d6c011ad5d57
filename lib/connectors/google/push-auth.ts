// Authenticates a Pub/Sub push: with push authentication on, Pub/Sub sends `Authorization: Bearer <JWT>`, an
// OIDC token Google signs (RS256) for the subscription's service account. We check the signature against
// Google's JWKS, then that the token was minted by Google (`iss`), for our endpoint (`aud`, the audience set on
// the subscription), for the service account we configured (`email`, verified), and is current (`exp`, `iat`,
// with a minute of clock skew). Claims are checked before the signature so that junk never triggers a key read.
// Any failure is `false`, never an exception: a bad token is the sender's problem, answered 401/403.
import { verify } from "node:crypto";
import { z } from "zod";
import type { WebhookRequest } from "../connector";
import { log } from "../../log";
import type { JwksCache } from "./jwks";
import type { GoogleSecrets } from "./secrets";

const ISSUERS = new Set(["accounts.google.com", "https://accounts.google.com"]);
const SKEW_S = 60;
/** Google's push tokens are about 1 KB; anything much larger is not one. */
const MAX_TOKEN_LENGTH = 8192;
const JWT = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/;

const headerSchema = z.looseObject({ alg: z.literal("RS256"), kid: z.string().min(1) });
const claimsSchema = z.looseObject({
  iss: z.string(),
  aud: z.string(),
  email: z.string(),
  email_verified: z.literal(true),
  exp: z.number(),
  iat: z.number(),
});

function decodeJson(segment: string): unknown {
  try {
    return JSON.parse(Buffer.from(segment, "base64url").toString("utf8")) as unknown;
  } catch {
    return undefined;
  }
}

export async function verifyPushToken(req: WebhookRequest, secrets: GoogleSecrets, jwks: JwksCache, jwksUrl: string, now: Date): Promise<boolean> {
  const auth = req.headers.get("authorization") ?? "";
  if (auth.length > MAX_TOKEN_LENGTH) return false;
  const m = JWT.exec(auth);
  if (!m) return false;
  const [, h, p, s] = m as unknown as [string, string, string, string];
  const header = headerSchema.safeParse(decodeJson(h));
  const claims = claimsSchema.safeParse(decodeJson(p));
  if (!header.success || !claims.success) return false;
  const c = claims.data;
  const nowS = now.getTime() / 1000;
  if (!ISSUERS.has(c.iss) || c.aud !== secrets.pushAudience || c.email !== secrets.pushServiceAccountEmail) return false;
  if (c.exp + SKEW_S <= nowS || c.iat - SKEW_S > nowS) return false;
  let key;
  try {
    key = await jwks.key(jwksUrl, header.data.kid);
  } catch (err) {
    // Google unreachable: the push is refused (Pub/Sub redelivers it later), and someone should know why.
    log.warn("google.jwks_fetch_failed", { reason: err instanceof Error ? err.message : String(err) });
    return false;
  }
  if (!key || key.asymmetricKeyType !== "rsa") return false;
  try {
    return verify("sha256", Buffer.from(`${h}.${p}`), key, Buffer.from(s, "base64url"));
  } catch {
    return false;
  }
}
