import { json, withMember } from "@/lib/api/handler";
import { markNotificationsRead } from "@/lib/notifications/mark-read";
import { markReadInput } from "@/lib/notifications/schemas";
import { getPrisma } from "@/lib/server/db";

export const POST = withMember(async (req, member) => {
  const { ids } = markReadInput.parse(await req.json().catch(() => undefined));
  return json({ data: await markNotificationsRead(await getPrisma(), member, ids) });
});
