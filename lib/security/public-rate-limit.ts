// Rate limit for the routes reached without a session (#20 item 1): first-run setup, accepting an invitation
// (route and server actions) and the command-line routes' refusals. They have no token or user to count by, so
// they are counted per source (lib/security/client-ip.ts: the socket peer, or the client behind a trusted
// proxy), on the same database-backed limiter as the API. An unknown source shares one bucket: refusing too
// much there beats letting an unstamped request bypass the limit.
import type { PrismaClient } from "../generated/prisma/client";
import { rateLimited } from "../errors/domain-errors";
import { clientIp } from "./client-ip";
import { consumeRateLimit, publicRateLimitConfig, type RateLimitVerdict } from "./rate-limit";

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

export async function consumePublicRateLimit(prisma: PrismaClient, headers: HeaderBag): Promise<RateLimitVerdict> {
  return consumeRateLimit(prisma, `public:${clientIp(headers) ?? "unknown"}`, publicRateLimitConfig());
}

/** For server actions: over the limit is a domain error their forms can show. */
export async function assertPublicRateLimit(prisma: PrismaClient, headers: HeaderBag): Promise<void> {
  const verdict = await consumePublicRateLimit(prisma, headers);
  if (!verdict.allowed) {
    throw rateLimited("rate_limited", "Too many attempts from your network: wait a minute, then try again.",
      Number(verdict.headers["Retry-After"] ?? 60));
  }
}
