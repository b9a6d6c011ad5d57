// Routes for the command-line tools (`npm run token`, `npm run replay`) while the app holds the embedded
// database. The caller proves it can read DATA_DIR by sending the secret the app wrote there (compared in
// constant time); nobody else can call them. Errors map like every API route.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { dataDirSecret } from "../config/data-dir-secret";
import { errorBody, json, toErrorResponse } from "./handler";

function sameSecret(given: string | null): boolean {
  const expected = Buffer.from(dataDirSecret("cli-secret"));
  const actual = Buffer.from(given ?? "");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export function cliRoute(fn: (req: Request) => Promise<Response>) {
  return async (req: Request): Promise<Response> => {
    if (!sameSecret(req.headers.get("x-cli-secret"))) return json(errorBody("unauthenticated", "Bad CLI secret."), 401);
    try {
      return await fn(req);
    } catch (err) {
      return toErrorResponse(err);
    }
  };
}
