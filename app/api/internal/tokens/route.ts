// Used by `npm run token` while the app holds the embedded database. The caller proves it can read DATA_DIR
// by sending the secret the app wrote there; nobody else can call this.
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { errorBody, json, toErrorResponse } from "@/lib/api/handler";
import { createApiToken } from "@/lib/auth/api-tokens";
import { dataDirSecret } from "@/lib/config/data-dir-secret";
import { getPrisma } from "@/lib/server/db";

const body = z
  .object({ email: z.string().email(), name: z.string().min(1).max(100).optional(), workspace: z.string().max(40).optional() })
  .strict();

function sameSecret(given: string | null): boolean {
  const expected = Buffer.from(dataDirSecret("cli-secret"));
  const actual = Buffer.from(given ?? "");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export async function POST(req: Request) {
  if (!sameSecret(req.headers.get("x-cli-secret"))) return json(errorBody("unauthenticated", "Bad CLI secret."), 401);
  try {
    const input = body.parse(await req.json());
    const created = await createApiToken(await getPrisma(), input);
    return json({ data: created }, 201);
  } catch (err) {
    if (err instanceof Error && err.message.startsWith("No member")) return json(errorBody("not_found", err.message), 404);
    return toErrorResponse(err);
  }
}
