// Notification inputs (API and header centre). No server imports.
import { z } from "zod";

export const listNotificationsQuery = z
  .object({
    unread: z.enum(["true", "false"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(30),
  })
  .strict();

export const markReadInput = z
  .object({ ids: z.array(z.uuid({ error: "ids must be notification ids" })).min(1, "Give at least one id").max(200) })
  .strict();
