// The two webhook endpoints share one shape: thin handlers over lib/webhooks.
import "server-only";
import type { ChannelKind } from "../generated/prisma/enums";
import { log } from "../log";
import { answerHandshake } from "../webhooks/answer-handshake";
import { readRawBody } from "../webhooks/read-body";
import { receiveWebhook } from "../webhooks/receive-webhook";
import { getDb, getPrisma } from "./db";

export function webhookRoute(kind: ChannelKind) {
  return {
    async GET(req: Request) {
      return answerHandshake(await getPrisma(), kind, new URL(req.url));
    },
    async POST(req: Request) {
      try {
        const result = await receiveWebhook(await getDb(), kind, { url: new URL(req.url), headers: req.headers, readBody: () => readRawBody(req) });
        return Response.json(result.body, { status: result.status });
      } catch (err) {
        // Not committed: a 500 makes the platform retry later, which is what we want.
        log.error("webhook.failed", { kind, message: (err as Error).message });
        return Response.json({ error: "internal error" }, { status: 500 });
      }
    },
  };
}
