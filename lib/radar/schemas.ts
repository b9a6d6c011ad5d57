// Alert inputs (GET /api/v1/alerts, PATCH /api/v1/alerts/{id}). No server imports here.
import { z } from "zod";

export const alertIdParam = z.uuid({ error: "alert id must be a UUID" });
export const listAlertsQuery = z
  .object({
    unacknowledged: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export const alertPatch = z.object({ acknowledged: z.literal(true) }).strict();
