import { z } from "zod";
import { json, withMember } from "@/lib/api/handler";
import { markContact } from "@/lib/moderation/mark-contact";
import { contactMarkInput } from "@/lib/moderation/schemas";
import { getPrisma } from "@/lib/server/db";

type Ctx = { params: Promise<{ id: string }> };

// { mark: "troll" | "spam", on?, reason (to put a mark on) } → 200 { data: { outcome: "marked" | "unmarked",
// contact } }, or 202 { data: { outcome: "requested", request } } when the author has an open complaint and the
// caller is not a team lead: a lead decides (POST /api/v1/mark-requests/{id}/decision). 409 mark_already_requested.
export const POST = withMember<Ctx>(async (req, member, ctx) => {
  const id = z.uuid({ error: "contact id must be a UUID" }).parse((await ctx.params).id);
  const input = contactMarkInput.parse(await req.json().catch(() => undefined));
  const res = await markContact(await getPrisma(), member, id, input);
  return json({ data: res }, res.outcome === "requested" ? 202 : 200);
});
