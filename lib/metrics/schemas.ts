// Metrics inputs (GET /api/v1/metrics, the dashboard). No server imports here.
import { z } from "zod";
import { isoDayOrTime } from "../validation/dates";

const MAX_SPAN_DAYS = 366;

export const metricsQuery = z
  .object({
    from: isoDayOrTime("from"),
    to: isoDayOrTime("to"),
    format: z.enum(["json", "csv"]).default("json"),
  })
  .strict()
  .refine((q) => q.from < q.to, { message: "from must be before to", path: ["from"] })
  .refine((q) => q.to.getTime() - q.from.getTime() <= MAX_SPAN_DAYS * 86_400_000, { message: `at most ${MAX_SPAN_DAYS} days`, path: ["to"] });
export type MetricsQuery = z.infer<typeof metricsQuery>;

export const DASHBOARD_PERIODS = [7, 30, 90] as const;
/** The dashboard's ?days=7|30|90; anything else falls back to 30 (people edit URLs). */
export const dashboardParams = z.object({
  days: z.enum(["7", "30", "90"]).transform((d) => Number(d) as (typeof DASHBOARD_PERIODS)[number]).catch(30),
  /** ?alerts=all: the whole radar rather than its first eight alerts. */
  alerts: z.literal("all").optional().catch(undefined),
});
