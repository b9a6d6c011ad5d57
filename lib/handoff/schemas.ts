// Request shapes of the hand-off routes API (issue #25). No server imports: the client may import it too.
import { z } from "zod";

export const handoffRoutesQuery = z.object({
  /** How far back, in days (a week by default, at most a quarter). */
  days: z.coerce.number().int().min(1).max(92).default(7),
});
export type HandoffRoutesQuery = z.infer<typeof handoffRoutesQuery>;
