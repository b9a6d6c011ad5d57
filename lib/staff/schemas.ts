// Request shapes of staff identities (issue #25). No server imports: the client may import it too.
import { z } from "zod";

/** "1234567890" (a platform user id) stays as is; "@Julie_M" or "Julie_M" (a handle) → "@julie_m". */
export function accountKey(raw: string): string {
  const s = raw.trim();
  return /^\d+$/.test(s) ? s : `@${s.replace(/^@/, "").toLowerCase()}`;
}

export const linkIdentityInput = z.object({
  platform: z.enum(["FACEBOOK", "X", "INSTAGRAM"]),
  account: z.string().trim().min(1).max(100).regex(/^@?[\p{L}\p{N}._-]+$/u, { error: "a platform user id or a handle" }).transform(accountKey),
});
export type LinkIdentityInput = z.infer<typeof linkIdentityInput>;
