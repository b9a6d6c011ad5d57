import { json, withMember } from "@/lib/api/handler";
import { presenceInput } from "@/lib/live/events";
import { publishPresence } from "@/lib/live/publish-presence";
import { getPrisma } from "@/lib/server/db";

export const POST = withMember(async (req, member) => {
  const { caseId, activity } = presenceInput.parse(await req.json().catch(() => undefined));
  return json({ data: await publishPresence(await getPrisma(), member, caseId, activity) });
});
