// Server-sent events: "change" (something happened to a case: new message, status, assignment, delivery…)
// and "presence" (who is viewing or replying where), limited to what the member may see.
import { toErrorResponse, withMember } from "@/lib/api/handler";
import { can } from "@/lib/auth/permissions";
import type { ChangeEvent, PresenceEvent } from "@/lib/live/events";
import { getPrisma } from "@/lib/server/db";
import { getHub } from "@/lib/server/live";

export const dynamic = "force-dynamic";

export const GET = withMember(async (req, member) => {
  try {
    const [hub, prisma] = await Promise.all([getHub(), getPrisma()]);
    const seesAll = can(member.role, "cases.view_all");
    // Customer service sees the escalated queue only: check each case once, then remember.
    const visible = new Map<string, boolean>();
    const mayShow = async (caseId: string | null) => {
      if (seesAll || !caseId) return seesAll;
      if (!visible.has(caseId)) visible.set(caseId, (await prisma.escalation.count({ where: { caseId } })) > 0);
      return visible.get(caseId)!;
    };
    const encoder = new TextEncoder();
    let cleanup = () => {};
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const send = (event: string, data: unknown) => {
          try {
            controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
          } catch {
            cleanup();
          }
        };
        const onChange = async (e: ChangeEvent) => {
          // A notification goes to its recipient only, whatever the role.
          if (e.recipientId) return void (e.recipientId === member.userId && send("change", e));
          if (e.workspaceId === member.workspaceId && (await mayShow(e.caseId))) send("change", e);
        };
        const onPresence = async (p: PresenceEvent) => {
          if (p.workspaceId === member.workspaceId && (await mayShow(p.caseId))) send("presence", p);
        };
        hub.on("change", onChange);
        hub.on("presence", onPresence);
        // Proxies close idle connections: a comment every 15 s keeps the stream open.
        const ping = setInterval(() => send("ping", Date.now()), 15_000);
        cleanup = () => {
          clearInterval(ping);
          hub.off("change", onChange);
          hub.off("presence", onPresence);
        };
        req.signal.addEventListener("abort", () => {
          cleanup();
          try {
            controller.close();
          } catch {
            /* already closed */
          }
        });
        send("ready", { presence: hub.presenceSnapshot(member.workspaceId).filter((p) => seesAll || visible.get(p.caseId) !== false) });
      },
      cancel() {
        cleanup();
      },
    });
    return new Response(stream, {
      headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", connection: "keep-alive" },
    });
  } catch (err) {
    return toErrorResponse(err);
  }
});
