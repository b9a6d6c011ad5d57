import { json, withMember } from "@/lib/api/handler";
import { assertCan } from "@/lib/auth/permissions";
import { auditCsv, listAuditEvents } from "@/lib/audit/list-audit-events";
import { auditQuery } from "@/lib/audit/schemas";
import { requestLocale } from "@/lib/i18n/request-locale";
import { getPrisma } from "@/lib/server/db";

// The workspace's audit log (admins): `format=csv` streams every matching event as a spreadsheet, the actions
// named in the exporter's language (the app's locale cookie, else Accept-Language).
export const GET = withMember(async (req, member) => {
  assertCan(member.role, "audit.view");
  const q = auditQuery.parse(Object.fromEntries(new URL(req.url).searchParams));
  const prisma = await getPrisma();
  if (q.format === "json") return json(await listAuditEvents(prisma, member, q));
  const rows = auditCsv(prisma, member, q, requestLocale(req));
  const enc = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await rows.next();
      if (done) controller.close();
      else controller.enqueue(enc.encode(value));
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="audit-${day}.csv"` },
  });
});
