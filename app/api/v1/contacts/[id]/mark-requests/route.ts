import { z } from "zod";
import { json, withMember } from "@/lib/api/handler";
import { listMarkRequests } from "@/lib/moderation/list-mark-requests";
import { getPrisma } from "@/lib/server/db";

type Ctx = { params: Promise<{ id: string }> };

// → { data: [troll/spam mark requests on this contact, newest first, each with its evidence and decision] }.
export const GET = withMember<Ctx>(async (_req, member, ctx) => {
  const id = z.uuid({ error: "contact id must be a UUID" }).parse((await ctx.params).id);
  return json({ data: await listMarkRequests(await getPrisma(), member, { contactId: id }) });
});
