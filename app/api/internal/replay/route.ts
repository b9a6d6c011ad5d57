// Used by `npm run replay` while the app holds the embedded database (see lib/api/cli-route.ts).
import { json } from "@/lib/api/handler";
import { cliRoute } from "@/lib/api/cli-route";
import { replayDeliveries } from "@/lib/ingest/replay-deliveries";
import { replayInput } from "@/lib/ingest/schemas";
import { getPrisma } from "@/lib/server/db";

export const POST = cliRoute(async (req) => {
  const input = replayInput.parse(await req.json());
  return json({ data: await replayDeliveries(await getPrisma(), input) }, 200);
});
