// Used by `npm run replay` while the app holds the embedded database. The caller proves it can read DATA_DIR
// by sending the secret the app wrote there; nobody else can call this.
import { timingSafeEqual } from "node:crypto";
import { errorBody, json, toErrorResponse } from "@/lib/api/handler";
import { dataDirSecret } from "@/lib/config/data-dir-secret";
import { replayDeliveries } from "@/lib/ingest/replay-deliveries";
import { replayInput } from "@/lib/ingest/schemas";
import { getPrisma } from "@/lib/server/db";

function sameSecret(given: string | null): boolean {
  const expected = Buffer.from(dataDirSecret("cli-secret"));
  const actual = Buffer.from(given ?? "");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export async function POST(req: Request) {
  if (!sameSecret(req.headers.get("x-cli-secret"))) return json(errorBody("unauthenticated", "Bad CLI secret."), 401);
  try {
    const input = replayInput.parse(await req.json());
    return json({ data: await replayDeliveries(await getPrisma(), input) }, 200);
  } catch (err) {
    return toErrorResponse(err);
  }
}
