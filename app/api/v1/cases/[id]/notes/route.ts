import { json, withMember } from "@/lib/api/handler";
import { addNote } from "@/lib/cases/add-note";
import { caseIdParam, noteInput } from "@/lib/cases/schemas";
import { getPrisma } from "@/lib/server/db";

type Ctx = { params: Promise<{ id: string }> };

export const POST = withMember<Ctx>(async (req, member, ctx) => {
  const id = caseIdParam.parse((await ctx.params).id);
  const { text } = noteInput.parse(await req.json().catch(() => undefined));
  return json({ data: await addNote(await getPrisma(), member, id, text) }, 201);
});
