import { z } from "zod";
import { json, withMember } from "@/lib/api/handler";
import { banContact } from "@/lib/moderation/ban-contact";
import { banInput } from "@/lib/moderation/schemas";
import { getPrisma } from "@/lib/server/db";
import { enqueueBan } from "@/lib/server/jobs";

type Ctx = { params: Promise<{ id: string }> };

// { reason } → 201 { data: [ban per identity, with platformStatus] }; 409 ban_refused_open_case
// { details: { cases: [numbers] } }. The block on the platform follows in a job (platformStatus PENDING → DONE).
export const POST = withMember<Ctx>(async (req, member, ctx) => {
  const id = z.uuid({ error: "contact id must be a UUID" }).parse((await ctx.params).id);
  const input = banInput.parse(await req.json().catch(() => undefined));
  return json({ data: await banContact(await getPrisma(), member, id, input, enqueueBan) }, 201);
});
