// Routes for the command-line tools (`npm run token`, `npm run replay`) while the app holds the embedded
// database. The caller proves it can read DATA_DIR by sending the secret the app wrote there (compared in
// constant time); nobody else can call them. Errors map like every API route. Refusals count against the
// per-source limit of the routes without a session (lib/security/public-rate-limit.ts): a guesser gets 429s,
// the CLI with the right secret is never slowed down.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { dataDirSecret } from "../config/data-dir-secret";
import { consumePublicRateLimit } from "../security/public-rate-limit";
import { getPrisma } from "../server/db";
import { errorBody, json, RATE_LIMITED_MESSAGE, toErrorResponse } from "./handler";

function sameSecret(given: string | null): boolean {
  const expected = Buffer.from(dataDirSecret("cli-secret"));
  const actual = Buffer.from(given ?? "");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export function cliRoute(fn: (req: Request) => Promise<Response>) {
  return async (req: Request): Promise<Response> => {
    try {
      if (!sameSecret(req.headers.get("x-cli-secret"))) {
        const rate = await consumePublicRateLimit(await getPrisma(), req.headers);
        if (!rate.allowed) return json(errorBody("rate_limited", RATE_LIMITED_MESSAGE), 429, rate.headers);
        return json(errorBody("unauthenticated", "Bad CLI secret."), 401);
      }
      return await fn(req);
    } catch (err) {
      return toErrorResponse(err);
    }
  };
}
