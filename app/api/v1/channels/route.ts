import { json, withMember } from "@/lib/api/handler";
import { listChannels } from "@/lib/channels/list-channels";
import { getPrisma } from "@/lib/server/db";

export const GET = withMember(async (_req, member) => json({ data: await listChannels(await getPrisma(), member) }));
