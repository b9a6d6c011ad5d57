// Server-sent events, limited to what the member may see (lib/live/open-stream.ts): "change" (a case changed,
// with its inbox row), "presence" (who is viewing or replying where), "resync" (reload: this tab missed some, or
// its session ended: the stream re-checks it every LIVE_SESSION_RECHECK_MS, 30 s at most).
import { stillAuthenticated, toErrorResponse, withMember } from "@/lib/api/handler";
import { openLiveStream } from "@/lib/live/open-stream";
import { memberTeamIds } from "@/lib/cases/case-scope";
import { loadEnv } from "@/lib/config/env";
import { getPrisma } from "@/lib/server/db";
import { getHub } from "@/lib/server/live";

export const dynamic = "force-dynamic";

export const GET = withMember(async (req, member) => {
  try {
    const [hub, prisma] = await Promise.all([getHub(), getPrisma()]);
    const stream = await openLiveStream(hub, member, await memberTeamIds(prisma, member), {
      signal: req.signal,
      recheck: () => stillAuthenticated(req, member),
      recheckMs: loadEnv().LIVE_SESSION_RECHECK_MS,
    });
    return new Response(stream, {
      headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", connection: "keep-alive" },
    });
  } catch (err) {
    return toErrorResponse(err);
  }
});
