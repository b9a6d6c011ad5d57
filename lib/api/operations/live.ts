// Live: the server-sent event stream of what changes, and the presence a member's browser reports.
import { memberTeamIds } from "../../cases/case-scope";
import { loadEnv } from "../../config/env";
import { presenceEvent, presenceInput, streamQuery } from "../../live/events";
import { openLiveStream } from "../../live/open-stream";
import { publishPresence } from "../../live/publish-presence";
import { getPrisma } from "../../server/db";
import { getHub } from "../../server/live";
import { stillAuthenticated } from "../handler";
import { jsonOperation, rawOperation } from "../operation";
import { dataOf } from "./wire";

// Server-sent events, limited to what the member may see (lib/live/open-stream.ts): "change" (a case changed,
// with its inbox row), "presence" (who is viewing or replying where), "resync" (reload: this tab missed some, or
// its session ended: the stream re-checks it every LIVE_SESSION_RECHECK_MS, 30 s at most). The response outlives
// the request's authentication, hence the raw request kept for stillAuthenticated.
export const streamOp = rawOperation({
  method: "GET", path: "/api/v1/stream", tag: "Live",
  summary: "Server-sent events, limited to what the caller may see: change (a case changed, with its inbox row), presence (who is viewing or replying where), resync (reload: missed events or the session ended)",
  access: { member: true }, query: streamQuery, status: 200,
  produces: { "text/event-stream": "change, presence and resync events; the session is re-checked while it stays open" },
  async handler({ req, member, query }) {
    const [hub, prisma] = await Promise.all([getHub(), getPrisma()]);
    const stream = await openLiveStream(hub, member, await memberTeamIds(prisma, member), {
      signal: req.signal,
      recheck: () => stillAuthenticated(req, member),
      recheckMs: loadEnv().LIVE_SESSION_RECHECK_MS,
      since: query.since,
    });
    return new Response(stream, {
      headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", connection: "keep-alive" },
    });
  },
});

export const presenceOp = jsonOperation({
  method: "POST", path: "/api/v1/presence", tag: "Live",
  summary: "Say who is viewing or replying to a case (or left it): broadcast to every instance's streams; answers the presence event",
  access: { member: true }, body: presenceInput, status: 200, errors: { 404: "No such case visible to the caller" },
  response: dataOf(presenceEvent),
  handler: async ({ member, body }) => ({ data: await publishPresence(await getPrisma(), member, body.caseId, body.activity) }),
});

export const LIVE_OPERATIONS = [streamOp, presenceOp];
