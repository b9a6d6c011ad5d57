// Per-token (and per-session) API rate limits (issue #11): rate-limiter-flexible with its Prisma store, so the
// counters live in the app's own database (table rate_limits) and every app instance shares them — no
// hand-made limiter, no extra service. Answers carry the IETF RateLimit-* headers; over the limit → 429.
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { PrismaClient } from "../generated/prisma/client";

export interface RateLimitConfig {
  points: number;
  windowSeconds: number;
}

type Env = Record<string, string | undefined>;

function configFrom(env: Env, prefix: "API" | "PUBLIC", defaults: RateLimitConfig): RateLimitConfig {
  const points = Number(env[`${prefix}_RATE_LIMIT`] ?? defaults.points);
  const windowSeconds = Number(env[`${prefix}_RATE_LIMIT_WINDOW_SECONDS`] ?? defaults.windowSeconds);
  return {
    points: Number.isInteger(points) && points > 0 ? points : defaults.points,
    windowSeconds: Number.isInteger(windowSeconds) && windowSeconds > 0 ? windowSeconds : defaults.windowSeconds,
  };
}

/** Per API token or signed-in user. */
export function rateLimitConfig(env: Env = process.env): RateLimitConfig {
  return configFrom(env, "API", { points: 600, windowSeconds: 60 });
}

/**
 * Per source, for the routes without a session (lib/security/public-rate-limit.ts). Enough for an office behind
 * one address accepting its invitations together; few enough to bound the password hashing anyone can trigger.
 */
export function publicRateLimitConfig(env: Env = process.env): RateLimitConfig {
  return configFrom(env, "PUBLIC", { points: 30, windowSeconds: 60 });
}

const limiters = new WeakMap<PrismaClient, Map<string, RateLimiterPrisma>>();

function limiterFor(prisma: PrismaClient, cfg: RateLimitConfig): RateLimiterPrisma {
  let byCfg = limiters.get(prisma);
  if (!byCfg) limiters.set(prisma, (byCfg = new Map()));
  const k = `${cfg.points}/${cfg.windowSeconds}`;
  let l = byCfg.get(k);
  if (!l) {
    l = new RateLimiterPrisma({
      storeClient: prisma,
      points: cfg.points,
      duration: cfg.windowSeconds,
      keyPrefix: "api",
      // Keys are per token/user, a bounded set: no background sweeper holding the process.
      clearExpiredByTimeout: false,
    });
    byCfg.set(k, l);
  }
  return l;
}

export interface RateLimitVerdict {
  allowed: boolean;
  headers: Record<string, string>;
}

function headersOf(res: RateLimiterRes, cfg: RateLimitConfig, allowed: boolean): Record<string, string> {
  const reset = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  const h: Record<string, string> = {
    "RateLimit-Limit": String(cfg.points),
    "RateLimit-Remaining": String(Math.max(0, res.remainingPoints)),
    "RateLimit-Reset": String(reset),
    "RateLimit-Policy": `${cfg.points};w=${cfg.windowSeconds}`,
  };
  if (!allowed) h["Retry-After"] = String(reset);
  return h;
}

/** Counts one request for `key` ("token:<id>", "user:<id>" or "public:<source>"). */
export async function consumeRateLimit(
  prisma: PrismaClient,
  key: string,
  cfg: RateLimitConfig = rateLimitConfig(),
): Promise<RateLimitVerdict> {
  try {
    const res = await limiterFor(prisma, cfg).consume(key, 1);
    return { allowed: true, headers: headersOf(res, cfg, true) };
  } catch (err) {
    if (err instanceof RateLimiterRes) return { allowed: false, headers: headersOf(err, cfg, false) };
    throw err;
  }
}
