// Which cases may be closed as "no reply needed" (issue #26 item 4). One predicate, read by the use case
// (./close-without-reply.ts) and by the case page that offers the form, so the two never disagree.
// Pure: no server imports, safe in any component.
import { onTheDesk } from "./case-status";

/** True when the case is still waiting for its first answer and not escalated, resolved or closed. */
export const closableWithoutReply = (c: { status: string; firstRespondedAt: Date | null }) =>
  onTheDesk(c.status) && c.firstRespondedAt === null;
