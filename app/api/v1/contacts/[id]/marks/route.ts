import { z } from "zod";
import { json, withMember } from "@/lib/api/handler";
import { markContact } from "@/lib/moderation/mark-contact";
import { contactMarkInput } from "@/lib/moderation/schemas";
import { getPrisma } from "@/lib/server/db";

type Ctx = { params: Promise<{ id: string }> };

// { mark: "troll" | "spam", on? } → the contact with its signals (what hiding as troll/spam and banning need).
export const POST = withMember<Ctx>(async (req, member, ctx) => {
  const id = z.uuid({ error: "contact id must be a UUID" }).parse((await ctx.params).id);
  const input = contactMarkInput.parse(await req.json().catch(() => undefined));
  return json({ data: await markContact(await getPrisma(), member, id, input) });
});
