// Used by `npm run token` while the app holds the embedded database (see lib/api/cli-route.ts).
import { z } from "zod";
import { errorBody, json } from "@/lib/api/handler";
import { cliRoute } from "@/lib/api/cli-route";
import { createApiToken } from "@/lib/auth/api-tokens";
import { getPrisma } from "@/lib/server/db";

const body = z
  .object({ email: z.string().email(), name: z.string().min(1).max(100).optional(), workspace: z.string().max(40).optional() })
  .strict();

export const POST = cliRoute(async (req) => {
  const input = body.parse(await req.json());
  try {
    return json({ data: await createApiToken(await getPrisma(), input) }, 201);
  } catch (err) {
    if (err instanceof Error && err.message.startsWith("No member")) return json(errorBody("not_found", err.message), 404);
    throw err;
  }
});
