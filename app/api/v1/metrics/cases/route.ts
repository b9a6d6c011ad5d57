import { methodNotAllowed, withMember } from "@/lib/api/handler";
import { searchParamsObject } from "@/lib/cases/schemas";
import { metricsQuery } from "@/lib/metrics/schemas";
import { casesCsv } from "@/lib/metrics/to-csv";
import { getPrisma } from "@/lib/server/db";

// The cases opened in a period, as CSV (leads and admins).
export const GET = withMember(async (req, member) => {
  const q = metricsQuery.parse(searchParamsObject(new URL(req.url).searchParams));
  const csv = await casesCsv(await getPrisma(), member, q.from, q.to);
  return new Response(csv, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="cases-${q.from.toISOString().slice(0, 10)}.csv"` },
  });
});

export const DELETE = methodNotAllowed("GET");
