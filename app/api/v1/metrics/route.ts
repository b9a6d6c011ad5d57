import { methodNotAllowed, json, withMember } from "@/lib/api/handler";
import { searchParamsObject } from "@/lib/cases/schemas";
import { computeMetrics } from "@/lib/metrics/compute-metrics";
import { metricsQuery } from "@/lib/metrics/schemas";
import { metricsCsv } from "@/lib/metrics/to-csv";
import { getPrisma } from "@/lib/server/db";

// Team lead figures for a period (leads and admins; others 403). ?format=csv for a spreadsheet.
export const GET = withMember(async (req, member) => {
  const q = metricsQuery.parse(searchParamsObject(new URL(req.url).searchParams));
  const m = await computeMetrics(await getPrisma(), member, q.from, q.to);
  if (q.format === "csv") {
    return new Response(metricsCsv(m), {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="metrics-${q.from.toISOString().slice(0, 10)}.csv"` },
    });
  }
  return json({ data: m });
});

export const DELETE = methodNotAllowed("GET");
